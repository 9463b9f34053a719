package dev.atrium.contracts;

import dev.atrium.contracts.ContractService.ContractDetail;
import dev.atrium.contracts.ContractService.ContractView;
import dev.atrium.contracts.ContractService.LineCommand;
import dev.atrium.contracts.ContractService.LineView;
import dev.atrium.contracts.ContractService.RegisterContract;
import dev.atrium.plugin.history.HistoryEntry;
import dev.atrium.plugin.list.ListPage;
import dev.atrium.plugin.tag.TagRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContractApiController {

    private static final String READ = "hasAuthority('contracts:read')";
    private static final String WRITE = "hasAuthority('contracts:write')";

    /** Far longer than any cursor the list hands out. */
    static final int CURSOR_LENGTH = 2000;

    private final ContractService contracts;

    ContractApiController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping("/api/v1/contracts")
    @Operation(summary = "List contracts", description = "A page of contracts, each with its tags. Search with q "
            + "(reference, title, customer name; accents, case and punctuation aside: \"hotel miramar\" finds "
            + "\"Hôtel-Miramar\"), keep those carrying a tag, sort with e.g. "
            + "sort=-startDate,reference; at most 100 per page (size). count says how many match, exactly up to "
            + "1000 (exact=false beyond). Pass an answer's next as after= for the following page, its previous as "
            + "before= to go back; a cursor only works with the sort it was made for.")
    @PreAuthorize(READ)
    ListPage<ContractView> list(
            @Parameter(description = "Text the reference, title or customer name contains, accents, case and "
                    + "punctuation aside")
            @RequestParam(name = "q", required = false) @Size(max = 100) String q,
            @Parameter(description = "The id of a tag: only the contracts carrying it")
            @RequestParam(name = "tag", required = false) Long tag,
            @Parameter(description = "Keys among reference, title, startDate, endDate, comma-separated, each with "
                    + "an optional '-' for descending; reference when left out")
            @RequestParam(name = "sort", required = false) @Size(max = 200) String sort,
            @Parameter(description = "The next value of an earlier answer: the page after it")
            @RequestParam(name = "after", required = false) @Size(max = CURSOR_LENGTH) String after,
            @Parameter(description = "The previous value of an earlier answer: the page before it")
            @RequestParam(name = "before", required = false) @Size(max = CURSOR_LENGTH) String before,
            @Parameter(description = "How many contracts a page holds, 1 to 100")
            @RequestParam(name = "size", defaultValue = "" + ContractSearch.DEFAULT_SIZE)
            @Min(1) @Max(ContractSearch.MAX_SIZE) int size) {
        return contracts.list(new ContractSearch(q, tag, sort, after, before, size));
    }

    @PostMapping("/api/v1/contracts")
    @Operation(summary = "Register a contract for an active customer")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    ContractView register(@Valid @RequestBody RegisterContractRequest request) {
        return contracts.register(new RegisterContract(request.reference(), request.title(), request.partyId(),
                request.startDate(), request.endDate()));
    }

    /** The contract with its lines. */
    @GetMapping("/api/v1/contracts/{contractId}")
    @Operation(summary = "One contract with its lines")
    @PreAuthorize(READ)
    ContractDetail get(@PathVariable long contractId) {
        return contracts.get(contractId);
    }

    @GetMapping("/api/v1/contracts/{contractId}/history")
    @Operation(summary = "A contract's history", description = "Who registered it, who changed its lines from what "
            + "to what, and the notes left on it, newest first.")
    @PreAuthorize(READ)
    List<HistoryEntry> history(@PathVariable long contractId) {
        return contracts.history(contractId);
    }

    @GetMapping("/api/v1/contracts/{contractId}/tags")
    @Operation(summary = "A contract's tags, by name")
    @PreAuthorize(READ)
    List<TagRef> tags(@PathVariable long contractId) {
        return contracts.get(contractId).tags();
    }

    @PutMapping("/api/v1/contracts/{contractId}/tags")
    @Operation(summary = "Set a contract's tags", description = "Replaces them all; the change is on the contract's "
            + "history. An id that is not one of the tenant's tags is refused (400 naming tagIds).")
    @PreAuthorize(WRITE)
    List<TagRef> retag(@PathVariable long contractId, @RequestBody TagsRequest request) {
        return contracts.retag(contractId, request.tagIds() == null ? List.of() : request.tagIds());
    }

    /** The tags a contract is to carry, all of them: those left out come off. */
    record TagsRequest(List<Long> tagIds) {
    }

    @PostMapping("/api/v1/contracts/{contractId}/lines")
    @Operation(summary = "Add a line to a contract")
    @PreAuthorize(WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    LineView addLine(@PathVariable long contractId, @Valid @RequestBody AddContractLineRequest request) {
        return contracts.addLine(contractId, request.toCommand());
    }

    /** A draft line's new terms; an active or closed line, or one changed since {@code version}, is a 409. */
    @PutMapping("/api/v1/contracts/{contractId}/lines/{contractLineId}")
    @Operation(summary = "Change a draft line")
    @PreAuthorize(WRITE)
    LineView changeLine(@PathVariable long contractId, @PathVariable long contractLineId,
            @Valid @RequestBody ChangeContractLineRequest request) {
        return contracts.changeLine(contractId, contractLineId, request.version(), request.toCommand());
    }

    @PostMapping("/api/v1/contracts/{contractId}/lines/{contractLineId}/activate")
    @Operation(summary = "Activate a line")
    @PreAuthorize(WRITE)
    LineView activateLine(@PathVariable long contractId, @PathVariable long contractLineId) {
        return contracts.activateLine(contractId, contractLineId);
    }

    @PostMapping("/api/v1/contracts/{contractId}/lines/{contractLineId}/close")
    @Operation(summary = "Close a line")
    @PreAuthorize(WRITE)
    LineView closeLine(@PathVariable long contractId, @PathVariable long contractLineId) {
        return contracts.closeLine(contractId, contractLineId);
    }

    /**
     * @param partyId   an active customer of the tenant
     * @param startDate today in the tenant's time zone when left out
     * @param endDate   from the tenant's {@code contracts.default-term-months} when left out
     */
    record RegisterContractRequest(@NotBlank @Size(max = 40) String reference, @NotBlank @Size(max = 200) String title,
            @NotNull Long partyId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {
    }

    /**
     * A line to add; also the add-line form of the contract's page.
     *
     * @param unitPrice a plain decimal ({@code "120.00"}) in the tenant's currency, at most its minor unit
     * @param startDate within the contract's term; the line runs from the contract's start when left out
     * @param endDate   within the contract's term; the line runs to the contract's end when left out
     */
    record AddContractLineRequest(@NotBlank @Size(max = 200) String description,
            @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 22) String unitPrice,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

        LineCommand toCommand() {
            return new LineCommand(description, quantity, unitPrice, startDate, endDate);
        }
    }

    /**
     * A draft line's new terms, whole, as for {@link AddContractLineRequest}.
     *
     * @param version the line's version as last read, so a change made since then is not overwritten
     */
    record ChangeContractLineRequest(@NotBlank @Size(max = 200) String description,
            @NotNull @Positive @Digits(integer = 9, fraction = 3) BigDecimal quantity,
            @NotBlank @Size(max = 22) String unitPrice, LocalDate startDate, LocalDate endDate,
            @NotNull Long version) {

        LineCommand toCommand() {
            return new LineCommand(description, quantity, unitPrice, startDate, endDate);
        }
    }
}
