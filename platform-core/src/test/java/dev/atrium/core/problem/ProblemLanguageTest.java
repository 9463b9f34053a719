package dev.atrium.core.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.core.test.TestTenant;
import dev.atrium.core.test.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Problem details speak the reader's language: the user's own, else the company's, else (nobody signed in) the
 * browser's. Their type and field names never change with it.
 */
@PlatformTest
class ProblemLanguageTest {

    private static final String BAD_PARTY = """
            {"kind": "COMPANY", "name": "", "salesRelation": "CUSTOMER", "website": "ftp://acme",
             "addresses": [{"kind": "BILLING", "line1": "1 Main St", "city": "Lyon", "country": "France"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTenants tenants;

    TestTenant acme;

    @BeforeEach
    void aTenant() {
        acme = tenants.create("Acme");
    }

    @Test
    void aFrenchCompanysUserReadsBadInputInFrenchWithTheSameTypeAndFields() throws Exception {
        companyLocale("fr-FR");
        mvc.perform(post("/api/v1/third-parties").header("Authorization", acme.bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content(BAD_PARTY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/validation-failed"))
                .andExpect(jsonPath("$.title").value("Saisie invalide"))
                .andExpect(jsonPath("$.detail").value("3 champs sont invalides."))
                .andExpect(jsonPath("$.errors[0].field").value("addresses[0].country"))
                .andExpect(jsonPath("$.errors[0].message").value("doit être un code pays ISO 3166 comme FR"))
                .andExpect(jsonPath("$.errors[1].field").value("name"))
                .andExpect(jsonPath("$.errors[1].message").value("ne doit pas être vide"))
                .andExpect(jsonPath("$.errors[2].field").value("website"))
                .andExpect(jsonPath("$.errors[2].message").value("doit commencer par http:// ou https://"));
    }

    @Test
    void aFieldMessageWithANumberIsWordedInEachLanguageWithItsNumber() throws Exception {
        String tooLong = """
                {"name": "Acme", "legalName": "%s", "defaultCurrency": "EUR", "locale": "%s",
                 "timeZone": "Europe/Paris", "fiscalYearMonth": 1, "fiscalYearDay": 1}""";
        mvc.perform(put("/api/v1/company").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong.formatted("x".repeat(201), "en")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("legalName"))
                .andExpect(jsonPath("$.errors[0].message").value("must be at most 200 characters"));
        companyLocale("fr-FR");
        mvc.perform(put("/api/v1/company").header("Authorization", acme.bearer())
                        .contentType(MediaType.APPLICATION_JSON).content(tooLong.formatted("x".repeat(201), "fr-FR")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("doit faire au plus 200 caractères"));
    }

    @Test
    void anEnglishCompanysUserReadsTheSameProblemInEnglishWhateverTheBrowserSays() throws Exception {
        mvc.perform(post("/api/v1/third-parties").header("Authorization", acme.bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").contentType(MediaType.APPLICATION_JSON)
                        .content(BAD_PARTY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.detail").value("3 fields are invalid."))
                .andExpect(jsonPath("$.errors[0].message").value("must be an ISO 3166 country code such as FR"))
                .andExpect(jsonPath("$.errors[1].message").value("must not be blank"));
    }

    @Test
    void aFrenchUserReadsProblemsInFrenchWhateverTheirBrowserSays() throws Exception {
        mvc.perform(put("/api/v1/me").header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \"Olivia Martin\", \"language\": \"fr\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/third-parties/987654321").header("Authorization", acme.bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/not-found"))
                .andExpect(jsonPath("$.title").value("Introuvable"))
                .andExpect(jsonPath("$.detail").value("Tiers 987654321 introuvable."));
        mvc.perform(put("/api/v1/me").header("Authorization", acme.bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\": \" \", \"language\": \"de\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Saisie invalide"))
                .andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[0].message").value("doit faire de 1 à 200 caractères"))
                .andExpect(jsonPath("$.errors[1].message")
                        .value("doit être en, fr, ou vide pour la langue de la société"));
        mvc.perform(get("/api/v1/third-parties").param("size", "many").header("Authorization", acme.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("n'est pas une valeur valide"));
    }

    @Test
    void aFrenchBrowserNobodySignedInReadsFrench() throws Exception {
        mvc.perform(get("/api/v1/third-parties").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CA,fr;q=0.9,en;q=0.5"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/unauthenticated"))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
        mvc.perform(get("/api/v1/third-parties").header("Authorization", "Bearer not-a-token")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/invalid-token"))
                .andExpect(jsonPath("$.title").value("Jeton d'API invalide"))
                .andExpect(jsonPath("$.detail").value("Le jeton d'API est inconnu, révoqué ou mal formé."));
        mvc.perform(get("/api/v1/third-parties").header(HttpHeaders.ACCEPT_LANGUAGE, "de"))
                .andExpect(jsonPath("$.title").value("Authentication required"));
    }

    @Test
    void aRuleRefusalNamesItsValuesInTheReadersLanguage() throws Exception {
        companyLocale("fr-BE");
        String party = """
                {"kind": "COMPANY", "code": "ACME-1", "name": "Acme", "salesRelation": "CUSTOMER"}""";
        mvc.perform(post("/api/v1/third-parties").header("Authorization", acme.bearer())
                .contentType(MediaType.APPLICATION_JSON).content(party)).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/third-parties").header("Authorization", acme.bearer())
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr").contentType(MediaType.APPLICATION_JSON)
                        .content(party))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://atrium.dev/problems/third-party-code-taken"))
                .andExpect(jsonPath("$.title").value("Code déjà utilisé"))
                .andExpect(jsonPath("$.detail").value("Un autre tiers a déjà le code « ACME-1 »."))
                .andExpect(jsonPath("$.code").value("ACME-1"));
    }

    private void companyLocale(String locale) throws Exception {
        mvc.perform(put("/api/v1/company").header("Authorization", acme.bearer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Acme", "defaultCurrency": "EUR", "locale": "%s", "timeZone": "Europe/Paris",
                                 "fiscalYearMonth": 1, "fiscalYearDay": 1}""".formatted(locale)))
                .andExpect(status().isOk());
    }
}
