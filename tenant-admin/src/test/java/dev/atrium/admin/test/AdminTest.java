package dev.atrium.admin.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The platform with the operator console on this run's database, on a random
 * port, with MockMvc and one configured operator ({@link TestOperator}). Every
 * admin test class uses it unchanged, so they all share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "atrium.admin.email=" + TestOperator.EMAIL, "atrium.admin.password=" + TestOperator.PASSWORD})
@AutoConfigureMockMvc
public @interface AdminTest {
}
