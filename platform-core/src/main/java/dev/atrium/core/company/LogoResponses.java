package dev.atrium.core.company;

import dev.atrium.plugin.problem.NotFoundException;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a logo leaves the server: as an attachment of type PNG that no browser may sniff into anything else.
 * An {@code <img>} still shows it (browsers ignore the disposition of an image they embed), and the bytes are
 * a PNG this node encoded, so even a direct visit only downloads a picture.
 */
final class LogoResponses {

    private LogoResponses() {
    }

    static ResponseEntity<byte[]> of(Optional<byte[]> png) {
        byte[] bytes = png.orElseThrow(() -> new NotFoundException("Logo", "company"));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("logo.png").build()
                        .toString())
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(bytes);
    }
}
