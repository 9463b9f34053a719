package dev.atrium.core.company;

/**
 * The current tenant's company as its documents present it (name, legal name, address, tax id), for features
 * that print or send on the company's behalf; {@link CompanyLogo} gives its logo.
 */
public interface CompanyProfile {

    /** The bound tenant's settings, the provisioned defaults while the owner has saved none. */
    CompanySettings current();
}
