-- Proposals (quotes) to a third party, and the sales orders an approved one becomes. Both are documents other
-- rows refer to, so they are never deleted (DELETE withheld); their lines are, while the document is a draft.
-- A line keeps its own figures (label, price, tax rate value and name), copied from the catalog when picked,
-- so a later change of a product or a rate never changes a document. Amounts follow from the lines
-- (dev.atrium.core.sales.PricedLine); the documents keep their totals too, for lists to show and sort.
create table proposal (
    tenant_id        bigint        not null references tenant (id) on delete cascade,
    id               bigint        not null,
    reference        varchar(40)   not null check (btrim(reference) <> ''),
    party_id         bigint        not null,
    party_name       varchar(200)  not null,
    currency         char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    proposal_date    date          not null,
    valid_until      date          not null,
    notes            varchar(4000),
    status           varchar(16)   not null
                         check (status in ('DRAFT', 'SENT', 'NEGOTIATION', 'APPROVED', 'REJECTED')),
    rejection_reason varchar(1000),
    net_total        numeric(19,4) not null,
    gross_total      numeric(19,4) not null,
    -- What the approved proposal became: a sales order of this table's neighbour, or a draft invoice.
    order_id         bigint,
    invoice_id       bigint,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null,
    version          bigint        not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, reference),
    foreign key (tenant_id, party_id) references third_party (tenant_id, id),
    check (valid_until >= proposal_date),
    check ((status = 'REJECTED') = (rejection_reason is not null)),
    check (status = 'APPROVED' or (order_id is null and invoice_id is null))
);
-- The lists: newest first by default, a party's proposals on its page, and the expired ones.
create index proposal_by_date on proposal (tenant_id, proposal_date, id);
create index proposal_by_party on proposal (tenant_id, party_id, proposal_date);
create index proposal_by_validity on proposal (tenant_id, valid_until, id);
create index proposal_by_party_name on proposal (tenant_id, party_name, id);

create table proposal_line (
    tenant_id        bigint        not null,
    id               bigint        not null,
    proposal_id      bigint        not null,
    line_number      integer       not null check (line_number > 0),
    product_id       bigint,
    label            varchar(200)  not null check (btrim(label) <> ''),
    description      varchar(2000),
    quantity         numeric(19,4) not null check (quantity > 0),
    unit             varchar(20),
    unit_price       numeric(19,4) not null check (unit_price >= 0),
    currency         char(3)       not null,
    discount_percent numeric(7,4)  not null check (discount_percent between 0 and 100),
    tax_rate         numeric(7,4)  not null check (tax_rate between 0 and 100),
    tax_name         varchar(60)   not null,
    version          bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, proposal_id) references proposal (tenant_id, id) on delete cascade,
    foreign key (tenant_id, product_id) references product (tenant_id, id)
);
create index proposal_line_owner on proposal_line (tenant_id, proposal_id, line_number);

-- A draft order has no reference yet: it takes the next of its series when validated.
create table sales_order (
    tenant_id    bigint        not null references tenant (id) on delete cascade,
    id           bigint        not null,
    reference    varchar(40)   check (btrim(reference) <> ''),
    party_id     bigint        not null,
    party_name   varchar(200)  not null,
    currency     char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    order_date   date          not null,
    notes        varchar(4000),
    status       varchar(16)   not null
                     check (status in ('DRAFT', 'VALIDATED', 'DELIVERED', 'BILLED', 'CANCELED')),
    proposal_id  bigint,
    net_total    numeric(19,4) not null,
    gross_total  numeric(19,4) not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null,
    version      bigint        not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, reference),
    foreign key (tenant_id, party_id) references third_party (tenant_id, id),
    foreign key (tenant_id, proposal_id) references proposal (tenant_id, id),
    check (status = 'DRAFT' or status = 'CANCELED' or reference is not null)
);
create index sales_order_by_date on sales_order (tenant_id, order_date, id);
create index sales_order_by_party on sales_order (tenant_id, party_id, order_date);
create index sales_order_by_party_name on sales_order (tenant_id, party_name, id);
-- One order per proposal: a second conversion is refused by the database too.
create unique index sales_order_one_per_proposal on sales_order (tenant_id, proposal_id) where proposal_id is not null;

alter table proposal add foreign key (tenant_id, order_id) references sales_order (tenant_id, id);
alter table proposal add foreign key (tenant_id, invoice_id) references invoice (tenant_id, id);

-- invoiced_quantity is what draft invoices took of the line so far; the check keeps it within the quantity
-- whatever the code does, and the order row's lock keeps two invoicings from reading the same remainder.
create table sales_order_line (
    tenant_id         bigint        not null,
    id                bigint        not null,
    order_id          bigint        not null,
    line_number       integer       not null check (line_number > 0),
    product_id        bigint,
    label             varchar(200)  not null check (btrim(label) <> ''),
    description       varchar(2000),
    quantity          numeric(19,4) not null check (quantity > 0),
    unit              varchar(20),
    unit_price        numeric(19,4) not null check (unit_price >= 0),
    currency          char(3)       not null,
    discount_percent  numeric(7,4)  not null check (discount_percent between 0 and 100),
    tax_rate          numeric(7,4)  not null check (tax_rate between 0 and 100),
    tax_name          varchar(60)   not null,
    invoiced_quantity numeric(19,4) not null default 0 check (invoiced_quantity between 0 and quantity),
    version           bigint        not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, order_id) references sales_order (tenant_id, id) on delete cascade,
    foreign key (tenant_id, product_id) references product (tenant_id, id)
);
create index sales_order_line_owner on sales_order_line (tenant_id, order_id, line_number);

-- Each draft invoice made from an order: the order's page lists them, the invoice names the order as origin.
create table sales_order_invoice (
    tenant_id  bigint      not null,
    order_id   bigint      not null,
    invoice_id bigint      not null,
    created_at timestamptz not null,
    primary key (tenant_id, order_id, invoice_id),
    foreign key (tenant_id, order_id) references sales_order (tenant_id, id),
    foreign key (tenant_id, invoice_id) references invoice (tenant_id, id)
);

select enable_tenant_isolation('proposal');
select enable_tenant_isolation('proposal_line');
select enable_tenant_isolation('sales_order');
select enable_tenant_isolation('sales_order_line');
select enable_tenant_isolation('sales_order_invoice');

grant select, insert, update on proposal to ${application_role};
grant select, insert, update, delete on proposal_line to ${application_role};
grant select, insert, update on sales_order to ${application_role};
grant select, insert, update, delete on sales_order_line to ${application_role};
grant select, insert on sales_order_invoice to ${application_role};
