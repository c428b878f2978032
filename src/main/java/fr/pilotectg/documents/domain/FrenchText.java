package fr.pilotectg.documents.domain;

import fr.pilotectg.shared.Euros;
import fr.pilotectg.shared.FrenchOrder;
import fr.pilotectg.shared.PartialDate;
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
            "union",
            "cpam",
            "carsat",
            "éducation");
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
            "office",
            "cias",
            "smivom");
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

    /** As precise as it is known: « 20 janvier 2022 », « juin 2022 », « 2022 ». */
    public static String date(PartialDate date) {
        Integer month = date.month();
        return switch (date.precision()) {
            case DAY -> date(date.firstDay());
            case MONTH -> MONTHS[month == null ? 0 : month - 1] + " " + date.year();
            case YEAR -> String.valueOf(date.year());
        };
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
        if (trimmed.startsWith("Le ") || trimmed.startsWith("le ")) return "du " + trimmed.substring(3);
        if (trimmed.startsWith("Les ") || trimmed.startsWith("les ")) return "des " + trimmed.substring(4);
        return elides(trimmed) ? "d'" + trimmed : "de " + trimmed;
    }

    /** The gender of an organisation's name from its head noun (« Ville de … », « SIVOM … »), else from its kind. */
    public static Gender genderOfParty(String name, String partyKind) {
        String head = firstWord(name);
        if (FEMININE_NOUNS.contains(head)) return Gender.FEMININE;
        if (MASCULINE_NOUNS.contains(head)) return Gender.MASCULINE;
        return switch (partyKind) {
            case "CAF", "COMMUNE", "COMMUNE_ASSOCIEE", "MSA", "REGION", "CPAM_CARSAT", "ASSOCIATION" -> Gender.FEMININE;
            case "EDUCATION_NATIONALE" -> Gender.FEMININE;
            case "EPCI" -> Gender.FEMININE; // « la Communauté … », « la Métropole … »
            case "DEPARTEMENT", "ETAT", "SYNDICAT", "CCAS_CIAS" -> Gender.MASCULINE;
            default -> Gender.UNKNOWN;
        };
    }

    /** « la Ville de Lille », « le SIVOM du Val », « l'État », « la MSA »; a commune's bare name gets « la Commune ». */
    public static String partyWithArticle(String name, String partyKind) {
        if (plural(name)) return "les " + name.strip().substring(4);
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

    /** Whether the party is named in the plural (« Les communes membres de … »): « représentées », « leurs ». */
    public static boolean plural(String name) {
        return name.strip().toLowerCase(Locale.FRENCH).startsWith("les ");
    }

    /**
     * The gender a printed title tells (« Présidente », « Directeur général », « 1er vice-Président », « Première
     * adjointe »); « Maire » tells none. An ordinal tells its own gender (« 1er », « 1re »); « 2e » defers to the noun.
     */
    public static Gender genderOfTitle(String title) {
        if (title == null || title.isBlank()) return Gender.UNKNOWN;
        String[] words = withoutArticle(title).toLowerCase(Locale.FRENCH).split("\\s+");
        String head = words[0];
        if (head.equals("1er")) return Gender.MASCULINE;
        if (head.equals("1re") || head.equals("1ère")) return Gender.FEMININE;
        if (head.matches("\\d+(e|ème|eme)") && words.length > 1) head = words[1];
        if (FEMININE_TITLES.contains(head)) return Gender.FEMININE;
        if (MASCULINE_TITLES.contains(head)) return Gender.MASCULINE;
        return Gender.UNKNOWN;
    }

    /**
     * The gender a representative takes in the clause: the civility recorded ({@code MADAME}, {@code MONSIEUR}) when
     * known, else what the printed title tells, else unknown.
     */
    public static Gender genderOf(String civility, String title) {
        if ("MADAME".equals(civility)) return Gender.FEMININE;
        if ("MONSIEUR".equals(civility)) return Gender.MASCULINE;
        return genderOfTitle(title);
    }

    /**
     * « sa Présidente », « son Maire », « son adjointe » (a feminine noun beginning with a vowel takes « son »), « leurs
     * maires » for « Les maires »; a leading article of the printed role is dropped (« Le Maire » → « son Maire »). The
     * possessive agrees with the title, not the person: « son Maire, Madame … ».
     */
    public static String possessive(String title) {
        String role = withoutArticle(title);
        if (plural(role)) return "leurs " + role.substring(4);
        return (genderOfTitle(role) == Gender.FEMININE && !elides(role) ? "sa " : "son ") + role;
    }

    /** « Madame Véronique DELCOURT », « Monsieur Luc GRARD », or the name alone when the title does not tell. */
    public static String withCivility(String name, String title) {
        return withCivility(null, name, title);
    }

    /**
     * « Madame … » or « Monsieur … » from the recorded civility, else from what the title tells, else the name alone:
     * no civility is invented.
     */
    public static String withCivility(String civility, String name, String title) {
        return switch (genderOf(civility, title)) {
            case FEMININE -> "Madame " + name;
            case MASCULINE -> "Monsieur " + name;
            case UNKNOWN -> name;
        };
    }

    /**
     * A representative as printed in the parties block: civility ({@code MADAME}, {@code MONSIEUR} or null), the name
     * to print (or its « [à compléter : …] » marker) and the printed title.
     */
    public record Representative(String civility, String name, String title) {
        public Representative(String name, String title) {
            this(null, name, title);
        }

        Gender gender() {
            return genderOf(civility, title);
        }
    }

    /**
     * « représentée par sa Présidente, Madame …, et par son Directeur général, Monsieur …, dûment autorisés à signer la
     * présente convention »: « représenté(e)(s) » agrees with the party, « autorisé(e)(s) » with the representatives.
     */
    public static String representedBy(Gender party, List<Representative> people) {
        return representedBy(party, false, people);
    }

    /** The same for a party named in the plural (« les communes membres …, représentées par leurs maires »). */
    public static String representedBy(Gender party, boolean pluralParty, List<Representative> people) {
        String represented = participle("représenté", party, pluralParty);
        var parts = new ArrayList<String>();
        for (Representative person : people) {
            String who =
                    person.name() == null ? "" : ", " + withCivility(person.civility(), person.name(), person.title());
            parts.add("par " + possessive(person.title()) + who);
        }
        boolean allFeminine = !people.isEmpty() && people.stream().allMatch(p -> p.gender() == Gender.FEMININE);
        boolean plural = people.size() > 1 || people.stream().anyMatch(p -> plural(p.title()));
        String authorised = "dûment autorisé" + (allFeminine ? "e" : "") + (plural ? "s" : "");
        return represented + " " + String.join(", et ", parts) + ", " + authorised + " à signer la présente convention";
    }

    /** « Maire » for « Le Maire », « Présidente » for « La Présidente »: the clause gives its own possessive. */
    static String withoutArticle(String title) {
        String t = title.strip();
        String lower = t.toLowerCase(Locale.FRENCH);
        if (lower.startsWith("le ") || lower.startsWith("la ")) return t.substring(3);
        if (lower.startsWith("l'") || lower.startsWith("l’")) return t.substring(2);
        return t;
    }

    /** « conseils municipaux » for « conseil municipal », word by word (« -al » → « -aux », else « -s »). */
    public static String pluralOf(String noun) {
        var words = new ArrayList<String>();
        for (String word : noun.strip().split(" ")) {
            if (word.equals("d’administration") || word.equals("d'administration") || word.isEmpty()) words.add(word);
            else if (word.endsWith("al")) words.add(word.substring(0, word.length() - 2) + "aux");
            else if (word.endsWith("s") || word.endsWith("x")) words.add(word);
            else words.add(word + "s");
        }
        return String.join(" ", words);
    }

    /** « représenté », « représentée », « représentées », « dénommé »… agreeing with the party. */
    public static String participle(String masculine, Gender party, boolean plural) {
        return masculine + (party == Gender.MASCULINE ? "" : "e") + (plural ? "s" : "");
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
