package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ACTES classification (matière / sous-matière) of an act, level 2, as SCDL {@code DELIB_MATIERE_CODE} writes it:
 * {@code 9.1}. The printed "NOMENCLATURE : 09.01" of Lens reads as 9.1. Labels:
 * {@code deliberation.matiere.<level1>} and {@code deliberation.matiere.<level1>.<level2>}.
 */
public record ActesMatiere(int level1, int level2) {

    public static final String FIELD = "matiere";

    /** Highest level-2 code of each level-1 class allowed by SCDL Délibérations 2.1.x (1.1–1.7 … 9.1–9.4). */
    private static final Map<Integer, Integer> LAST_LEVEL2 =
            Map.of(1, 7, 2, 3, 3, 6, 4, 5, 5, 8, 6, 5, 7, 10, 8, 9, 9, 4);

    private static final Pattern FORMAT = Pattern.compile("0?(\\d)\\.(\\d{1,2})");

    public ActesMatiere {
        Integer last = LAST_LEVEL2.get(level1);
        if (last == null || level2 < 1 || level2 > last) {
            String code = level1 + "." + level2;
            throw new DomainException(
                    ErrorKind.INVALID,
                    ErrorCodes.ACTES_MATIERE_UNKNOWN,
                    List.of(code),
                    List.of(FieldProblem.of(FIELD, ErrorCodes.ACTES_MATIERE_UNKNOWN, code)));
        }
    }

    /** Reads "9.1", "09.01" or "7.10". */
    public static ActesMatiere parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            String value = String.valueOf(text);
            throw new DomainException(
                    ErrorKind.INVALID,
                    ErrorCodes.ACTES_MATIERE_MALFORMED,
                    List.of(value),
                    List.of(FieldProblem.of(FIELD, ErrorCodes.ACTES_MATIERE_MALFORMED, value)));
        }
        return new ActesMatiere(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Every matière of the nomenclature, in order (1.1 … 9.4), for a picker. */
    public static List<ActesMatiere> all() {
        return LAST_LEVEL2.keySet().stream()
                .sorted()
                .flatMap(level1 -> java.util.stream.IntStream.rangeClosed(1, LAST_LEVEL2.get(level1))
                        .mapToObj(level2 -> new ActesMatiere(level1, level2)))
                .toList();
    }

    /** The SCDL code, e.g. {@code 9.1}. */
    public String code() {
        return level1 + "." + level2;
    }

    public String messageKey() {
        return "deliberation.matiere." + code();
    }

    @Override
    public String toString() {
        return code();
    }
}
