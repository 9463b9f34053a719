package dev.atrium.core.tag;

import dev.atrium.plugin.persistence.TenantScopedEntity;
import dev.atrium.plugin.tag.TagRef;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the tenant's tags. */
@Entity
@Table(name = "tag")
class TenantTag extends TenantScopedEntity {

    private String name;

    private String colour;

    protected TenantTag() {
    }

    TenantTag(TagRequest request) {
        change(request);
    }

    void change(TagRequest request) {
        this.name = request.name().strip();
        this.colour = request.colour();
    }

    String name() {
        return name;
    }

    String colour() {
        return colour;
    }

    TagRef ref() {
        return new TagRef(getId(), name, colour);
    }
}
