package dev.atrium.core.party;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The party bundles' texts in the language of the request being served, for what is not a page: exports. */
@Component
class PartyLabels {

    private final MessageSource messages;

    PartyLabels(MessageSource messages) {
        this.messages = messages;
    }

    String say(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
