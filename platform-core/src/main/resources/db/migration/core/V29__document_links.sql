-- Linked documents: a proposal and the order it became, an invoice and its credit notes, a contract and the
-- invoices it raised. A document is named by its type and id, as in record_history: one table serves the core's
-- documents and every module's, and the type's owner says whether the tenant may still see the document.
create table document_link (
    tenant_id  bigint      not null references tenant (id) on delete cascade,
    id         bigint      not null default nextval('atrium_id_seq'),
    from_type  varchar(40) not null check (from_type ~ '^[a-z][a-z0-9-]*$'),
    from_id    bigint      not null,
    to_type    varchar(40) not null check (to_type ~ '^[a-z][a-z0-9-]*$'),
    to_id      bigint      not null,
    created_at timestamptz not null,
    created_by bigint,
    primary key (tenant_id, id),
    foreign key (tenant_id, created_by) references app_user (tenant_id, id) on delete set null (created_by),
    check ((from_type, from_id) <> (to_type, to_id))
);

-- A link is shown both ways, so one pair is one link whichever way round it was made: the key puts the lesser
-- end first. Linking twice is an insert this index refuses, never a look-up racing another insert.
create unique index document_link_pair on document_link (tenant_id,
    least(from_type || ':' || from_id, to_type || ':' || to_id),
    greatest(from_type || ':' || from_id, to_type || ':' || to_id));

-- "What is linked to this document", from either end.
create index document_link_from on document_link (tenant_id, from_type, from_id);
create index document_link_to on document_link (tenant_id, to_type, to_id);
create index document_link_created_by on document_link (tenant_id, created_by) where created_by is not null;

select enable_tenant_isolation('document_link');

-- A link is made and kept; it goes only with its tenant.
grant select, insert on document_link to ${application_role};
