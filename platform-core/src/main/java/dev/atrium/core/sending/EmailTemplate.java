package dev.atrium.core.sending;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The tenant's own subject and body for one kind of document, in place of the shipped default. */
@Entity
@Table(name = "document_email_template")
class EmailTemplate extends TenantScopedEntity {

    private String kind;

    private String subject;

    private String body;

    protected EmailTemplate() {
    }

    EmailTemplate(String kind, String subject, String body) {
        this.kind = kind;
        rewrite(subject, body);
    }

    void rewrite(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }

    String kind() {
        return kind;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }
}
