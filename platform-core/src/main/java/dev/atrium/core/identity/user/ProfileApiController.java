package dev.atrium.core.identity.user;

import dev.atrium.core.principal.AtriumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Profile", description = "The signed-in user's own account")
class ProfileApiController {

    private final UserService users;

    ProfileApiController(UserService users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Read your own account", description = "Your name, email, role and language "
            + "(null when you follow your company's).")
    Profile profile(@AuthenticationPrincipal AtriumPrincipal me) {
        return users.profile(me);
    }

    @PutMapping("/api/v1/me")
    @Operation(summary = "Change your name and language", description = "language is en or fr, or empty to "
            + "follow your company's. Pages, mail and problem texts use it from your next request.")
    Profile changeProfile(@AuthenticationPrincipal AtriumPrincipal me, @RequestBody ProfileChange change) {
        return users.changeProfile(me, change);
    }

    @PutMapping("/api/v1/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change your own password", description = "Needs the current password. Your other "
            + "sessions end at their next request; your API tokens keep working.")
    void changePassword(@AuthenticationPrincipal AtriumPrincipal me, @RequestBody OwnPasswordChange change) {
        users.changeOwnPassword(me, change.currentPassword(), change.newPassword());
    }
}
