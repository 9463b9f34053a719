package dev.atrium.core.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written by hand, for what {@code java.net.http} refuses to send: a
 * {@code Host} header of the test's choosing. Every call is one connection.
 */
public final class RawHttp {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private RawHttp() {
    }

    /** An answer: status, headers by lower-case name (every value), body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }

        public List<String> setCookies() {
            return headers.getOrDefault("set-cookie", List.of());
        }

        /** {@code NAME=value} of the session cookie this answer set, to send back as a Cookie header. */
        public Optional<String> cookie(String name) {
            return setCookies().stream().filter(cookie -> cookie.startsWith(name + "="))
                    .map(cookie -> cookie.substring(0, cookie.contains(";") ? cookie.indexOf(';') : cookie.length()))
                    .findFirst();
        }

        /** {@code _csrf=token}, URL-encoded, to add to a form posted back. */
        public String csrfParameter() {
            return "_csrf=" + java.net.URLEncoder.encode(csrfToken(), StandardCharsets.UTF_8);
        }

        /** The CSRF token of the page: a form's hidden field, or the layout's meta tag. */
        public String csrfToken() {
            Matcher field = CSRF_FIELD.matcher(body);
            if (field.find()) {
                return field.group(1);
            }
            Matcher meta = CSRF_META.matcher(body);
            if (meta.find()) {
                return meta.group(1);
            }
            throw new AssertionError("The page carries no CSRF token:\n" + body);
        }
    }

    public static Response get(int port, String path, String... headers) {
        return send(port, "GET", path, null, headers);
    }

    public static Response postForm(int port, String path, String form, String... headers) {
        return send(port, "POST", path, form, headers);
    }

    /** @param headers {@code Name: value} lines; {@code Host} defaults to 127.0.0.1 */
    public static Response send(int port, String method, String path, String form, String... headers) {
        StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        boolean hostGiven = false;
        for (String header : headers) {
            hostGiven |= header.toLowerCase(Locale.ROOT).startsWith("host:");
            request.append(header).append("\r\n");
        }
        if (!hostGiven) {
            request.append("Host: 127.0.0.1:").append(port).append("\r\n");
        }
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        if (form != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        String[] lines = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = unchunked(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunked(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = indexOf(chunked, crlf, at);
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        for (int i = from; i <= bytes.length - wanted.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalStateException("Malformed HTTP answer");
    }
}
