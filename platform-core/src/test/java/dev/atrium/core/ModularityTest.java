package dev.atrium.core;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The core's feature packages as Spring Modulith sees them: every direct
 * sub-package of {@code dev.atrium.core} is a module whose base package is its
 * API and whose sub-packages are internal unless named; no cycles between them.
 */
class ModularityTest {

    private static final ApplicationModules CORE = ApplicationModules.of("dev.atrium.core");

    @Test
    void featuresUseOnlyEachOthersApiAndHaveNoCycles() {
        CORE.verify();
    }

    /** C4 and UML component diagrams plus a canvas per module, under target/spring-modulith-docs. */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(CORE).writeDocumentation();
    }
}
