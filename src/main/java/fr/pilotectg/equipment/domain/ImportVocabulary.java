package fr.pilotectg.equipment.domain;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.SearchText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The French words an imported file may use for types, gestionnaire categories, units, yes/no and dates ("31/12/2024",
 * "2024-12-31"); numbers ("12,5", "1 234") are read by {@link fr.pilotectg.shared.FrenchNumbers}. Labels shown by Pilote CTG (and written by its export) are always
 * understood, so that an export imports back unchanged.
 */
@Component
public class ImportVocabulary {

    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_SHORT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final Map<String, EquipmentType> types = new HashMap<>();
    private final Map<String, OperatorCategory> categories = new HashMap<>();
    private final Map<String, CapacityUnit> units = new HashMap<>();
    private final MessageSource messages;

    ImportVocabulary(MessageSource messages) {
        this.messages = messages;
        for (EquipmentType type : EquipmentType.values()) {
            types.put(SearchText.fold(type.name()), type);
            types.put(SearchText.fold(label(type)), type);
        }
        type(
                EquipmentType.EAJE_MULTI_ACCUEIL,
                "multi accueil",
                "multiaccueil",
                "mac",
                "eaje",
                "multi accueil collectif",
                "multi accueil municipal",
                "multi accueil associatif",
                "eaje multi accueil");
        type(
                EquipmentType.EAJE_CRECHE_COLLECTIVE,
                "creche",
                "creche collective",
                "eaje creche collective",
                "creche municipale");
        type(
                EquipmentType.EAJE_CRECHE_FAMILIALE,
                "creche familiale",
                "eaje creche familiale",
                "creche familiale municipale");
        type(EquipmentType.EAJE_CRECHE_PARENTALE, "creche parentale", "eaje creche parentale");
        type(EquipmentType.EAJE_HALTE_GARDERIE, "halte garderie", "eaje halte garderie", "halte-garderie");
        type(EquipmentType.EAJE_LIEU_ACCUEIL, "lieu d accueil", "lieu d accueil petite enfance", "eaje lieu d accueil");
        type(EquipmentType.MICRO_CRECHE_PSU, "micro creche psu", "microcreche psu");
        type(
                EquipmentType.MICRO_CRECHE_PAJE,
                "micro creche paje",
                "microcreche paje",
                "micro creche",
                "micro creche privee");
        type(EquipmentType.CRECHE_ENTREPRISE, "creche d entreprise", "creche entreprise", "creche inter entreprises");
        type(
                EquipmentType.MAM,
                "maison d assistants maternels",
                "maison d assistantes maternelles",
                "maison d assistant e s maternel le s");
        type(EquipmentType.LAEP, "lieu d accueil enfants parents", "lieu d accueil enfant parent");
        type(
                EquipmentType.RPE,
                "ram",
                "rami",
                "rpe",
                "relais petite enfance",
                "relais assistants maternels",
                "relais d assistantes maternelles",
                "relais assistantes maternelles",
                "rpe ram");
        type(EquipmentType.LUDOTHEQUE, "ludotheque", "ludotheques");
        type(
                EquipmentType.ALSH_PERI,
                "alsh peri",
                "alsh periscolaire",
                "periscolaire",
                "alsh peri et mercredis",
                "accueil periscolaire",
                "alsh mercredis");
        type(
                EquipmentType.ALSH_EXTRA,
                "alsh extra",
                "alsh extrascolaire",
                "extrascolaire",
                "alsh extrascolaires",
                "accueil de loisirs");
        type(
                EquipmentType.ALSH_ADOS,
                "alsh ados",
                "alsh accueil ados",
                "accueil ados",
                "accueil de jeunes",
                "alsh jeunes");
        type(EquipmentType.CENTRE_SOCIAL, "centre social", "centre social et culturel", "cs");
        type(EquipmentType.EVS, "espace de vie sociale", "evs");
        type(EquipmentType.MAISON_DES_PARENTS, "maison des parents");
        type(
                EquipmentType.POSTE_PILOTAGE,
                "poste de coordination",
                "coordination",
                "poste de pilotage",
                "pilotage",
                "ingenierie",
                "charge de cooperation",
                "coordination ingenierie");
        type(EquipmentType.AUTRE, "autre", "autres");
        for (OperatorCategory category : OperatorCategory.values()) {
            categories.put(SearchText.fold(category.name()), category);
            categories.put(SearchText.fold(message("equipment.category." + category.name())), category);
        }
        category(
                OperatorCategory.MUNICIPAL,
                "municipale",
                "municipaux",
                "commune",
                "ville",
                "public",
                "publique",
                "communal");
        category(OperatorCategory.ASSOCIATIF, "associative", "associatifs", "association", "asso");
        category(OperatorCategory.PRIVE, "privee", "prives", "prive lucratif", "entreprise privee");
        category(OperatorCategory.ENTREPRISE, "creche d entreprise", "employeur", "caf");
        for (CapacityUnit unit : CapacityUnit.values()) {
            units.put(SearchText.fold(unit.name()), unit);
            units.put(SearchText.fold(message("equipment.unit." + unit.name())), unit);
        }
        unit(CapacityUnit.PLACES, "place", "pl");
        unit(CapacityUnit.ACTES, "acte", "actes previsionnels");
        unit(CapacityUnit.ETP, "equivalent temps plein", "etp");
        unit(CapacityUnit.HEURES, "heure", "h", "heures realisees");
    }

