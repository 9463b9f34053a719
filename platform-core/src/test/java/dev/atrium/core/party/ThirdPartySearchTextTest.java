package dev.atrium.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.test.PlatformTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The term is folded in Java as the database folds the stored fields, or a search would miss what it shows. */
@PlatformTest
class ThirdPartySearchTextTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void accentsCaseAndPunctuationFoldAway() {
        assertThat(ThirdPartySearchText.fold("  Café de l'Étoile — Saint-Roch, 50%_OFF ")).isEqualTo(
                "cafe de l etoile saint roch 50 off");
        assertThat(ThirdPartySearchText.fold("Ærø Ça ﬁne Œuvre")).isEqualTo("ærø ca fine œuvre");
        assertThat(ThirdPartySearchText.fold("%_@")).isEmpty();
    }

    @Test
    void javaAndTheDatabaseFoldEveryLatinGreekAndCyrillicCharacterAlike() {
        String sample = IntStream.concat(IntStream.rangeClosed(0x20, 0x24f), IntStream.rangeClosed(0x370, 0x4ff))
                .filter(Character::isDefined).filter(c -> !Character.isISOControl(c))
                .mapToObj(Character::toString).collect(Collectors.joining(" "));
        for (String character : sample.split(" ")) {
            String text = "a" + character + "b";
            assertThat(ThirdPartySearchText.fold(text)).as("%s (U+%04X)", text, text.codePointAt(1))
                    .isEqualTo(jdbc.queryForObject("select search_text_folded(?)", String.class, text));
        }
    }
}
