-- Which modules each tenant activated, their settings, the permissions they
-- granted, and who changed what. All tenant rows; deactivating a module keeps
-- them, so a later activation finds the tenant's data again.

create table tenant_module (
    id                 bigint      not null,
    tenant_id          bigint      not null references tenant (id) on delete cascade,
    module_key         varchar(40) not null,
    active             boolean     not null,
    first_activated_at timestamptz not null,
    changed_at         timestamptz not null,
    version            bigint      not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, module_key)
);

create table tenant_module_setting (
    id          bigint       not null,
    tenant_id   bigint       not null references tenant (id) on delete cascade,
    module_key  varchar(40)  not null,
    setting_key varchar(100) not null,
    value       text         not null,
    version     bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, setting_key),
    foreign key (tenant_id, module_key) references tenant_module (tenant_id, module_key) on delete cascade
);

create table module_permission_grant (
    id         bigint       not null,
    tenant_id  bigint       not null references tenant (id) on delete cascade,
    module_key varchar(40)  not null,
    role       varchar(16)  not null check (role in ('OWNER', 'ADMIN', 'MEMBER')),
    permission varchar(100) not null,
    version    bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, role, permission),
    foreign key (tenant_id, module_key) references tenant_module (tenant_id, module_key) on delete cascade
);

create table module_activation_audit (
    id            bigint       not null,
    tenant_id     bigint       not null references tenant (id) on delete cascade,
    module_key    varchar(40)  not null,
    action        varchar(16)  not null check (action in ('ACTIVATED', 'DEACTIVATED')),
    actor_user_id bigint,
    actor_email   varchar(254) not null,
    occurred_at   timestamptz  not null,
    version       bigint       not null default 0,
    primary key (tenant_id, id),
    -- A deleted user's audit rows stay, with the e-mail they had.
    foreign key (tenant_id, actor_user_id) references app_user (tenant_id, id) on delete set null (actor_user_id)
);
create index module_activation_audit_by_module on module_activation_audit (tenant_id, module_key, occurred_at);

select enable_tenant_isolation('tenant_module');
select enable_tenant_isolation('tenant_module_setting');
select enable_tenant_isolation('module_permission_grant');
select enable_tenant_isolation('module_activation_audit');
