-- The register of contracts; lines and billing arrive with the contracts issue.
create table contract (
    id        bigint       not null,
    tenant_id bigint       not null references tenant (id) on delete cascade,
    reference varchar(40)  not null,
    title     varchar(200) not null,
    version   bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, reference)
);

select enable_tenant_isolation('contract');
