package dev.atrium.core.party;

import dev.atrium.core.party.ThirdPartyView.AddressView;
import dev.atrium.core.party.ThirdPartyView.ContactView;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.list.ListPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import dev.atrium.plugin.list.ExportFormat;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/third-parties")
@Tag(name = "Third parties", description = "Customers, prospects and suppliers, with their contacts and addresses")
@PreAuthorize(ThirdPartyService.READ)
class ThirdPartyApiController {

    private final ThirdPartyService thirdParties;

    ThirdPartyApiController(ThirdPartyService thirdParties) {
        this.thirdParties = thirdParties;
    }

    @GetMapping
    @Operation(summary = "List third parties", description = "Search with q (name, code, email, tax id; accents, "
            + "case and punctuation aside), filter by relation, status (ACTIVE unless given: status=ARCHIVED lists "
            + "the archived ones, archived=true both) and country, or pick ids; sort with e.g. sort=name,-createdAt; "
            + "at most 100 per page (size). count says how many match, exactly up to 1000 (exact=false beyond). "
            + "Pass an answer's next as after= for the following page, its previous as before= to go back; "
            + "a cursor only works with the sort it was made for.")
    ListPage<ThirdPartySummary> list(@ParameterObject @Valid ThirdPartySearch search) {
        return thirdParties.list(search);
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @PreAuthorize(ThirdPartyService.EXPORT)
    @Operation(summary = "Export the filtered list as CSV", description = "Takes the list's filters and sort, or a "
            + "selection (ids=12,15); fields picks the columns and their order (fields=code,name,email; all when "
            + "absent). Headers and values in the user's language, UTF-8 with a byte order mark, named for today "
            + "(third-parties-2026-12-04.csv).")
    void exportCsv(@ParameterObject @Valid ThirdPartySearch search,
            @RequestParam(required = false) List<String> fields, HttpServletResponse response) throws IOException {
        thirdParties.export(search, fields, ExportFormat.CSV, response);
    }

    @GetMapping(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @PreAuthorize(ThirdPartyService.EXPORT)
    @Operation(summary = "Export the filtered list as an XLSX workbook", description = "The same columns, filters "
            + "and fields as the CSV export.")
    void exportXlsx(@ParameterObject @Valid ThirdPartySearch search,
            @RequestParam(required = false) List<String> fields, HttpServletResponse response) throws IOException {
        thirdParties.export(search, fields, ExportFormat.XLSX, response);
    }

    @PostMapping("/archive")
    @PreAuthorize(ThirdPartyService.DELETE)
    @Operation(summary = "Archive several third parties", description = "All or none: 400 naming ids when one is "
            + "not a third party of yours, 409 when one is archived already; nothing is archived then.")
    BulkArchived archiveAll(@Valid @RequestBody SelectionRequest request) {
        return new BulkArchived(thirdParties.archiveAll(request.ids()));
    }

    @PostMapping("/import")
    @PreAuthorize(ThirdPartyService.CREATE)
    @Operation(summary = "Import third parties from a CSV file", description = "The body is the file (UTF-8, "
            + "comma- or semicolon-separated, a header row naming columns as the export does: code, name, kind, "
            + "salesRelation, supplier, taxId, email, phone, or their headers in English or French; and, for a billing "
            + "address and a primary contact, street, postalCode, city, country (ISO 3166 or a name, the company's "
            + "country when empty), contactName, contactEmail, contactPhone); at most "
            + ThirdPartyImport.MAX_BYTES / 1024 + " KB and " + ThirdPartyImport.MAX_ROWS + " rows. dryRun=true "
            + "answers every row with what is wrong with it and writes nothing; otherwise every row is created, "
            + "all or none: 400 naming each bad row (rows[line]).")
    ImportAnswer importCsv(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request)
            throws IOException {
        String csv = ThirdPartyPageController.bounded(request.getInputStream().readNBytes(ThirdPartyImport.MAX_BYTES + 1));
        if (dryRun) {
            return ImportAnswer.of(thirdParties.previewImport(csv), List.of());
        }
        return thirdParties.importAll(csv);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One third party with its contacts and addresses")
    ThirdPartyView get(@PathVariable long id) {
        return thirdParties.get(id);
    }

    @PostMapping
    @PreAuthorize(ThirdPartyService.CREATE)
    @Operation(summary = "Create a third party", description = "With its first contacts and addresses, all or "
            + "nothing. Without a code, the next one is assigned (C00001 for a customer). 201 with its Location.")
    ResponseEntity<ThirdPartyView> create(@Valid @RequestBody ThirdPartyRequest request) {
        ThirdPartyView created = thirdParties.create(request);
        // A path, never the Host header the client sent.
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/v1/third-parties/{id}").build(created.getId()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Update a third party", description = "A full update carrying the version last read; "
            + "409 when someone changed it meanwhile, or when it is archived. Contacts and addresses have their own "
            + "endpoints; archiving and restoring are actions of their own.")
    ThirdPartyView update(@PathVariable long id,
            @Validated(ThirdPartyRequest.OnUpdate.class) @RequestBody ThirdPartyRequest request) {
        return thirdParties.change(id, request);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(ThirdPartyService.DELETE)
    @Operation(summary = "Archive a third party", description = "Third parties are never deleted, since documents "
            + "refer to them. An archived one leaves the default list, is read-only and takes no new business; "
            + "documents that refer to it still show it. 409 when it is archived already.")
    ThirdPartyView archive(@PathVariable long id) {
        return thirdParties.archive(id);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize(ThirdPartyService.DELETE)
    @Operation(summary = "Restore an archived third party", description = "409 when it is active already.")
    ThirdPartyView restore(@PathVariable long id) {
        return thirdParties.restore(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "A third party's history", description = "Who created it, who changed which fields from "
            + "what to what, and notes; newest first, at most 100 per page (size). Pass an answer's next as after= "
            + "for older entries.")
    ListPage<HistoryEntry> history(@PathVariable long id, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "20") int size) {
        return thirdParties.history(id, after, size);
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Add a note to a third party's history", description = "text: 1 to 2000 characters.")
    void addNote(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
        thirdParties.note(id, request);
    }

    @PostMapping("/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Add a contact", description = "A primary one takes the flag from the previous primary. "
            + "201 with the contact and its version.")
    ContactView addContact(@PathVariable long id, @Valid @RequestBody ContactRequest request) {
        return thirdParties.addContact(id, request);
    }

    @PutMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Update a contact", description = "A full update carrying the contact's version last read; "
            + "409 when someone changed it meanwhile, or when the third party is archived.")
    ContactView changeContact(@PathVariable long id, @PathVariable long contactId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @RequestBody ContactRequest request) {
        return thirdParties.changeContact(id, contactId, request);
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Remove a contact", description = "With version= the contact's version last read, 409 "
            + "when someone changed it meanwhile; without it, removed whatever it holds now.")
    void removeContact(@PathVariable long id, @PathVariable long contactId,
            @RequestParam(required = false) Long version) {
        thirdParties.removeContact(id, contactId, version);
    }

    @PostMapping("/{id}/addresses")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Add an address", description = "country: an ISO 3166 code such as FR. 201 with the "
            + "address and its version.")
    AddressView addAddress(@PathVariable long id, @Valid @RequestBody AddressRequest request) {
        return thirdParties.addAddress(id, request);
    }

    @PutMapping("/{id}/addresses/{addressId}")
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Update an address", description = "A full update carrying the address's version last "
            + "read; 409 when someone changed it meanwhile, or when the third party is archived.")
    AddressView changeAddress(@PathVariable long id, @PathVariable long addressId,
            @Validated(ThirdPartyRequest.OnUpdate.class) @RequestBody AddressRequest request) {
        return thirdParties.changeAddress(id, addressId, request);
    }

    @DeleteMapping("/{id}/addresses/{addressId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Remove an address", description = "With version= the address's version last read, 409 "
            + "when someone changed it meanwhile; without it, removed whatever it holds now.")
    void removeAddress(@PathVariable long id, @PathVariable long addressId,
            @RequestParam(required = false) Long version) {
        thirdParties.removeAddress(id, addressId, version);
    }
}
