package fr.pilotectg.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.function.Function;

/**
 * French alphabetical order, the one rule for every list sorted by a name (ADR 0016): communes, organisations, people,
 * bodies, equipment, titles. Accents, case and ligatures are secondary or tertiary differences (Écaillon before Eccles,
 * État among the E, Œuilly beside Oeuilly), spaces and punctuation sort before letters (every « Saint-… » before
 * « Sainte-… »), and digits compare as numbers (Lille 2 before Lille 10).
 *
 * <p>In SQL the same rule is the ICU collation {@link #COLLATION} ({@code fr-FR-u-kn-true}), declared on the name
 * columns, so that {@code ORDER BY name} already follows it; an expression that is not such a column (a JSON field)
 * says {@code COLLATE french}. In Java this class sorts the few lists that are put together in memory. Both are CLDR's
 * French collation through ICU, and a test checks that they agree on PostgreSQL.
 */
public final class FrenchOrder {

    /** The name of the PostgreSQL collation, created by the root migration. */
    public static final String COLLATION = "french";

    /** The BCP 47 tag of the rule, the same in PostgreSQL ({@code CREATE COLLATION … locale = …}) and here. */
    public static final String LOCALE = "fr-FR-u-kn-true";

    private static final Collator COLLATOR = collator();

    /**
     * Strings in French order; like PostgreSQL's deterministic collation, strings that the rule finds equal are told
     * apart by their characters, and like {@code ORDER BY}, null sorts last. Thread-safe.
     */
    public static final Comparator<String> NAMES = Comparator.nullsLast(FrenchOrder::compare);

    private FrenchOrder() {}

    /** Elements in the French order of the name that {@code name} gives them (null names last). */
    public static <T> Comparator<T> by(Function<? super T, String> name) {
        return Comparator.comparing(name, NAMES);
    }

    private static int compare(String a, String b) {
        int rule = COLLATOR.compare(a, b);
        return rule != 0 ? rule : a.compareTo(b);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(ULocale.forLanguageTag(LOCALE));
        collator.setStrength(Collator.TERTIARY);
        return collator.freeze();
    }
}
