-- Spring Modulith's event publication registry (its v2 schema): one row per
-- event and listener, written in the publishing transaction and completed when
-- the listener succeeds, so a listener that fails (or a node that dies before
-- it runs) leaves the publication incomplete, to be resubmitted, instead of
-- losing it.
--
-- A platform table, not a tenant table: it has no tenant_id column and is not
-- under row-level security. Events carry their tenant in their payload, and a
-- listener binds that tenant itself; resubmission runs with none bound.
--

create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);

create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- The registry records each publication, marks it completed or failed, and deletes it once completed.
grant select, insert, update, delete on event_publication to ${application_role};
