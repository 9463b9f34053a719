package dev.atrium.core.module;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A tenant's value of a module setting; written with the default on first activation. */
@Entity
@Table(name = "tenant_module_setting")
class TenantModuleSetting extends TenantScopedEntity {

    @Column(name = "module_key")
    private String moduleKey;

    @Column(name = "setting_key")
    private String settingKey;

    private String value;

    protected TenantModuleSetting() {
    }

    TenantModuleSetting(String moduleKey, String settingKey, String value) {
        this.moduleKey = moduleKey;
        this.settingKey = settingKey;
        this.value = value;
    }

    String settingKey() {
        return settingKey;
    }

    String value() {
        return value;
    }

    void change(String newValue) {
        value = newValue;
    }
}
