package dev.atrium.core.company;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/company")
@Tag(name = "Company", description = "The company's name, legal details, defaults and logo")
@PreAuthorize(CompanyService.SETUP_COMPANY)
class CompanyApiController {

    private final CompanyService company;

    CompanyApiController(CompanyService company) {
        this.company = company;
    }

    @GetMapping
    @Operation(summary = "The company's settings")
    CompanySettings get() {
        return company.get();
    }

    @PutMapping
    @Operation(summary = "Change the company's settings", description = "Country an ISO 3166 code (FR), where the "
            + "company is established and its new parties' addresses start; left out, the one the locale names (fr-BE: "
            + "BE), if any. Currency an ISO 4217 code, locale English "
            + "or French with an optional country (en, fr-FR), time zone an IANA id (Europe/Paris), the fiscal year's "
            + "start a month (1-12) and a day that month has every year. Every bad field is named in one 400.")
    CompanySettings change(@RequestBody CompanyRequest request) {
        return company.change(request);
    }

    @GetMapping("/logo")
    @Operation(summary = "The logo, as the PNG it was re-encoded to")
    ResponseEntity<byte[]> logo() {
        return LogoResponses.of(company.png());
    }

    @PutMapping(value = "/logo", consumes = "*/*")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Replace the logo", description = "The body is a PNG, JPEG or GIF of at most 1 MB and "
            + "2000 pixels a side, whatever its declared type; it is decoded and stored re-encoded as PNG. "
            + "Anything else (SVG, HTML, a truncated image) is refused.")
    void replaceLogo(@RequestBody byte[] upload) {
        company.replaceLogo(upload);
    }

    @DeleteMapping("/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove the logo")
    void removeLogo() {
        company.removeLogo();
    }
}
