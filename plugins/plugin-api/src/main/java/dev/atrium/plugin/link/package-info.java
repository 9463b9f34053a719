/**
 * Linked documents: {@link dev.atrium.plugin.link.DocumentLinks} links two of the tenant's documents and lists
 * what is linked to one, both ways; a module describes its own documents with a
 * {@link dev.atrium.plugin.link.DocumentLinkProvider}.
 */
package dev.atrium.plugin.link;
