package dev.atrium.core.print;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Whatever a party's name, a line's text or a company's address holds, the PDF prints it and fetches nothing. */
@PlatformTest
class PrintingFetchesNothingTest {

    static final Currency EUR = Currency.getInstance("EUR");

    @Autowired
    DocumentPrinter printer;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

    final RecordingServer server = new RecordingServer();

    TestTenant tenant;

    @BeforeEach
    void company() {
        tenant = tenants.create("Hostile Print");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void markupUrlsAndCssInTheTextsArePrintedLiterallyAndNothingIsFetched() throws Exception {
        String image = "<img src=\"" + server.url("/label.png") + "\">";
        String css = "</style><style>body { background: url(" + server.url("/party.png") + ") }</style>";
        String company = "<link rel=\"stylesheet\" href=\"" + server.url("/company.css") + "\"/>";
        PrintingCompanies.describe(mvc, tenant, "Hostile & Co " + company, null, "@import url(" + server.url("/a.css")
                + ");", null);
        Money price = Money.of("10.00", EUR);
        PrintableDocument invoice = PrintableDocument.builder("Invoice", "INV-2026-00001")
                .date("Issue date", LocalDate.of(2026, 12, 4))
                .buyer(new PrintableDocument.Buyer("Evil Corp " + css, "C1", null, List.of("file:///etc/passwd")))
                .line(new PrintableDocument.Line(image, "file:///etc/passwd", BigDecimal.ONE, "<b>h</b>", price,
                        BigDecimal.ZERO, BigDecimal.TEN, price))
                .row("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;")
                .notes("<script>fetch('" + server.url("/script") + "')</script> [[${T(java.lang.Runtime)}]] ${@bean}")
                .build();

        byte[] pdf = TenantContext.callAs(tenant.id(), () -> printer.pdf(invoice, Locale.UK));

        assertThat(server.requests()).as("requests the printer sent").isEmpty();
        assertThat(PdfImages.count(pdf)).as("images drawn").isZero();
        String text = PrintedDocumentsTest.text(pdf);
        // Long texts wrap where the column ends, and extraction reads a space into the break: compare without.
        String letters = squeezed(text);
        assertThat(letters).as("the line's label, literally").contains(squeezed(image));
        assertThat(letters).as("the file URL, literally").contains("file:///etc/passwd");
        assertThat(letters).as("the party's CSS, literally").contains(squeezed(css));
        assertThat(letters).as("the company's markup, literally").contains(squeezed("Hostile & Co " + company));
        assertThat(letters).as("an entity declaration, literally").contains(squeezed("<!ENTITY e SYSTEM"), "&e;");
        assertThat(letters).as("expressions are text").contains(squeezed("[[${T(java.lang.Runtime)}]] ${@bean}"));
        assertThat(text).as("no file was read").doesNotContain("root:x:0:0");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void controlCharactersInATextDoNotStopThePrinting() throws Exception {
        PrintingCompanies.describe(mvc, tenant, "Plain", null, null, null);
        Money price = Money.of("10.00", EUR);
        PrintableDocument invoice = PrintableDocument.builder("Invoice", "INV-2026-00002")
                .buyer(new PrintableDocument.Buyer("Nul\u0000 Bell\u0007 Esc\u001b", null, null, List.of()))
                .line(new PrintableDocument.Line("Tab\tand\u000bvertical \uFFFE end", null, BigDecimal.ONE, null,
                        price, BigDecimal.ZERO, BigDecimal.TEN, price))
                .build();

        byte[] pdf = TenantContext.callAs(tenant.id(), () -> printer.pdf(invoice, Locale.UK));

        assertThat(PrintedDocumentsTest.text(pdf)).as("the texts around the control characters")
                .contains("Nul", "Bell", "Esc", "Tab", "vertical", "end", "INV-2026-00002");
    }
}
