package com.clientele.provider;

import com.clientele.base.Text;
import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password rules, and generated passwords that meet them. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    public static final String RULES = "At least " + MIN_LENGTH + " characters, with letters and digits";
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** The rules, as a form's helper text states them ({@link #RULES} in the reader's language). */
    public static final Text RULES_TEXT = Text.of("provider.error.password.rules", MIN_LENGTH);

    /** What is wrong with the password, or empty when it meets the rules. */
    public static Optional<Text> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(RULES_TEXT);
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(Text.of("error.text.too-long", MAX_LENGTH));
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of(RULES_TEXT);
        }
        if (email != null && password.equalsIgnoreCase(email)) {
            return Optional.of(Text.of("provider.error.password.not-email"));
        }
        return Optional.empty();
    }

    /**
     * What is wrong with the password as the account's new one, chosen by its holder (changed or
     * reset by link): the rules, and it may not be the current one.
     */
    static Optional<Text> problemAsNew(String password, Account account, PasswordEncoder encoder) {
        Optional<Text> problem = problem(password, account.getEmail());
        if (problem.isEmpty() && encoder.matches(password, account.getPasswordHash())) {
            return Optional.of(Text.of("provider.error.password.not-current"));
        }
        return problem;
    }

    /** A random password of 16 characters that meets the rules. */
    public static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (problem(password.toString(), null).isEmpty()) {
                return password.toString();
            }
        }
    }
}
