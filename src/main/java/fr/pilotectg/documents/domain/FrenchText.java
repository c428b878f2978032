package fr.pilotectg.documents.domain;

import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FrenchOrder;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The French a generated document prints: articles and elisions before names (« la Commune de Lille », « l'État »,
 * « le SIVOM », « d'Armentières »), agreement of « représentée par sa Présidente, Madame … » with the party and the
 * representative, dates (« 1er janvier 2022 »), amounts (« 618 000 € ») and the French collation order. Pure functions.
 */
public final class FrenchText {

    /** A non-breaking space, between thousands and before « € » or « : ». */
    public static final String NBSP = "\u00a0";

    private static final String[] MONTHS = {
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre"
    };

    private static final Set<String> FEMININE_NOUNS = Set.of(
            "ville",
            "commune",
            "caisse",
            "caf",
            "communauté",
            "métropole",
            "msa",
            "région",
            "mutualité",
            "préfecture",
            "collectivité",
            "association",
            "direction",
            "agglomération",
            "fédération",
            "union");
    private static final Set<String> MASCULINE_NOUNS = Set.of(
            "sivom",
            "sivu",
            "syndicat",
            "département",
            "conseil",
            "centre",
            "ccas",
            "état",
            "etat",
            "établissement",
            "groupement",
            "pôle",
            "ministère",
            "office");
    private static final Set<String> FEMININE_TITLES = Set.of(
            "présidente",
            "directrice",
            "adjointe",
            "première",
            "vice-présidente",
            "préfète",
            "conseillère",
            "déléguée",
            "sous-préfète",
            "générale",
            "maire-adjointe");
    private static final Set<String> MASCULINE_TITLES = Set.of(
            "président",
            "directeur",
            "adjoint",
            "premier",
            "vice-président",
            "préfet",
            "conseiller",
            "délégué",
            "sous-préfet",
            "général",
            "maire-adjoint");

    /** The grammatical gender of a noun phrase; {@code UNKNOWN} when the words do not tell (« Maire »). */
    public enum Gender {
        FEMININE,
        MASCULINE,
        UNKNOWN
    }

    private FrenchText() {}

    /** « 20 janvier 2022 », « 1er juillet 2021 ». */
    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** « 618 000 € », « 1 428 395,63 € »: cents only when there are some, non-breaking spaces. */
    public static String amount(Euros euros) {
        BigDecimal value = euros.amount();
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        String pattern = whole ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, symbols).format(value) + NBSP + "€";
    }

    /** The list sorted in the French collation order by {@code name}. */
    public static <T> List<T> sorted(List<T> items, Function<? super T, String> name) {
        var copy = new ArrayList<T>(items);
        copy.sort(FrenchOrder.by(name));
        return copy;
    }

    /** Strings in the French collation order. */
    public static Comparator<String> order() {
        return FrenchOrder.NAMES;
    }

    /** Whether a word is said with an elision before it (« l'État », « d'Armentières », « d'Hellemmes »). */
    static boolean elides(String word) {
        if (word.isEmpty()) return false;
        char first = Character.toLowerCase(stripAccents(word.substring(0, 1)).charAt(0));
        return "aeiouyh".indexOf(first) >= 0;
    }

    /** « de Lille », « d'Armentières », « du Touquet », « des Mureaux », « de La Madeleine ». */
    public static String of(String name) {
        String trimmed = name.strip();
        if (trimmed.startsWith("Le ")) return "du " + trimmed.substring(3);
        if (trimmed.startsWith("Les ")) return "des " + trimmed.substring(4);
        return elides(trimmed) ? "d'" + trimmed : "de " + trimmed;
    }

    /** The gender of an organisation's name from its head noun (« Ville de … », « SIVOM … »), else from its kind. */
    public static Gender genderOfParty(String name, String partyKind) {
        String head = firstWord(name);
        if (FEMININE_NOUNS.contains(head)) return Gender.FEMININE;
        if (MASCULINE_NOUNS.contains(head)) return Gender.MASCULINE;
        return switch (partyKind) {
            case "CAF", "COMMUNE", "COMMUNE_ASSOCIEE", "MSA" -> Gender.FEMININE;
            case "EPCI" -> Gender.FEMININE; // « la Communauté … », « la Métropole … »
            case "DEPARTEMENT", "ETAT" -> Gender.MASCULINE;
            default -> Gender.UNKNOWN;
        };
    }

    /** « la Ville de Lille », « le SIVOM du Val », « l'État », « la MSA »; a commune's bare name gets « la Commune ». */
    public static String partyWithArticle(String name, String partyKind) {
        String head = firstWord(name);
        boolean known = FEMININE_NOUNS.contains(head) || MASCULINE_NOUNS.contains(head);
        if (!known && (partyKind.equals("COMMUNE") || partyKind.equals("COMMUNE_ASSOCIEE"))) {
            return "la Commune " + of(name);
        }
        if (elides(name)) return "l'" + name;
        return switch (genderOfParty(name, partyKind)) {
            case FEMININE -> "la " + name;
            case MASCULINE -> "le " + name;
            case UNKNOWN -> name;
        };
    }

    /** The same with a capital: at the head of a clause. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The gender a printed title tells (« Présidente », « Directeur général »); « Maire » tells none. */
    public static Gender genderOfTitle(String title) {
        if (title == null) return Gender.UNKNOWN;
        String head = firstWord(title);
        if (FEMININE_TITLES.contains(head)) return Gender.FEMININE;
        if (MASCULINE_TITLES.contains(head)) return Gender.MASCULINE;
        return Gender.UNKNOWN;
    }

    /** « sa Présidente », « son Maire », « son adjointe » (a feminine noun beginning with a vowel takes « son »). */
    public static String possessive(String title) {
        Gender gender = genderOfTitle(title);
        return (gender == Gender.FEMININE && !elides(title) ? "sa " : "son ") + title;
    }

    /** « Madame Véronique DELCOURT », « Monsieur Luc GRARD », or the name alone when the title does not tell. */
    public static String withCivility(String name, String title) {
        return switch (genderOfTitle(title)) {
            case FEMININE -> "Madame " + name;
            case MASCULINE -> "Monsieur " + name;
            case UNKNOWN -> name;
        };
    }

    /** A representative as printed in the parties block: its printed title and name. */
    public record Representative(String name, String title) {}

    /**
     * « représentée par sa Présidente, Madame …, et par son Directeur général, Monsieur …, dûment autorisés à signer la
     * présente convention »: « représentée » agrees with the party, « autorisé(e)(s) » with the representatives.
     */
    public static String representedBy(Gender party, List<Representative> people) {
        String represented = party == Gender.MASCULINE ? "représenté" : "représentée";
        var parts = new ArrayList<String>();
        for (Representative person : people) {
            parts.add("par " + possessive(person.title()) + ", " + withCivility(person.name(), person.title()));
        }
        boolean allFeminine = people.stream().allMatch(p -> genderOfTitle(p.title()) == Gender.FEMININE);
        String authorised = "dûment autorisé" + (allFeminine ? "e" : "") + (people.size() > 1 ? "s" : "");
        return represented + " " + String.join(", et ", parts) + ", " + authorised + " à signer la présente convention";
    }

    private static String firstWord(String text) {
        String s = text.strip();
        int space = s.indexOf(' ');
        String word = space < 0 ? s : s.substring(0, space);
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apostrophe >= 0) word = word.substring(0, apostrophe);
        return word.toLowerCase(Locale.FRENCH);
    }

    private static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
