package fr.pilotectg.territory;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A type-ahead query on names (communes, EPCI, organisations): a few typed characters, a name fragment or a code, and
 * how many suggestions to return. Self-validating: a blank text is {@code REQUIRED}, a text longer than
 * {@link #TEXT_MAX} is {@code TEXT_TOO_LONG}, a limit outside 1–{@link #LIMIT_MAX} is {@code NUMBER_OUT_OF_RANGE}
 * (400 problem+json on field {@code q} or {@code limit}).
 */
public record Lookup(String text, int limit) {

    /** Longer than any commune, EPCI or organisation name one would type to find it. */
    public static final int TEXT_MAX = 80;

    public static final int DEFAULT_LIMIT = 10;
    public static final int LIMIT_MAX = 20;

    public Lookup {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) problems.add(FieldProblem.of("q", "REQUIRED"));
        problems.addAll(InputLimits.check().text("q", text, TEXT_MAX).problems());
        if (limit < 1 || limit > LIMIT_MAX)
            problems.add(FieldProblem.of("limit", InputLimits.NUMBER_OUT_OF_RANGE, 1, LIMIT_MAX));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        text = text.trim();
    }

    public static Lookup of(@Nullable String text, @Nullable Integer limit) {
        return new Lookup(text == null ? "" : text, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** The text folded for the {@code search_name} columns: « Saint-Amand » → « saint amand ». */
    public String folded() {
        return SearchText.fold(text);
    }

    /** The text as a code (INSEE, SIREN): upper case, spaces removed (« 2A004 », « 245 901 038 »). */
    public String code() {
        return text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
