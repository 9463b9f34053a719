package dev.atrium.core.tag;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tags")
@Tag(name = "Tags", description = "The tenant's own categories (a region, a segment) put on records and used to "
        + "filter lists")
class TagApiController {

    private final TagService tags;

    TagApiController(TagService tags) {
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "Every tag, by name, with how many records carry it")
    List<TagView> list() {
        return tags.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One tag")
    TagView get(@PathVariable long id) {
        return tags.get(id);
    }

    @PostMapping
    @PreAuthorize(TagService.SETUP_TAGS)
    @Operation(summary = "Create a tag", description = "The name is unique whatever its case; the colour is one of "
            + "grey, blue, green, amber, red, purple (grey when absent).")
    ResponseEntity<TagView> create(@RequestBody TagRequest request) {
        TagView created = tags.create(request);
        return ResponseEntity.created(URI.create("/api/v1/tags/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(TagService.SETUP_TAGS)
    @Operation(summary = "Rename a tag or change its colour", description = "With the version read: a change made "
            + "meanwhile is refused (409).")
    TagView change(@PathVariable long id, @RequestBody TagRequest request) {
        return tags.change(id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(TagService.SETUP_TAGS)
    @Operation(summary = "Delete a tag", description = "It comes off every record that carried it.")
    ResponseEntity<Void> delete(@PathVariable long id) {
        tags.delete(id);
        return ResponseEntity.noContent().build();
    }
}
