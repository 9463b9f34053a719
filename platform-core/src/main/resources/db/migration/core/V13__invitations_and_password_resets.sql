-- Single-use links that let a person set their password: an invitation for a
-- colleague an administrator added, a reset for someone who forgot theirs.
-- Only a SHA-256 of the link's 32 random bytes is kept; a link is used at most
-- once, stops at its expiry, and is revoked when a newer one is sent or the
-- password changes.
create table password_link (
    tenant_id  bigint      not null references tenant (id) on delete cascade,
    id         bigint      not null default nextval('atrium_id_seq'),
    user_id    bigint      not null,
    purpose    varchar(16) not null check (purpose in ('INVITATION', 'RESET')),
    token_hash char(64)    not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz,
    revoked_at timestamptz,
    primary key (tenant_id, id),
    unique (tenant_id, token_hash),
    foreign key (tenant_id, user_id) references app_user (tenant_id, id) on delete cascade,
    check (expires_at > created_at)
);
create index password_link_user on password_link (tenant_id, user_id);
select enable_tenant_isolation('password_link');

grant select, insert, update, delete on password_link to ${application_role};
