-- The tenant's own email for one kind of document (an invoice, a proposal, a module's visit report): the
-- subject and plain-text body that the send page starts from. A kind without a row here uses the shipped
-- default in the tenant's language. Both texts hold placeholders such as {invoice.number}, substituted by
-- the application's own scanner: what a tenant writes is never evaluated. A subject is one header line, so
-- the database refuses a line break in it as the application does.
create table document_email_template (
    tenant_id bigint        not null references tenant (id) on delete cascade,
    id        bigint        not null default nextval('atrium_id_seq'),
    kind      varchar(40)   not null check (kind ~ '^[a-z][a-z0-9-]*$'),
    subject   varchar(200)  not null check (char_length(btrim(subject)) between 1 and 200 and subject !~ '[\r\n]'),
    body      text          not null check (char_length(btrim(body)) between 1 and 10000),
    version   bigint        not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, kind)
);
select enable_tenant_isolation('document_email_template');

grant select, insert, update, delete on document_email_template to ${application_role};
