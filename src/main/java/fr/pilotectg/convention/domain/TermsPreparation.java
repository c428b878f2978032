package fr.pilotectg.convention.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns what a user typed into terms: every code checked against the reference lists, the territories and the directory. */
@Component
class TermsPreparation {

    private final ReferenceCatalog catalog;
    private final Directory directory;
    private final Territories territories;

    TermsPreparation(ReferenceCatalog catalog, Directory directory, Territories territories) {
        this.catalog = catalog;
        this.directory = directory;
        this.territories = territories;
    }

    /** Checks the data against the reference lists and the directory, then builds the terms. */
    ConventionTerms prepare(TermsData data) {
        if (data == null) throw DomainException.invalid(ConventionErrors.TITLE_REQUIRED);
        data.limits(); // too long a list is refused before its items are looked up
        var problems = new ArrayList<FieldProblem>();
        Set<String> knownCommunes = territories.communes(data.communes()).stream()
                .map(CommuneView::inseeCode)
                .collect(Collectors.toSet());
        for (int i = 0; i < data.communes().size(); i++) {
            String code = data.communes().get(i);
            if (InseeCode.isWellFormed(code) && !knownCommunes.contains(code)) {
                problems.add(FieldProblem.of("communes[" + i + "]", ConventionErrorCodes.COMMUNE_UNKNOWN, code));
            }
        }
        for (int i = 0; i < data.epcis().size(); i++) {
            String siren = data.epcis().get(i);
            if (siren != null
                    && siren.matches("\\d{9}")
                    && territories.findEpci(siren).isEmpty()) {
                problems.add(FieldProblem.of("epcis[" + i + "]", ConventionErrorCodes.EPCI_UNKNOWN, siren));
            }
        }
        Map<String, String> national = catalog.labels(ReferenceItem.Kind.DOMAIN);
        var domainCodes = new ArrayList<String>();
        var themes = new ArrayList<String>();
        for (int i = 0; i < data.domains().size(); i++) {
            String typed = data.domains().get(i);
            Optional<String> code = nationalDomain(national, typed);
            if (code.isPresent()) domainCodes.add(code.get());
            else if (typed.isBlank()) continue;
            else if (DomainCode.FORMAT.matcher(typed).matches()) {
                // shaped like a code but not in the list: a typo of a code, refused rather than kept as a theme
                problems.add(FieldProblem.of("domains[" + i + "]", ConventionErrorCodes.DOMAIN_UNKNOWN, typed));
            } else themes.add(typed);
        }
        themes.addAll(data.themes()); // given as themes: kept verbatim, whatever they say
        List<ReferenceItem> items = catalog.all();
        for (int i = 0; i < data.missions().size(); i++) {
            TermsData.MissionData mission = data.missions().get(i);
            boolean known = items.stream()
                    .anyMatch(it ->
                            it.kind() == ReferenceItem.Kind.MISSION && it.code().equals(mission.code()));
            if (!known) {
                problems.add(
                        FieldProblem.of("missions[" + i + "]", ConventionErrorCodes.MISSION_UNKNOWN, mission.code()));
                continue;
            }
            for (String enjeu : mission.enjeux()) {
                boolean under = items.stream()
                        .anyMatch(it -> it.kind() == ReferenceItem.Kind.ENJEU
                                && it.code().equals(enjeu)
                                && mission.code().equals(it.parentCode()));
                if (!under)
                    problems.add(FieldProblem.of(
                            "missions[" + i + "]",
                            ConventionErrorCodes.ENJEU_NOT_UNDER_MISSION,
                            enjeu,
                            mission.code()));
            }
        }
        var signatories = new ArrayList<TermsData.SignatoryData>();
        for (int i = 0; i < data.signatories().size(); i++) {
            TermsData.SignatoryData s = data.signatories().get(i);
            String path = "signatories[" + i + "]";
            checkMembers(s, path, problems);
            if (s.organisationId() == null) {
                signatories.add(s);
                continue;
            }
            Optional<OrganisationView> organisation = directory.findOrganisation(s.organisationId());
            if (organisation.isEmpty()) {
                problems.add(FieldProblem.of(path + ".organisationId", ConventionErrorCodes.ORGANISATION_UNKNOWN));
                continue;
            }
            String name = s.organisationName() == null || s.organisationName().isBlank()
                    ? organisation.get().name()
                    : s.organisationName();
            PartyKind kind = s.kind() != null ? s.kind() : partyKindOf(organisation.get());
            if (!kindsOf(organisation.get()).contains(kind)) {
                problems.add(FieldProblem.of(
                        path + ".kind",
                        ConventionErrorCodes.PARTY_KIND_MISMATCH,
                        organisation.get().name()));
                continue;
            }
            signatories.add(s.withKindAndName(kind, name));
        }
        // A partner picked in the directory takes its name and kind from there when they are left empty; a partner
        // typed by name only stays as the text names it.
        var partners = new ArrayList<TermsData.PartnerData>();
        for (int i = 0; i < data.partners().size(); i++) {
            TermsData.PartnerData p = data.partners().get(i);
            if (p == null || p.organisationId() == null) {
                partners.add(p);
                continue;
            }
            Optional<OrganisationView> organisation = directory.findOrganisation(p.organisationId());
            if (organisation.isEmpty()) {
                problems.add(FieldProblem.of(
                        "partners[" + i + "].organisationId", ConventionErrorCodes.ORGANISATION_UNKNOWN));
                continue;
            }
            PartyKind kind = p.kind() != null ? p.kind() : partyKindOf(organisation.get());
            if (!kindsOf(organisation.get()).contains(kind)) {
                problems.add(FieldProblem.of(
                        "partners[" + i + "].kind",
                        ConventionErrorCodes.PARTY_KIND_MISMATCH,
                        organisation.get().name()));
                continue;
            }
            String name =
                    p.name() == null || p.name().isBlank() ? organisation.get().name() : p.name();
            partners.add(new TermsData.PartnerData(name, kind, p.organisationId(), p.role()));
        }
        var completed = new TermsData(
                data.title(),
                data.start(),
                data.end(),
                data.communes(),
                data.epcis(),
                signatories,
                partners,
                domainCodes,
                data.missions(),
                data.collectiviteFields(),
                data.predecessor(),
                themes,
                data.objectives(),
                data.tagline(),
                data.territoryIncomplete(),
                data.declaredCommunes());
        try {
            ConventionTerms terms = completed.toTerms();
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            return terms;
        } catch (DomainException e) {
            if (e.fields().isEmpty()) problems.add(new FieldProblem("title", e.code(), e.args()));
            else
                problems.addAll(
                        0,
                        e.fields().stream().filter(f -> !problems.contains(f)).toList());
            throw DomainException.invalidFields(problems);
        }
    }

