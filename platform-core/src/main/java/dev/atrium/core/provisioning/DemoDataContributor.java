package dev.atrium.core.provisioning;

/**
 * Adds a feature's sample rows to the demo tenant of the quick start. Runs with
 * the demo tenant bound, in its own transaction.
 */
public interface DemoDataContributor {

    void addDemoData(long tenantId);
}
