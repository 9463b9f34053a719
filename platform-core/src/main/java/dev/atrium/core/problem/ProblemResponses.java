package dev.atrium.core.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json answer, in the reader's language, where no controller runs: security filters, guards. */
@Component
public class ProblemResponses {

    private final JsonMapper json;
    private final ProblemTexts texts;

    ProblemResponses(JsonMapper json, ProblemTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    public void write(HttpServletResponse response, int status, String typeSlug, String title, String detail,
            Map<String, Object> properties) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.TYPE_BASE + typeSlug);
        body.put("title", texts.title(typeSlug, title));
        body.put("status", status);
        body.put("detail", texts.detail(typeSlug, detail, properties));
        body.putAll(texts.properties(properties));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    public void write(HttpServletResponse response, int status, String typeSlug, String title, String detail)
            throws IOException {
        write(response, status, typeSlug, title, detail, Map.of());
    }
}
