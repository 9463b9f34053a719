-- Deleting a tenant becomes two steps: closing (nobody signs in, the data is
-- kept) and, once the legal retention has ended, an explicit purge. The
-- retention end is fixed at closing, in the tenant's own calendar.

alter table tenant drop constraint tenant_status_check;
alter table tenant add constraint tenant_status_check check (status in ('ACTIVE', 'SUSPENDED', 'CLOSED'));
alter table tenant add column closed_at timestamptz;
alter table tenant add column retained_until date;
alter table tenant add constraint tenant_closed_has_retention
    check ((status = 'CLOSED') = (closed_at is not null and retained_until is not null));

-- Who purged which tenant and when: a platform table that outlives the tenant,
-- so it names the tenant by a column of its own rather than tenant_id (no
-- foreign key, no row-level security), and holds none of the tenant's data.
create table tenant_purge (
    id               bigint generated always as identity primary key,
    purged_tenant_id bigint       not null unique,
    slug             varchar(40)  not null,
    closed_at        timestamptz  not null,
    retained_until   date         not null,
    purged_by        varchar(254) not null,
    purged_at        timestamptz  not null,
    rows_deleted     bigint       not null check (rows_deleted >= 0)
);

-- The owner writes the audit row in the purge's own transaction; the console only reads it.
grant select on tenant_purge to ${application_role};
grant usage on sequence tenant_purge_id_seq to ${application_role};
