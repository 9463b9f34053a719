package dev.atrium.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The layout's own wall, behind the template's escaping: markup that does ask for outside resources (as it
 * would if a text ever reached the page unescaped) still gets none of them.
 */
class PdfLayoutFetchesNothingTest {

    final PdfLayout layout = new PdfLayout();
    final RecordingServer server = new RecordingServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void imagesStylesAndFontsFromAnyUriAreNeverLoaded() throws IOException {
        String dataPng = "data:image/png;base64," + Base64.getEncoder().encodeToString(RecordingServer.PNG);
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><head>
                <link rel="stylesheet" href="%1$s"/>
                <style>
                  @import url("%2$s");
                  @font-face { font-family: "Remote"; src: url("%3$s"); }
                  body { background-image: url("%4$s"); font-family: "Remote"; }
                  p.f { background-image: url("file:///etc/passwd"); }
                </style></head>
                <body>
                  <p class="f">hostile markup</p>
                  <img src="%5$s"/>
                  <img src="file:///etc/passwd"/>
                  <img src="jar:file:///etc/passwd!/x.png"/>
                  <img src="classpath:print/fonts/DejaVuSans.ttf"/>
                  <img src="%6$s"/>
                  <img src="/relative.png"/>
                  <object data="%7$s" type="application/pdf"></object>
                </body></html>""".formatted(server.url("/link.css"), server.url("/import.css"),
                server.url("/font.ttf"), server.url("/background.png"), server.url("/img.png"), dataPng,
                server.url("/object.pdf"));

        byte[] pdf = layout.pdf(xhtml, Optional.empty());

        assertThat(server.requests()).as("requests the renderer sent").isEmpty();
        assertThat(PdfImages.count(pdf)).as("images drawn, the data: URI's included").isZero();
        assertThat(PrintedDocumentsTest.text(pdf)).as("the page still prints").contains("hostile markup");
    }

    @Test
    void onlyTheLogoHandedOverIsDrawn() throws IOException {
        String xhtml = """
                <html xmlns="http://www.w3.org/1999/xhtml"><body>
                <img src="atrium:logo"/><img src="atrium:other"/><img src="%s"/>
                </body></html>""".formatted(server.url("/img.png"));

        byte[] withLogo = layout.pdf(xhtml, Optional.of(RecordingServer.PNG));
        byte[] without = layout.pdf(xhtml, Optional.empty());

        assertThat(PdfImages.count(withLogo)).as("images with the logo handed over").isEqualTo(1);
        assertThat(PdfImages.count(without)).as("images with none handed over").isZero();
        assertThat(server.requests()).as("requests the renderer sent").isEmpty();
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsResolved() {
        String xhtml = """
                <?xml version="1.0"?>
                <!DOCTYPE html [
                  <!ENTITY secret SYSTEM "file:///etc/passwd">
                  <!ENTITY remote SYSTEM "%s">
                ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><body><p>&secret;&remote;</p></body></html>"""
                .formatted(server.url("/entity"));

        assertThatThrownBy(() -> layout.pdf(xhtml, Optional.empty()))
                .as("a document declaring entities").isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests()).as("requests the parser sent").isEmpty();
    }
}
