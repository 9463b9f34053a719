package dev.atrium.core.identity.user;

import dev.atrium.plugin.problem.FieldError;
import dev.atrium.plugin.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.PasswordData;
import org.passay.RepeatCharacterRegexRule;
import org.passay.Rule;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a password must be, whoever sets it (an invitation, a reset, one's own change, an administrator,
 * provisioning): long enough to resist guessing and short enough for BCrypt, which reads 72 bytes; no run of one
 * character or of consecutive ones ({@code aaaaaaaaaaaa}, {@code 123456789012}, {@code qwertyuiop12}); not the
 * email or its local part; not the password it replaces; and not a commonly breached password. The rules are
 * Passay's; each refusal is a {@link Reason} whose text comes from {@code i18n/password*.properties}.
 * <p>
 * The breached list, {@code common-passwords.txt}, is the first 5,000 passwords of eight characters or more, in
 * order of frequency, of the password list zxcvbn ships (Dropbox's strength estimator, MIT licence; the list is
 * drawn from Xato's ten million leaked passwords), as bundled in {@code com.nulab-inc:zxcvbn} 1.9.0. Shorter ones
 * are refused by length already. A password is also refused when only digits and punctuation follow one of them
 * ({@code sunshine2024!}), which is how most people lengthen a short password to meet a minimum.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    /** For checks that cannot name the reasons one by one, such as a deployment's configuration. */
    public static final String MESSAGE = "must be " + MIN_LENGTH + " to " + MAX_BYTES + " bytes long, neither a "
            + "common password nor a run of repeated or consecutive characters";

    /** Why a password is refused, each with its text in the password bundle. */
    public enum Reason {
        TOO_SHORT("password.reason.tooShort"),
        TOO_LONG("password.reason.tooLong"),
        REPEATED("password.reason.repeated"),
        SEQUENCE("password.reason.sequence"),
        EMAIL("password.reason.email"),
        COMMON("password.reason.common"),
        UNCHANGED("password.reason.unchanged");

        final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    /** The shortest local part that is refused inside a password: "jo" in "jo@..." would refuse too much. */
    private static final int MIN_LOCAL_PART = 4;
    /** The shortest common password that counts as the start of a longer one. */
    private static final int MIN_COMMON_STEM = 8;

    private static final Rule REPEATS = new RepeatCharacterRegexRule(4);
    private static final List<Rule> SEQUENCES = List.of(
            new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
            new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
            new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false));
    private static final Rule USERNAME = new UsernameRule(true, true);
    private static final Rule COMMON_PASSWORDS = new DictionaryRule(new WordListDictionary(commonPasswords()));

    private final MessageSource messages;
    private final PasswordEncoder encoder;

    PasswordPolicy(MessageSource messages, PasswordEncoder encoder) {
        this.messages = messages;
        this.encoder = encoder;
    }

    /**
     * Whether a password passes every rule that needs no account: what the operator console checks of a new
     * company's owner before provisioning, and of its own configured password.
     */
    public static boolean acceptable(String password) {
        return password != null && reasons(password, null).isEmpty();
    }

    /** The rules that need no account, then the email's; the old password is the caller's to compare. */
    static Set<Reason> reasons(String password, String email) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            reasons.add(Reason.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            reasons.add(Reason.TOO_LONG);
        }
        PasswordData data = new PasswordData(password);
        if (!REPEATS.validate(data).isValid()) {
            reasons.add(Reason.REPEATED);
        }
        if (SEQUENCES.stream().anyMatch(rule -> !rule.validate(data).isValid())) {
            reasons.add(Reason.SEQUENCE);
        }
        if (common(password)) {
            reasons.add(Reason.COMMON);
        }
        if (email != null && containsEmail(password, email.trim())) {
            reasons.add(Reason.EMAIL);
        }
        return reasons;
    }

    /**
     * Refuses the password with every reason at once, as field errors of {@code field} in the request's language.
     *
     * @param currentHash the hash of the password it replaces, or null for a new account
     */
    void check(String field, String password, String email, String currentHash) {
        Set<Reason> reasons = reasons(password, email, currentHash);
        if (!reasons.isEmpty()) {
            throw new ProblemException(400, "validation-failed", "Invalid input",
                    messages.getMessage("password.refused", new Object[] {field}, LocaleContextHolder.getLocale()),
                    Map.of("errors", fieldErrors(field, reasons),
                            "reasons", reasons.stream().map(Reason::name).toList()));
        }
    }

    /** The refusals as field errors, for a form that shows them beside its other fields' errors. */
    List<FieldError> refusals(String field, String password, String email) {
        return refusals(field, password, email, null);
    }

    /**
     * The refusals {@link #check} would name, as field errors.
     *
     * @param currentHash the hash of the password it replaces, or null for a new account
     */
    List<FieldError> refusals(String field, String password, String email, String currentHash) {
        return fieldErrors(field, reasons(password, email, currentHash));
    }

    private Set<Reason> reasons(String password, String email, String currentHash) {
        Set<Reason> reasons = password == null ? EnumSet.of(Reason.TOO_SHORT) : reasons(password, email);
        if (password != null && currentHash != null && reasons.isEmpty() && encoder.matches(password, currentHash)) {
            reasons.add(Reason.UNCHANGED);
        }
        return reasons;
    }

    private List<FieldError> fieldErrors(String field, Set<Reason> reasons) {
        Locale locale = LocaleContextHolder.getLocale();
        return reasons.stream().map(reason -> new FieldError(field,
                messages.getMessage(reason.key, new Object[] {MIN_LENGTH, MAX_BYTES}, locale))).toList();
    }

    private static boolean containsEmail(String password, String email) {
        int at = email.lastIndexOf('@');
        String localPart = at > 0 ? email.substring(0, at) : email;
        PasswordData whole = new PasswordData(email, password);
        PasswordData local = new PasswordData(localPart, password);
        return !email.isEmpty() && !USERNAME.validate(whole).isValid()
                || localPart.length() >= MIN_LOCAL_PART && !USERNAME.validate(local).isValid();
    }

    private static boolean common(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (!COMMON_PASSWORDS.validate(new PasswordData(lower)).isValid()) {
            return true;
        }
        String stem = lower.replaceFirst("[^\\p{L}]+$", "");
        return stem.length() >= MIN_COMMON_STEM && stem.length() < lower.length()
                && !COMMON_PASSWORDS.validate(new PasswordData(stem)).isValid();
    }

    private static ArrayWordList commonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                List<String> words = new ArrayList<>();
                WordLists.readWords(reader, words);
                return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
    }
}
