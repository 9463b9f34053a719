package dev.atrium.core.party;

/** A contact as the API and the pages show it: a projection of the entity. */
interface ContactView {

    long getId();

    String getName();

    String getJobTitle();

    String getEmail();

    String getPhone();

    boolean getPrimary();
}
