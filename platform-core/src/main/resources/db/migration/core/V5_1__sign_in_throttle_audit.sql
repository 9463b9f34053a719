-- Lockouts of the sign-in throttle, for the audit: one row when an account or
-- a client address is locked, never one per failed attempt.

-- A tenant user's account locked: the tenant's own record, under row-level
-- security like every tenant table.
create table sign_in_lockout (
    tenant_id      bigint       not null references tenant (id) on delete cascade,
    id             bigint       not null default nextval('atrium_id_seq'),
    email          varchar(254) not null,
    client_address varchar(64)  not null,
    locked_at      timestamptz  not null,
    locked_until   timestamptz  not null,
    primary key (tenant_id, id)
);
create index sign_in_lockout_recent on sign_in_lockout (tenant_id, locked_at desc);
select enable_tenant_isolation('sign_in_lockout');

-- Lockouts that belong to no tenant: an operator's account, a client address
-- (on any way in), an account on a company address that names no company.
create table platform_sign_in_lockout (
    id             bigint       primary key default nextval('platform_id_seq'),
    way            varchar(24)  not null check (way in ('TENANT_SIGN_IN', 'OPERATOR_SIGN_IN', 'API_TOKEN')),
    scope          varchar(16)  not null check (scope in ('ACCOUNT', 'ADDRESS')),
    -- The operator's email, the company address and email tried, or the client address.
    subject        varchar(254) not null,
    client_address varchar(64)  not null,
    locked_at      timestamptz  not null,
    locked_until   timestamptz  not null
);
create index platform_sign_in_lockout_recent on platform_sign_in_lockout (locked_at desc);
