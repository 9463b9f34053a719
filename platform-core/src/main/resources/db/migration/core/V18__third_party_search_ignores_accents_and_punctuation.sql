-- A search that ignores accents, case and punctuation: "saint roch" finds "Saint-Roch", "cafe" finds "Café".
-- Each field is folded the way the application folds the term (ThirdPartySearchText): compatibility-decomposed,
-- combining marks dropped, lower-cased, every run of anything but letters and digits one space, trimmed. The
-- fields are kept folded in a column of their own, which the trigrams are now cut from and the term is matched
-- against; a field boundary is '|', which a folded term never holds, so a term never spans two fields.
create function search_text_folded(value text) returns text
    language sql immutable strict parallel safe as $$
    select btrim(regexp_replace(lower(regexp_replace(normalize(value, NFKD), '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g')),
                                '[^[:alnum:]]+', ' ', 'g'))
$$;

alter table third_party add column search_text text not null generated always as (
    coalesce(search_text_folded(name), '') || '|' || coalesce(search_text_folded(code), '') || '|'
        || coalesce(search_text_folded(email), '') || '|' || coalesce(search_text_folded(tax_id), '')) stored;

create or replace function third_party_index_trigrams() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        delete from third_party_search_trigram t
         using new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id
         where t.tenant_id = n.tenant_id and t.third_party_id = n.id
           and o.search_text is distinct from n.search_text;
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select n.tenant_id, trigram, n.id
          from new_rows n join old_rows o on o.tenant_id = n.tenant_id and o.id = n.id,
               third_party_trigrams(n.search_text) as trigram
         where o.search_text is distinct from n.search_text;
    else
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select n.tenant_id, trigram, n.id
          from new_rows n, third_party_trigrams(n.search_text) as trigram;
    end if;
    return null;
end
$$;

-- The parties already there get the trigrams of their folded fields, tenant by tenant: the owner is under the
-- forced policy too.
do $$
declare
    each_tenant bigint;
begin
    for each_tenant in select id from tenant loop
        perform set_config('atrium.tenant_id', each_tenant::text, true);
        delete from third_party_search_trigram;
        insert into third_party_search_trigram (tenant_id, trigram, third_party_id)
        select p.tenant_id, trigram, p.id
          from third_party p, third_party_trigrams(p.search_text) as trigram;
    end loop;
    perform set_config('atrium.tenant_id', '', true);
end
$$;
