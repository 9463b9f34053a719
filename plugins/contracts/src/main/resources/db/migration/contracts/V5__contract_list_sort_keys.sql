-- The contracts' list sorts by reference, title, start and end date, and pages by keyset on (tenant, key, id):
-- every sort key must be NOT NULL, since a keyset comparison skips the rows whose key is null.
-- Every contract registered since V2 has both dates; one registered before that is given the term the register
-- gives by default, twelve months from the day of this migration. The owner is under the forced policy too, so it
-- is lifted for the backfill alone, inside this migration's transaction.
alter table contract no force row level security;
update contract set start_date = current_date where start_date is null;
update contract set end_date = (start_date + interval '12 months' - interval '1 day')::date where end_date is null;
alter table contract force row level security;

alter table contract
    alter column start_date set not null,
    alter column end_date set not null;

-- Each sort reads one index range, forwards or backwards; by reference, the unique (tenant_id, reference) does.
create index contract_by_title on contract (tenant_id, title, id);
create index contract_by_start_date on contract (tenant_id, start_date, id);
create index contract_by_end_date on contract (tenant_id, end_date, id);
