package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

    private static final LocalDate INVOICED = LocalDate.of(2026, 1, 20);

    @Test
    void netTermsCountDaysFromTheInvoiceDate() {
        assertThat(PaymentTerms.DUE_ON_RECEIPT.dueDate(INVOICED)).isEqualTo(INVOICED);
        assertThat(PaymentTerms.NET_30.dueDate(INVOICED)).isEqualTo(LocalDate.of(2026, 2, 19));
    }

    @Test
    void endOfMonthTermsCountTheDaysThenGoToTheEndOfThatMonth() {
        assertThat(PaymentTerms.END_OF_MONTH.dueDate(INVOICED)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(PaymentTerms.NET_30_END_OF_MONTH.dueDate(INVOICED)).isEqualTo(LocalDate.of(2026, 2, 28));
    }
}
