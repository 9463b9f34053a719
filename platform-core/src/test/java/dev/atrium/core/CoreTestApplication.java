package dev.atrium.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core on its own, as its tests start it. */
@SpringBootApplication
public class CoreTestApplication {
}
