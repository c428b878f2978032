package fr.pilotectg.shared;

import java.util.regex.Pattern;

/** Code officiel géographique of a commune: 5 characters, e.g. 59350, 2A004, 97411. */
public record InseeCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}|2A|2B)\\d{3}");

    public InseeCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw DomainException.invalid("INSEE_CODE_MALFORMED", String.valueOf(value));
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    /** The département of the commune: 2 characters in metropolitan France (2A, 2B for Corsica), 3 overseas (974). */
    public String departementCode() {
        return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
