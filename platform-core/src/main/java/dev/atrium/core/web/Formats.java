package dev.atrium.core.web;

import dev.atrium.plugin.money.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * How pages write dates, moments, numbers and money: for the reader's locale, moments in the company's time zone
 * (both from the request's locale context). Every template, a module's too, uses it as {@code #formats}:
 * <pre>{@code
 * <td th:text="${#formats.date(invoice.dueDate)}">31 Jan 2026</td>
 * <td th:text="${#formats.dateTime(entry.at)}">31 Jan 2026, 14:05</td>
 * <td th:text="${#formats.money(line.total)}">€1,234.50</td>
 * }</pre>
 */
@Component
public class Formats extends AbstractDialect implements IExpressionObjectDialect {

    private final Writer writer = new Writer();

    Formats() {
        super("Atrium formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("formats");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return writer;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    /** The {@code #formats} object; it reads the locale and zone of the request it writes for. */
    public static final class Writer {

        /** A business date, or the day of a moment in the company's zone; empty for none. */
        public String date(Object value) {
            LocalDate day = switch (value) {
                case null -> null;
                case LocalDate date -> date;
                case Instant instant -> instant.atZone(zone()).toLocalDate();
                case LocalDateTime dateTime -> dateTime.toLocalDate();
                default -> throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
            };
            return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                    .format(day);
        }

        /** A moment as the company's clock showed it: date and time; empty for none. */
        public String dateTime(Instant moment) {
            return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale()).format(moment.atZone(zone()));
        }

        public String number(Number value) {
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale());
            format.setMaximumFractionDigits(value instanceof BigDecimal decimal ? Math.max(decimal.scale(), 0) : 6);
            return format.format(value);
        }

        public String money(Money money) {
            return money == null ? "" : money(money.amount(), money.currency());
        }

        /** An amount in its currency, with the currency's own decimals ({@code 1 234,50 €} in French). */
        public String money(BigDecimal amount, Currency currency) {
            if (amount == null || currency == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getCurrencyInstance(locale());
            format.setCurrency(currency);
            int digits = Math.max(currency.getDefaultFractionDigits(), 0);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(Math.max(digits, amount.stripTrailingZeros().scale()));
            return format.format(amount);
        }

        private static Locale locale() {
            return LocaleContextHolder.getLocale();
        }

        private static ZoneId zone() {
            TimeZone zone = LocaleContextHolder.getTimeZone();
            return zone.toZoneId();
        }
    }
}
