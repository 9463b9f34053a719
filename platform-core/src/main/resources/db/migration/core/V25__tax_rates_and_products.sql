-- Tax rates and the catalog: what a document line is priced and taxed from.

-- The tenant's tax rates (VAT 20 %, reduced 5.5 %, exempt 0 %). A document line keeps its own copy of the rate,
-- so changing or deactivating a rate never changes what was written with it; a rate anything refers to is
-- deactivated rather than deleted, which the foreign keys of products and document lines enforce. One rate at
-- most is the default, the one a new line or product starts from.
create table tax_rate (
    tenant_id  bigint       not null references tenant (id) on delete cascade,
    id         bigint       not null default nextval('atrium_id_seq'),
    name       varchar(60)  not null check (char_length(btrim(name)) between 1 and 60),
    rate       numeric(7,4) not null check (rate between 0 and 100),
    is_default boolean      not null default false,
    active     boolean      not null default true,
    version    bigint       not null default 0,
    primary key (tenant_id, id),
    -- The default is offered to every new line: it cannot be one nobody may choose.
    constraint tax_rate_default_is_active check (not is_default or active)
);
create unique index tax_rate_name_unique on tax_rate (tenant_id, lower(name));
create unique index tax_rate_one_default on tax_rate (tenant_id) where is_default;

select enable_tenant_isolation('tax_rate');
grant select, insert, update, delete on tax_rate to ${application_role};

-- Products and services the tenant sells: a line editor's picker fills a line from one. Documents copy what
-- they need (label, price, rate), so a product is changed freely and deactivated, never deleted.
create table product (
    tenant_id   bigint        not null references tenant (id) on delete cascade,
    id          bigint        not null default nextval('atrium_id_seq'),
    reference   varchar(40)   not null check (reference ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$'),
    label       varchar(200)  not null check (char_length(btrim(label)) between 1 and 200),
    description varchar(4000),
    kind        varchar(16)   not null check (kind in ('PRODUCT', 'SERVICE')),
    unit        varchar(20)   check (char_length(btrim(unit)) between 1 and 20),
    unit_price  numeric(19,4) not null,
    currency    char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    tax_rate_id bigint,
    active      boolean       not null default true,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, tax_rate_id) references tax_rate (tenant_id, id)
);
-- "ABC-1" and "abc-1" would be the same product to anyone reading a document.
create unique index product_reference_unique on product (tenant_id, lower(reference));
-- The list's sort keys, each with the id as tie-breaker, so a keyset page reads one index range.
create index product_reference on product (tenant_id, reference, id);
create index product_label on product (tenant_id, label, id);
create index product_price on product (tenant_id, unit_price, id);
create index product_updated on product (tenant_id, updated_at, id);
create index product_tax_rate on product (tenant_id, tax_rate_id) where tax_rate_id is not null;

select enable_tenant_isolation('product');
grant select, insert, update on product to ${application_role};

-- Every tenant starts with one default rate, so a document can be written on its first day: the standard VAT of
-- its country when we know it, else an exempt rate the tenant renames or replaces. Written by a trigger on the
-- tenant, whoever creates it (the operator console, the demo, a test), with the tenant bound for the insert.
create function seed_tenant_tax_rate(tenant bigint, locale varchar) returns void language plpgsql as $$
declare
    bound   text := current_setting('atrium.tenant_id', true);
    country text := upper(coalesce(substring(locale from '[-_]([A-Za-z]{2})(?:[-_]|$)'), ''));
    french  boolean := locale ilike 'fr%';
    rate    numeric(7,4);
begin
    rate := case country
        when 'FR' then 20 when 'GB' then 20 when 'AT' then 20 when 'DE' then 19 when 'BE' then 21
        when 'NL' then 21 when 'ES' then 21 when 'IT' then 22 when 'PT' then 23 when 'IE' then 23
        when 'LU' then 17 when 'CH' then 8.1 when 'CA' then 5
        else 0 end;
    perform set_config('atrium.tenant_id', tenant::text, true);
    insert into tax_rate (tenant_id, name, rate, is_default, active)
    values (tenant,
            case when rate = 0 then (case when french then 'Exonéré' else 'Exempt' end)
                 when french then 'TVA ' || replace(trim_scale(rate)::text, '.', ',') || ' %'
                 else 'VAT ' || trim_scale(rate) || ' %' end,
            rate, true, true);
    perform set_config('atrium.tenant_id', coalesce(bound, ''), true);
end
$$;

create function seed_tax_rate_of_new_tenant() returns trigger language plpgsql as $$
begin
    perform seed_tenant_tax_rate(new.id, new.locale);
    return new;
end
$$;

create trigger tenant_tax_rate_seeded after insert on tenant
    for each row execute function seed_tax_rate_of_new_tenant();

do $$
declare
    t record;
begin
    for t in select id, locale from tenant loop
        perform seed_tenant_tax_rate(t.id, t.locale);
    end loop;
end
$$;
