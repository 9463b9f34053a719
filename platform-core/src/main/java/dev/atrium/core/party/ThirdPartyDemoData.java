package dev.atrium.core.party;

import dev.atrium.core.provisioning.DemoDataContributor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers, prospects and suppliers of the quick start's demo company, each with a contact and an address: data,
 * in the API's own JSON ({@code demo/third-parties.json}), created as a client's create would be.
 */
@Component
class ThirdPartyDemoData implements DemoDataContributor {

    private final ThirdPartyService thirdParties;
    private final JsonMapper json;

    ThirdPartyDemoData(ThirdPartyService thirdParties, JsonMapper json) {
        this.thirdParties = thirdParties;
        this.json = json;
    }

    @Override
    public void addDemoData(long tenantId) {
        try (InputStream parties = new ClassPathResource("demo/third-parties.json").getInputStream()) {
            for (ThirdPartyRequest party : json.readValue(parties, ThirdPartyRequest[].class)) {
                thirdParties.create(party);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The demo third parties are unreadable", unreadable);
        }
    }
}
