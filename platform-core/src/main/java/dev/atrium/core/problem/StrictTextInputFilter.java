package dev.atrium.core.problem;

import dev.atrium.plugin.problem.StorableText;
import dev.atrium.plugin.problem.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every query parameter, form field and JSON body to {@link TextInput}'s
 * rule before anything reads them, so a NUL, a lone surrogate or bytes that are
 * not UTF-8 are a 400 naming the field, never a database error (whose message
 * carried the row into the log) or text silently changed. Tomcat's own
 * decoders replace malformed bytes and Jackson's accepts overlong sequences,
 * so the raw bytes are decoded here, strictly.
 *
 * <p>A form body is read here and its fields served from what was read;
 * a JSON body is passed on with each malformed sequence turned into a
 * {@code \u0000} escape, which {@link TextInputJson} then refuses naming the
 * field it sits in. Multipart bodies (uploads) are not read here.
 */
final class StrictTextInputFilter extends OncePerRequestFilter {

    /** What the JSON reader sees where the bytes were not UTF-8: a NUL, which it refuses with the field's path. */
    private static final String MALFORMED_MARK = "\\u0000";

    private final ProblemResponses problems;

    StrictTextInputFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Optional<Refusal> refusal = readForm(request.getQueryString(), fields);
        HttpServletRequest checked = request;
        if (refusal.isEmpty() && isForm(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            refusal = readForm(new String(body, StandardCharsets.ISO_8859_1), fields);
            checked = new CheckedRequest(request, body, fields);
        } else if (refusal.isEmpty() && isJson(request)) {
            byte[] body = request.getInputStream().readAllBytes();
            try {
                TextInput.decodeStrictly(body);
            } catch (CharacterCodingException malformed) {
                body = TextInput.decodeMarking(body, MALFORMED_MARK).getBytes(StandardCharsets.UTF_8);
            }
            checked = new CheckedRequest(request, body, null);
        }
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        chain.doFilter(checked, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/admin/api/")) {
            problems.write(response, 400, "validation-failed", "Invalid input", "1 field is invalid: "
                    + refusal.field() + " " + refusal.message() + ".",
                    Map.of("errors", List.of(new FieldError(refusal.field(), refusal.message()))));
        } else {
            request.setAttribute(FallbackErrors.PAGE_DETAIL, "The field '" + refusal.field() + "' "
                    + refusal.message() + ".");
            // The error page words it in the reader's language, which is known only once the dispatcher runs.
            request.setAttribute(FallbackErrors.PAGE_REFUSAL, new FallbackErrors.FieldRefusal(refusal.field(),
                    reason(refusal.message()), refusal.message()));
            response.sendError(400);
        }
    }

    /** The refusal's reason by key ({@code error.refused.<reason>}), the English message being its fallback. */
    private static String reason(String message) {
        if (message.equals(TextInput.MESSAGE)) {
            return "encoding";
        }
        if (message.startsWith("has a parameter name")) {
            return "name";
        }
        return message.equals(StorableText.NUL_CHARACTER) ? "nul"
                : message.equals(StorableText.LONE_SURROGATE) ? "surrogate" : "other";
    }

    /**
     * Reads {@code name=value&...} (percent-encoded UTF-8, {@code +} for a
     * space) into {@code into}, or says which field breaks the rule.
     */
    private static Optional<Refusal> readForm(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> name = decode(rawName);
            if (name.isEmpty() || !TextInput.acceptable(name.get())) {
                return Optional.of(new Refusal("query", "has a parameter name that " + TextInput.MESSAGE));
            }
            Optional<String> value = decode(rawValue);
            if (value.isEmpty()) {
                return Optional.of(new Refusal(name.get(), TextInput.MESSAGE));
            }
            Optional<String> offence = TextInput.offence(value.get());
            if (offence.isPresent()) {
                return Optional.of(new Refusal(name.get(), offence.get()));
            }
            into.computeIfAbsent(name.get(), key -> new ArrayList<>()).add(value.get());
        }
        return Optional.empty();
    }

    /** Percent-decodes to bytes and those strictly as UTF-8; empty when either is broken. */
    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0xFF) {
                return Optional.empty();
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(TextInput.decodeStrictly(bytes.toByteArray()));
        } catch (CharacterCodingException malformed) {
            return Optional.empty();
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        return contentTypeOf(request).map(MediaType.APPLICATION_FORM_URLENCODED::includes).orElse(false);
    }

    /** JSON in UTF-8, as RFC 8259 has it; a body declared in another charset is read as declared, unchecked here. */
    private static boolean isJson(HttpServletRequest request) {
        return contentTypeOf(request).map(type -> (MediaType.APPLICATION_JSON.includes(type)
                || type.getSubtype().endsWith("+json"))
                && declaresUtf8OrNothing(type)).orElse(false);
    }

    private static boolean declaresUtf8OrNothing(MediaType type) {
        try {
            return type.getCharset() == null || StandardCharsets.UTF_8.equals(type.getCharset());
        } catch (IllegalArgumentException unknownCharset) {
            return false;
        }
    }

    private static Optional<MediaType> contentTypeOf(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaType.parseMediaType(contentType));
        } catch (org.springframework.util.InvalidMimeTypeException unreadable) {
            return Optional.empty();
        }
    }

    private record Refusal(String field, String message) {
    }

    /** The request with the body already read: served again from memory, and its form fields as read here. */
    private static final class CheckedRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final Map<String, String[]> parameters;

        /**
         * @param fields the query's parameters then the form body's fields, as the servlet specification
         *               orders them, or null when the body is not a form. Parameters the container knows
         *               of otherwise (none, on a real connection) are kept after them.
         */
        CheckedRequest(HttpServletRequest request, byte[] body, Map<String, List<String>> fields) {
            super(request);
            this.body = body;
            if (fields == null) {
                this.parameters = null;
            } else {
                Map<String, String[]> parameters = new LinkedHashMap<>();
                fields.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
                request.getParameterMap().forEach(parameters::putIfAbsent);
                this.parameters = Collections.unmodifiableMap(parameters);
            }
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public String getParameter(String name) {
            if (parameters == null) {
                return super.getParameter(name);
            }
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters == null ? super.getParameterMap() : parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return parameters == null ? super.getParameterNames() : Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            if (parameters == null) {
                return super.getParameterValues(name);
            }
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
