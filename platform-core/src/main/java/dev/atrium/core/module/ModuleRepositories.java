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

interface ModulePermissionGrantRepository extends JpaRepository<ModulePermissionGrant, Long> {

    @Query("select g from ModulePermissionGrant g, TenantModule m where m.moduleKey = g.moduleKey and m.active = true")
    List<ModulePermissionGrant> findActive();

}

interface ModuleActivationAuditRepository extends JpaRepository<ModuleActivationAudit, Long> {

    List<ModuleActivationAudit> findTop50ByOrderByOccurredAtDescIdDesc();
}
