package dev.atrium.core.company;

import java.util.Optional;

/**
 * The current tenant's logo for documents: always a PNG this node re-encoded from a checked upload, so a
 * document may embed it as it is.
 */
public interface CompanyLogo {

    /** The PNG bytes, or empty while the company has no logo. */
    Optional<byte[]> png();
}
