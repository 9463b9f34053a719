-- What a contract sells. The contract is referred to through a key that carries the tenant, so a line can never
-- hang under another tenant's contract; a contract with lines cannot be deleted from under them.
create table contract_line (
    id          bigint         not null,
    tenant_id   bigint         not null references tenant (id) on delete cascade,
    contract_id bigint         not null,
    description varchar(200)   not null,
    quantity    numeric(12, 3) not null check (quantity > 0),
    -- In the tenant's currency when the line was written: Money's pair of columns.
    unit_price  numeric(19, 4) not null,
    currency    char(3)        not null,
    start_date  date,
    end_date    date,
    status      varchar(16)    not null check (status in ('DRAFT', 'ACTIVE', 'CLOSED')),
    version     bigint         not null default 0,
    primary key (tenant_id, id),
    constraint contract_line_contract_fk foreign key (tenant_id, contract_id) references contract (tenant_id, id),
    constraint contract_line_dates check (end_date is null or start_date is null or end_date >= start_date)
);

create index contract_line_contract on contract_line (tenant_id, contract_id);

select enable_tenant_isolation('contract_line');

-- Lines are added, changed while draft, activated and closed; never deleted (they go with their tenant).
grant select, insert, update on contract_line to ${application_role};
