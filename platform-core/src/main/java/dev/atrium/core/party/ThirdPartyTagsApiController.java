package dev.atrium.core.party;

import dev.atrium.plugin.tag.TagRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/third-parties/{id}/tags")
@Tag(name = "Third parties")
@PreAuthorize(ThirdPartyService.READ)
class ThirdPartyTagsApiController {

    /** The tags a third party is to carry, all of them: those left out come off. */
    record TagsRequest(@Schema(description = "Ids of the tenant's tags, at most 20") List<Long> tagIds) {
    }

    private final ThirdPartyTags tags;

    ThirdPartyTagsApiController(ThirdPartyTags tags) {
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "A third party's tags, by name")
    List<TagRef> list(@PathVariable long id) {
        return tags.of(id);
    }

    @PutMapping
    @PreAuthorize(ThirdPartyService.EDIT)
    @Operation(summary = "Set a third party's tags", description = "Replaces them all; the change is on the third "
            + "party's history. An id that is not one of the tenant's tags is refused (400 naming tagIds).")
    List<TagRef> set(@PathVariable long id, @RequestBody TagsRequest request) {
        return tags.set(id, request.tagIds() == null ? List.of() : request.tagIds());
    }
}
