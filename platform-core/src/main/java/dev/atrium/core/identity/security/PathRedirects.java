package dev.atrium.core.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.DefaultRedirectStrategy;

/**
 * Redirects to the path of a URL, never to the URL itself: a saved request's
 * URL is absolute, built from the scheme and {@code Host} header of the request
 * that was saved, and neither is ours to repeat.
 */
final class PathRedirects extends DefaultRedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        super.sendRedirect(request, response, pathOf(url));
    }

    static String pathOf(String url) {
        URI uri = URI.create(url);
        if (!uri.isAbsolute() && uri.getRawAuthority() == null) {
            return url;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
