-- A company's own settings beyond what its tenant row holds (name, currency, locale, zone): the legal name and
-- address printed on documents, the tax id, when its fiscal year starts, and whether its owner has confirmed
-- them (the first sign-in asks until then). The logo sits in its own table, so reading the settings never
-- reads the image; it is stored re-encoded as PNG, never as uploaded.
create table company_settings (
    tenant_id          bigint       not null references tenant (id) on delete cascade,
    legal_name         varchar(200) not null default '',
    address            varchar(500) not null default '',
    tax_id             varchar(40)  not null default '',
    fiscal_year_month  smallint     not null default 1 check (fiscal_year_month between 1 and 12),
    fiscal_year_day    smallint     not null default 1 check (fiscal_year_day between 1 and 31),
    confirmed_at       timestamptz,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0,
    primary key (tenant_id)
);

create table company_logo (
    tenant_id  bigint      not null,
    png        bytea       not null check (octet_length(png) <= 4194304),
    width      integer     not null check (width > 0),
    height     integer     not null check (height > 0),
    updated_at timestamptz not null,
    primary key (tenant_id),
    foreign key (tenant_id) references company_settings (tenant_id) on delete cascade
);

select enable_tenant_isolation('company_settings');
select enable_tenant_isolation('company_logo');

-- Settings are upserted; a logo is replaced and removed.
grant select, insert, update on company_settings to ${application_role};
grant select, insert, update, delete on company_logo to ${application_role};
