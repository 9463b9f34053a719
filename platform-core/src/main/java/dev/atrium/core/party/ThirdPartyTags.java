package dev.atrium.core.party;

import dev.atrium.plugin.tag.TagRef;
import dev.atrium.plugin.tag.Tags;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A third party's tags, through the plugin API's {@link Tags} as a module's records have theirs. */
@Component
class ThirdPartyTags {

    private final ThirdPartyService thirdParties;
    private final Tags tags;

    ThirdPartyTags(ThirdPartyService thirdParties, Tags tags) {
        this.thirdParties = thirdParties;
        this.tags = tags;
    }

    /** The party's tags, by name; a 404 for an id the tenant does not have. */
    @Transactional(readOnly = true)
    List<TagRef> of(long id) {
        thirdParties.get(id);
        return tags.of(ThirdPartyService.HISTORY, id);
    }

    /** Each listed party's tags, in one query. */
    @Transactional(readOnly = true)
    Map<Long, List<TagRef>> of(Collection<Long> ids) {
        return tags.of(ThirdPartyService.HISTORY, ids);
    }

    @Transactional(readOnly = true)
    List<TagRef> all() {
        return tags.all();
    }

    /** Replaces the party's tags, on its timeline; a 404 for an id the tenant does not have. */
    @Transactional
    List<TagRef> set(long id, Collection<Long> tagIds) {
        thirdParties.get(id);
        return tags.set(ThirdPartyService.HISTORY, id, tagIds);
    }
}
