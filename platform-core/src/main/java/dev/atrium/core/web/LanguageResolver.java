package dev.atrium.core.web;

import dev.atrium.core.principal.Languages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a request's pages, mail and problem texts: the signed-in user's own, else their company's
 * (both left on the request by the tenant binding), else the browser's among {@link Languages#SUPPORTED},
 * else English. A user changes theirs on the profile page; like Spring's header resolver it is never set here.
 * With the language comes the company's time zone, so {@code LocaleContextHolder.getTimeZone()} is the zone that
 * pages show moments in (the server's when nobody is signed in).
 */
@Component("localeResolver")
class LanguageResolver extends AcceptHeaderLocaleResolver implements LocaleContextResolver {

    LanguageResolver() {
        setSupportedLocales(Languages.SUPPORTED);
        setDefaultLocale(Languages.SUPPORTED.getFirst());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return request.getAttribute(Languages.REQUEST_ATTRIBUTE) instanceof Locale chosen ? chosen
                : super.resolveLocale(request);
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        TimeZone zone = request.getAttribute(Languages.ZONE_ATTRIBUTE) instanceof ZoneId company
                ? TimeZone.getTimeZone(company) : null;
        return new SimpleTimeZoneAwareLocaleContext(resolveLocale(request), zone);
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        setLocale(request, response, context == null ? null : context.getLocale());
    }
}
