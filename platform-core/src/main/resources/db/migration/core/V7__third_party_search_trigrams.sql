-- Search under row-level security. The trigram GIN index on third_party serves `lower(x) like '%q%'` only to a
-- role outside RLS: under a policy the planner must check the policy before any operator that is not leakproof,
-- and pg_trgm's operators are not, so the application role filtered every row of the tenant. Text equality is
-- leakproof. So each party's trigrams are kept here, one row each, and a search first finds the parties holding
-- every trigram of the term through (tenant_id, trigram), then checks the term itself on those few rows. Both
-- walls stay: this table is a tenant table under forced RLS, and Hibernate adds the tenant to the subquery.
create table third_party_search_trigram (
    tenant_id      bigint not null,
    trigram        text   not null,
    third_party_id bigint not null,
    primary key (tenant_id, trigram, third_party_id),
    foreign key (tenant_id, third_party_id) references third_party (tenant_id, id) on delete cascade
);
create index third_party_search_trigram_owner on third_party_search_trigram (tenant_id, third_party_id);
select enable_tenant_isolation('third_party_search_trigram');

-- Every three-character run of the lower-cased fields, as the search cuts its term (by characters, no padding).
create function third_party_trigrams(variadic fields text[]) returns setof text
    language sql immutable strict parallel safe as $$
    select distinct substr(field, i, 3)
      from unnest(fields) as given(value), lower(value) as field, generate_series(1, length(field) - 2) as i
$$;

-- Runs as whoever writes the parties, so its rows pass the same policy as theirs.
create function third_party_index_trigrams() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from third_party_search_trigram t
         using new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
         where t.tenant_id = n.tenant_id and t.third_party_id = n.id
           and (o.name, o.code, o.email, o.tax_id) is distinct from (n.name, n.code, n.email, n.tax_id);
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select n.tenant_id, trigram, n.id
          from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id,
               third_party_trigrams(n.name, n.code, n.email, n.tax_id) as trigram
         where (o.name, o.code, o.email, o.tax_id) is distinct from (n.name, n.code, n.email, n.tax_id);
    else
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select n.tenant_id, trigram, n.id
          from new_rows n, third_party_trigrams(n.name, n.code, n.email, n.tax_id) as trigram;
    end if;
    return null;
end
$$;

-- Statement triggers with transition tables: an import of many parties writes its trigrams in one insert.
create trigger third_party_search_trigrams_on_insert after insert on third_party
    referencing new table as new_rows for each statement execute function third_party_index_trigrams();
create trigger third_party_search_trigrams_on_update after update on third_party
    referencing old table as old_rows new table as new_rows
    for each statement execute function third_party_index_trigrams();

-- The parties already there, tenant by tenant: the owner is under the forced policy too.
do $$
declare
    each_tenant bigint;
begin
    for each_tenant in select id from tenant loop
        perform set_config('atrium.tenant_id', each_tenant::text, true);
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select p.tenant_id, trigram, p.id
          from third_party p, third_party_trigrams(p.name, p.code, p.email, p.tax_id) as trigram;
    end loop;
    perform set_config('atrium.tenant_id', '', true);
end
$$;

-- The triggers run as whoever writes the parties, so the application role writes and replaces the trigrams; the
-- search reads them.
grant select, insert, delete on third_party_search_trigram to ${application_role};
