package dev.atrium.core.module;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query here runs for the bound tenant only: Hibernate adds it, row-level security enforces it. */
interface TenantModuleRepository extends JpaRepository<TenantModule, Long> {

    Optional<TenantModule> findByModuleKey(String moduleKey);

    @Query("select m.moduleKey from TenantModule m where m.active = true")
    List<String> findActiveKeys();
}

interface TenantModuleSettingRepository extends JpaRepository<TenantModuleSetting, Long> {

    List<TenantModuleSetting> findByModuleKey(String moduleKey);

    Optional<TenantModuleSetting> findByModuleKeyAndSettingKey(String moduleKey, String settingKey);
}

/** The record of the permissions a module's first activation granted; what roles hold is the roles' tables. */
interface ModulePermissionGrantRepository extends JpaRepository<ModulePermissionGrant, Long> {
}

interface ModuleActivationAuditRepository extends JpaRepository<ModuleActivationAudit, Long> {

    List<ModuleActivationAudit> findTop50ByOrderByOccurredAtDescIdDesc();
}
