package dev.atrium.core.party;

/** A contact as the API and the pages show it. */
record ContactView(long id, String name, String jobTitle, String email, String phone, boolean primary) {

    static ContactView of(Contact contact) {
        return new ContactView(contact.getId(), contact.getName(), contact.getJobTitle(), contact.getEmail(),
                contact.getPhone(), contact.isPrimary());
    }
}
