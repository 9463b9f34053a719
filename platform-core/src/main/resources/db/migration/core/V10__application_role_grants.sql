-- What the application role may do on the tables V1-V6 created. Until this migration every boot granted it
-- every privilege on every table, which undid any later revoke; from here on each migration that creates a
-- table grants what the application needs of it, and nothing re-grants at boot. Revoked first, so a schema an
-- earlier release migrated holds exactly what is granted here.
grant usage on schema public to ${application_role};
grant usage, select on sequence atrium_id_seq, tenant_id_seq, platform_id_seq to ${application_role};

revoke all on tenant, app_user, api_token, operator, third_party, third_party_contact, third_party_address,
    sign_in_lockout, platform_sign_in_lockout, number_series, number_series_counter from ${application_role};

-- Operators provision and close tenants (a purge runs as the owner); parties are archived, never deleted; their
-- contacts and addresses are edited and removed.
grant select, insert, update on tenant, third_party to ${application_role};
grant select, insert, update, delete on third_party_contact, third_party_address
    to ${application_role};
-- Users are created and change their names, passwords and roles; no node removes one (a tenant's users go with
-- it, by the foreign keys' cascade, which runs as the tables' owner).
grant select, insert, update on app_user to ${application_role};
-- No page removes an operator yet either, but the operator console's tests remove theirs as the application role,
-- inside the transactions they roll back: withholding delete waits for a decision on removing operators.
grant select, insert, update, delete on operator to ${application_role};
-- A token is revoked, never deleted (a deleted user's or tenant's go by the foreign keys' cascade).
grant select, insert, update on api_token to ${application_role};
-- Series are upserted, counters advanced under a row lock; both go only with their tenant.
grant select, insert, update on number_series, number_series_counter to ${application_role};
-- Lockouts are an audit: written once, read, never changed.
grant select, insert on sign_in_lockout, platform_sign_in_lockout to ${application_role};

-- The history is the owner's to write; the application role reads it to see that the schema is current.
revoke all on ${flyway:table} from ${application_role};
grant select on ${flyway:table} to ${application_role};
