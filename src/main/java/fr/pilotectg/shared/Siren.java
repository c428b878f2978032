package fr.pilotectg.shared;

/** SIREN number of a legal person: 9 digits whose Luhn checksum is valid. */
public record Siren(String value) {

    public Siren {
        if (!isValid(value)) {
            throw DomainException.invalid("SIREN_INVALID", String.valueOf(value));
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !candidate.matches("\\d{9}")) return false;
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = candidate.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) digit -= 9;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
