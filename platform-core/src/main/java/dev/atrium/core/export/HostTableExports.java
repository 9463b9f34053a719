package dev.atrium.core.export;

import dev.atrium.plugin.context.CurrentTenant;
import dev.atrium.plugin.list.CsvWriter;
import dev.atrium.plugin.list.ExportFormat;
import dev.atrium.plugin.list.TableExports;
import dev.atrium.plugin.list.TableWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The plugin API's {@link TableExports}: files named for the tenant's today, CSV or streamed XLSX. */
@Component
class HostTableExports implements TableExports {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final CurrentTenant tenant;

    HostTableExports(CurrentTenant tenant) {
        this.tenant = tenant;
    }

    @Override
    public TableWriter start(HttpServletResponse response, String name, ExportFormat format, List<String> headers)
            throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("An export's name is lower-case letters, digits and dashes: " + name);
        }
        String filename = name + "-" + tenant.today() + "." + format.extension();
        return switch (format) {
            case CSV -> CsvWriter.download(response, filename, headers);
            case XLSX -> {
                CsvWriter.attachment(response, filename, format.mediaType());
                yield new XlsxWriter(response.getOutputStream(), headers);
            }
        };
    }
}
