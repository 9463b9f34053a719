package dev.atrium.core.party;

import dev.atrium.plugin.list.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/third-parties")
@Tag(name = "Third parties", description = "Customers, prospects and suppliers, with their contacts and addresses")
@PreAuthorize(ThirdParties.READ)
class ThirdPartyApiController {

    private final ThirdParties thirdParties;
    private final ThirdPartyCsv csv;

    ThirdPartyApiController(ThirdParties thirdParties, ThirdPartyCsv csv) {
        this.thirdParties = thirdParties;
        this.csv = csv;
    }

    @GetMapping
    @Operation(summary = "List third parties", description = "Search with q (name, code, email, tax id), filter by "
            + "relation, status and country, sort with e.g. sort=name,-createdAt; at most 100 per page (size). "
            + "Pass an answer's next as after= for the following page, its previous as before= to go back; "
            + "a cursor only works with the sort it was made for.")
    ListPage<ThirdPartySummary> list(@Valid ThirdPartySearch search) {
        return thirdParties.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Export the filtered list as CSV", description = "Takes the list's filters and sort.")
    void export(@Valid ThirdPartySearch search, HttpServletResponse response) throws IOException {
        csv.write(search, response);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One third party with its contacts and addresses")
    ThirdPartyView get(@PathVariable long id) {
        return thirdParties.get(id);
    }

    @PostMapping
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Create a third party", description = "With its first contacts and addresses, all or "
            + "nothing. Without a code, the next one is assigned (C00001 for a customer). 201 with its Location.")
    ResponseEntity<ThirdPartyView> create(@Valid @RequestBody ThirdPartyRequest request) {
        ThirdPartyView created = thirdParties.create(request);
        // A path, never the Host header the client sent.
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/third-parties/{id}").build(created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Update a third party", description = "A full update carrying the version last read; "
            + "409 when someone changed it meanwhile. Contacts and addresses have their own endpoints.")
    ThirdPartyView update(@PathVariable long id,
            @Validated(ThirdPartyRequest.OnUpdate.class) @RequestBody ThirdPartyRequest request) {
        return thirdParties.update(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Delete a third party with its contacts and addresses")
    void delete(@PathVariable long id) {
        thirdParties.delete(id);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Add a contact; a primary one takes the flag from the previous primary")
    ContactView addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        return thirdParties.addContact(id, request);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Update a contact")
    ContactView changeContact(@PathVariable long id, @PathVariable long contactId,
            @Valid @RequestBody ContactRequest request) {
        return thirdParties.changeContact(id, contactId, request);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Remove a contact")
    void removeContact(@PathVariable long id, @PathVariable long contactId) {
        thirdParties.removeContact(id, contactId);
    }

    @PostMapping("/{id}/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Add an address")
    AddressView addAddress(@PathVariable long id, @Valid @RequestBody AddressRequest request) {
        return thirdParties.addAddress(id, request);
    }

    @PutMapping("/{id}/addresses/{addressId}")
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Update an address")
    AddressView changeAddress(@PathVariable long id, @PathVariable long addressId,
            @Valid @RequestBody AddressRequest request) {
        return thirdParties.changeAddress(id, addressId, request);
    }

    @DeleteMapping("/{id}/addresses/{addressId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdParties.WRITE)
    @Operation(summary = "Remove an address")
    void removeAddress(@PathVariable long id, @PathVariable long addressId) {
        thirdParties.removeAddress(id, addressId);
    }
}
