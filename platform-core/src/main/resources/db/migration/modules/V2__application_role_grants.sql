-- What the application role may do on the module registry's tables (V1), declared here instead of the grant
-- of every privilege that each boot used to repeat. Revoked first, so a schema an earlier release migrated holds
-- exactly this.
revoke all on tenant_module, tenant_module_setting, module_permission_grant, module_activation_audit
    from ${application_role};

-- Deactivating a module keeps its activation, settings and granted permissions: they are changed, never deleted
-- (they go with their tenant, by the foreign keys' cascade).
grant select, insert, update on tenant_module, tenant_module_setting, module_permission_grant
    to ${application_role};
-- Who activated what is an audit: written once, never changed.
grant select, insert on module_activation_audit to ${application_role};

revoke all on ${flyway:table} from ${application_role};
grant select on ${flyway:table} to ${application_role};
