-- The company's country: where it is established, and where its new parties' addresses start. Null while it
-- has none (a company whose locale names only a language, until its owner chooses one).
alter table company_settings
    add column country varchar(2) check (country ~ '^[A-Z]{2}$');

-- An existing company starts in the country its locale names (fr-BE: BE). Row-level security holds for the
-- migration too, so each company's row is updated with its own tenant bound.
do $$
declare
    bound text := current_setting('atrium.tenant_id', true);
    t record;
begin
    for t in select id, locale from tenant where locale ~ '^[A-Za-z]{2,3}-[A-Za-z]{2}$' loop
        perform set_config('atrium.tenant_id', t.id::text, true);
        update company_settings set country = upper(substring(t.locale from '-([A-Za-z]{2})$'))
         where tenant_id = t.id;
    end loop;
    perform set_config('atrium.tenant_id', coalesce(bound, ''), true);
end
$$;
