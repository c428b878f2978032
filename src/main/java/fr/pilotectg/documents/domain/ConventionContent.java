package fr.pilotectg.documents.domain;

import com.deepoove.poi.data.Cells;
import com.deepoove.poi.data.RowRenderData;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.actionplan.FicheSheet;
import fr.pilotectg.actionplan.FicheSummary;
import fr.pilotectg.convention.ConventionParty;
import fr.pilotectg.convention.ConventionText;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.documents.domain.FrenchText.Gender;
import fr.pilotectg.equipment.EquipmentRegister;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.governance.Governance;
import fr.pilotectg.governance.GovernanceAnnex;
import fr.pilotectg.territory.Territories;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers what the convention document says from the front doors of the convention, deliberation, equipment,
 * governance and action plan modules, in the order and French of the seeds, and records every gap. The access check is
 * the convention's ({@link Conventions#text}): out of reach, "not found".
 */
@Component
public class ConventionContent {

    private static final Locale FRENCH = Locale.FRENCH;

    private final Conventions conventions;
    private final Deliberations deliberations;
    private final EquipmentRegister equipment;
    private final Governance governance;
    private final ActionPlans actionPlans;
    private final MessageSource messages;
    private final FicheFields ficheFields;
    private final Territories territories;

    ConventionContent(
            Conventions conventions,
            Deliberations deliberations,
            EquipmentRegister equipment,
            Governance governance,
            ActionPlans actionPlans,
            MessageSource messages,
            Territories territories) {
        this.conventions = conventions;
        this.deliberations = deliberations;
        this.equipment = equipment;
        this.governance = governance;
        this.actionPlans = actionPlans;
        this.messages = messages;
        this.ficheFields = new FicheFields(messages);
        this.territories = territories;
    }

    /** The content of the convention's document, for the current user; "not found" out of reach. */
    public DocumentContent of(UUID conventionId) {
        return of(conventionId, step -> {});
    }

    /**
     * The same, saying each step as it starts ({@code content}, then {@code annex1} to {@code annex4}) for a
     * background generation's progress.
     */
    public DocumentContent of(UUID conventionId, java.util.function.Consumer<String> step) {
        step.accept("content");
        ConventionText text = conventions.text(conventionId, () -> DocumentErrors.notFound(conventionId));
        var gaps = new ArrayList<Gap>();
        var data = new HashMap<String, Object>();
        String editLink = "/conventions/" + conventionId + "/edit";
        var summary = text.summary();
        List<ConventionParty> parties = conventions.parties(conventionId);
        data.put("title", summary.title());
        data.put("periodLabel", summary.periodLabel());
        data.put("hasTagline", text.tagline() != null && !text.tagline().isBlank());
        data.put("tagline", text.tagline() == null ? "" : text.tagline());
        data.put(
                "titleParties",
                parties.stream()
                        .map(p -> Map.of("name", p.name().toUpperCase(FRENCH)))
                        .toList());
        data.put("parties", parties(parties, gaps, editLink));
        data.put(
                "partners",
                text.partners().stream()
                        .map(p -> Map.of(
                                "text",
                                FrenchText.capitalised(FrenchText.partyWithArticle(p.name(), p.partyKind()))
                                        + (p.role() == null ? "" : ", " + p.role())
                                        + ", partenaire de la présente convention"))
                        .toList());
        data.put("vu", vu(text));
        data.put("hasPredecessor", text.predecessor() != null);
        data.put("predecessor", text.predecessor() == null ? "" : text.predecessor());
        data.put("objectives", texts(text.objectives()));
        data.put("standardObjectives", text.objectives().isEmpty());
        data.put(
                "missions",
                text.missions().stream()
                        .map(m -> Map.of("label", m.label(), "enjeux", texts(m.enjeux())))
                        .toList());
        data.put("collectiviteFields", texts(text.collectiviteFields()));
        data.put("noCollectiviteFields", text.collectiviteFields().isEmpty());
        data.put("startText", FrenchText.date(summary.start()));
        data.put("endText", FrenchText.date(summary.end()));
        data.put("place", place(text, gaps, conventionId));
        data.put("signatureDate", text.signedOn() == null ? "……………………" : FrenchText.date(text.signedOn()));
        data.put("signatures", signatures(parties, editLink));
        step.accept("annex1");
        equipmentAnnex(summary.communes(), data);
        step.accept("annex2");
        governanceAnnex(conventionId, data);
        step.accept("annex3");
        deliberationAnnex(text, data);
        step.accept("annex4");
        planAnnex(conventionId, data);
        data.put("noIndicator", true);
        data.put("indicators", List.of());
        return new DocumentContent(conventionId, summary.title(), summary.version(), data, gaps);
    }

