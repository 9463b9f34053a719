package dev.atrium.core.print;

import dev.atrium.core.company.CompanyLogo;
import dev.atrium.core.company.CompanyProfile;
import dev.atrium.core.tenancy.TenantContext;
import dev.atrium.core.web.Formats;
import dev.atrium.plugin.print.DocumentPrinter;
import dev.atrium.plugin.print.PrintableDocument;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The plugin API's {@link DocumentPrinter}: the document and the bound tenant's letterhead through our own
 * template ({@code templates/print/document.xhtml}, XML mode, so every text is escaped and the output is XHTML),
 * then laid out by {@link PdfLayout}, which fetches nothing. The template engine is this printer's own, with only
 * the standard dialect and {@code #formats}: nothing a document holds is ever evaluated.
 */
@Component
class HostDocumentPrinter implements DocumentPrinter {

    /** What XML 1.0 cannot hold at all, even escaped: control characters but tab and line breaks, noncharacters. */
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private final CompanyProfile company;
    private final CompanyLogo logo;
    private final TemplateEngine templates;
    private final PdfLayout layout = new PdfLayout();

    HostDocumentPrinter(CompanyProfile company, CompanyLogo logo, MessageSource messages, Formats formats) {
        this.company = company;
        this.logo = logo;
        this.templates = engine(messages, formats);
    }

    @Override
    public byte[] pdf(PrintableDocument document, Locale locale) {
        TenantContext.require();
        Letterhead seller = Letterhead.of(company.current());
        Optional<byte[]> png = logo.png();
        return layout.pdf(xhtml(document, seller, png.isPresent(), locale), png);
    }

    /** The document as the XHTML the layout reads, its words and figures in {@code locale}. */
    private String xhtml(PrintableDocument document, Letterhead seller, boolean hasLogo, Locale locale) {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        // #formats writes for the locale context, as it does for a page's request.
        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(locale, LocaleContextHolder.getTimeZone()));
        try {
            Context context = new Context(locale, Map.of(
                    "document", document,
                    "seller", seller,
                    "columns", Columns.of(document),
                    "language", locale.getLanguage()));
            context.setVariable("logo", hasLogo ? PdfLayout.LOGO : null);
            // A NUL in a party's name must not make the page unreadable: it is dropped, the rest printed.
            return NOT_XML.matcher(templates.process("document", context)).replaceAll("");
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /** The optional columns the lines need: a unit column when a line has a unit, a discount one when one has a discount. */
    record Columns(boolean unit, boolean discount) {

        static Columns of(PrintableDocument document) {
            return new Columns(
                    document.lines().stream().anyMatch(line -> line.unit() != null && !line.unit().isBlank()),
                    document.lines().stream().anyMatch(line -> line.discountPercent().signum() != 0));
        }
    }

    private static TemplateEngine engine(MessageSource messages, Formats formats) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/print/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver);
        engine.addDialect(formats);
        return engine;
    }
}
