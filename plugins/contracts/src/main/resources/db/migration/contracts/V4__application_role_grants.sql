-- What the application role may do on the contracts' table, declared here instead of the grant of every
-- privilege that each boot used to repeat. Revoked first, so a schema an earlier release migrated holds
-- exactly this. Contracts are registered, listed and follow their customer's name; they are never deleted but
-- go with their tenant, by the foreign key's cascade.
revoke all on contract from ${application_role};
grant select, insert, update on contract to ${application_role};

revoke all on ${flyway:table} from ${application_role};
grant select on ${flyway:table} to ${application_role};
