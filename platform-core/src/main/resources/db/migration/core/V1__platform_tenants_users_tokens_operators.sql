-- Platform tables: not tenant rows, so no row-level security. Every query on
-- app_user and api_token names its tenant explicitly.

-- One sequence for the ids of every tenant table, so an id never repeats across tenants.
create sequence atrium_id_seq increment by 50;

create sequence tenant_id_seq;

create table tenant (
    id               bigint primary key default nextval('tenant_id_seq'),
    slug             varchar(40)  not null unique
                     check (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    name             varchar(200) not null,
    status           varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED')),
    default_currency char(3)      not null check (default_currency ~ '^[A-Z]{3}$'),
    locale           varchar(35)  not null,
    time_zone        varchar(64)  not null,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);

create sequence platform_id_seq increment by 50;

create table app_user (
    id            bigint primary key,
    tenant_id     bigint       not null references tenant (id) on delete cascade,
    email         varchar(254) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(16)  not null check (role in ('OWNER', 'ADMIN', 'MEMBER')),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    unique (tenant_id, email),
    -- Lets tenant tables point at a user with a composite key that cannot cross tenants.
    unique (tenant_id, id)
);

create table api_token (
    id           bigint primary key,
    tenant_id    bigint       not null references tenant (id) on delete cascade,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null unique,
    prefix       varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0
);
create index api_token_user on api_token (user_id);

create table operator (
    id            bigint primary key,
    email         varchar(254) not null unique,
    password_hash varchar(200) not null,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0
);
