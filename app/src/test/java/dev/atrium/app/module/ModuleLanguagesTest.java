package dev.atrium.app.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A module's texts come from the bundles inside its own archive: a French reader sees the contracts and maintenance
 * pages, the module names of the menu and of Setup > Modules in French; an English reader keeps English.
 */
@PlatformTest
class ModuleLanguagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;
    MockHttpSession owner;

    @BeforeEach
    void anOwnerWithContractsAndAmcActive() throws Exception {
        acme = tenants.create("Acme");
        mvc.perform(put("/api/v1/modules/amc/activation?withRequirements=true").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        owner = (MockHttpSession) mvc.perform(post(base() + "/login").with(csrf())
                        .param("email", acme.owner().email()).param("password", TestTenant.PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void aFrenchReaderSeesTheModulesNamesInTheMenuAndOnSetup() throws Exception {
        Document english = page("/setup/modules");
        assertThat(english.select("[data-menu=contracts]").text()).as("English stays the default")
                .isEqualTo("Contracts");
        assertThat(english.select("#module-contracts span").first().text())
                .isEqualTo("Service contracts with their lines and recurring billing.");

        ownerReadsFrench();
        Document setup = page("/setup/modules");
        assertThat(setup.select("[data-menu=contracts]").text()).isEqualTo("Contrats");
        assertThat(setup.select("details[data-menu-group=setup] a").eachText())
                .as("each active module with settings joins Setup under its French name")
                .contains("Contrats", "Maintenance (AMC)");
        assertThat(setup.select("#module-contracts strong").text()).isEqualTo("Contrats");
        assertThat(setup.select("#module-contracts span").first().text())
                .isEqualTo("Contrats de service avec leurs lignes et leur facturation récurrente.");
        assertThat(setup.select("#module-amc td").get(2).text()).as("what AMC requires, by its French name")
                .isEqualTo("Contrats");

        Document amcSetup = page("/setup/modules/amc");
        assertThat(amcSetup.selectFirst("label[for=amc-visits-per-year]").text())
                .isEqualTo("Visites comprises dans une année de maintenance");
        Document refused = Jsoup.parse(mvc.perform(post(base() + "/setup/modules/amc").session(owner).with(csrf())
                        .param("amc.visits-per-year", "twice").param("amc.reminder-days", "7"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.getElementById("amc-visits-per-year-error").text()).isEqualTo("doit être un nombre entier");
        assertThat(page("/setup/roles").text()).as("a module's rights under its French name")
                .contains("Voir les contrats", "Planifier et replanifier les visites");
    }

    @Test
    void aFrenchReaderSeesTheContractPagesInFrench() throws Exception {
        long customer = Customers.create(mvc, acme, "Hôtel Miramar");
        String body = mvc.perform(post("/api/v1/contracts").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\": \"C-1\", \"title\": \"Accueil\", \"partyId\": " + customer + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long contract = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(page("/contracts/" + contract).select("dl dt").eachText())
                .as("English stays the default").containsExactly("Customer", "From", "To", "Registered by");

        ownerReadsFrench();
        Document form = page("/contracts/new");
        assertThat(form.selectFirst("h1").text()).isEqualTo("Nouveau contrat");
        assertThat(form.select("#contract-form button[type=submit]").text()).isEqualTo("Enregistrer le contrat");

        Document detail = page("/contracts/" + contract);
        assertThat(detail.select("dl dt").eachText()).containsExactly("Client", "Du", "Au", "Enregistré par");
        assertThat(detail.select("#lines thead th").eachText()).startsWith("Description", "Quantité", "Prix unitaire");
        assertThat(detail.select("#line-form button[type=submit]").text()).isEqualTo("Ajouter la ligne");
        assertThat(detail.select("#lines td").text()).isEqualTo("Aucune ligne pour l’instant.");
    }

    @Test
    void aFrenchReaderSeesTheMaintenancePagesInFrench() throws Exception {
        long customer = Customers.create(mvc, acme, "Boulangerie Martin");
        ownerReadsFrench();
        Document index = page("/amc");
        assertThat(index.selectFirst("h1").text()).isEqualTo("Maintenance");
        assertThat(index.selectFirst("main p.notice").text()).startsWith("La maintenance se vend");
        Document candidates = page("/amc/customers/" + customer);
        assertThat(candidates.selectFirst("main p").text()).isEqualTo("← Maintenance");
        assertThat(candidates.select("main p").get(1).text()).startsWith("Aucun contrat en cours");
    }

    @Test
    void aRefusedDeactivationNamesTheModulesInTheReadersLanguage() throws Exception {
        ownerReadsFrench();
        var refused = mvc.perform(post(base() + "/setup/modules/contracts/deactivation").session(owner).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        Document setup = Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl()).session(owner)
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString());
        assertThat(setup.getElementById("module-refusal").text())
                .isEqualTo("Contrats est requis par Maintenance (AMC). Désactivez-le d’abord.");

        mvc.perform(delete("/api/v1/modules/amc/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/modules/contracts/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isOk());
        String refusal = mvc.perform(put("/api/v1/modules/amc/activation").header("Authorization", acme.bearer()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(refusal, "$.detail")).as("the owner's language on the API too")
                .isEqualTo("Maintenance (AMC) nécessite Contrats, qui n’est pas activé. Activez-le d’abord.");
    }

    /** Every module archive's bundles are complete in French and keep to the module's prefix. */
    @Test
    void everyInstalledModulesBundlesAreCompleteInEveryLanguage() throws IOException {
        List<String> gaps = new ArrayList<>();
        List<Path> archives;
        try (Stream<Path> files = Files.list(PluginArchives.INSTALLED)) {
            archives = files.filter(file -> file.toString().endsWith(".jar")).toList();
        }
        assertThat(archives).as("the module archives the build installed").hasSizeGreaterThanOrEqualTo(4);
        for (Path archive : archives) {
            try (JarFile jar = new JarFile(archive.toFile())) {
                String key = load(archive, "plugin.properties").getProperty("plugin.id");
                List<String> english = jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.matches("i18n/[^_/]+\\.properties")).toList();
                if (english.isEmpty()) {
                    gaps.add(archive.getFileName() + " has no bundle");
                }
                for (String base : english) {
                    Properties en = load(archive, base);
                    Properties fr = load(archive, base.replace(".properties", "_fr.properties"));
                    String prefix = key + ".";
                    en.stringPropertyNames().stream().filter(k -> !k.startsWith(prefix))
                            .forEach(k -> gaps.add(base + " has " + k + ", outside " + prefix));
                    en.stringPropertyNames().stream().filter(k -> !fr.containsKey(k))
                            .forEach(k -> gaps.add(base + " lacks " + k + " in French"));
                    fr.stringPropertyNames().stream().filter(k -> !en.containsKey(k))
                            .forEach(k -> gaps.add(base + " has " + k + " in French only"));
                }
            }
        }
        assertThat(gaps).as("module texts missing from a language").isEmpty();
    }

    private static Properties load(Path archive, String entry) throws IOException {
        Properties properties = new Properties();
        URL url = new URL("jar:" + archive.toUri() + "!/" + entry);
        try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (java.io.FileNotFoundException missing) {
            return properties;
        }
        return properties;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(base() + path).session(owner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The owner, who read the company's English so far, chooses French on their profile. */
    private void ownerReadsFrench() throws Exception {
        mvc.perform(post(base() + "/profile").session(owner).with(csrf())
                        .param("displayName", acme.owner().displayName()).param("language", "fr"))
                .andExpect(status().is3xxRedirection());
    }

    private String base() {
        return "/t/" + acme.slug();
    }
}
