-- Invoices and credit notes: one table for both, since a credit note is an invoice's mirror (its own lines, its
-- own number series) that points at the invoice it corrects. A draft carries no number; the legal number is
-- taken at validation, in the validating transaction. From then on the document is frozen: the trigger below
-- refuses any change of what it says (lines, amounts, party, dates, number), for the application and for
-- anyone with SQL alike. Only what happens to it afterwards moves: its status, what was paid and credited.
create table invoice (
    tenant_id           bigint        not null references tenant (id) on delete cascade,
    id                  bigint        not null default nextval('atrium_id_seq'),
    kind                varchar(12)   not null check (kind in ('INVOICE', 'CREDIT_NOTE')),
    status              varchar(16)   not null
        check (status in ('DRAFT', 'VALIDATED', 'PARTIALLY_PAID', 'PAID', 'ABANDONED')),
    number              varchar(60),
    party_id            bigint        not null,
    currency            char(3)       not null,
    invoice_date        date          not null,
    due_date            date          not null,
    notes               varchar(2000) not null default '',
    credited_invoice_id bigint,
    origin_type         varchar(40)   check (origin_type ~ '^[a-z][a-z0-9-]*$'),
    origin_id           bigint,
    net                 numeric(19, 4) not null default 0,
    tax                 numeric(19, 4) not null default 0,
    gross               numeric(19, 4) not null default 0,
    paid                numeric(19, 4) not null default 0 check (paid >= 0),
    credited            numeric(19, 4) not null default 0 check (credited >= 0),
    abandon_reason      varchar(500),
    -- The party as it was at validation, so a later edit of the party never changes the document.
    party_code          varchar(30),
    party_name          varchar(200),
    party_tax_id        varchar(40),
    billing_line1       varchar(200),
    billing_line2       varchar(200),
    billing_postal_code varchar(20),
    billing_city        varchar(100),
    billing_region      varchar(100),
    billing_country     char(2),
    validated_at        timestamptz,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, party_id) references third_party (tenant_id, id),
    foreign key (tenant_id, credited_invoice_id) references invoice (tenant_id, id),
    check ((number is null) = (status = 'DRAFT' or (status = 'ABANDONED' and validated_at is null))),
    check ((kind = 'CREDIT_NOTE') = (credited_invoice_id is not null)),
    check ((origin_type is null) = (origin_id is null)),
    check (due_date >= invoice_date)
);
create unique index invoice_number_unique on invoice (tenant_id, kind, number) where number is not null;
-- The list's sorts and filters: newest first, per party, per status.
create index invoice_by_date on invoice (tenant_id, invoice_date, id);
create index invoice_by_party on invoice (tenant_id, party_id, invoice_date);
create index invoice_by_status on invoice (tenant_id, status, invoice_date);
create index invoice_credit_notes on invoice (tenant_id, credited_invoice_id) where credited_invoice_id is not null;

-- A line keeps the tax rate's value and name as they were when chosen, and its amounts as PricedLine made them
-- (each rounded half-up at the currency's minor unit). A credit note's line names the invoice line it credits.
create table invoice_line (
    tenant_id        bigint        not null,
    id               bigint        not null default nextval('atrium_id_seq'),
    invoice_id       bigint        not null,
    position         integer       not null check (position >= 0),
    label            varchar(200)  not null check (char_length(btrim(label)) between 1 and 200),
    description      varchar(2000) not null default '',
    quantity         numeric(19, 4) not null,
    unit             varchar(20)   not null default '',
    unit_price       numeric(19, 4) not null,
    discount_percent numeric(7, 4) not null default 0 check (discount_percent between 0 and 100),
    tax_rate         numeric(7, 4) not null check (tax_rate between 0 and 100),
    tax_name         varchar(60)   not null default '',
    tax_rate_id      bigint,
    product_id       bigint,
    credited_line_id bigint,
    net              numeric(19, 4) not null,
    tax              numeric(19, 4) not null,
    gross            numeric(19, 4) not null,
    version          bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id),
    -- The rate and the product a line was filled from: kept so Setup shows them in use (and refuses deleting
    -- them); the line itself carries the rate's value and name as they were, so a later change never shows here.
    foreign key (tenant_id, tax_rate_id) references tax_rate (tenant_id, id),
    foreign key (tenant_id, product_id) references product (tenant_id, id),
    foreign key (tenant_id, credited_line_id) references invoice_line (tenant_id, id)
);
create index invoice_line_by_invoice on invoice_line (tenant_id, invoice_id, position);
create index invoice_line_credits on invoice_line (tenant_id, credited_line_id) where credited_line_id is not null;

-- Once validated, what the document says is frozen. Raised with SQLSTATE AT409, which the application reads
-- as the same 409 its own check gives (the trigger is the wall behind that check, not the only one).
create function refuse_change_of_validated_invoice() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'invoice % is validated: it cannot be deleted', old.id using errcode = 'AT409';
        end if;
        return old;
    end if;
    if old.status <> 'DRAFT' and (
            new.kind, new.number, new.party_id, new.currency, new.invoice_date, new.due_date, new.notes,
            new.credited_invoice_id, new.origin_type, new.origin_id, new.net, new.tax, new.gross,
            new.party_code, new.party_name, new.party_tax_id, new.billing_line1, new.billing_line2,
            new.billing_postal_code, new.billing_city, new.billing_region, new.billing_country, new.validated_at)
            is distinct from (
            old.kind, old.number, old.party_id, old.currency, old.invoice_date, old.due_date, old.notes,
            old.credited_invoice_id, old.origin_type, old.origin_id, old.net, old.tax, old.gross,
            old.party_code, old.party_name, old.party_tax_id, old.billing_line1, old.billing_line2,
            old.billing_postal_code, old.billing_city, old.billing_region, old.billing_country, old.validated_at)
    then
        raise exception 'invoice % is validated: what it says cannot change', old.id using errcode = 'AT409';
    end if;
    if old.status <> 'DRAFT' and new.status = 'DRAFT' then
        raise exception 'invoice % is validated: it cannot become a draft again', old.id using errcode = 'AT409';
    end if;
    return new;
end
$$;

create trigger invoice_frozen_once_validated before update or delete on invoice
    for each row execute function refuse_change_of_validated_invoice();

create function refuse_change_of_validated_invoice_line() returns trigger language plpgsql as $$
declare
    line_tenant  bigint := case when tg_op = 'DELETE' then old.tenant_id else new.tenant_id end;
    line_invoice bigint := case when tg_op = 'DELETE' then old.invoice_id else new.invoice_id end;
    state        varchar;
begin
    select status into state from invoice where tenant_id = line_tenant and id = line_invoice;
    if state is distinct from 'DRAFT'
            or (tg_op = 'UPDATE' and (old.invoice_id, old.tenant_id) is distinct from (new.invoice_id, new.tenant_id))
    then
        raise exception 'invoice % is validated: its lines cannot change', line_invoice using errcode = 'AT409';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger invoice_line_frozen_once_validated before insert or update or delete on invoice_line
    for each row execute function refuse_change_of_validated_invoice_line();

select enable_tenant_isolation('invoice');
select enable_tenant_isolation('invoice_line');

-- No delete on invoice: a draft that is not wanted is abandoned, so its provisional reference stays findable.
grant select, insert, update on invoice to ${application_role};
grant select, insert, update, delete on invoice_line to ${application_role};
