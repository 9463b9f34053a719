-- Users and API tokens become tenant tables like every other: keyed and
-- referenced by tenant, and behind row-level security. What happens before a
-- tenant is bound (sign-in, token lookup) first finds the tenant — from the
-- sign-in page's slug or host, or from the token itself, which now names its
-- tenant — and binds it for the lookup.

-- The audit's reference to a user rests on app_user's (tenant_id, id) key, which
-- becomes the primary key; it exists only once the modules' schema has run.
do $$
begin
    if to_regclass('module_activation_audit') is not null then
        alter table module_activation_audit drop constraint module_activation_audit_tenant_id_actor_user_id_fkey;
    end if;
end
$$;

alter table api_token drop constraint api_token_user_id_fkey;
alter table app_user drop constraint app_user_pkey;
alter table app_user drop constraint app_user_tenant_id_id_key;
alter table app_user add primary key (tenant_id, id);

do $$
begin
    if to_regclass('module_activation_audit') is not null then
        alter table module_activation_audit add foreign key (tenant_id, actor_user_id)
            references app_user (tenant_id, id) on delete set null (actor_user_id);
    end if;
end
$$;

alter table api_token drop constraint api_token_pkey;
alter table api_token add primary key (tenant_id, id);
alter table api_token drop constraint api_token_token_hash_key;
alter table api_token add unique (tenant_id, token_hash);
alter table api_token add foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade;
drop index api_token_user;
create index api_token_user on api_token (tenant_id, user_id);

-- A token from before names no tenant and can no longer be found: it is revoked,
-- and stays listed as such on its owner's profile.
update api_token set revoked_at = now() where revoked_at is null;

select enable_tenant_isolation('app_user');
select enable_tenant_isolation('api_token');
