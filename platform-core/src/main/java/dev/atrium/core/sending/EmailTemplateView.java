package dev.atrium.core.sending;

import java.util.List;

/**
 * The template one kind of document is sent with: the tenant's own, or the shipped one in the tenant's language
 * while it has none.
 *
 * @param id           the tenant's template, or null while the kind uses the shipped one
 * @param version      the tenant's template's version, for a change; 0 for the shipped one
 * @param custom       whether it is the tenant's own
 * @param placeholders what the subject and body may name, the common ones first
 */
record EmailTemplateView(String kind, Long id, long version, boolean custom, String subject, String body,
        List<String> placeholders) {
}
