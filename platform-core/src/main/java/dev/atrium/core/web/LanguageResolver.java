package dev.atrium.core.web;

import dev.atrium.core.principal.Languages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request's pages, mail and problem texts: the signed-in user's own, else their company's
 * (both left on the request by the tenant binding), else the browser's among {@link Languages#SUPPORTED},
 * else English. A user changes theirs on the profile page; like Spring's header resolver it is never set here.
 */
@Component("localeResolver")
class LanguageResolver extends AcceptHeaderLocaleResolver {

    LanguageResolver() {
        setSupportedLocales(Languages.SUPPORTED);
        setDefaultLocale(Languages.SUPPORTED.getFirst());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(Languages.REQUEST_ATTRIBUTE) instanceof Locale chosen ? chosen
                : super.resolveLocale(request);
    }
}
