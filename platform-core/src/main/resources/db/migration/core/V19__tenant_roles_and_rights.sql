-- Roles are the tenant's own: the three every tenant starts with (owner, administrator, member) are rows it may
-- rename and whose rights it may change, next to roles it adds. A role holds rights, one per feature and action
-- (thirdparty:delete), the core's and those of the modules it activates. A user's role names one of its
-- tenant's roles by key, so a user can never hold another tenant's role.
create table tenant_role (
    tenant_id bigint       not null references tenant (id) on delete cascade,
    id        bigint       not null default nextval('atrium_id_seq'),
    role_key  varchar(40)  not null check (role_key ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    -- A built-in role without a name of its own is shown under its name in the reader's language.
    name      varchar(100) check (char_length(btrim(name)) between 1 and 100),
    built_in  boolean      not null,
    version   bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, role_key),
    check (built_in or name is not null)
);
create unique index tenant_role_name on tenant_role (tenant_id, lower(name));

create table tenant_role_right (
    tenant_id bigint       not null references tenant (id) on delete cascade,
    id        bigint       not null default nextval('atrium_id_seq'),
    role_key  varchar(40)  not null,
    right_key varchar(100) not null check (right_key ~ '^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$'),
    version   bigint       not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, role_key, right_key),
    foreign key (tenant_id, role_key) references tenant_role (tenant_id, role_key) on delete cascade
);

select enable_tenant_isolation('tenant_role');
select enable_tenant_isolation('tenant_role_right');

-- The built-in roles and their rights, written for a new tenant by the trigger below, whoever creates it (the
-- operator console, the demo, a test): with the tenant bound for the insert alone, since the tables are behind
-- row-level security for every role.
create function seed_tenant_roles(tenant bigint) returns void language plpgsql as $$
declare
    bound text := current_setting('atrium.tenant_id', true);
begin
    perform set_config('atrium.tenant_id', tenant::text, true);
    insert into tenant_role (tenant_id, role_key, built_in)
    values (tenant, 'OWNER', true), (tenant, 'ADMIN', true), (tenant, 'MEMBER', true);
    insert into tenant_role_right (tenant_id, role_key, right_key)
    select tenant, r.role_key, p.right_key
      from (values ('OWNER'), ('ADMIN')) r(role_key)
     cross join (values ('thirdparty:read'), ('thirdparty:create'), ('thirdparty:edit'), ('thirdparty:delete'),
                        ('thirdparty:export'), ('setup:company'), ('setup:users'), ('setup:roles'),
                        ('setup:modules'), ('setup:numbering'), ('setup:tags')) p(right_key)
    union all
    select tenant, 'MEMBER', p.right_key
      from (values ('thirdparty:read'), ('thirdparty:create'), ('thirdparty:edit'),
                   ('thirdparty:export')) p(right_key);
    perform set_config('atrium.tenant_id', coalesce(bound, ''), true);
end
$$;

create function seed_roles_of_new_tenant() returns trigger language plpgsql as $$
begin
    perform seed_tenant_roles(new.id);
    return new;
end
$$;

create trigger tenant_roles_seeded after insert on tenant
    for each row execute function seed_roles_of_new_tenant();

do $$
declare
    t record;
begin
    for t in select id from tenant loop
        perform seed_tenant_roles(t.id);
    end loop;
end
$$;

-- What the modules a tenant activated before granted its roles carries over (the modules' registry exists
-- only once its own schema ran, which on a new database is after this one).
do $$
declare
    t record;
begin
    if to_regclass('module_permission_grant') is not null then
        for t in select id from tenant loop
            perform set_config('atrium.tenant_id', t.id::text, true);
            insert into tenant_role_right (tenant_id, role_key, right_key)
            select g.tenant_id, g.role, g.permission from module_permission_grant g where g.tenant_id = t.id
            on conflict do nothing;
        end loop;
        perform set_config('atrium.tenant_id', '', true);
    end if;
end
$$;

-- A user holds one of their tenant's roles.
alter table app_user drop constraint app_user_role_check;
alter table app_user alter column role type varchar(40);
alter table app_user add foreign key (tenant_id, role) references tenant_role (tenant_id, role_key);
create index app_user_role on app_user (tenant_id, role);

grant select, insert, update, delete on tenant_role, tenant_role_right to ${application_role};
