package dev.atrium.core.problem;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What answers errors no controller handled (an unknown path, a wrong method,
 * a failure in a filter): problem+json for the API and API clients, the
 * friendly error page for people. Replaces Boot's, whose JSON is not RFC 9457.
 */
@Controller
class FallbackErrors implements org.springframework.boot.webmvc.error.ErrorController {

    /** A request attribute: what the error page says of a 400 refused before any controller ran. */
    static final String PAGE_DETAIL = FallbackErrors.class.getName() + ".detail";

    /** A request attribute: the {@link FieldRefusal} behind {@link #PAGE_DETAIL}, for the reader's language. */
    static final String PAGE_REFUSAL = FallbackErrors.class.getName() + ".refusal";

    /** A field refused before any controller ran: its name, the reason's key and the English words of it. */
    record FieldRefusal(String field, String reason, String english) {
    }

    private final ProblemResponses problems;
    private final MessageSource messages;

    FallbackErrors(ProblemResponses problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            problem(request, response);
            return null;
        }
        int status = status(request);
        String detail = request.getAttribute(PAGE_REFUSAL) instanceof FieldRefusal refused ? worded(refused)
                : request.getAttribute(PAGE_DETAIL) instanceof String refusal ? refusal
                : messages.getMessage("error.400.text", null, LocaleContextHolder.getLocale());
        return new ModelAndView("error", Map.of("status", status, "detail", detail), HttpStatusCode.valueOf(status));
    }

    private String worded(FieldRefusal refused) {
        Locale reader = LocaleContextHolder.getLocale();
        String reason = messages.getMessage("error.refused." + refused.reason(), null, refused.english(), reader);
        return messages.getMessage("error.refused", new Object[] {refused.field(), reason}, reader);
    }

    @RequestMapping("${server.error.path:/error}")
    void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        problems.write(response, status, Problems.slugFor(status), title, detail(status));
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : request.getRequestURI();
        return uri instanceof String path && (path.startsWith("/api/") || path.startsWith("/admin/api/"));
    }

    /** Asked for directly, {@code /error} is no endpoint: a 404, not the 500 of an error without a status. */
    private static int status(HttpServletRequest request) {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            return 404;
        }
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "There is no such endpoint.";
            case 405 -> "This endpoint does not accept that HTTP method.";
            case 415 -> "This endpoint does not accept that content type.";
            default -> status >= 500 ? "Something went wrong on our side." : "The request could not be served.";
        };
    }
}
