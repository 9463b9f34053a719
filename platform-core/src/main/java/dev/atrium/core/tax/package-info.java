/**
 * The tenant's tax rates: Setup → Taxes and the API, and {@link dev.atrium.core.tax.TaxRates}, which products and
 * document lines read their rates from. Every tenant is created with one default rate.
 */
@ApplicationModule(displayName = "Tax rates", allowedDependencies = {"principal", "problem", "provisioning", "web"})
package dev.atrium.core.tax;

import org.springframework.modulith.ApplicationModule;
