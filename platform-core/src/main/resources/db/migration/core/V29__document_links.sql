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

-- Invoicing for modules: where each line of an invoice came from (the module, its line, the period billed),
-- frozen with the line at validation by invoice_line's own trigger. A line has a source or none; a period has
-- both ends or none.
alter table invoice_line
    add column source_module       varchar(40) check (source_module ~ '^[a-z][a-z0-9-]*$'),
    add column source_line_id      bigint,
    add column source_period_start date,
    add column source_period_end   date,
    add constraint invoice_line_source_whole check ((source_module is null) = (source_line_id is null)),
    add constraint invoice_line_source_period check ((source_period_start is null) = (source_period_end is null)
        and (source_period_end is null or source_period_end >= source_period_start));
create index invoice_line_by_source on invoice_line (tenant_id, source_module, source_line_id)
    where source_module is not null;

-- A module's call for a draft invoice, held by its idempotency key: the unique key lets one call of many
-- concurrent ones create the draft, and the others find it once that call committed. The digest of the request
-- tells a retry from a different request that reused the key. Kept as long as its invoice.
create table invoice_draft_request (
    tenant_id       bigint       not null references tenant (id) on delete cascade,
    id              bigint       not null default nextval('atrium_id_seq'),
    idempotency_key varchar(200) not null check (char_length(idempotency_key) between 1 and 200),
    request_digest  char(64)     not null,
    invoice_id      bigint,
    created_at      timestamptz  not null,
    primary key (tenant_id, id),
    unique (tenant_id, idempotency_key),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);
create index invoice_draft_request_by_invoice on invoice_draft_request (tenant_id, invoice_id);

select enable_tenant_isolation('invoice_draft_request');

-- Written, then given its invoice in the same transaction; never deleted but with its tenant.
grant select, insert, update on invoice_draft_request to ${application_role};
