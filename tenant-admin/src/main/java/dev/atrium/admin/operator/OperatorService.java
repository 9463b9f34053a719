package dev.atrium.admin.operator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The platform's operators: checked at sign-in, the first one made at first start. */
@Service
class OperatorService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OperatorRepository operators;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String timingDecoy;

    OperatorService(OperatorRepository operators, PasswordEncoder passwordEncoder, Clock clock) {
        this.operators = operators;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.timingDecoy = passwordEncoder.encode("timing-decoy");
    }

    /** An unknown email costs the same time as a wrong password, so nobody learns who is an operator. */
    @Transactional(readOnly = true)
    public Optional<OperatorPrincipal> authenticate(String email, String password) {
        Optional<Operator> operator = operators.findByEmailIgnoreCase(email.trim());
        boolean matches = passwordEncoder.matches(password,
                operator.map(Operator::getPasswordHash).orElse(timingDecoy));
        return matches ? operator.map(Operator::principal) : Optional.empty();
    }

    /**
     * Makes the configured operator exist with the configured password, so
     * rotating {@code ATRIUM_ADMIN_PASSWORD} and restarting is how it changes.
     *
     * @return true when the operator was created or its password changed
     */
    @Transactional
    public boolean ensure(String email, String password) {
        Optional<Operator> existing = operators.findByEmailIgnoreCase(email);
        if (existing.isEmpty()) {
            operators.save(new Operator(normalized(email), passwordEncoder.encode(password), clock.instant()));
            return true;
        }
        if (passwordEncoder.matches(password, existing.get().getPasswordHash())) {
            return false;
        }
        existing.get().changePasswordHash(passwordEncoder.encode(password));
        return true;
    }

    /** @return the generated password when no operator existed and one was made now */
    @Transactional
    public Optional<String> createFirstIfNone(String email) {
        if (operators.count() > 0) {
            return Optional.empty();
        }
        String password = generatedPassword();
        operators.saveAndFlush(new Operator(normalized(email), passwordEncoder.encode(password), clock.instant()));
        return Optional.of(password);
    }

    private static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
