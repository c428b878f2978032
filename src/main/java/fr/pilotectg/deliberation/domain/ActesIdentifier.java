package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.Siren;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifiant unique d'acte given by ACTES when an act is transmitted to the préfecture, e.g.
 * {@code 062-216204982-20221214-DLB13_14122022-DE}: département on 3 characters, SIREN of the collectivité, date of the
 * act (the séance date for a deliberation), the collectivité's internal number, nature.
 * <p>
 * {@link #parse} says which segment is wrong: the exception's code is the first wrong segment's and its fields list
 * every wrong segment, each with the segment's value as argument.
 */
public record ActesIdentifier(
        String departement, Siren siren, LocalDate actDate, String internalNumber, ActeNature nature) {

    /** Field name used in the problems, as in a form or a JSON body. */
    public static final String FIELD = "actesId";

    /** Département: 3 digits zero-padded (059, 062, 974), Corsica 02A/02B (an assumption of domain-spec §3.4). */
    private static final Pattern DEPARTEMENT = Pattern.compile("(?!000)\\d{3}|02[AB]");
    /**
     * Internal number: digits, upper-case letters and {@code _}, at most 15 characters — the rule of the ACTES
     * transmission ("15 caractères maximum (chiffres, lettres en majuscule ou _)", libriciel/pastell
     * module/actes-generique/definition.yml). Dots are dropped by the collectivité: "DE23.027" is sent as DE23027.
     */
    private static final Pattern NUMBER = Pattern.compile("[0-9A-Z_]{1,15}");

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final int FIRST_YEAR = 1900;

    public ActesIdentifier {
        List<FieldProblem> problems = new ArrayList<>();
        if (departement == null || !DEPARTEMENT.matcher(departement).matches()) {
            problems.add(problem(ErrorCodes.ACTES_DEPARTEMENT_MALFORMED, String.valueOf(departement)));
        }
        if (siren == null) problems.add(problem(ErrorCodes.ACTES_SIREN_INVALID, "null"));
        if (actDate == null || actDate.getYear() < FIRST_YEAR || actDate.getYear() > 9999) {
            problems.add(problem(ErrorCodes.ACTES_DATE_INVALID, String.valueOf(actDate)));
        }
        if (internalNumber == null || !NUMBER.matcher(internalNumber).matches()) {
            problems.add(problem(ErrorCodes.ACTES_NUMBER_MALFORMED, String.valueOf(internalNumber)));
        }
        if (nature == null) problems.add(problem(ErrorCodes.ACTES_NATURE_UNKNOWN, "null"));
        if (!problems.isEmpty()) throw refusal(problems);
    }

    /**
     * Reads an identifier as printed on the acknowledgment ("ID : …" stamp or "Accusé de réception" block). Leading and
     * trailing spaces are ignored; nothing else is corrected.
     *
     * @throws DomainException {@link ErrorKind#INVALID}, code {@code ACTES_*} naming the wrong segment
     */
    public static ActesIdentifier parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException(
                    ErrorKind.INVALID,
                    ErrorCodes.ACTES_ID_REQUIRED,
                    List.of(),
                    List.of(FieldProblem.of(FIELD, ErrorCodes.ACTES_ID_REQUIRED)));
        }
        String value = text.strip();
        String[] segments = value.split("-", -1);
        if (segments.length != 5) {
            throw new DomainException(
                    ErrorKind.INVALID,
                    ErrorCodes.ACTES_SEGMENT_COUNT,
                    List.of(value, segments.length),
                    List.of(FieldProblem.of(FIELD, ErrorCodes.ACTES_SEGMENT_COUNT, value, segments.length)));
        }
        List<FieldProblem> problems = new ArrayList<>();
        String departement = segments[0];
        if (!DEPARTEMENT.matcher(departement).matches()) {
            problems.add(problem(ErrorCodes.ACTES_DEPARTEMENT_MALFORMED, departement));
        }
        String siren = segments[1];
        if (!Siren.isValid(siren)) problems.add(problem(ErrorCodes.ACTES_SIREN_INVALID, siren));
        Optional<LocalDate> date = parseDate(segments[2]);
        if (date.isEmpty()) problems.add(problem(ErrorCodes.ACTES_DATE_INVALID, segments[2]));
        String number = segments[3];
        if (!NUMBER.matcher(number).matches()) problems.add(problem(ErrorCodes.ACTES_NUMBER_MALFORMED, number));
        Optional<ActeNature> nature = ActeNature.fromCode(segments[4]);
        if (nature.isEmpty()) problems.add(problem(ErrorCodes.ACTES_NATURE_UNKNOWN, segments[4]));
        if (!problems.isEmpty()) throw refusal(problems);
        return new ActesIdentifier(departement, new Siren(siren), date.orElseThrow(), number, nature.orElseThrow());
    }

    /** Whether {@code text} would parse. */
    public static boolean isWellFormed(String text) {
        try {
            parse(text);
            return true;
        } catch (DomainException e) {
            return false;
        }
    }

    /** The identifier as ACTES writes it. */
    public String value() {
        return departement + "-" + siren.value() + "-" + BASIC_DATE.format(actDate) + "-" + internalNumber + "-"
                + nature.name();
    }

    /**
     * The internal number the collectivité would transmit for {@code deliberationNumber}: upper case, every character
     * outside {@code [0-9A-Z_]} dropped ("DE23.027" gives DE23027).
     */
    public static String internalNumberOf(String deliberationNumber) {
        return deliberationNumber.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z_]", "");
    }

    @Override
    public String toString() {
        return value();
    }

    private static Optional<LocalDate> parseDate(String segment) {
        if (!EIGHT_DIGITS.matcher(segment).matches()) return Optional.empty();
        try {
            LocalDate date = LocalDate.parse(segment, BASIC_DATE);
            return date.getYear() < FIRST_YEAR ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static FieldProblem problem(String code, String segment) {
        return FieldProblem.of(FIELD, code, segment);
    }

    private static DomainException refusal(List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        return new DomainException(ErrorKind.INVALID, first.code(), first.args(), problems);
    }
}
