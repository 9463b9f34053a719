-- A contract belongs to one of the tenant's customers: a core third party, through a key that carries the
-- tenant, so the database refuses another tenant's party and a party's deletion while contracts refer to it
-- (the module declares the reference, so the refusal names the contracts).
-- Nullable only for contracts registered before this migration; the API requires a customer.
alter table contract
    add column party_id        bigint,
    add column customer_name   varchar(200),
    add column start_date      date,
    add column end_date        date,
    -- Who registered it, as history: the name as it was then, not a reference a user's removal would break.
    add column created_by_id   bigint,
    add column created_by_name varchar(200),
    add constraint contract_party_fk foreign key (tenant_id, party_id) references third_party (tenant_id, id);

create index contract_party on contract (tenant_id, party_id);
