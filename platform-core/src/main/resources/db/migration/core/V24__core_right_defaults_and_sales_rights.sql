-- Which built-in roles hold each core right out of the box, as data: a feature that brings new rights adds its
-- rows with add_core_right(), which also grants them to every existing tenant's built-in roles, so nobody loses
-- access to a feature on the day it arrives. Platform-wide, like the tenant table: it names no tenant.
create table core_right_default (
    right_key varchar(100) not null check (right_key ~ '^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$'),
    role_key  varchar(40)  not null check (role_key in ('OWNER', 'ADMIN', 'MEMBER')),
    primary key (right_key, role_key)
);

insert into core_right_default (right_key, role_key)
select p.right_key, r.role_key
  from (values ('OWNER'), ('ADMIN')) r(role_key)
 cross join (values ('thirdparty:read'), ('thirdparty:create'), ('thirdparty:edit'), ('thirdparty:delete'),
                    ('thirdparty:export'), ('setup:company'), ('setup:users'), ('setup:roles'),
                    ('setup:modules'), ('setup:numbering'), ('setup:tags')) p(right_key)
union all
select p.right_key, 'MEMBER'
  from (values ('thirdparty:read'), ('thirdparty:create'), ('thirdparty:edit'), ('thirdparty:export')) p(right_key);

create or replace function seed_tenant_roles(tenant bigint) returns void language plpgsql as $$
declare
    bound text := current_setting('atrium.tenant_id', true);
begin
    perform set_config('atrium.tenant_id', tenant::text, true);
    insert into tenant_role (tenant_id, role_key, built_in)
    values (tenant, 'OWNER', true), (tenant, 'ADMIN', true), (tenant, 'MEMBER', true);
    insert into tenant_role_right (tenant_id, role_key, right_key)
    select tenant, d.role_key, d.right_key from core_right_default d;
    perform set_config('atrium.tenant_id', coalesce(bound, ''), true);
end
$$;

-- A new core right, held out of the box by the given built-in roles of every tenant, present and future.
create function add_core_right(right_key varchar, roles varchar[]) returns void language plpgsql as $$
declare
    bound text := current_setting('atrium.tenant_id', true);
    t record;
begin
    insert into core_right_default (right_key, role_key)
    select add_core_right.right_key, r from unnest(roles) r
    on conflict do nothing;
    for t in select id from tenant loop
        perform set_config('atrium.tenant_id', t.id::text, true);
        insert into tenant_role_right (tenant_id, role_key, right_key)
        select t.id, r, add_core_right.right_key from unnest(roles) r
        on conflict do nothing;
    end loop;
    perform set_config('atrium.tenant_id', coalesce(bound, ''), true);
end
$$;

grant select on core_right_default to ${application_role};

-- The sales chain's rights: the catalog, tax rates, proposals, orders and invoices.
select add_core_right('product:read', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('product:edit', array['OWNER', 'ADMIN']);
select add_core_right('product:export', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('setup:taxes', array['OWNER', 'ADMIN']);
select add_core_right('proposal:read', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('proposal:edit', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('proposal:send', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('proposal:export', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('order:read', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('order:edit', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('order:export', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('invoice:read', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('invoice:edit', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('invoice:validate', array['OWNER', 'ADMIN']);
select add_core_right('invoice:send', array['OWNER', 'ADMIN', 'MEMBER']);
select add_core_right('invoice:export', array['OWNER', 'ADMIN', 'MEMBER']);
