package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tenant's users. Refusals of {@link UserAdministrationPolicy} answer
 * 409 with types {@code owner-required}, {@code last-owner} and {@code user-self-disable}. A password the
 * {@link PasswordPolicy} refuses answers 400 with one field error per reason and the reasons' codes.
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize(UserPageController.SETUP_USERS)
@Tag(name = "Users", description = "Setup > Users: who may sign in to the company, and with which role")
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "List your company's users")
    List<UserSummary> list(@AuthenticationPrincipal AtriumPrincipal me) {
        return users.list(me.tenantId());
    }

    @PostMapping
    @Operation(summary = "Add a user with a password you choose")
    @ResponseStatus(HttpStatus.CREATED)
    UserSummary add(@AuthenticationPrincipal AtriumPrincipal me, @Valid @RequestBody NewUserRequest request) {
        return users.add(me, request.toNewUser());
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a colleague by email", description = "Creates the user without a usable password "
            + "and mails them a link to choose one (single use, 72 hours). Refused with 409 mail-not-configured "
            + "when the deployment sends no email (then add the user with a password, POST /api/v1/users), and "
            + "with 503 mail-not-sent, creating nothing, when the mail server does not take the email.")
    UserSummary invite(@AuthenticationPrincipal AtriumPrincipal me, @Valid @RequestBody NewInvitation request) {
        return users.invite(me, request);
    }

    @PostMapping("/{id}/invitation")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Send an invitation again", description = "A new link for a colleague who has not chosen "
            + "a password yet; the previous link stops working. 409 invitation-accepted once they have one.")
    void resendInvitation(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id) {
        users.resendInvitation(me, id);
    }

    @PutMapping("/{id}/role")
    @Operation(summary = "Change a user's role")
    UserSummary changeRole(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id,
            @Valid @RequestBody RoleChangeRequest request) {
        return users.changeRole(me, id, request.role());
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable a user: signing in and their API tokens stop")
    UserSummary disable(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id) {
        return users.disable(me, id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled user")
    UserSummary enable(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id) {
        return users.enable(me, id);
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Set a user's password; their sessions end and their API tokens are revoked")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setPassword(@AuthenticationPrincipal AtriumPrincipal me, @PathVariable long id,
            @Valid @RequestBody PasswordChangeRequest request) {
        users.setPassword(me, id, request.password());
    }
}
