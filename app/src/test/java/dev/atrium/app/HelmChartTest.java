package dev.atrium.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * Renders the operators' chart, helm/atrium, with the helm bundled in helm-java
 * and checks the objects it produces.
 *
 * <p>helm-java's {@code template} returns the release manifest only, without the
 * hooks that {@code helm template} also prints. The migration Job and its settings
 * are hooks, so {@link #renderWithHooks} renders a copy of the chart in which the
 * {@code helm.sh/hook} annotations are renamed: helm then keeps those objects in
 * the manifest, with their hook annotations readable under the new name.
 */
class HelmChartTest {

    private static final Path CHART = Path.of(System.getProperty("basedir", "."), "..", "helm", "atrium")
            .toAbsolutePath().normalize();
    private static final String RELEASE = "shop";
    private static final String FULLNAME = RELEASE + "-atrium";
    /** The chart needs autoscaling/v2; helm-java's client-only default is an old 1.20. */
    private static final String KUBE_VERSION = "1.31.0";
    private static final String HOOK = "helm.sh/hook";
    private static final String UNMASKED_HOOK = "unmasked.test/hook";
    private static final List<String> ROLES = List.of("web", "worker", "admin");

    @TempDir
    Path scratch;

    @Test
    void chartPassesStrictLint() {
        LintResult lint = new Helm(CHART).lint().strict().call();

        assertFalse(lint.isFailed(), () -> "helm lint --strict failed: " + lint.getMessages());
    }

    @Test
    void defaultValuesRenderOneDeploymentPerRole() {
        Manifests manifests = render(Map.of());

        assertEquals(Set.of(FULLNAME + "-web", FULLNAME + "-worker", FULLNAME + "-admin"),
                manifests.namesOf("Deployment"), "one Deployment per role, named after it");
        for (String role : ROLES) {
            Map<String, Object> deployment = manifests.get("Deployment", FULLNAME + "-" + role);
            assertEquals(role, env(container(deployment), "ATRIUM_ROLES"),
                    "ATRIUM_ROLES of the " + role + " Deployment");
            assertEquals(role, at(deployment, "spec", "selector", "matchLabels", "app.kubernetes.io/component"),
                    "the " + role + " Deployment selects its own role's pods only");
        }
        assertEquals(1, at(manifests.get("Deployment", FULLNAME + "-admin"), "spec", "replicas"),
                "the operator console runs as one pod");
    }

    @Test
    void servicesOfThePagesKeepABrowserOnOnePod() {
        Manifests manifests = render(Map.of());

        for (String role : List.of("web", "admin")) {
            assertEquals("ClientIP", at(manifests.get("Service", FULLNAME + "-" + role), "spec", "sessionAffinity"),
                    "session affinity of the " + role + " Service (page sessions are held in memory)");
        }
    }

    @Test
    void everyDeploymentProbesTheActuatorHealthGroups() {
        Manifests manifests = render(Map.of());

        for (String role : ROLES) {
            Map<String, Object> container = container(manifests.get("Deployment", FULLNAME + "-" + role));
            assertEquals("/actuator/health/liveness", at(container, "livenessProbe", "httpGet", "path"),
                    "liveness probe path of " + role);
            assertEquals("/actuator/health/readiness", at(container, "readinessProbe", "httpGet", "path"),
                    "readiness probe path of " + role);
            assertEquals("/actuator/health/liveness", at(container, "startupProbe", "httpGet", "path"),
                    "startup probe path of " + role);
            assertEquals(8080, at(container, "ports", 0, "containerPort"), "container port of " + role);
        }
    }

    @Test
    void podsRunAsNonRootOnAReadOnlyRootFilesystemWithAWritableTmp() {
        Manifests manifests = render(Map.of());

        for (String role : ROLES) {
            Map<String, Object> deployment = manifests.get("Deployment", FULLNAME + "-" + role);
            Map<String, Object> container = container(deployment);
            assertEquals(true, at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"),
                    "runAsNonRoot on the " + role + " pods");
            assertEquals(true, at(container, "securityContext", "readOnlyRootFilesystem"),
                    "read-only root filesystem for " + role);
            assertEquals("/tmp", at(container, "volumeMounts", 0, "mountPath"), "/tmp mount of " + role);
            assertTrue(map(at(deployment, "spec", "template", "spec", "volumes", 0)).containsKey("emptyDir"),
                    "/tmp of " + role + " should be an emptyDir");
        }
    }

    @Test
    void configMapCarriesTheExternalServersAndKeepsDemoModeOff() {
        Manifests manifests = render(Map.of(
                "database.url", "jdbc:postgresql://db.internal:5432/atrium",
                "redis.url", "redis://cache.internal:6379"));

        Map<String, Object> data = map(at(manifests.get("ConfigMap", FULLNAME), "data"));
        assertEquals("jdbc:postgresql://db.internal:5432/atrium", data.get("ATRIUM_DB_URL"), "ATRIUM_DB_URL");
        assertEquals("redis://cache.internal:6379", data.get("ATRIUM_REDIS_URL"), "ATRIUM_REDIS_URL");
        assertEquals("false", data.get("ATRIUM_DEMO"), "the chart never runs the demo tenant");
        assertEquals("8080", data.get("SERVER_PORT"), "SERVER_PORT");
    }

    @Test
    void migrationJobIsAHookThatHelmKeepsOutOfTheReleaseManifest() {
        Manifests manifests = render(Map.of());

        assertEquals(Set.of(), manifests.namesOf("Job"),
                "the migration Job must be a hook, so helm runs it before the release instead of with it");
    }

    @Test
    void migrationJobRunsTheMigrateRoleBeforeInstallAndUpgrade() {
        Manifests manifests = renderWithHooks(Map.of());

        Map<String, Object> job = manifests.get("Job", FULLNAME + "-migrate");
        assertEquals("pre-install,pre-upgrade", annotation(job, UNMASKED_HOOK), "hook events of the migration Job");
        assertEquals("migrate", env(container(job), "ATRIUM_ROLES"), "ATRIUM_ROLES of the migration Job");
        assertEquals("Never", at(job, "spec", "template", "spec", "restartPolicy"), "restart policy of the Job");
        assertNull(container(job).get("livenessProbe"), "a Job that exits must not be liveness-probed");
        assertEquals(container(manifests.get("Deployment", FULLNAME + "-web")).get("image"), container(job).get("image"),
                "the Job runs the same image as the Deployments");
    }

    @Test
    void migrationJobReadsSettingsCreatedBeforeItAsHooksToo() {
        Manifests manifests = renderWithHooks(Map.of("database.ownerPassword", "owner-pw"));

        Map<String, Object> job = manifests.get("Job", FULLNAME + "-migrate");
        String configName = (String) at(container(job), "envFrom", 0, "configMapRef", "name");
        String secretName = (String) at(container(job), "envFrom", 1, "secretRef", "name");
        int jobWeight = hookWeight(job);
        for (Map<String, Object> settings : List.of(
                manifests.get("ConfigMap", configName), manifests.get("Secret", secretName))) {
            String what = settings.get("kind") + " " + at(settings, "metadata", "name");
            assertEquals("pre-install,pre-upgrade", annotation(settings, UNMASKED_HOOK),
                    what + " must exist before the release's own objects, as the Job does");
            assertTrue(hookWeight(settings) < jobWeight, what + " must be created before the Job");
        }
        assertEquals(base64("owner-pw"), at(manifests.get("Secret", secretName), "data", "ATRIUM_DB_OWNER_PASSWORD"),
                "the Job's Secret holds the owner password it migrates with");
    }

    @Test
    void ingressIsOffByDefault() {
        assertEquals(Set.of(), render(Map.of()).namesOf("Ingress"), "no Ingress unless ingress.enabled");
    }

    @Test
    void ingressRoutesTenantHostsAndPathsToWebAndTheAdminHostToAdmin() {
        Manifests manifests = render(Map.of(
                "ingress.enabled", true,
                "ingress.domain", "atrium.example.org",
                "ingress.adminHost", "console.example.org"));

        Map<String, Object> ingress = manifests.get("Ingress", FULLNAME);
        Map<String, String> serviceByHost = list(at(ingress, "spec", "rules")).stream()
                .collect(Collectors.toMap(
                        rule -> (String) at(rule, "host"),
                        rule -> (String) at(rule, "http", "paths", 0, "backend", "service", "name")));
        assertEquals(Map.of(
                        "*.atrium.example.org", FULLNAME + "-web",
                        "atrium.example.org", FULLNAME + "-web",
                        "console.example.org", FULLNAME + "-admin"),
                serviceByHost, "tenant subdomains and the /t/<tenant> host go to web, the console host to admin");
        assertTrue(manifests.namesOf("Service").containsAll(Set.of(FULLNAME + "-web", FULLNAME + "-admin")),
                "the Ingress backends must exist as Services");
    }

    @Test
    void chartSecretCarriesThePasswordsSetInValues() {
        Manifests manifests = render(Map.of("database.appPassword", "app-pw", "stripe.secretKey", "sk_test_123"));

        Map<String, Object> data = map(at(manifests.get("Secret", FULLNAME), "data"));
        assertEquals(base64("app-pw"), data.get("ATRIUM_DB_APP_PASSWORD"), "ATRIUM_DB_APP_PASSWORD");
        assertEquals(base64("sk_test_123"), data.get("ATRIUM_STRIPE_SECRET_KEY"), "ATRIUM_STRIPE_SECRET_KEY");
        assertFalse(data.containsKey("ATRIUM_ADMIN_PASSWORD"), "an empty password is left out, not set blank");
    }

    @Test
    void existingSecretReplacesTheChartSecret() {
        Manifests manifests = renderWithHooks(Map.of("existingSecret", "atrium-credentials"));

        assertEquals(Set.of(), manifests.namesOf("Secret"), "no Secret may be rendered when existingSecret is set");
        for (String role : ROLES) {
            assertEquals("atrium-credentials",
                    at(container(manifests.get("Deployment", FULLNAME + "-" + role)), "envFrom", 1, "secretRef", "name"),
                    "the " + role + " pods read the existing Secret");
        }
        assertEquals("atrium-credentials",
                at(container(manifests.get("Job", FULLNAME + "-migrate")), "envFrom", 1, "secretRef", "name"),
                "the migration Job reads the existing Secret");
    }

    @Test
    void existingSecretKeepsEveryPasswordInValuesOutOfTheManifests() {
        Map<String, String> secrets = Map.of(
                "database.ownerPassword", "owner-Pa55word",
                "database.appPassword", "app-Pa55word",
                "adminAccount.password", "admin-Pa55word",
                "stripe.secretKey", "sk_live_Pa55word",
                "stripe.webhookSecret", "whsec_Pa55word");
        Map<String, Object> values = new HashMap<>(secrets);
        values.put("existingSecret", "atrium-credentials");

        String rendered = renderWithHooks(values).text();

        for (var secret : secrets.entrySet()) {
            assertFalse(rendered.contains(secret.getValue()),
                    secret.getKey() + " appears in plain text although existingSecret is set");
            assertFalse(rendered.contains(base64(secret.getValue())),
                    secret.getKey() + " appears base64-encoded although existingSecret is set");
        }
    }

    @Test
    void autoscalingTheWebRoleHandsItsReplicaCountToTheAutoscaler() {
        Manifests manifests = render(Map.of("roles.web.autoscaling.enabled", true));

        Map<String, Object> web = manifests.get("Deployment", FULLNAME + "-web");
        assertFalse(map(web.get("spec")).containsKey("replicas"),
                "with an autoscaler the Deployment must not pin replicas, or every upgrade resets the scale");
        assertEquals(FULLNAME + "-web",
                at(manifests.get("HorizontalPodAutoscaler", FULLNAME + "-web"), "spec", "scaleTargetRef", "name"),
                "the autoscaler scales the web Deployment");
    }

    // --- rendering -------------------------------------------------------------------------------------------

    private static Manifests render(Map<String, ?> values) {
        return render(CHART, values);
    }

    private Manifests renderWithHooks(Map<String, ?> values) {
        Path copy = scratch.resolve("atrium");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.toString().endsWith(".yaml")) {
                    Files.writeString(target, Files.readString(source).replace(HOOK, UNMASKED_HOOK));
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return render(copy, values);
    }

    private static Manifests render(Path chart, Map<String, ?> values) {
        assertTrue(Files.isRegularFile(chart.resolve("Chart.yaml")), () -> "no chart at " + chart);
        TemplateCommand template = new Helm(chart).template().withName(RELEASE).withKubeVersion(KUBE_VERSION);
        values.forEach(template::set);
        return Manifests.parse(template.call());
    }

    /** The documents of one rendering, parsed. */
    private record Manifests(String text, List<Map<String, Object>> documents) {

        static Manifests parse(String text) {
            List<Map<String, Object>> documents = StreamSupport.stream(new Yaml().loadAll(text).spliterator(), false)
                    .filter(Map.class::isInstance)
                    .map(HelmChartTest::map)
                    .toList();
            return new Manifests(text, documents);
        }

        Set<String> namesOf(String kind) {
            return documents.stream()
                    .filter(document -> kind.equals(document.get("kind")))
                    .map(document -> (String) at(document, "metadata", "name"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        Map<String, Object> get(String kind, String name) {
            return documents.stream()
                    .filter(document -> kind.equals(document.get("kind")))
                    .filter(document -> name.equals(at(document, "metadata", "name")))
                    .findFirst()
                    .orElseGet(() -> fail("no " + kind + " named " + name + "; " + kind + "s rendered: " + namesOf(kind)));
        }
    }

    // --- reading the parsed YAML -------------------------------------------------------------------------------

    /** Follows map keys (String) and list indexes (Integer); fails naming the step that was missing. */
    private static Object at(Object node, Object... path) {
        Object current = node;
        StringBuilder walked = new StringBuilder();
        for (Object step : path) {
            Object parent = current;
            walked.append('/').append(step);
            if (step instanceof String key && parent instanceof Map<?, ?> fields) {
                current = fields.get(key);
            } else if (step instanceof Integer index && parent instanceof List<?> items && index < items.size()) {
                current = items.get(index);
            } else {
                current = null;
            }
            if (current == null) {
                return fail("nothing at " + walked + " of " + describe(node) + "; the step before holds "
                        + (parent instanceof Map<?, ?> fields ? "keys " + fields.keySet() : parent));
            }
        }
        return current;
    }

    private static String describe(Object node) {
        if (node instanceof Map<?, ?> object && object.get("metadata") instanceof Map<?, ?> metadata) {
            return object.get("kind") + " " + metadata.get("name");
        }
        return node instanceof Map<?, ?> object && object.containsKey("name") ? "'" + object.get("name") + "'" : "it";
    }

    private static Map<String, Object> container(Map<String, Object> workload) {
        return map(at(workload, "spec", "template", "spec", "containers", 0));
    }

    private static String env(Map<String, Object> container, String name) {
        return list(at(container, "env")).stream()
                .filter(variable -> name.equals(variable.get("name")))
                .map(variable -> (String) variable.get("value"))
                .findFirst()
                .orElseGet(() -> fail("no env " + name + " in container " + container.get("name")));
    }

    private static String annotation(Map<String, Object> object, String name) {
        return (String) at(object, "metadata", "annotations", name);
    }

    private static int hookWeight(Map<String, Object> object) {
        return Integer.parseInt(annotation(object, UNMASKED_HOOK + "-weight"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertTrue(node instanceof Map, () -> "expected a mapping, found " + node);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object node) {
        assertTrue(node instanceof List, () -> "expected a list, found " + node);
        return (List<Map<String, Object>>) node;
    }

    private static String base64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
