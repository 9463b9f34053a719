package dev.atrium.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import dev.atrium.plugin.money.Money;
import jakarta.persistence.EntityManager;
import java.util.Currency;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Money as an entity's columns: numeric(19,4) and char(3), read back at the currency's scale. */
@PlatformTest
class MoneyColumnsTest {

    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PlatformTransactionManager transactionManager;

    @BeforeEach
    void probeTable() {
        JdbcTemplate owner = new JdbcTemplate(ownerDataSource);
        owner.execute("""
                create table if not exists money_columns_probe (
                    id bigint primary key,
                    amount numeric(19,4) not null, currency char(3) not null,
                    discount numeric(19,4), discount_currency char(3))""");
        owner.execute("grant select, insert, update, delete on money_columns_probe to "
                + new JdbcTemplate(dataSource).queryForObject("select current_user", String.class));
    }

    @Test
    void amountsAndCurrenciesRoundTripThroughTheirColumnsAtTheCurrencysScale() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        Currency eur = Currency.getInstance("EUR");
        Currency kwd = Currency.getInstance("KWD");
        long id = System.nanoTime();
        transactions.executeWithoutResult(status -> entityManager.persist(
                new PricedProbe(id, Money.of("1234567890123.45", eur), Money.of("-0.125", kwd))));

        PricedProbe read = transactions.execute(status -> entityManager.find(PricedProbe.class, id));
        assertThat(read.price()).isEqualTo(Money.of("1234567890123.45", eur));
        assertThat(read.price().amount()).hasScaleOf(2);
        assertThat(read.discount()).isEqualTo(Money.of("-0.125", kwd));
        Map<String, Object> row = new JdbcTemplate(ownerDataSource)
                .queryForMap("select amount::text as amount, currency, discount_currency from money_columns_probe"
                        + " where id = ?", id);
        assertThat(row).containsEntry("amount", "1234567890123.4500").containsEntry("currency", "EUR")
                .containsEntry("discount_currency", "KWD");
    }
}
