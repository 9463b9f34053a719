/**
 * Linked documents: the host's {@link dev.atrium.plugin.link.DocumentLinks}, links between two documents of the
 * core or of modules, listed both ways on every document's page ({@code link/linked.html}) and through the API;
 * core features describe their documents with a {@link dev.atrium.core.link.CoreDocumentType}.
 */
@ApplicationModule(displayName = "Linked documents", allowedDependencies = {"module", "problem"})
package dev.atrium.core.link;

import org.springframework.modulith.ApplicationModule;