    public String label(EquipmentType type) {
        return message("equipment.type." + type.name());
    }

    public String label(OperatorCategory category) {
        return category == null ? "" : message("equipment.category." + category.name());
    }

    public String label(CapacityUnit unit) {
        return unit == null ? "" : message("equipment.unit." + unit.name());
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    /** A refusal in French, as one sentence (for a job's page). */
    public String message(DomainException e) {
        return String.join(" ", texts(e));
    }

    /** A refusal in French: its message, or one message per field in error. */
    List<String> texts(DomainException e) {
        if (e.fields().isEmpty())
            return List.of(message(e.messageKey(), e.args().toArray()));
        List<String> texts = new ArrayList<>();
        for (FieldProblem f : e.fields())
            texts.add(message(f.messageKey(), f.args().toArray()));
        return texts;
    }

    public Optional<EquipmentType> type(String text) {
        return Optional.ofNullable(types.get(folded(text)));
    }

    public Optional<OperatorCategory> category(String text) {
        return Optional.ofNullable(categories.get(folded(text)));
    }

    public Optional<CapacityUnit> unit(String text) {
        return Optional.ofNullable(units.get(folded(text)));
    }

    /** Folded cell texts, kept: a file repeats the same few words on every line. */
    private final Map<String, String> foldedCells = new java.util.concurrent.ConcurrentHashMap<>();

    private String folded(String text) {
        if (text == null) return "";
        if (foldedCells.size() > 10_000) foldedCells.clear();
        return foldedCells.computeIfAbsent(text, SearchText::fold);
    }

    /** oui/non, o/n, vrai/faux, x (ticked), 1/0; empty for anything else. */
    public Optional<Boolean> bool(String text) {
        return switch (folded(text)) {
            case "oui", "o", "vrai", "true", "yes", "x", "1", "soutenu" -> Optional.of(true);
            case "non", "n", "faux", "false", "no", "0", "non soutenu" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** "31/12/2024", "1/9/2021" or "2024-12-31"; empty when it is not a date. */
    public static Optional<LocalDate> date(String text) {
        if (text == null) return Optional.empty();
        String clean = text.trim();
        try {
            if (clean.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(clean));
            if (clean.matches("\\d{2}/\\d{2}/\\d{4}")) return Optional.of(LocalDate.parse(clean, FRENCH));
            if (clean.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) return Optional.of(LocalDate.parse(clean, FRENCH_SHORT));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void type(EquipmentType type, String... words) {
        for (String w : words) types.put(SearchText.fold(w), type);
    }

    private void category(OperatorCategory category, String... words) {
        for (String w : words) categories.put(SearchText.fold(w), category);
    }

    private void unit(CapacityUnit unit, String... words) {
        for (String w : words) units.put(SearchText.fold(w), unit);
    }
}