    /**
     * The parties block, each party in the source order with its alias and representatives as recorded (civility,
     * printed role, name); a party not yet identified, an unknown member list and an unnamed representative print as
     * gaps.
     */
    private List<Map<String, Object>> parties(List<ConventionParty> parties, List<Gap> gaps, String editLink) {
        var blocks = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < parties.size(); i++) {
            ConventionParty party = parties.get(i);
            String named = named(party);
            Gender gender = FrenchText.genderOfParty(party.name(), party.kind());
            boolean plural = FrenchText.plural(party.name());
            String clause = FrenchText.capitalised(named);
            if (party.collective()) clause += members(party, named, gaps, editLink);
            else if (!party.identified()) {
                Gap gap = new Gap("organisme " + FrenchText.of(named) + " à identifier dans l'annuaire", editLink);
                gaps.add(gap);
                clause += " " + gap.marker();
            }
            var people = new ArrayList<FrenchText.Representative>();
            for (ConventionParty.Person person : party.representatives()) {
                people.add(new FrenchText.Representative(
                        person.civility(), nameOrGap(person, named, gaps, editLink), printedRole(person)));
            }
            if (people.isEmpty()) {
                Gap gap = new Gap("signataire " + FrenchText.of(named), editLink);
                gaps.add(gap);
                clause += ", " + FrenchText.participle("représenté", gender, plural) + " par " + gap.marker();
            } else {
                clause += ", " + FrenchText.representedBy(gender, plural, people);
            }
            if (!party.kind().equals("CAF")) clause += authorisation(party);
            var map = new HashMap<String, Object>();
            map.put("notFirst", i > 0);
            map.put("clause", clause);
            map.put("aliasText", FrenchText.participle("dénommé", gender, plural) + " « " + alias(party, named) + " »");
            blocks.add(map);
        }
        return blocks;
    }

    /** « la Ville de Lille », « le SIVOM … », « les communes membres de … » as the text names the party. */
    private static String named(ConventionParty party) {
        return FrenchText.partyWithArticle(party.name(), party.kind());
    }

    /** « : Armentières, Houplines et Lille » in the French order, or a gap while the list is unknown. */
    private String members(ConventionParty party, String named, List<Gap> gaps, String editLink) {
        if (party.members().isEmpty()) {
            Gap gap = new Gap("communes membres " + FrenchText.of(named), editLink);
            gaps.add(gap);
            return " (" + gap.marker() + ")";
        }
        var names = new ArrayList<String>();
        territories.communes(party.members()).forEach(c -> names.add(c.name()));
        names.sort(FrenchText.order());
        String list = names.size() == 1
                ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
        return " (" + list + ")";
    }

    /** The name to print, or the gap « [à compléter : nom du signataire (1er vice-Président) de la Caf] ». */
    private String nameOrGap(ConventionParty.Person person, String named, List<Gap> gaps, String editLink) {
        if (person.name() != null && !person.name().isBlank()) return person.name();
        Gap gap = new Gap(
                "nom du signataire (" + FrenchText.withoutArticle(printedRole(person)) + ") " + FrenchText.of(named),
                editLink);
        gaps.add(gap);
        return gap.marker();
    }

    /**
     * « par délibération du conseil municipal … » from the first authorising act; with none, for a party whose assembly
     * deliberates, « par délibération de son comité syndical » (its date is not invented).
     */
    private String authorisation(ConventionParty party) {
        if (party.authorisations().isEmpty()) {
            if (!party.needsCouncilDeliberation() || party.assemblyKey() == null) return "";
            String assembly = messages.getMessage(party.assemblyKey(), null, "", FRENCH);
            if (assembly.isBlank()) return "";
            if (FrenchText.plural(party.name())) return " par délibérations de leurs " + FrenchText.pluralOf(assembly);
            return " par délibération de son " + assembly;
        }
        ConventionParty.Act act = party.authorisations().get(0);
        String first = Character.toLowerCase(act.description().charAt(0))
                + act.description().substring(1);
        return " par " + first;
    }

    /** The alias the convention gives, else « la Caf », « la Ville », « le Département »: the head noun of the name. */
    static String alias(ConventionParty party, String named) {
        if (party.alias() != null && !party.alias().isBlank()) return party.alias();
        if (party.kind().equals("CAF")) return "la Caf";
        String[] words = named.split(" ");
        if (words.length >= 2 && (words[0].equals("la") || words[0].equals("le") || words[0].equals("les")))
            return words[0] + " " + words[1];
        if (named.startsWith("l'")) return named.split(" ")[0];
        return named;
    }

    private String printedRole(ConventionParty.Person person) {
        if (person.printedRole() != null && !person.printedRole().isBlank()) return person.printedRole();
        return messages.getMessage("documents.role." + person.role(), null, person.role(), FRENCH);
    }

    private static List<Map<String, Object>> vu(ConventionText text) {
        var lines = new ArrayList<String>(List.of(
                "les articles L. 263-1, L. 223-1 et L. 227-1 à 3 du Code de la sécurité sociale",
                "le Code de l'action sociale et des familles",
                "le Code général des collectivités territoriales",
                "l'arrêté du 3 octobre 2001 relatif à l'action sociale des Caisses d'allocations familiales (Caf)",
                "la Convention d'objectifs et de gestion (Cog) arrêtée entre l'État et la Caisse nationale des"
                        + " allocations familiales (Cnaf)"));
        for (ConventionText.Party party : text.signatories()) {
            for (ConventionText.Act act : party.acts()) {
                String first = Character.toLowerCase(act.description().charAt(0))
                        + act.description().substring(1);
                lines.add(first.startsWith("délibération") ? "la " + first : first);
            }
        }
        return texts(lines);
    }

    private static String place(ConventionText text, List<Gap> gaps, UUID conventionId) {
        if (text.signaturePlace() != null) return text.signaturePlace();
        Gap gap = new Gap("lieu de signature", "/conventions/" + conventionId + "/correction");
        gaps.add(gap);
        return gap.marker();
    }

    /** One column per signatory: the party, then each representative's printed role and name (or its gap). */
    private TableRenderData signatures(List<ConventionParty> parties, String editLink) {
        var header = Rows.of().repeatedHeader().textBold();
        var names = Rows.of();
        for (ConventionParty party : parties) {
            String named = named(party);
            header.addCell(Cells.of("Pour " + named).create());
            var lines = new ArrayList<String>();
            for (ConventionParty.Person person : party.representatives()) {
                String role = printedRole(person);
                lines.add(FrenchText.capitalised(role) + ",");
                lines.add(
                        person.name() == null || person.name().isBlank()
                                ? new Gap(
                                                "nom du signataire (" + FrenchText.withoutArticle(role) + ") "
                                                        + FrenchText.of(named),
                                                editLink)
                                        .marker()
                                : FrenchText.withCivility(person.civility(), person.name(), role));
                lines.add("");
            }
            if (lines.isEmpty()) {
                lines.add(new Gap("signataire " + FrenchText.of(named), editLink).marker());
            }
            names.addCell(Cells.of(String.join("\n", lines).strip()).create());
        }
        return Tables.of(header.create(), names.create()).create();
    }

    private void equipmentAnnex(List<String> communes, Map<String, Object> data) {
        List<EquipmentView> entries = equipment.openEntriesOf(communes);
        var byCommune = new TreeMap<String, List<EquipmentView>>(FrenchText.order());
        for (EquipmentView e : entries)
            byCommune.computeIfAbsent(e.communeName(), k -> new ArrayList<>()).add(e);
        var sections = new ArrayList<Map<String, Object>>();
        for (var commune : byCommune.entrySet()) {
            var rows = new ArrayList<RowRenderData>();
            rows.add(Rows.of("Type", "Nom", "Adresse", "Capacité")
                    .repeatedHeader()
                    .textBold()
                    .create());
            List<EquipmentView> sorted = new ArrayList<>(commune.getValue());
            sorted.sort((a, b) -> {
                int byType = FrenchText.order().compare(typeLabel(a), typeLabel(b));
                return byType != 0 ? byType : FrenchText.order().compare(a.name(), b.name());
            });
            for (EquipmentView e : sorted) {
                rows.add(Rows.of(typeLabel(e), e.name(), e.mainAddress(), capacity(e))
                        .create());
            }
            sections.add(Map.of(
                    "name",
                    commune.getKey(),
                    "count",
                    sorted.size() + (sorted.size() > 1 ? " équipements et services" : " équipement ou service"),
                    "table",
                    Tables.of(rows.toArray(RowRenderData[]::new)).create()));
        }
        data.put("equipmentCommunes", sections);
        data.put("noEquipment", sections.isEmpty());
    }

    private String typeLabel(EquipmentView e) {
        return messages.getMessage(
                "equipment.type." + e.type().name(), null, e.type().name(), FRENCH);
    }

    private String capacity(EquipmentView e) {
        if (e.currentCapacity() == null || e.currentCapacity().value() == null) return "non renseignée";
        BigDecimal value = e.currentCapacity().value().stripTrailingZeros();
        String unit = messages.getMessage(
                "equipment.unit." + e.currentCapacity().unit().name(),
                null,
                e.currentCapacity().unit().name(),
                FRENCH);
        return value.toPlainString().replace('.', ',') + " " + unit;
    }

    private void governanceAnnex(UUID conventionId, Map<String, Object> data) {
        GovernanceAnnex annex = governance.annexOf(conventionId);
        var bodies = new ArrayList<Map<String, Object>>();
        for (GovernanceAnnex.BodyLine body : annex.bodies()) {
            String text = "Présidence : " + orUnknown(body.chairing()) + ". Fréquence : " + orUnknown(body.frequency())
                    + ". Sièges : " + body.totalSeats() + " (Caf : " + body.cafSeats() + ", collectivité : "
                    + body.collectiviteSeats() + ").";
            bodies.add(Map.of("name", body.name(), "text", text));
        }
        for (GovernanceAnnex.PostLine post : annex.posts()) {
            String text = "Chargé(e) de coopération : " + orUnknown(post.person()) + " — thème : "
                    + orUnknown(post.theme()) + " — ETP : "
                    + (post.etp() == null
                            ? "non renseigné"
                            : post.etp().stripTrailingZeros().toPlainString().replace('.', ','))
                    + " — employeur : " + orUnknown(post.employer()) + ".";
            bodies.add(Map.of("name", "Poste" + (post.commune() == null ? "" : " – " + post.commune()), "text", text));
        }
        data.put("bodies", bodies);
        data.put("noGovernance", bodies.isEmpty());
    }

    private void deliberationAnnex(ConventionText text, Map<String, Object> data) {
        var ids = new LinkedHashSet<UUID>();
        for (ConventionText.Party party : text.signatories()) {
            ids.addAll(party.deliberationIds());
            party.acts().stream()
                    .map(ConventionText.Act::deliberationId)
                    .filter(java.util.Objects::nonNull)
                    .forEach(ids::add);
        }
        Map<UUID, DeliberationSummary> found = new LinkedHashMap<>();
        deliberations.summaries(ids).forEach(d -> found.put(d.id(), d));
        var rows = new ArrayList<RowRenderData>();
        rows.add(Rows.of("Assemblée", "Objet", "Séance", "Vote", "Identifiant ACTES")
                .repeatedHeader()
                .textBold()
                .create());
        for (DeliberationSummary d : found.values()) {
            rows.add(Rows.of(
                            d.issuerName() + " – "
                                    + messages.getMessage("deliberation.body." + d.body(), null, d.body(), FRENCH)
                                    + (d.number() == null ? "" : " n° " + d.number()),
                            orUnknown(d.object()),
                            d.seanceDate() == null ? "non datée" : FrenchText.date(d.seanceDate()),
                            vote(d),
                            orUnknown(d.actesId()))
                    .create());
        }
        for (ConventionText.Party party : text.signatories()) {
            for (ConventionText.Act act : party.acts()) {
                if (act.deliberationId() != null && found.containsKey(act.deliberationId())) continue;
                // the act that cites a deliberation recorded in the register is shown once, from the register
                if (act.reference() != null
                        && found.values().stream().anyMatch(d -> act.reference().equals(d.number()))) continue;
                String when =
                        act.adoptedOn() == null ? "délibération citée, non datée" : FrenchText.date(act.adoptedOn());
                rows.add(Rows.of(party.name(), act.description(), when, "non renseigné", orUnknown(act.reference()))
                        .create());
            }
        }
        boolean none = rows.size() == 1;
        data.put("noDeliberation", none);
        data.put(
                "deliberations",
                none ? null : Tables.of(rows.toArray(RowRenderData[]::new)).create());
    }

    private static String vote(DeliberationSummary d) {
        if (!d.adopted()) return "non adoptée";
        if (d.unanimous()) return "adoptée à l'unanimité";
        if (d.inFavour() == null) return "adoptée";
        return "adoptée : " + d.inFavour() + " pour, " + (d.against() == null ? "?" : d.against()) + " contre, "
                + (d.abstention() == null ? "?" : d.abstention()) + " abstentions";
    }

    /** Annex 4: one fiche per page, every field of the fiche in a two-column table (« non renseigné » when empty). */
    private void planAnnex(UUID conventionId, Map<String, Object> data) {
        Map<UUID, FicheSummary> summaries = new HashMap<>();
        actionPlans.fichesOf(conventionId).forEach(f -> summaries.put(f.id(), f));
        var list = new ArrayList<Map<String, Object>>();
        int number = 0;
        for (FicheSheet fiche : actionPlans.ficheSheets(conventionId)) {
            number++;
            FicheSummary summary = summaries.get(fiche.id());
            boolean late = summary != null && summary.late();
            String status = messages.getMessage(
                    "actionplan.status." + fiche.status().name(),
                    null,
                    fiche.status().name(),
                    FRENCH);
            var map = new HashMap<String, Object>();
            map.put("number", String.valueOf(number));
            map.put("title", fiche.title());
            map.put("status", status);
            map.put("progress", fiche.progress() + " %");
            map.put("lateText", late ? "une échéance est dépassée" : "aucune échéance dépassée");
            map.put("sheet", sheet(fiche, status, late));
            list.add(map);
        }
        data.put("fiches", list);
        data.put("noFiche", list.isEmpty());
    }

    private TableRenderData sheet(FicheSheet fiche, String status, boolean late) {
        var rows = new ArrayList<RowRenderData>();
        rows.add(Rows.of(ficheFields.label("field"), ficheFields.label("value"))
                .repeatedHeader()
                .textBold()
                .create());
        for (FicheFields.Field field : ficheFields.of(fiche, status, late))
            rows.add(Rows.of(field.label(), field.value()).create());
        return Tables.of(rows.toArray(RowRenderData[]::new)).create();
    }

    private static List<Map<String, Object>> texts(List<String> values) {
        return values.stream().map(v -> Map.<String, Object>of("text", v)).toList();
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "non renseigné" : value;
    }
}
