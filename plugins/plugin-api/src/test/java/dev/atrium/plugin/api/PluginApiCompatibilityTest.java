package dev.atrium.plugin.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.plugin.money.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The build's API compatibility check: the compiled plugin API must declare exactly what the committed baseline
 * {@code api/plugin-api.signature} records. A removed or changed declaration fails the build with the way to
 * accept an intended change; so does an addition not yet recorded.
 */
class PluginApiCompatibilityTest {

    private static final Path BASELINE = Path.of(System.getProperty("basedir", "."))
            .resolve("api/plugin-api.signature");

    @Test
    void thePluginApiDeclaresExactlyWhatItsBaselineRecords() throws IOException {
        SortedSet<String> actual = ApiSignature.of(Money.class, "dev.atrium.plugin");
        if (Boolean.getBoolean(ApiSignature.ACCEPT_PROPERTY)) {
            ApiSignature.write(BASELINE, actual);
        }
        assertThat(BASELINE).as("the API baseline; create it with " + ApiSignature.ACCEPT_COMMAND).exists();

        Optional<String> refusal = ApiSignature.compare(ApiSignature.read(BASELINE), actual);

        assertThat(refusal).as(refusal.orElse("")).isEmpty();
    }

    @Test
    void aRemovedOrChangedMethodIsRefusedNamingItAndHowToAcceptIt() {
        SortedSet<String> baseline = ApiSignature.of(Money.class, "dev.atrium.plugin");
        SortedSet<String> changed = new TreeSet<>(baseline);
        String plus = baseline.stream().filter(line -> line.contains("Money.plus(")).findFirst().orElseThrow();
        changed.remove(plus);
        changed.add(plus.replace("plus(dev.atrium.plugin.money.Money)", "plus(java.math.BigDecimal)"));

        Optional<String> refusal = ApiSignature.compare(baseline, changed);

        assertThat(refusal).hasValueSatisfying(why -> assertThat(why)
                .contains("changed incompatibly", "- " + plus, "API_VERSION", ApiSignature.ACCEPT_COMMAND));
    }

    @Test
    void aRemovedTypeIsRefusedAndAnAdditionAsksToBeRecordedWithoutCallingItIncompatible() {
        SortedSet<String> baseline = ApiSignature.of(Money.class, "dev.atrium.plugin");
        SortedSet<String> withoutMoney = new TreeSet<>(baseline);
        withoutMoney.removeIf(line -> line.startsWith("dev.atrium.plugin.money.Money |"));

        assertThat(ApiSignature.compare(baseline, withoutMoney)).hasValueSatisfying(why -> assertThat(why)
                .contains("changed incompatibly", "dev.atrium.plugin.money.Money | type "));
        assertThat(ApiSignature.compare(withoutMoney, baseline)).hasValueSatisfying(why -> assertThat(why)
                .contains("compatible", "baseline does not record them").doesNotContain("incompatibly"));
        assertThat(ApiSignature.compare(baseline, new TreeSet<>(baseline))).isEmpty();
    }

    @Test
    void theSignatureSeesAMethodsGenericTypesAndAConstantsValue() {
        SortedSet<String> signature = ApiSignature.of(Money.class, "dev.atrium.plugin");

        assertThat(signature).anyMatch(line -> line.contains(
                "method public java.util.List<dev.atrium.plugin.money.Money> dev.atrium.plugin.money.Money.allocate(int)"));
        assertThat(signature).anyMatch(line -> line.contains("API_VERSION = \"2.0.0\""));
    }
}
