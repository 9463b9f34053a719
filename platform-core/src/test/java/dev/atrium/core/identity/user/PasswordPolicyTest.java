package dev.atrium.core.identity.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atrium.core.identity.user.PasswordPolicy.Reason;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void aLongUnusualPassphrasePasses() {
        assertThat(PasswordPolicy.reasons("violet kettle under the stairs", "ann@acme.test")).isEmpty();
        assertThat(PasswordPolicy.acceptable("violet kettle under the stairs")).isTrue();
    }

    @Test
    void lengthCountsCharactersAndBcryptsBytes() {
        assertThat(PasswordPolicy.reasons("short-one", null)).containsExactly(Reason.TOO_SHORT);
        assertThat(PasswordPolicy.reasons("é".repeat(40), null)).as("80 bytes").contains(Reason.TOO_LONG);
        assertThat(PasswordPolicy.reasons(("lark-vine-".repeat(8)).substring(0, 72), null)).isEmpty();
    }

    @Test
    void runsOfOneCharacterOrOfConsecutiveOnesAreRefused() {
        assertThat(PasswordPolicy.reasons("aaaaaaaaaaaa", null)).contains(Reason.REPEATED);
        assertThat(PasswordPolicy.reasons("123456789012", null)).contains(Reason.SEQUENCE);
        assertThat(PasswordPolicy.reasons("my abcdef garden", null)).contains(Reason.SEQUENCE);
        assertThat(PasswordPolicy.reasons("qwertyuiop!!", null)).contains(Reason.SEQUENCE);
    }

    @Test
    void theEmailAndItsLocalPartAreRefusedEvenBackwardsOrInOtherCase() {
        assertThat(PasswordPolicy.reasons("Jeanne.Martin@acme.test", "jeanne.martin@acme.test")).contains(Reason.EMAIL);
        assertThat(PasswordPolicy.reasons("my name is jeanne.martin", "jeanne.martin@acme.test"))
                .contains(Reason.EMAIL);
        assertThat(PasswordPolicy.reasons("nitram.ennaej is me", "jeanne.martin@acme.test")).contains(Reason.EMAIL);
        assertThat(PasswordPolicy.reasons("violet kettle under the stairs", "jo@acme.test"))
                .as("a local part too short to mean anything").isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAndPunctuationAfterThem() {
        assertThat(PasswordPolicy.reasons("baseball1234", null)).contains(Reason.COMMON);
        assertThat(PasswordPolicy.reasons("IloveYou2024!", null)).contains(Reason.COMMON);
        assertThat(PasswordPolicy.reasons("superman-forever", null)).doesNotContain(Reason.COMMON);
    }
}
