package dev.atrium.core.problem;

import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on an error no servlet answered: a request the
 * connector refused before any filter ran (a {@code %00} or {@code %2F} in
 * the path, say). Under {@code /api/} it is problem+json like every other API
 * error, elsewhere a plain page that says what happened; never Tomcat's own
 * page with its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status >= 500 ? "Something went wrong on our side."
                : "The request could not be served: its address, headers or body are malformed.";
        try {
            String body;
            if (isApi(request)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("type", Problems.TYPE_BASE + Problems.slugFor(status));
                problem.put("title", title);
                problem.put("status", status);
                problem.put("detail", detail);
                body = JsonMapper.shared().writeValueAsString(problem);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                        + HtmlUtils.htmlEscape(title) + " · Atrium</title></head><body><main><h1>" + status + " "
                        + HtmlUtils.htmlEscape(title) + "</h1><p>" + detail + "</p><p><a href=\"/\">Back to the start"
                        + "</a></p></main></body></html>";
            }
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response cannot take a body any more: nothing left to tell anyone.
        }
    }

    /** By the raw path: a refused request may have no decoded one. */
    private static boolean isApi(Request request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        return path != null && (path.startsWith("/api/") || path.startsWith("/admin/api/"));
    }
}
