package dev.atrium.core.web;

import dev.atrium.core.principal.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request's pages, mail and problem texts: the signed-in user's own, else their company's
 * (both left on the request by the tenant binding), else the browser's among {@link Languages#SUPPORTED},
 * else English. A user changes theirs on the profile page, not through this resolver.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

    LanguageResolver() {
        browser.setSupportedLocales(Languages.SUPPORTED);
        browser.setDefaultLocale(Languages.SUPPORTED.getFirst());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(Languages.REQUEST_ATTRIBUTE) instanceof Locale chosen ? chosen
                : browser.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("A user's language is a profile setting");
    }
}
