package dev.atrium.plugin.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.plugin.numbering.NumberReset;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    @Test
    void aDescriptorCarriesWhatTheModuleAddsAndTakesItsVersionFromTheArchive() {
        ModuleDescriptor descriptor = ModuleDescriptor.builder("amc", "Annual maintenance contracts")
                .requires("contracts")
                .permission("amc:read", "See them", TenantRole.OWNER, TenantRole.MEMBER)
                .menuEntry("Maintenance", "amc", "amc:read")
                .setting("amc.visits-per-year", "Visits a year", "2")
                .build();

        assertThat(descriptor.version()).as("left to the archive").isNull();
        assertThat(descriptor.withVersion("1.2.0").version()).isEqualTo("1.2.0");
        assertThat(descriptor.requires()).containsExactly("contracts");
        assertThat(descriptor.permissions().getFirst().defaultRoles())
                .containsExactlyInAnyOrder(TenantRole.OWNER, TenantRole.MEMBER);
        assertThat(descriptor.settings().getFirst().defaultValue()).isEqualTo("2");
    }

    @Test
    void aModuleMayOnlyAddPermissionsAndSettingsInItsOwnName() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock")
                .permission("contracts:read", "Not ours", TenantRole.OWNER).build())
                .hasMessageContaining("may only add permissions 'stock:...'");
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock")
                .setting("contracts.term", "Not ours", "1").build())
                .hasMessageContaining("may only declare settings");
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock")
                .numberSeries("contracts.contract", "Not ours", "CT", "{seq:5}", NumberReset.NEVER).build())
                .hasMessageContaining("may only declare number series 'stock. ...'");
    }

    @Test
    void aModuleDeclaresItsNumberSeriesWithDefaults() {
        ModuleDescriptor descriptor = ModuleDescriptor.builder("stock", "Stock")
                .numberSeries("stock.delivery", "Delivery notes", "DN", "{prefix}-{yyyy}-{seq:5}", NumberReset.YEARLY)
                .build();
        assertThat(descriptor.numberSeries()).singleElement()
                .satisfies(series -> assertThat(series.defaultPattern()).isEqualTo("{prefix}-{yyyy}-{seq:5}"));
        assertThat(descriptor.withVersion("1.0.0").numberSeries()).as("kept with the archive's version")
                .hasSize(1);
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock")
                .numberSeries("stock.delivery", "Delivery notes", "DN", "{seq:5}", NumberReset.NEVER)
                .numberSeries("stock.delivery", "Again", "DN", "{seq:5}", NumberReset.NEVER).build())
                .hasMessageContaining("twice");
    }

    @Test
    void keysVersionsAndMenuPathsAreChecked() {
        assertThatThrownBy(() -> ModuleDescriptor.builder("Stock!", "Stock").build())
                .hasMessageContaining("short lower-case identifier");
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock").version("one").build())
                .hasMessageContaining("semantic version");
        assertThatThrownBy(() -> ModuleDescriptor.builder("stock", "Stock").requires("stock").build())
                .hasMessageContaining("cannot require itself");
        assertThatThrownBy(() -> new MenuEntry("Stock", "/t/acme/stock", null))
                .hasMessageContaining("relative to the tenant's pages");
    }
}
