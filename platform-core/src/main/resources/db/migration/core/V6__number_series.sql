-- Legal document numbers: a tenant's settings per series (prefix, pattern,
-- reset) and one counter per series and period ('' for a series that never
-- starts again, '2026' for a yearly one, '2026-03' for a monthly one). A number
-- is taken under the counter row's lock in the transaction of the document it
-- numbers, so a rollback gives it back and no two documents share one.

create table number_series (
    tenant_id  bigint      not null references tenant (id) on delete cascade,
    series     varchar(60) not null check (series ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_-]*)+$'),
    prefix     varchar(10) not null check (prefix ~ '^[A-Za-z0-9._/-]*$'),
    pattern    varchar(40) not null check (btrim(pattern) <> ''),
    reset      varchar(8)  not null check (reset in ('NEVER', 'YEARLY', 'MONTHLY')),
    updated_at timestamptz not null,
    version    bigint      not null default 0,
    primary key (tenant_id, series)
);

create table number_series_counter (
    tenant_id   bigint      not null,
    series      varchar(60) not null,
    period      varchar(7)  not null check (period ~ '^([0-9]{4}(-[0-9]{2})?)?$'),
    last_number bigint      not null check (last_number >= 0),
    primary key (tenant_id, series, period),
    foreign key (tenant_id, series) references number_series (tenant_id, series) on delete cascade
);

-- Third-party codes now come from the numbering: each tenant's last code per
-- prefix becomes the counter of the matching series, in today's format. The
-- old counter is behind forced row-level security, which binds its owner too,
-- and no tenant is bound here: lift the force for the copy; the table goes.
alter table third_party_code_counter no force row level security;

insert into number_series (tenant_id, series, prefix, pattern, reset, updated_at)
select tenant_id,
       case prefix when 'C' then 'party.customer' when 'P' then 'party.prospect'
                   when 'S' then 'party.supplier' else 'party.other' end,
       prefix, '{prefix}{seq:5}', 'NEVER', now()
  from third_party_code_counter
 where prefix in ('C', 'P', 'S', 'T');

insert into number_series_counter (tenant_id, series, period, last_number)
select tenant_id,
       case prefix when 'C' then 'party.customer' when 'P' then 'party.prospect'
                   when 'S' then 'party.supplier' else 'party.other' end,
       '', last_number
  from third_party_code_counter
 where prefix in ('C', 'P', 'S', 'T');

drop table third_party_code_counter;

select enable_tenant_isolation('number_series');
select enable_tenant_isolation('number_series_counter');
