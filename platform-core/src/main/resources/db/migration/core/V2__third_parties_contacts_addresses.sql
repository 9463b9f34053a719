-- Third parties (customers, prospects, suppliers) with their contacts and
-- addresses. Tenant tables: the tenant leads every key, and row-level security
-- hides other tenants' rows even from a query that forgot its tenant.

create table third_party (
    tenant_id      bigint       not null references tenant (id) on delete cascade,
    id             bigint       not null,
    code           varchar(30)  not null check (code ~ '^[A-Za-z0-9._-]{1,30}$'),
    name           varchar(200) not null check (btrim(name) <> ''),
    kind           varchar(16)  not null check (kind in ('COMPANY', 'INDIVIDUAL')),
    sales_relation varchar(16)  not null check (sales_relation in ('NONE', 'PROSPECT', 'CUSTOMER')),
    supplier       boolean      not null,
    status         varchar(16)  not null check (status in ('ACTIVE', 'ARCHIVED')),
    tax_id         varchar(20)  check (tax_id ~ '^[A-Z]{2}[A-Z0-9]{2,18}$'),
    email          varchar(254),
    phone          varchar(40),
    website        varchar(200),
    payment_terms  varchar(32)  not null check (payment_terms in
                       ('DUE_ON_RECEIPT', 'NET_15', 'NET_30', 'NET_45', 'NET_60', 'END_OF_MONTH',
                        'NET_30_END_OF_MONTH')),
    currency       char(3)      not null check (currency ~ '^[A-Z]{3}$'),
    notes          varchar(4000),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, code)
);
create index third_party_name on third_party (tenant_id, lower(name));

-- The last number handed out per code prefix (C for customers, P, S), so
-- automatic codes count up per tenant without gaps from other tenants.
create table third_party_code_counter (
    tenant_id   bigint      not null references tenant (id) on delete cascade,
    prefix      varchar(8)  not null,
    last_number bigint      not null check (last_number > 0),
    primary key (tenant_id, prefix)
);

create table third_party_contact (
    tenant_id      bigint       not null,
    id             bigint       not null,
    third_party_id bigint       not null,
    name           varchar(200) not null check (btrim(name) <> ''),
    job_title      varchar(100),
    email          varchar(254),
    phone          varchar(40),
    is_primary     boolean      not null,
    version        bigint       not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, third_party_id) references third_party (tenant_id, id) on delete cascade,
    -- Deferred: moving the primary flag from one contact to another updates both rows in one flush.
    constraint third_party_contact_one_primary
        exclude (tenant_id with =, third_party_id with =) where (is_primary) deferrable initially deferred
);
create index third_party_contact_owner on third_party_contact (tenant_id, third_party_id);

create table third_party_address (
    tenant_id      bigint       not null,
    id             bigint       not null,
    third_party_id bigint       not null,
    kind           varchar(16)  not null check (kind in ('BILLING', 'SHIPPING', 'OTHER')),
    line1          varchar(200) not null check (btrim(line1) <> ''),
    line2          varchar(200),
    postal_code    varchar(20),
    city           varchar(100) not null check (btrim(city) <> ''),
    region         varchar(100),
    country        char(2)      not null check (country ~ '^[A-Z]{2}$'),
    version        bigint       not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, third_party_id) references third_party (tenant_id, id) on delete cascade
);
create index third_party_address_owner on third_party_address (tenant_id, third_party_id);
create index third_party_address_country on third_party_address (tenant_id, country);

-- The first tenant tables, so the one way every tenant table gets isolated:
-- ENABLE and FORCE row-level security with the tenant policy. Later
-- migrations, the modules' too, call it for each tenant table they create.
create function enable_tenant_isolation(target regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s'
        ' using (tenant_id = nullif(current_setting(''atrium.tenant_id'', true), '''')::bigint)'
        ' with check (tenant_id = nullif(current_setting(''atrium.tenant_id'', true), '''')::bigint)', target);
end
$$;
revoke execute on function enable_tenant_isolation(regclass) from public;

select enable_tenant_isolation('third_party');
select enable_tenant_isolation('third_party_code_counter');
select enable_tenant_isolation('third_party_contact');
select enable_tenant_isolation('third_party_address');