    /**
     * The national domain a typed entry names: its code, or its label exactly (outer spaces aside); empty
     * for a convention's own theme, kept verbatim and never added to the national list.
     */
    static Optional<String> nationalDomain(Map<String, String> national, String typed) {
        if (typed == null) return Optional.empty();
        String text = typed.strip();
        if (national.containsKey(text)) return Optional.of(text);
        return national.entrySet().stream()
                .filter(e -> e.getValue().equals(text))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** A collective party's member communes must be communes of the reference data. */
    private void checkMembers(TermsData.SignatoryData s, String path, List<FieldProblem> problems) {
        if (s == null || s.members().isEmpty()) return;
        Set<String> known = territories.communes(s.members()).stream()
                .map(CommuneView::inseeCode)
                .collect(Collectors.toSet());
        for (int j = 0; j < s.members().size(); j++) {
            String code = s.members().get(j);
            if (InseeCode.isWellFormed(code) && !known.contains(code)) {
                problems.add(FieldProblem.of(path + ".members[" + j + "]", ConventionErrorCodes.COMMUNE_UNKNOWN, code));
            }
        }
    }

    /** The party kind an organisation of the directory signs as, when the user gives none. */
    static PartyKind partyKindOf(OrganisationView organisation) {
        return switch (organisation.kind()) {
            case CAF -> PartyKind.CAF;
            case COMMUNE -> PartyKind.COMMUNE;
            case EPCI -> PartyKind.EPCI;
            case SYNDICAT -> PartyKind.SYNDICAT;
            case CCAS_CIAS -> PartyKind.CCAS_CIAS;
            case DEPARTEMENT -> PartyKind.DEPARTEMENT;
            case REGION -> PartyKind.REGION;
            case MSA -> PartyKind.MSA;
            case CPAM_CARSAT -> PartyKind.CPAM_CARSAT;
            case ETAT -> PartyKind.ETAT;
            case EDUCATION_NATIONALE -> PartyKind.EDUCATION_NATIONALE;
            case ASSOCIATION -> PartyKind.ASSOCIATION;
            case OTHER -> PartyKind.OTHER;
        };
    }

    /**
     * The kinds a party of this organisation may be given: its own, a commune also as a commune associée (Lomme within
     * Lille), an association or an organisation of another kind also as « autre partenaire », the Éducation nationale
     * also as the State. An EPCI is never a commune.
     */
    static Set<PartyKind> kindsOf(OrganisationView organisation) {
        return switch (organisation.kind()) {
            case COMMUNE -> Set.of(PartyKind.COMMUNE, PartyKind.COMMUNE_ASSOCIEE);
            case ASSOCIATION -> Set.of(PartyKind.ASSOCIATION, PartyKind.OTHER);
            case EDUCATION_NATIONALE -> Set.of(PartyKind.EDUCATION_NATIONALE, PartyKind.ETAT);
            case OTHER -> Set.of(PartyKind.OTHER);
            default -> Set.of(partyKindOf(organisation));
        };
    }
}
