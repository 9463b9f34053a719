package dev.atrium.plugin.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A module's own test: the host (the core and the operator console, as the app assembles them) on this run's
 * test database, with the module under test loaded as a plugin the way the app loads it, through PF4J from its
 * build output, with the modules it requires. Inject {@link ModuleTestKit} to make tenants, activate the module
 * and call its API and pages as a user.
 *
 * <pre>{@code
 * @ModuleTest
 * class ContractLinesTest {
 *     @Autowired ModuleTestKit kit;
 *
 *     @Test
 *     void aLineIsADraftUntilActivated() throws Exception {
 *         TestTenant acme = kit.tenantUsingTheModule("Acme");
 *         long customer = kit.customer(acme, "Boulangerie Martin");
 *         kit.api(acme, post("/api/v1/contracts").contentType(APPLICATION_JSON).content(...))
 *                 .andExpect(status().isCreated());
 *     }
 * }
 * }</pre>
 *
 * The module under test is the Maven project the test runs in; its {@code target/classes} must not be on the
 * test class path as well (see {@code docs/writing-a-module.md}, "The plugin test kit"), so that only the
 * plugin's class loader holds its classes, as in production. Every test class with this annotation shares one
 * host, so keep to it rather than adding properties per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(classes = ModuleTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface ModuleTest {
}
