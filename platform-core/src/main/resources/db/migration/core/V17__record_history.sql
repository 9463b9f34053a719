-- The timeline of every record, the host's and modules' alike: who created it, who changed which fields from
-- what to what, and people's notes. A record is named by its type and id, not by a foreign key, since the
-- same table serves records of every feature and module. Entries are never changed: the application may only
-- read and add them; a deleted user's entries stay, with the name they had.
create table record_history (
    tenant_id     bigint       not null references tenant (id) on delete cascade,
    id            bigint       not null default nextval('atrium_id_seq'),
    record_type   varchar(40)  not null check (record_type ~ '^[a-z][a-z0-9-]*$'),
    record_id     bigint       not null,
    kind          varchar(16)  not null check (kind in ('CREATED', 'CHANGED', 'NOTE')),
    actor_user_id bigint,
    actor_name    varchar(200),
    occurred_at   timestamptz  not null,
    changes       jsonb,
    note          text         check (char_length(note) between 1 and 2000),
    version       bigint       not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, actor_user_id) references app_user (tenant_id, id) on delete set null (actor_user_id),
    check ((kind = 'NOTE') = (note is not null)),
    check ((kind = 'CHANGED') = (changes is not null))
);
create index record_history_timeline on record_history (tenant_id, record_type, record_id, id desc);
-- The foreign key's delete from app_user looks the user's entries up.
create index record_history_actor on record_history (tenant_id, actor_user_id) where actor_user_id is not null;
select enable_tenant_isolation('record_history');

grant select, insert on record_history to ${application_role};
