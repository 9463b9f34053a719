-- Tags: the tenant's own categories (a region, a segment, "key account") put on records of any feature or
-- module, and used to filter lists and count records. A tag's name is unique in its tenant whatever its case;
-- its colour is one of a fixed palette, so a tenant's input never becomes a style.
create table tag (
    tenant_id  bigint      not null references tenant (id) on delete cascade,
    id         bigint      not null default nextval('atrium_id_seq'),
    name       varchar(40) not null check (char_length(btrim(name)) between 1 and 40),
    colour     varchar(10) not null check (colour in ('grey', 'blue', 'green', 'amber', 'red', 'purple')),
    version    bigint      not null default 0,
    primary key (tenant_id, id)
);
create unique index tag_name_unique on tag (tenant_id, lower(name));

-- A record is named by its type and id, as in record_history: one table serves every feature and module.
-- No id column of its own, so a list's subquery on it may name the listed table's id unqualified.
create table tag_assignment (
    tenant_id   bigint      not null,
    tag_id      bigint      not null,
    record_type varchar(40) not null check (record_type ~ '^[a-z][a-z0-9-]*$'),
    record_id   bigint      not null,
    primary key (tenant_id, record_type, record_id, tag_id),
    foreign key (tenant_id, tag_id) references tag (tenant_id, id) on delete cascade
);
-- "Which records carry this tag": the list filter and the usage count.
create index tag_assignment_by_tag on tag_assignment (tenant_id, tag_id, record_type, record_id);

select enable_tenant_isolation('tag');
select enable_tenant_isolation('tag_assignment');

grant select, insert, update, delete on tag to ${application_role};
grant select, insert, delete on tag_assignment to ${application_role};
