package dev.atrium.core.print;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays XHTML out as an A4 PDF with openhtmltopdf on PDFBox, closed to the outside world. Whatever the markup
 * asks for, the only resource it can have is the logo handed over as bytes under {@link #LOGO}: every other URI
 * (http, https, file, jar, classpath, data, and any scheme yet to come) is refused by the access control before
 * and after it is resolved, resolves to nothing, and would find only streams that refuse to open. The XHTML is
 * parsed here, not by the library, with DOCTYPEs refused, so no entity, external or internal, is ever expanded.
 * The fonts are ours, embedded (subset) from the classpath: DejaVu Sans covers Latin, Greek, Cyrillic and the
 * currency signs; Droid Sans Fallback the Chinese, Japanese and Korean characters DejaVu lacks.
 */
class PdfLayout {

    /** The one URI a document may name: the logo it was handed. */
    static final String LOGO = "atrium:logo";

    /** What the document's relative URIs would resolve against, were any allowed. */
    private static final String BASE = "atrium:document";

    static final String FONT = "DejaVu Sans";

    static final String CJK_FONT = "Droid Sans Fallback";

    /** Every scheme the library would otherwise serve itself, each given a stream that refuses to open. */
    private static final Set<String> REFUSED_SCHEMES = Set.of("file", "jar", "classpath", "data", "ftp", "mailto",
            "jrt", "urn");

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final byte[] cjk = font("DroidSansFallback.ttf");
    private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();
    private final DocumentBuilderFactory xml = hardenedParsers();

    /** The PDF of {@code xhtml}, with {@code logo} as the image of {@link #LOGO} when there is one. */
    byte[] pdf(String xhtml, Optional<byte[]> logo) {
        Document document = parse(xhtml);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        FSStreamFactory refusing = url -> {
            throw new IllegalStateException("The document printer fetches nothing");
        };
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(document, BASE)
                .useExternalResourceAccessControl((uri, type) -> isLogo(uri, logo),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> isLogo(uri, logo),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useUriResolver((base, uri) -> isLogo(uri, logo) ? LOGO : null)
                .useHttpStreamImplementation(refusing)
                .useProtocolsStreamImplementation(refusing, REFUSED_SCHEMES)
                .useProtocolsStreamImplementation(url -> logoStream(url, logo), "atrium")
                .useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(cjk), CJK_FONT, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(cjk), CJK_FONT, 700, FontStyle.NORMAL, true)
                .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics)
                .withProducer("Atrium")
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be laid out", e);
        }
        return pdf.toByteArray();
    }

    private static boolean isLogo(String uri, Optional<byte[]> logo) {
        return logo.isPresent() && LOGO.equals(uri);
    }

    private static FSStream logoStream(String url, Optional<byte[]> logo) {
        byte[] png = logo.filter(bytes -> LOGO.equals(url))
                .orElseThrow(() -> new IllegalStateException("The document printer fetches nothing"));
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(png);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.ISO_8859_1);
            }
        };
    }

    private Document parse(String xhtml) {
        try {
            DocumentBuilder parser;
            synchronized (xml) {
                parser = xml.newDocumentBuilder();
            }
            parser.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("The document printer resolves no entity");
            });
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("The document's XHTML is not well-formed or declares a DOCTYPE", e);
        }
    }

    private static DocumentBuilderFactory hardenedParsers() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be closed to entities", e);
        }
        return factory;
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfLayout.class.getResourceAsStream("/print/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
