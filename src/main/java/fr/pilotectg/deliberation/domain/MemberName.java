package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.SearchText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A council member's name exactly as the record prints it: "M. ROBERT", "Sylvain ROBERT", "Philémon BRUNET",
 * "Madame Sandrine LAGNIEZ". Records name the same person differently (civility and surname in the attendance list,
 * first name and surname under the signature), so {@link #sameMemberAs} compares tolerantly.
 */
public record MemberName(String printed) {

    public static final int MAX_LENGTH = 150;

    private static final Set<String> CIVILITIES = Set.of(
            "m",
            "mm",
            "mme",
            "mmes",
            "mlle",
            "mlles",
            "melle",
            "monsieur",
            "messieurs",
            "madame",
            "mesdames",
            "mademoiselle",
            "mesdemoiselles");

    public MemberName {
        if (printed == null || printed.isBlank()) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("name", ErrorCodes.REQUIRED)));
        }
        printed = printed.strip().replaceAll("\\s+", " ");
        if (printed.length() > MAX_LENGTH) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("name", ErrorCodes.DELIBERATION_TEXT_TOO_LONG, MAX_LENGTH)));
        }
    }

    public static MemberName of(String printed) {
        return new MemberName(printed);
    }

    /**
     * Whether both names designate the same member. Leading civilities are ignored; the surname is the part printed in
     * capitals (the French convention of these records); first names are compared only when both names give one, and
     * an initial matches any first name it begins. Accents and case do not count. Without capitals, the last word is
     * taken as the surname. Spelling variants (HAESBROECK / HAESEBROECK) are not matched.
     */
    public boolean sameMemberAs(MemberName other) {
        Parts mine = parts();
        Parts theirs = other.parts();
        if (mine.full().equals(theirs.full())) return true;
        return mine.surname().equals(theirs.surname()) && firstNamesCompatible(mine.firstNames(), theirs.firstNames());
    }

    /** The surname, folded (no accent, lower case): "marzak affaoui" for "Ibtissam MARZAK-AFFAOUI". */
    public String surnameKey() {
        return parts().surname();
    }

    @Override
    public String toString() {
        return printed;
    }

    /**
     * Parsing and folding a name is what makes the attendance checks slow (a 35-member record compares names a few
     * thousand times): each printed form is parsed once. Bounded, since names come from user input.
     */
    private static final java.util.Map<String, Parts> PARTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static final int MAX_CACHED = 20_000;

    private Parts parts() {
        Parts cached = PARTS.get(printed);
        if (cached != null) return cached;
        if (PARTS.size() >= MAX_CACHED) PARTS.clear();
        Parts parsed = parse();
        PARTS.put(printed, parsed);
        return parsed;
    }

    private Parts parse() {
        List<String> tokens = new ArrayList<>(List.of(printed.split(" ")));
        while (tokens.size() > 1
                && CIVILITIES.contains(tokens.get(0).replace(".", "").toLowerCase(Locale.ROOT))) {
            tokens.remove(0);
        }
        List<String> firstNames = new ArrayList<>();
        List<String> surname = new ArrayList<>();
        for (String token : tokens) {
            (isSurnameToken(token) ? surname : firstNames).add(token);
        }
        if (surname.isEmpty()) surname.add(firstNames.remove(firstNames.size() - 1));
        return new Parts(
                SearchText.fold(String.join(" ", firstNames)),
                SearchText.fold(String.join(" ", surname)),
                SearchText.fold(String.join(" ", tokens)));
    }

    /** A word written in capitals, other than a one-letter initial such as "J.". */
    private static boolean isSurnameToken(String token) {
        long letters = token.codePoints().filter(Character::isLetter).count();
        return letters > 1 && token.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    private static boolean firstNamesCompatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) return true;
        return (a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b));
    }

    private record Parts(String firstNames, String surname, String full) {}
}
