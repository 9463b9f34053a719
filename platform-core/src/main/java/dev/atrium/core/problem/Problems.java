package dev.atrium.core.problem;

import dev.atrium.plugin.problem.ProblemException;
import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the problem documents every API error is answered with. */
public final class Problems {

    public static final String TYPE_BASE = "https://atrium.dev/problems/";

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(int status, String typeSlug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
        problem.setType(type(typeSlug));
        problem.setTitle(title);
        return problem;
    }

    /**
     * A 400 naming one field, shaped as Bean Validation's answers are, for input
     * only the code can judge: a list cursor made for another sort, say.
     */
    public static ProblemException invalidField(String field, String message) {
        return ProblemException.invalidField(field, message);
    }

    /** The type slug of a problem that only has an HTTP status to go on. */
    public static String slugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 500 -> "internal-error";
            default -> "http-" + status;
        };
    }
}
