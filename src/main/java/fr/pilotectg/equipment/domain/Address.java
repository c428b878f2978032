package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.AddressView;
import fr.pilotectg.shared.SearchText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One site of an equipment. The street is kept as printed; postal code and city may be missing (Lomme's annex). */
public record Address(String street, String postalCode, String city) {

    private static final Pattern TRAILING_PLACE = Pattern.compile("^(.*?)[,\\s]*\\b(\\d{5})\\s+([^,\\d][^,]*)$");

    public Address {
        street = clean(street);
        postalCode = clean(postalCode);
        city = clean(city);
    }

    /**
     * Reads "2 rue André Gide, 59000 Lille" (postal code and city at the end) or a bare street, with the postal code and
     * city of other columns as defaults.
     */
    public static Address parse(String text, String defaultPostalCode, String defaultCity) {
        String line = clean(text);
        if (line == null) return new Address(null, defaultPostalCode, defaultCity);
        Matcher m = TRAILING_PLACE.matcher(line);
        if (m.matches() && !m.group(1).isBlank()) return new Address(m.group(1), m.group(2), m.group(3));
        return new Address(line, defaultPostalCode, defaultCity);
    }

    public boolean blank() {
        return street == null && postalCode == null && city == null;
    }

    public AddressView view() {
        return new AddressView(street, postalCode, city);
    }

    private static String clean(String value) {
        if (value == null) return null;
        String trimmed = SearchText.collapseSpaces(value);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
