/**
 * The catalog: the products and services the tenant sells, each with its unit price and default tax rate. Its
 * pages and API, and {@link dev.atrium.core.catalog.Products}, which a document's line editor picks lines from.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = {"principal", "problem", "provisioning",
        "tax", "web"})
package dev.atrium.core.catalog;

import org.springframework.modulith.ApplicationModule;
