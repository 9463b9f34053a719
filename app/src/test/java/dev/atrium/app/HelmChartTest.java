package dev.atrium.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void pageServicesRouteTheApplicationPortAloneWithoutSessionAffinity() {
        Manifests manifests = render(Map.of());

        assertEquals(Set.of(FULLNAME + "-web", FULLNAME + "-admin", FULLNAME + "-metrics"), manifests.namesOf("Service"),
                "a Service for each page-serving role and the headless metrics Service");
        for (String role : List.of("web", "admin")) {
            Map<String, Object> service = manifests.get("Service", FULLNAME + "-" + role);
            assertFalse(map(service.get("spec")).containsKey("sessionAffinity"),
                    "the " + role + " Service must not pin browsers to a pod: page sessions live in Redis");
            assertEquals(List.of("http"), list(at(service, "spec", "ports")).stream().map(port -> port.get("targetPort")).toList(),
                    "the " + role + " Service forwards to the application port only, never to the management port");
        }
    }

    @Test
    void everyDeploymentProbesTheActuatorHealthGroupsOnTheManagementPort() {
        Manifests manifests = render(Map.of());

        for (String role : ROLES) {
            Map<String, Object> container = container(manifests.get("Deployment", FULLNAME + "-" + role));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals(probe.equals("readinessProbe") ? "/actuator/health/readiness" : "/actuator/health/liveness",
                        at(container, probe, "httpGet", "path"), probe + " path of " + role);
                assertEquals("management", at(container, probe, "httpGet", "port"), probe + " port of " + role);
            }
            assertEquals(Map.of("http", 8080, "management", 8081), containerPorts(container),
                    "container ports of " + role);
        }
        assertEquals("8081", at(manifests.get("ConfigMap", FULLNAME), "data", "MANAGEMENT_SERVER_PORT"),
                "the app is told to serve the actuator on the management port");
    }

    @Test
    void metricsAreScrapedFromTheManagementPortThroughAHeadlessService() {
        Manifests manifests = render(Map.of("metrics.serviceMonitor.enabled", true, "management.port", 9090));

        Map<String, Object> metrics = manifests.get("Service", FULLNAME + "-metrics");
        assertEquals("None", at(metrics, "spec", "clusterIP"), "the metrics Service is headless: every pod is scraped");
        assertEquals(List.of(Map.of("name", "management", "port", 9090, "targetPort", "management", "protocol", "TCP")),
                at(metrics, "spec", "ports"), "the metrics Service exposes the management port alone");
        Map<String, Object> monitor = manifests.get("ServiceMonitor", FULLNAME);
        assertEquals(at(metrics, "metadata", "labels", "app.kubernetes.io/component"),
                at(monitor, "spec", "selector", "matchLabels", "app.kubernetes.io/component"),
                "the ServiceMonitor selects the metrics Service");
        assertEquals("management", at(monitor, "spec", "endpoints", 0, "port"), "the ServiceMonitor's port");
        assertEquals("/actuator/prometheus", at(monitor, "spec", "endpoints", 0, "path"), "the ServiceMonitor's path");
        for (String role : ROLES) {
            Map<String, Object> deployment = manifests.get("Deployment", FULLNAME + "-" + role);
            assertEquals("9090", at(deployment, "spec", "template", "metadata", "annotations", "prometheus.io/port"),
                    "scrape annotation of " + role);
            assertEquals(9090, containerPorts(container(deployment)).get("management"), "management port of " + role);
        }
    }

    @Test
    void theIngressNeverRoutesTheManagementPort() {
        Manifests manifests = render(Map.of("ingress.enabled", true));

        for (Map<String, Object> rule : list(at(manifests.get("Ingress", FULLNAME), "spec", "rules"))) {
            Map<String, Object> backend = map(at(rule, "http", "paths", 0, "backend", "service"));
            assertEquals(Map.of("name", "http"), backend.get("port"), "Ingress backend port for " + rule.get("host"));
            Map<String, Object> service = manifests.get("Service", (String) backend.get("name"));
            assertEquals(List.of("http"), list(at(service, "spec", "ports")).stream().map(port -> port.get("targetPort")).toList(),
                    "the Service behind " + rule.get("host") + " reaches the application port only");
        }
    }

    @Test
    void managementPortMustDifferFromTheApplicationPort() {
        assertRenderFails(Map.of("management.port", 8080), "management.port");
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
    void mailSettingsReachTheAppAndItsPasswordTheSecret() {
        Manifests manifests = render(Map.of("mail.host", "smtp.example.com", "mail.port", "2525",
                "mail.username", "atrium", "mail.password", "smtp-pw", "mail.from", "no-reply@example.com",
                "publicUrl", "https://atrium.example.com"));

        Map<String, Object> data = map(at(manifests.get("ConfigMap", FULLNAME), "data"));
        assertEquals("smtp.example.com", data.get("SPRING_MAIL_HOST"), "SPRING_MAIL_HOST");
        assertEquals("2525", data.get("SPRING_MAIL_PORT"), "SPRING_MAIL_PORT");
        assertEquals("atrium", data.get("SPRING_MAIL_USERNAME"), "SPRING_MAIL_USERNAME");
        assertEquals("true", data.get("SPRING_MAIL_PROPERTIES_MAIL_SMTP_STARTTLS_REQUIRED"), "STARTTLS by default");
        assertEquals("no-reply@example.com", data.get("ATRIUM_MAIL_FROM"), "ATRIUM_MAIL_FROM");
        assertEquals("https://atrium.example.com", data.get("ATRIUM_PUBLIC_URL"), "ATRIUM_PUBLIC_URL");
        assertFalse(data.containsKey("SPRING_MAIL_PASSWORD"), "the SMTP password is no setting of the ConfigMap");
        assertEquals(base64("smtp-pw"), at(manifests.get("Secret", FULLNAME), "data", "SPRING_MAIL_PASSWORD"),
                "the runtime Secret holds the SMTP password");
    }

    @Test
    void withoutAMailHostNoMailSettingIsRendered() {
        Map<String, Object> data = map(at(render(Map.of()).get("ConfigMap", FULLNAME), "data"));
        assertFalse(data.containsKey("SPRING_MAIL_HOST"), "no SMTP host by default: the app sends nothing");
    }

    @Test
    void theTrustedProxiesReachTheAppSoForwardedHeadersFromTheIngressCount() {
        Map<String, Object> defaults = map(at(render(Map.of()).get("ConfigMap", FULLNAME), "data"));
        assertEquals("10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 127.0.0.0/8, ::1/128",
                defaults.get("ATRIUM_TRUSTED_PROXIES"), "default trusted proxies: the private ranges pods run in");
        Map<String, Object> narrowed = map(at(render(Map.of("trustedProxies", "10.42.0.0/16")).get("ConfigMap", FULLNAME),
                "data"));
        assertEquals("10.42.0.0/16", narrowed.get("ATRIUM_TRUSTED_PROXIES"), "trusted proxies set in values");
    }

    // --- least privilege: the owner role is the migration Job's alone ---------------------------------------

    @Test
    void onlyTheMigrationJobHoldsTheOwnerRole() {
        Manifests manifests = renderWithHooks(Map.of(
                "database.ownerUser", "atrium_owner", "database.ownerPassword", "owner-pw", "database.appPassword", "app-pw"));

        for (String role : ROLES) {
            Map<String, Object> container = container(manifests.get("Deployment", FULLNAME + "-" + role));
            assertOwnerCredentialsAbsent(manifests, container, role + " Deployment");
        }

        Map<String, Object> job = manifests.get("Job", FULLNAME + "-migrate");
        assertEquals("pre-install,pre-upgrade", annotation(job, UNMASKED_HOOK),
                "the migration Job runs before the release's pods on install and upgrade");
        Map<String, Object> jobContainer = container(job);
        Map<String, Object> ownerPassword = secretKeyRef(jobContainer, "ATRIUM_DB_OWNER_PASSWORD");
        assertEquals(base64("owner-pw"),
                at(manifests.get("Secret", (String) ownerPassword.get("name")), "data", ownerPassword.get("key")),
                "the Job's Secret holds the owner password");
        assertFalse(Boolean.TRUE.equals(ownerPassword.get("optional")),
                "the Job cannot migrate without the owner password: a missing key must stop its pod");
        assertEquals("atrium_owner", at(manifests.get("ConfigMap", configMapOf(jobContainer)), "data", "ATRIUM_DB_OWNER_USER"),
                "the Job's settings name the owner role");
        assertEquals(base64("app-pw"), at(manifests.get("Secret", FULLNAME), "data", "ATRIUM_DB_APP_PASSWORD"),
                "the runtime Secret still holds the application role's password");
    }

    @Test
    void withAnExistingSecretTheDeploymentsReadOnlyTheRuntimeKeysAndTheJobTheOwnerPassword() {
        Manifests manifests = renderWithHooks(Map.of("existingSecret", "atrium-credentials"));

        for (String role : ROLES) {
            Map<String, Object> container = container(manifests.get("Deployment", FULLNAME + "-" + role));
            assertOwnerCredentialsAbsent(manifests, container, role + " Deployment");
            assertEquals(Set.of("ATRIUM_DB_APP_PASSWORD", "ATRIUM_ADMIN_PASSWORD", "ATRIUM_STRIPE_SECRET_KEY",
                            "ATRIUM_STRIPE_WEBHOOK_SECRET", "SPRING_MAIL_PASSWORD"),
                    secretKeysRead(container, "atrium-credentials"),
                    "the keys the " + role + " pods read from the operator's Secret, one by one");
        }
        Map<String, Object> ownerPassword = secretKeyRef(container(manifests.get("Job", FULLNAME + "-migrate")),
                "ATRIUM_DB_OWNER_PASSWORD");
        assertEquals(Map.of("name", "atrium-credentials", "key", "ATRIUM_DB_OWNER_PASSWORD"), ownerPassword,
                "the migration Job reads the owner password from the operator's Secret");
    }

    @Test
    void aSecretOfItsOwnForTheOwnerPasswordIsReadByTheMigrationJobAlone() {
        Manifests manifests = renderWithHooks(Map.of(
                "existingSecret", "atrium-credentials",
                "database.ownerExistingSecret", "atrium-owner",
                "database.ownerPasswordKey", "password"));

        for (String role : ROLES) {
            assertEquals(Set.of(), secretKeysRead(container(manifests.get("Deployment", FULLNAME + "-" + role)),
                    "atrium-owner"), "the " + role + " pods must not read the owner's Secret");
        }
        assertEquals(Map.of("name", "atrium-owner", "key", "password"),
                secretKeyRef(container(manifests.get("Job", FULLNAME + "-migrate")), "ATRIUM_DB_OWNER_PASSWORD"),
                "the migration Job reads the owner password from its own Secret");
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
        String configName = configMapOf(container(job));
        String secretName = (String) secretKeyRef(container(job), "ATRIUM_DB_OWNER_PASSWORD").get("name");
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
            assertEquals(Set.of("atrium-credentials"),
                    secretsRead(container(manifests.get("Deployment", FULLNAME + "-" + role))),
                    "the " + role + " pods read the existing Secret");
        }
        assertEquals(Set.of("atrium-credentials"), secretsRead(container(manifests.get("Job", FULLNAME + "-migrate"))),
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

    // --- web pods: spread out, sessions in Redis ---------------------------------------------------------------

    @Test
    void webPodsSpreadOverNodesAndSoftlyOverZones() {
        Map<String, Object> web = render(Map.of()).get("Deployment", FULLNAME + "-web");

        Map<String, String> whenUnsatisfiableByTopology = list(at(web, "spec", "template", "spec",
                "topologySpreadConstraints")).stream().collect(Collectors.toMap(
                        constraint -> (String) constraint.get("topologyKey"),
                        constraint -> (String) constraint.get("whenUnsatisfiable")));
        assertEquals(Map.of("kubernetes.io/hostname", "DoNotSchedule", "topology.kubernetes.io/zone", "ScheduleAnyway"),
                whenUnsatisfiableByTopology, "web pods: one per node while nodes allow, and spread over zones if possible");
        assertEquals("web", at(web, "spec", "template", "spec", "topologySpreadConstraints", 0, "labelSelector",
                "matchLabels", "app.kubernetes.io/component"), "the spread counts web pods only");
    }

    @Test
    void webPodSpreadIsConfigurable() {
        Map<String, Object> web = render(Map.of("roles.web.spread.acrossNodes", "ScheduleAnyway",
                "roles.web.spread.acrossZones", "", "roles.web.spread.maxSkew", 2)).get("Deployment", FULLNAME + "-web");

        assertEquals(List.of(Map.of("topologyKey", "kubernetes.io/hostname", "whenUnsatisfiable", "ScheduleAnyway",
                        "maxSkew", 2)),
                list(at(web, "spec", "template", "spec", "topologySpreadConstraints")).stream()
                        .map(constraint -> Map.of("topologyKey", constraint.get("topologyKey"),
                                "whenUnsatisfiable", constraint.get("whenUnsatisfiable"), "maxSkew", constraint.get("maxSkew")))
                        .toList(),
                "a preference across nodes, nothing across zones");
    }

    @Test
    void moreThanOneWebPodWithoutRedisIsRefused() {
        assertRenderFails(Map.of("redis.url", ""), "redis.url");
        assertRenderFails(Map.of("redis.url", "", "roles.web.replicas", 1, "roles.web.autoscaling.enabled", true),
                "redis.url");
    }

    @Test
    void oneWebPodRunsWithoutRedis() {
        Manifests manifests = render(Map.of("redis.url", "", "roles.web.replicas", 1));

        assertFalse(map(at(manifests.get("ConfigMap", FULLNAME), "data")).containsKey("ATRIUM_REDIS_URL"),
                "no Redis URL is configured");
    }

    @Test
    void aRedisUrlInTheExistingSecretCountsAsRedis() {
        Manifests manifests = render(Map.of("redis.url", "", "redis.urlInExistingSecret", true,
                "existingSecret", "atrium-credentials"));

        Map<String, Object> redisUrl = secretKeyRef(container(manifests.get("Deployment", FULLNAME + "-web")),
                "ATRIUM_REDIS_URL");
        assertEquals(Map.of("name", "atrium-credentials", "key", "ATRIUM_REDIS_URL"), redisUrl,
                "the web pods read the Redis URL from the operator's Secret, and fail to start without it");
        assertRenderFails(Map.of("redis.url", "", "redis.urlInExistingSecret", true), "existingSecret");
    }

    // --- values.schema.json ------------------------------------------------------------------------------------

    @Test
    void aMisspeltValueFailsTheRenderingNamingIt() throws IOException {
        Path values = scratch.resolve("typo.yaml");
        Files.writeString(values, """
                roles:
                  web:
                    replicaCont: 3
                """);

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> new Helm(CHART).template().withName(RELEASE).withKubeVersion(KUBE_VERSION).withValuesFile(values).call(),
                "a values file with a misspelt key must not render");
        assertTrue(refused.getMessage().contains("replicaCont"), () -> "the refusal names the key: " + refused.getMessage());
    }

    @Test
    void aMisspeltValueInTheChartsOwnValuesFailsLintNamingIt() {
        Path copy = copyChart(text -> text);
        try {
            Path values = copy.resolve("values.yaml");
            Files.writeString(values, Files.readString(values)
                    .replace("\nservice:\n", "\nservice:\n  sesionAffinity: ClientIP\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        LintResult lint = new Helm(copy).lint().strict().call();

        assertTrue(lint.isFailed(), "lint must fail on an unknown value");
        assertTrue(lint.getMessages().stream().anyMatch(message -> message.contains("sesionAffinity")),
                () -> "lint names the unknown value: " + lint.getMessages());
    }

    @Test
    void aValueOfTheWrongKindFailsTheRendering() {
        assertRenderFails(Map.of("roles.web.spread.acrossNodes", "Sometimes"), "acrossNodes");
        assertRenderFails(Map.of("management.port", "eighty"), "management");
    }

    // --- rendering -------------------------------------------------------------------------------------------

    private static Manifests render(Map<String, ?> values) {
        return render(CHART, values);
    }

    private Manifests renderWithHooks(Map<String, ?> values) {
        return render(copyChart(text -> text.replace(HOOK, UNMASKED_HOOK)), values);
    }

    private static void assertRenderFails(Map<String, ?> values, String named) {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> render(values),
                () -> "the chart must refuse " + values);
        assertTrue(refused.getMessage().contains(named),
                () -> "the refusal of " + values + " should name " + named + ": " + refused.getMessage());
    }

    /** A copy of the chart in the scratch directory, its templates passed through {@code edit}. */
    private Path copyChart(java.util.function.UnaryOperator<String> edit) {
        Path copy = scratch.resolve("atrium");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (source.getParent().endsWith("templates") && source.toString().endsWith(".yaml")) {
                    Files.writeString(target, edit.apply(Files.readString(source)));
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
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

    private static Map<String, Object> secretKeyRef(Map<String, Object> container, String name) {
        return list(at(container, "env")).stream()
                .filter(variable -> name.equals(variable.get("name")))
                .map(variable -> map(at(variable, "valueFrom", "secretKeyRef")))
                .findFirst()
                .orElseGet(() -> fail("no env " + name + " from a Secret in container " + container.get("name")));
    }

    /** Every Secret a container reads, through env or envFrom. */
    private static Set<String> secretsRead(Map<String, Object> container) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> variable : list(container.getOrDefault("env", List.of()))) {
            if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                names.add((String) ref.get("name"));
            }
        }
        for (Map<String, Object> source : list(container.getOrDefault("envFrom", List.of()))) {
            if (source.get("secretRef") instanceof Map<?, ?> ref) {
                names.add((String) ref.get("name"));
            }
        }
        return names;
    }

    /** The keys a container reads from one Secret; envFrom of that Secret (every key) fails. */
    private static Set<String> secretKeysRead(Map<String, Object> container, String secret) {
        for (Map<String, Object> source : list(container.getOrDefault("envFrom", List.of()))) {
            if (source.get("secretRef") instanceof Map<?, ?> ref && secret.equals(ref.get("name"))) {
                fail("container " + container.get("name") + " takes every key of Secret " + secret + " through envFrom");
            }
        }
        Set<String> keys = new TreeSet<>();
        for (Map<String, Object> variable : list(container.getOrDefault("env", List.of()))) {
            if (variable.get("valueFrom") instanceof Map<?, ?> from && from.get("secretKeyRef") instanceof Map<?, ?> ref
                    && secret.equals(ref.get("name"))) {
                keys.add((String) ref.get("key"));
            }
        }
        return keys;
    }

    private static String configMapOf(Map<String, Object> container) {
        return (String) at(container, "envFrom", 0, "configMapRef", "name");
    }

    private static Map<String, Integer> containerPorts(Map<String, Object> container) {
        return list(at(container, "ports")).stream()
                .collect(Collectors.toMap(port -> (String) port.get("name"), port -> (Integer) port.get("containerPort")));
    }

    /**
     * Neither the owner role's name nor its password reaches the container: not as a variable, not in its
     * ConfigMap, not in any Secret it reads from.
     */
    private static void assertOwnerCredentialsAbsent(Manifests manifests, Map<String, Object> container, String what) {
        Set<String> variables = list(at(container, "env")).stream().map(variable -> (String) variable.get("name"))
                .collect(Collectors.toSet());
        assertFalse(variables.contains("ATRIUM_DB_OWNER_PASSWORD"), what + " has the owner password");
        assertFalse(variables.contains("ATRIUM_DB_OWNER_USER"), what + " has the owner role");
        assertFalse(map(at(manifests.get("ConfigMap", configMapOf(container)), "data")).containsKey("ATRIUM_DB_OWNER_USER"),
                what + "'s ConfigMap names the owner role");
        for (String secret : secretsRead(container)) {
            if (manifests.namesOf("Secret").contains(secret)) {
                Object data = manifests.get("Secret", secret).get("data");
                assertFalse(data instanceof Map<?, ?> keys && keys.containsKey("ATRIUM_DB_OWNER_PASSWORD"),
                        what + " reads Secret " + secret + ", which holds the owner password");
            }
            assertFalse(secretKeysRead(container, secret).contains("ATRIUM_DB_OWNER_PASSWORD"),
                    what + " reads key ATRIUM_DB_OWNER_PASSWORD of Secret " + secret);
        }
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
