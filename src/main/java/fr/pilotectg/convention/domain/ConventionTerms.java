package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.Siren;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a convention says: its title and period, the territory it covers (communes by INSEE code, EPCI by SIREN),
 * who signs it, the partners that take part without signing, the domaines d'intervention, the Caf missions with
 * the enjeux retained under each, the collectivité's own fields of action (LLH art. 3) and the contract it takes
 * over from. Immutable: a change of terms is a new {@code ConventionTerms}, recorded as a version of the convention.
 *
 * <p>The constructor checks what makes the terms well formed (no duplicates, valid codes). What makes them ready for
 * signature (a Caf and a collectivité signing, a territory) is checked by {@link #problemsBeforeSignature()}, so
 * that a draft may stay incomplete.
 */
public record ConventionTerms(
        String title,
        Period period,
        List<InseeCode> communes,
        List<Siren> epcis,
        List<Signatory> signatories,
        List<Partner> partners,
        List<DomainCode> domains,
        List<RetainedMission> missions,
        List<String> collectiviteFields,
        PredecessorContract predecessor,
        List<String> themes,
        List<String> objectives,
        String tagline,
        boolean territoryIncomplete,
        Integer declaredCommunes) {

    /** Terms without own themes, objectives nor tagline. */
    public ConventionTerms(
            String title,
            Period period,
            List<InseeCode> communes,
            List<Siren> epcis,
            List<Signatory> signatories,
            List<Partner> partners,
            List<DomainCode> domains,
            List<RetainedMission> missions,
            List<String> collectiviteFields,
            PredecessorContract predecessor) {
        this(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                List.of(),
                List.of(),
                null,
                false,
                null);
    }

    /** Terms with own themes, objectives and tagline, and a territory listed in full. */
    public ConventionTerms(
            String title,
            Period period,
            List<InseeCode> communes,
            List<Siren> epcis,
            List<Signatory> signatories,
            List<Partner> partners,
            List<DomainCode> domains,
            List<RetainedMission> missions,
            List<String> collectiviteFields,
            PredecessorContract predecessor,
            List<String> themes,
            List<String> objectives,
            String tagline) {
        this(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                false,
                null);
    }

    public ConventionTerms {
        title = ConventionErrors.requireText(title, ConventionErrors.TITLE_REQUIRED);
        if (period == null) throw DomainException.invalid(ConventionErrors.PERIOD_REQUIRED);
        communes = copy(communes);
        epcis = copy(epcis);
        signatories = copy(signatories);
        partners = copy(partners);
        domains = copy(domains);
        missions = copy(missions);
        collectiviteFields = collectiviteFields == null
                ? List.of()
                : collectiviteFields.stream()
                        .filter(f -> f != null && !f.isBlank())
                        .map(String::strip)
                        .toList();
        themes = verbatim(themes);
        objectives = verbatim(objectives);
        tagline = tagline == null || tagline.isBlank() ? null : tagline.strip();
        if (declaredCommunes != null && declaredCommunes < 1)
            throw DomainException.invalid(ConventionErrors.TERRITORY_COUNT_INVALID, declaredCommunes);
        if (declaredCommunes != null && epcis.isEmpty() && declaredCommunes < communes.size())
            throw DomainException.invalid(
                    ConventionErrors.TERRITORY_COUNT_BELOW_LIST, declaredCommunes, communes.size());
        refuseDuplicates(themes, Function.identity(), ConventionErrors.THEME_DUPLICATE);
        refuseDuplicates(communes, InseeCode::value, ConventionErrors.COMMUNE_DUPLICATE);
        refuseDuplicates(epcis, Siren::value, ConventionErrors.EPCI_DUPLICATE);
        refuseDuplicates(
                signatories.stream().filter(s -> s.organisationId() != null).toList(),
                s -> s.organisationId().toString(),
                Signatory::organisationName,
                ConventionErrors.SIGNATORY_DUPLICATE);
        refuseDuplicates(domains, DomainCode::value, ConventionErrors.DOMAIN_DUPLICATE);
        refuseDuplicates(missions, RetainedMission::missionCode, ConventionErrors.MISSION_DUPLICATE);
        refuseDuplicates(
                missions.stream().flatMap(m -> m.enjeuCodes().stream()).toList(),
                Function.identity(),
                ConventionErrors.ENJEU_DUPLICATE);
    }

    /** Terms with only a title and a period, to be completed while the convention is a draft. */
    public static ConventionTerms of(String title, Period period) {
        return new ConventionTerms(
                title, period, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /**
     * Whether the territory lists only some of its communes: marked so, or a number of communes declared beyond those
     * listed (« 38 communes » while the list is not known). Counts and population figures then cover the listed
     * communes only, and say so.
     */
    public boolean territoryPartial() {
        return territoryIncomplete
                || (declaredCommunes != null && epcis.isEmpty() && declaredCommunes > communes.size());
    }

    /** The number of communes the text declares, if it gives one. */
    public Optional<Integer> declaredCommuneCount() {
        return Optional.ofNullable(declaredCommunes);
    }

    /** The same terms with the territory marked incomplete or not, and the number of communes the text declares. */
    public ConventionTerms withTerritoryExtent(boolean incomplete, Integer declared) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                incomplete,
                declared);
    }

    public Optional<PredecessorContract> predecessorContract() {
        return Optional.ofNullable(predecessor);
    }

    public Optional<Signatory> signatory(UUID organisationId) {
        return signatories.stream()
                .filter(s -> organisationId != null && organisationId.equals(s.organisationId()))
                .findFirst();
    }

    public Optional<Signatory> caf() {
        return signatories.stream().filter(Signatory::isCaf).findFirst();
    }

    /**
     * The lead collectivité (porteur): the first signatory of the directory that is a commune, an EPCI or a syndicat
     * ({@link PartyKind#mayLead()}), in the order the terms list
     * the parties, else the first commune associée. Its agents change the terms with the Caf (ADR 0003). The model has
     * no field of its own for it: the party listed first is the one a CTG text names as the collectivité that signs
     * for the territory, and who typed the convention in (its owner, often the Caf) must not decide it.
     */
    public Optional<Signatory> leadCollectivite() {
        return signatories.stream()
                .filter(s -> s.organisationId() != null)
                .filter(s -> s.kind().mayLead())
                .findFirst()
                .or(() -> signatories.stream()
                        .filter(s -> s.organisationId() != null)
                        .filter(s -> s.kind() == PartyKind.COMMUNE_ASSOCIEE)
                        .findFirst());
    }

    /** The signatories that must have a council deliberation adopted and are not in {@code withAdoptedDeliberation}. */
    public List<Signatory> missingDeliberations(Set<UUID> withAdoptedDeliberation) {
        Set<UUID> adopted = withAdoptedDeliberation == null ? Set.of() : withAdoptedDeliberation;
        return signatories.stream()
                .filter(Signatory::needsCouncilDeliberation)
                .filter(s -> s.organisationId() != null)
                .filter(s -> !adopted.contains(s.organisationId()))
                .toList();
    }

    /**
     * What is missing before the parties can sign: a Caf signing through its board (président(e), vice-président(e) or
     * a delegate) and its direction (or a delegate), at least one collectivité, every party identified, someone named
     * to sign for each party, and a territory. A convention recorded from its text is never refused for these (they
     * are findings there, {@link ConventionFindings}).
     */
    public List<FieldProblem> problemsBeforeSignature() {
        var problems = new ArrayList<FieldProblem>();
        Optional<Signatory> caf = caf();
        if (caf.isEmpty()) {
            problems.add(FieldProblem.of("signatories", ConventionErrors.CAF_SIGNATORY_REQUIRED));
        } else if (!caf.get().cafRepresentedBoardAndDirection()) {
            problems.add(FieldProblem.of(
                    "signatories",
                    ConventionErrors.CAF_REPRESENTATIVES_REQUIRED,
                    caf.get().organisationName()));
        }
        if (signatories.stream().noneMatch(s -> s.kind().isCollectivite())) {
            problems.add(FieldProblem.of("signatories", ConventionErrors.COLLECTIVITE_SIGNATORY_REQUIRED));
        }
        for (int i = 0; i < signatories.size(); i++) {
            Signatory signatory = signatories.get(i);
            if (!signatory.isIdentified()) {
                problems.add(FieldProblem.of(
                        "signatories[" + i + "].organisationId",
                        ConventionErrors.PARTY_UNIDENTIFIED,
                        signatory.organisationName()));
            } else if (!signatory.hasNamedRepresentative()) {
                problems.add(FieldProblem.of(
                        "signatories", ConventionErrors.REPRESENTATIVE_REQUIRED, signatory.organisationName()));
            }
        }
        if (communes.isEmpty() && epcis.isEmpty()) {
            problems.add(FieldProblem.of("territory", ConventionErrors.TERRITORY_REQUIRED));
        }
        return List.copyOf(problems);
    }

    /** The parts that differ from {@code previous}: what an avenant changes. */
    public Set<TermsPart> changesFrom(ConventionTerms previous) {
        var parts = EnumSet.noneOf(TermsPart.class);
        if (!title.equals(previous.title)) parts.add(TermsPart.TITLE);
        if (!period.equals(previous.period)) parts.add(TermsPart.PERIOD);
        if (!communes.equals(previous.communes)
                || !epcis.equals(previous.epcis)
                || territoryIncomplete != previous.territoryIncomplete
                || !Objects.equals(declaredCommunes, previous.declaredCommunes)) parts.add(TermsPart.TERRITORY);
        if (!signatories.equals(previous.signatories)) parts.add(TermsPart.SIGNATORIES);
        if (!partners.equals(previous.partners)) parts.add(TermsPart.PARTNERS);
        if (!domains.equals(previous.domains)) parts.add(TermsPart.DOMAINS);
        if (!missions.equals(previous.missions)) parts.add(TermsPart.MISSIONS);
        if (!collectiviteFields.equals(previous.collectiviteFields)) parts.add(TermsPart.COLLECTIVITE_FIELDS);
        if (!Objects.equals(predecessor, previous.predecessor)) parts.add(TermsPart.PREDECESSOR);
        if (!themes.equals(previous.themes)) parts.add(TermsPart.DOMAINS);
        if (!objectives.equals(previous.objectives) || !Objects.equals(tagline, previous.tagline))
            parts.add(TermsPart.OBJECTIVES);
        return parts;
    }

    public ConventionTerms withTitle(String newTitle) {
        return new ConventionTerms(
                newTitle,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withPeriod(Period newPeriod) {
        return new ConventionTerms(
                title,
                newPeriod,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withTerritory(List<InseeCode> newCommunes, List<Siren> newEpcis) {
        return new ConventionTerms(
                title,
                period,
                newCommunes,
                newEpcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withSignatories(List<Signatory> newSignatories) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                newSignatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withPartners(List<Partner> newPartners) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                newPartners,
                domains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withDomains(List<DomainCode> newDomains) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                newDomains,
                missions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withMissions(List<RetainedMission> newMissions) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                newMissions,
                collectiviteFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withCollectiviteFields(List<String> newFields) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                newFields,
                predecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    public ConventionTerms withPredecessor(PredecessorContract newPredecessor) {
        return new ConventionTerms(
                title,
                period,
                communes,
                epcis,
                signatories,
                partners,
                domains,
                missions,
                collectiviteFields,
                newPredecessor,
                themes,
                objectives,
                tagline,
                territoryIncomplete,
                declaredCommunes);
    }

    /** The convention's own themes or objectives as typed: blank lines dropped, outer spaces trimmed, nothing split. */
    private static List<String> verbatim(List<String> texts) {
        return texts == null
                ? List.of()
                : texts.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static <T> void refuseDuplicates(List<T> items, Function<T, String> key, String code) {
        refuseDuplicates(items, key, key, code);
    }

    private static <T> void refuseDuplicates(
            List<T> items, Function<T, String> key, Function<T, String> label, String code) {
        var seen = new HashSet<String>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) throw DomainException.invalid(code, label.apply(item));
        }
    }
}
