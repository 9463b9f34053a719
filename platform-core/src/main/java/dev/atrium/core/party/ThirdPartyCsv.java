package dev.atrium.core.party;

import dev.atrium.plugin.list.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** The CSV export of a filtered list, the same from the API and from the list page. */
@Component
class ThirdPartyCsv {

    private static final List<String> HEADER = List.of("code", "name", "kind", "sales_relation", "supplier",
            "status", "tax_id", "email", "phone", "created_at");

    private final ThirdParties thirdParties;

    ThirdPartyCsv(ThirdParties thirdParties) {
        this.thirdParties = thirdParties;
    }

    void write(ThirdPartySearch search, HttpServletResponse response) throws IOException {
        CsvWriter csv = CsvWriter.download(response, "third-parties.csv", HEADER);
        thirdParties.export(search, party -> csv.row(Arrays.asList(party.code(), party.name(), party.kind(),
                party.salesRelation(), party.supplier(), party.status(), party.taxId(), party.email(), party.phone(),
                party.createdAt())));
    }
}
