package dev.atrium.contracts;

import dev.atrium.contracts.ContractRegister.ContractView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContractApi {

    private final ContractRegister register;

    ContractApi(ContractRegister register) {
        this.register = register;
    }

    @GetMapping("/api/v1/contracts")
    @PreAuthorize("hasAuthority('contracts:read')")
    List<ContractView> list() {
        return register.list();
    }

    @PostMapping("/api/v1/contracts")
    @PreAuthorize("hasAuthority('contracts:write')")
    @ResponseStatus(HttpStatus.CREATED)
    ContractView register(@Valid @RequestBody NewContract request) {
        return register.register(request.reference(), request.title(), request.partyId(), request.startDate(),
                request.endDate());
    }

    /**
     * @param partyId   an active customer of the tenant
     * @param startDate today in the tenant's time zone when left out
     * @param endDate   from the tenant's {@code contracts.default-term-months} when left out
     */
    record NewContract(@NotBlank @Size(max = 40) String reference, @NotBlank @Size(max = 200) String title,
            @NotNull Long partyId, LocalDate startDate, LocalDate endDate) {
    }
}
