package dev.atrium.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.test.PageSession;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import dev.atrium.plugin.money.Money;
import dev.atrium.plugin.party.PartyAddress;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class PrintedDocumentsTest {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Locale FRENCH = Locale.FRANCE;
    static final Path SAMPLES = Path.of("target", "print-samples");

    @Autowired
    DocumentPrinter printer;

    @Autowired
    SalesDocumentPdf pdfs;

    @Autowired
    TestTenants tenants;

    @Autowired
    MockMvc mvc;

    TestTenant acme;

    @BeforeEach
    void company() throws Exception {
        acme = tenants.create("Acme Print");
        PrintingCompanies.describe(mvc, acme, "Acme Services", "Acme Services SAS",
                "12 rue de la Paix\n75002 Paris\nFrance", "FR 40 123456789");
        PrintingCompanies.uploadLogo(mvc, acme);
    }

    @Test
    void anInvoicePrintsItsNumberPartyLinesTaxSummaryAndTotals() throws IOException {
        PrintableDocument invoice = SampleDocuments.invoice(6, EUR, Locale.UK);

        String text = text(print(invoice, Locale.UK, "invoice-short-en.pdf"));

        assertThat(text).as("title and number").contains("Invoice", "INV-2026-00042");
        assertThat(text).as("the seller's letterhead").contains("Acme Services", "12 rue de la Paix", "FR 40 123456789");
        assertThat(text).as("the buyer's block").contains("Globex Industries Ltd", "Unit 4, Riverside Park",
                "M1 2AB Manchester", "United Kingdom", "C00042");
        assertThat(text).as("the dates in the reader's locale").contains("Issue date", "4 Dec 2026", "3 Jan 2027");
        for (PrintableDocument.Line line : invoice.lines()) {
            assertThat(text).as("line %s", line.label()).contains(line.label(), money(line.net(), Locale.UK));
        }
        for (PrintableDocument.TaxAmount tax : invoice.taxes()) {
            assertThat(text).as("the tax summary at %s%%", tax.rate())
                    .contains(money(tax.base(), Locale.UK), money(tax.tax(), Locale.UK));
        }
        assertThat(text).as("the summary's rates").contains("5.5%", "10%", "20%");
        assertThat(text).as("the totals").contains("Total before tax", money(invoice.totals().net(), Locale.UK),
                "Total due", money(invoice.totals().gross(), Locale.UK));
        assertThat(text).as("payment terms and notes").contains("30 days net", "Thank you for your business.");
        assertThat(text).as("the footer").contains("Page 1 of 1");
    }

    @Test
    void aFrenchReaderGetsFrenchWordsAndFrenchAmounts() throws IOException {
        PrintableDocument invoice = SampleDocuments.invoice(20, EUR, FRENCH);

        String text = text(print(invoice, FRENCH, "invoice-20-fr.pdf"));

        assertThat(text).as("the printer's own words in French").contains("Désignation", "Prix unitaire HT",
                "Total HT", "Total TTC", "Conditions de paiement", "Taux de TVA");
        assertThat(text).as("the gross amount as French writes it")
                .contains(spaced(money(invoice.totals().gross(), FRENCH)));
        assertThat(text).as("a French rate").contains("5,5 %");
        assertThat(text).as("the buyer's country in French").contains("Royaume-Uni");
        assertThat(text).as("French dates").contains("4 déc. 2026");
        assertThat(text).as("accents and the euro sign").contains("Pénalités", "€", "café et croissants compris");
    }

    @Test
    void namesInChineseJapaneseGreekAndCyrillicPrintTheirOwnCharacters() throws IOException {
        Money price = Money.of("1000", Currency.getInstance("JPY"));
        PrintableDocument invoice = PrintableDocument.builder("請求書", "INV-2026-00043")
                .buyer(new PrintableDocument.Buyer("株式会社サンプル", null, null, List.of("東京都千代田区 1-1", "北京市")))
                .line(new PrintableDocument.Line("Ελληνικά · Русский · Ærøskøbing", null, BigDecimal.ONE, null, price,
                        BigDecimal.ZERO, BigDecimal.TEN, price))
                .build();

        String text = text(print(invoice, Locale.UK, "invoice-cjk.pdf"));

        assertThat(text).as("Japanese and Chinese").contains("請求書", "株式会社サンプル", "東京都千代田区", "北京市");
        assertThat(text).as("Greek, Cyrillic, Nordic").contains("Ελληνικά", "Русский", "Ærøskøbing");
        assertThat(text).as("the yen sign").contains("¥1,000");
    }

    @Test
    void sixtyLinesSpanPagesWithTheTableHeadingOnEach() throws IOException {
        PrintableDocument invoice = SampleDocuments.invoice(60, EUR, Locale.UK);

        byte[] pdf = print(invoice, Locale.UK, "invoice-60-en.pdf");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).as("pages of 60 lines").isGreaterThanOrEqualTo(2);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = spaced(stripper.getText(document));
                assertThat(text).as("page %d's table heading", page).contains("Description", "Unit price", "Amount");
                assertThat(text).as("page %d's number", page).contains("Page " + page + " of " + pages);
            }
        }
        String text = text(pdf);
        assertThat(text).as("the total, once, at the end").contains(money(invoice.totals().gross(), Locale.UK));
    }

    @Test
    void zeroAndThreeDecimalCurrenciesPrintTheirOwnDigits() throws IOException {
        Currency yen = Currency.getInstance("JPY");
        Currency dinar = Currency.getInstance("BHD");
        PrintableDocument inYen = SampleDocuments.invoice(5, yen, Locale.UK);
        PrintableDocument inDinars = SampleDocuments.invoice(5, dinar, FRENCH);

        String yenText = text(print(inYen, Locale.UK, "invoice-jpy-en.pdf"));
        String dinarText = text(print(inDinars, FRENCH, "invoice-bhd-fr.pdf"));

        assertThat(yenText).as("yen without decimals").contains(money(inYen.totals().gross(), Locale.UK))
                .doesNotContain(money(inYen.totals().gross(), Locale.UK) + ".00");
        assertThat(money(inYen.totals().gross(), Locale.UK)).doesNotContain(".");
        assertThat(dinarText).as("dinars with three decimals, in French")
                .contains(spaced(money(inDinars.totals().gross(), FRENCH)));
        assertThat(inDinars.totals().gross().amount().scale()).isEqualTo(3);
    }

    @Test
    void aCompanyWithoutLogoPrintsItsNameInstead() throws Exception {
        TestTenant plain = tenants.create("Plain Print");
        PrintingCompanies.describe(mvc, plain, "Plain Trading", "", "", "");
        PrintableDocument invoice = SampleDocuments.invoice(2, EUR, Locale.UK);

        byte[] pdf = TenantContext.callAs(plain.id(), () -> printer.pdf(invoice, Locale.UK));

        assertThat(text(pdf)).as("the company's name as its letterhead").contains("Plain Trading", "INV-2026-00042");
        assertThat(PdfImages.count(pdf)).as("images without a logo").isZero();
        assertThat(PdfImages.count(print(invoice, Locale.UK, "invoice-logo.pdf"))).as("images with the logo")
                .isEqualTo(1);
    }

    @Test
    void theLetterheadIsTheBoundTenantsAndNoOtherOne() throws Exception {
        TestTenant other = tenants.create("Other Print");
        PrintingCompanies.describe(mvc, other, "Initech Holdings", "Initech Holdings Ltd", "1 Office Park", "GB999");
        PrintableDocument invoice = SampleDocuments.invoice(1, EUR, Locale.UK);

        String mine = text(TenantContext.callAs(acme.id(), () -> printer.pdf(invoice, Locale.UK)));
        String theirs = text(TenantContext.callAs(other.id(), () -> printer.pdf(invoice, Locale.UK)));

        assertThat(mine).as("acme's letterhead").contains("Acme Services").doesNotContain("Initech");
        assertThat(theirs).as("the other tenant's letterhead").contains("Initech Holdings Ltd", "GB999")
                .doesNotContain("Acme Services");
    }

    @Test
    void aModulePrintsItsOwnDocumentThroughThePluginApi() throws IOException {
        PrintableDocument report = PrintableDocument.builder("Maintenance visit report", "VR-2026-00007")
                .date("Visit date", LocalDate.of(2026, 11, 30))
                .buyer(PrintableDocument.Buyer.of("Umbrella Clinics", null, null,
                        new PartyAddress("3 avenue Foch", null, "69006", "Lyon", null, "FR"), Locale.UK))
                .line(new PrintableDocument.Line("Boiler service", "Filter replaced", BigDecimal.ONE, null,
                        Money.of("120.00", EUR), BigDecimal.ZERO, new BigDecimal("20"), Money.of("120.00", EUR)))
                .row("Technician", "Marie Curie")
                .build();

        String text = text(print(report, Locale.UK, "module-report-en.pdf"));

        assertThat(text).as("the module's title and rows").contains("Maintenance visit report", "VR-2026-00007",
                "Technician", "Marie Curie", "Boiler service", "France", "69006 Lyon");
        assertThat(text).as("no totals when the module gives none").doesNotContain("Total due");
        assertThat(text).as("the host's letterhead").contains("Acme Services SAS");
    }

    @Test
    void theDownloadIsAnAttachmentNamedForTheNumberThatNoBrowserSniffs() throws IOException {
        PrintableDocument invoice = SampleDocuments.invoice(3, EUR, Locale.UK);

        ResponseEntity<byte[]> download = TenantContext.callAs(acme.id(), () -> pdfs.download(invoice, Locale.UK));

        assertThat(download.getHeaders().getContentType()).as("content type").isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).as("disposition")
                .isEqualTo("attachment; filename=\"INV-2026-00042.pdf\"");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).as("sniffing").isEqualTo("nosniff");
        assertThat(text(download.getBody())).as("the document itself").contains("INV-2026-00042", "Globex");
    }

    @Test
    void setupCompanyOffersASampleInvoiceUnderTheLetterheadToWhoMayChangeIt() throws Exception {
        String setup = "/t/" + acme.slug() + "/setup/company";
        PageSession owner = PageSession.owner(mvc, acme);

        assertThat(PageSession.link(owner.html(setup), "sample-invoice")).as("the setup page's link")
                .isEqualTo(setup + "/sample-invoice.pdf");
        MockHttpServletResponse sample = owner.get(setup + "/sample-invoice.pdf").andReturn().getResponse();

        assertThat(sample.getStatus()).as("the sample's status").isEqualTo(200);
        assertThat(sample.getContentType()).as("its type").isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(sample.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(text(sample.getContentAsByteArray())).as("the sample under the company's letterhead")
                .contains("Acme Services SAS", "FR 40 123456789", "SAMPLE", "Sample Customer Ltd", "Consulting",
                        "Total due");
        assertThat(PageSession.member(mvc, acme).get(setup + "/sample-invoice.pdf").andReturn().getResponse()
                .getStatus()).as("a member without the company setup right").isEqualTo(403);
    }

    @Test
    void aNumberThatIsNoFileNameIsMadeOne() {
        assertThat(SalesDocumentPdf.filename("INV/2026/00001")).isEqualTo("INV-2026-00001.pdf");
        assertThat(SalesDocumentPdf.filename("../\"x\r\n.pdf")).as("a path, a quote and a header break")
                .isEqualTo("x--.pdf.pdf");
        assertThat(SalesDocumentPdf.filename("Brouillon n°7")).isEqualTo("Brouillon-n-7.pdf");
    }

    @Test
    void printingWithoutABoundTenantIsRefused() {
        PrintableDocument invoice = SampleDocuments.invoice(1, EUR, Locale.UK);

        assertThatThrownBy(() -> printer.pdf(invoice, Locale.UK))
                .isInstanceOf(IllegalStateException.class);
    }

    private byte[] print(PrintableDocument document, Locale locale, String sample) throws IOException {
        byte[] pdf = TenantContext.callAs(acme.id(), () -> printer.pdf(document, locale));
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).as("a PDF").isEqualTo("%PDF-");
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(sample), pdf);
        return pdf;
    }

    /**
     * The PDF's text with every run of white space (line breaks where a label wraps, the gaps text extraction
     * guesses between boxes, no-break and narrow no-break spaces) read as one space.
     */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return spaced(new PDFTextStripper().getText(document));
        }
    }

    static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return spaced(format.format(money.amount()));
    }
}
