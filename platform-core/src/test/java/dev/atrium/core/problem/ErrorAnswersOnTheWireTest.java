package dev.atrium.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What goes wrong before any controller runs, over a real connection: the
 * API still answers problem+json, the pages a page of ours, never Tomcat's.
 * A raw socket, because HTTP clients refuse to send most of these requests.
 */
@PlatformTest
class ErrorAnswersOnTheWireTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTenants tenants;

    @Test
    void aNulInAnApiPathIsABadRequestProblem() throws IOException {
        problem(send("GET /api/v1/third-parties/%00 HTTP/1.1"), 400);
        problem(send("GET /api/v1/third-parties/1%00 HTTP/1.1"), 400);
    }

    @Test
    void anEncodedSlashInAnApiPathVariableIsABadRequestProblem() throws IOException {
        problem(send("GET /api/v1/third-parties/1%2f2 HTTP/1.1"), 400);
        problem(send("GET /api/v1/third-parties/1%2F..%2F2 HTTP/1.1"), 400);
    }

    @Test
    void whatTheSecurityFirewallRejectsInAnApiPathIsABadRequestProblem() throws IOException {
        problem(send("GET /api/v1/third-parties;jsessionid=1 HTTP/1.1"), 400);
        problem(send("GET /api/v1/third-parties/%25 HTTP/1.1"), 400);
        problem(send("GET /api/v1/third-parties/%5C HTTP/1.1"), 400);
    }

    @Test
    void bytesThatAreNotUtf8InAnApiPathAreABadRequestProblem() throws IOException {
        problem(send("GET /api/v1/third-parties/%C0%AF HTTP/1.1"), 400);
    }

    @Test
    void anAuthorizationHeaderLargerThanTheServerTakesIsABadRequestProblem() throws IOException {
        Answer answer = send("GET /api/v1/third-parties HTTP/1.1", "Authorization: Bearer " + "a".repeat(100_000));
        assertThat(answer.status()).as("status of a 100 kB header").isEqualTo(400);
        problem(answer, 400);
        assertThat(answer.body()).as("answer to a 100 kB header").doesNotContainIgnoringCase("apache tomcat");
    }

    @Test
    void askedForDirectlyTheErrorPathIsNotFound() throws IOException {
        problem(send("GET /error HTTP/1.1"), 404);
    }

    @Test
    void aPageWithANulInItsPathIsAFriendlyPageNotTomcats() throws IOException {
        Answer answer = send("GET /t/" + tenants.create("Acme").slug() + "/third-parties/%00 HTTP/1.1",
                "Accept: text/html");
        assertThat(answer.status()).as("status").isEqualTo(400);
        assertThat(answer.header("content-type")).as("content type").startsWith("text/html");
        assertThat(answer.body()).as("page").doesNotContainIgnoringCase("tomcat").contains("400");
    }

    @Test
    void aPageFieldRefusedBeforeAnyControllerIsExplainedInTheReadersLanguage() throws IOException {
        Answer french = send("GET /login?company=acme%00 HTTP/1.1", "Accept: text/html", "Accept-Language: fr");
        assertThat(french.status()).as("status").isEqualTo(400);
        assertThat(french.body()).as("page").contains("Le champ « company » contient un caractère NUL.");
        Answer english = send("GET /login?company=acme%00 HTTP/1.1", "Accept: text/html", "Accept-Language: en");
        assertThat(english.body()).as("page").contains("company").contains("contains a NUL character.");
    }

    @Test
    void anApiFieldRefusedBeforeAnyControllerIsWordedFromTheProblemBundle() throws IOException {
        Answer answer = send("GET /api/v1/third-parties?q=acme%00 HTTP/1.1");
        problem(answer, 400);
        assertThat(answer.body()).as("problem").contains("\"field\":\"q\",\"message\":\"contains a NUL character\"")
                .contains("1 field is invalid: q contains a NUL character.").doesNotContain("problem.field");
    }

    @Test
    void aPageWhoseAddressTheFirewallRejectsIsAFriendlyPage() throws IOException {
        Answer answer = send("GET /t/" + tenants.create("Acme").slug() + "/third-parties;jsessionid=1 HTTP/1.1",
                "Accept: text/html");
        assertThat(answer.status()).as("status").isEqualTo(400);
        assertThat(answer.header("content-type")).as("content type").startsWith("text/html");
        assertThat(answer.body()).as("page").doesNotContainIgnoringCase("tomcat").contains("Back to the start");
    }

    private static void problem(Answer answer, int status) {
        assertThat(answer.status()).as("status, answering %s", answer.body()).isEqualTo(status);
        assertThat(answer.header("content-type")).as("content type").startsWith("application/problem+json");
        assertThat(answer.body()).as("problem").contains("\"status\":" + status)
                .contains("https://atrium.dev/problems/").doesNotContainIgnoringCase("tomcat");
    }

    private Answer send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw;
            try {
                // One char per byte, so chunk sizes count right; the body is decoded as UTF-8 once unchunked.
                raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketException reset) {
                raw = "";
            }
            return Answer.parse(raw);
        }
    }

    private record Answer(int status, String head, String body) {

        static Answer parse(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            int status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1;
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(status, head,
                    new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (at < chunked.length()) {
                int lineEnd = chunked.indexOf("\r\n", at);
                if (lineEnd < 0) {
                    break;
                }
                int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
                at = lineEnd + 2 + size + 2;
            }
            return body.toString();
        }
    }
}
