package fr.pilotectg.convention.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PartialDate;
import fr.pilotectg.shared.Siren;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The terms of a convention as plain data: the JSON document stored for each version (ADR 0005) and the body the API
 * reads and writes. {@link #toTerms()} builds the checked domain value and reports every problem with the path of
 * the field at fault ({@code signatories[1].representatives[0].name}), so a form or an API client knows where.
 */
public record TermsData(
        String title,
        PartialDate start,
        PartialDate end,
        List<String> communes,
        List<String> epcis,
        List<SignatoryData> signatories,
        List<PartnerData> partners,
        List<String> domains,
        List<MissionData> missions,
        List<String> collectiviteFields,
        PredecessorData predecessor,
        List<String> themes,
        List<String> objectives,
        String tagline,
        Boolean territoryIncomplete,
        Integer declaredCommunes) {

    /** Data whose territory is listed in full. */
    public TermsData(
            String title,
            PartialDate start,
            PartialDate end,
            List<String> communes,
            List<String> epcis,
            List<SignatoryData> signatories,
            List<PartnerData> partners,
            List<String> domains,
            List<MissionData> missions,
            List<String> collectiviteFields,
            PredecessorData predecessor,
            List<String> themes,
            List<String> objectives,
            String tagline) {
        this(
                title,
                start,
                end,
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
                null,
                null);
    }

    public TermsData {
        communes = orEmpty(communes);
        epcis = orEmpty(epcis);
        signatories = orEmpty(signatories);
        partners = orEmpty(partners);
        domains = orEmpty(domains);
        missions = orEmpty(missions);
        collectiviteFields = orEmpty(collectiviteFields);
        themes = orEmpty(themes);
        objectives = orEmpty(objectives);
    }

    /** Data without own themes, objectives nor tagline. */
    public TermsData(
            String title,
            PartialDate start,
            PartialDate end,
            List<String> communes,
            List<String> epcis,
            List<SignatoryData> signatories,
            List<PartnerData> partners,
            List<String> domains,
            List<MissionData> missions,
            List<String> collectiviteFields,
            PredecessorData predecessor) {
        this(
                title,
                start,
                end,
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
                null);
    }

    /**
     * A party: of the directory ({@code organisationId}, its kind must agree with the organisation's), collective
     * ({@code collective}, with its {@code members} by INSEE code) or not yet identified (neither). {@code alias}: the
     * name the convention gives it (« la Communauté »).
     */
    public record SignatoryData(
            PartyKind kind,
            UUID organisationId,
            String organisationName,
            List<RepresentativeData> representatives,
            List<ActData> authorisations,
            Boolean needsCouncilDeliberation,
            String alias,
            Boolean collective,
            List<String> members) {
        public SignatoryData {
            representatives = orEmpty(representatives);
            authorisations = orEmpty(authorisations);
            members = orEmpty(members);
        }

        public SignatoryData(
                PartyKind kind,
                UUID organisationId,
                String organisationName,
                List<RepresentativeData> representatives,
                List<ActData> authorisations,
                Boolean needsCouncilDeliberation) {
            this(
                    kind,
                    organisationId,
                    organisationName,
                    representatives,
                    authorisations,
                    needsCouncilDeliberation,
                    null,
                    null,
                    List.of());
        }

        SignatoryData withKindAndName(PartyKind newKind, String newName) {
            return new SignatoryData(
                    newKind,
                    organisationId,
                    newName,
                    representatives,
                    authorisations,
                    needsCouncilDeliberation,
                    alias,
                    collective,
                    members);
        }
    }

    /**
     * A person signing for a party: {@code name} null while unknown, {@code role} the category the rules use (taken
     * from {@code title} when not given), {@code title} the role as printed, {@code civility} null while unknown.
     */
    public record RepresentativeData(String name, RepresentativeRole role, String title, Civility civility) {
        public RepresentativeData(String name, RepresentativeRole role, String title) {
            this(name, role, title, null);
        }
    }

    public record ActData(String description, PartialDate adoptedOn, String reference, UUID deliberationId) {}

    public record PartnerData(String name, PartyKind kind, UUID organisationId, String role) {}

    public record MissionData(String code, List<String> enjeux) {
        public MissionData {
            enjeux = orEmpty(enjeux);
        }
    }

    public record PredecessorData(
            PredecessorKind kind, String label, PartialDate start, PartialDate end, PartialDate extendedTo) {}

    public static TermsData of(ConventionTerms terms) {
        return new TermsData(
                terms.title(),
                terms.period().from(),
                terms.period().to(),
                terms.communes().stream().map(InseeCode::value).toList(),
                terms.epcis().stream().map(Siren::value).toList(),
                terms.signatories().stream().map(TermsData::signatory).toList(),
                terms.partners().stream()
                        .map(p -> new PartnerData(p.name(), p.kind(), p.organisationId(), p.role()))
                        .toList(),
                terms.domains().stream().map(DomainCode::value).toList(),
                terms.missions().stream()
                        .map(m -> new MissionData(m.missionCode(), m.enjeuCodes()))
                        .toList(),
                terms.collectiviteFields(),
                terms.predecessorContract()
                        .map(p -> new PredecessorData(p.kind(), p.label(), p.start(), p.end(), p.extendedTo()))
                        .orElse(null),
                terms.themes(),
                terms.objectives(),
                terms.tagline(),
                terms.territoryIncomplete() ? Boolean.TRUE : null,
                terms.declaredCommunes());
    }

    private static SignatoryData signatory(Signatory s) {
        return new SignatoryData(
                s.kind(),
                s.organisationId(),
                s.organisationName(),
                s.representatives().stream()
                        .map(r -> new RepresentativeData(r.name(), r.role(), r.title(), r.civility()))
                        .toList(),
                s.authorisations().stream()
                        .map(a -> new ActData(a.description(), a.adoptedOn(), a.reference(), a.deliberationId()))
                        .toList(),
                s.needsCouncilDeliberation(),
                s.alias(),
                s.collective() ? Boolean.TRUE : null,
                s.members().stream().map(InseeCode::value).toList());
    }

    /** The checked terms, or a {@link DomainException} listing every field at fault. */
    public ConventionTerms toTerms() {
        var problems = new ArrayList<FieldProblem>(limits());
        Period period = start == null && end == null
                ? null
                : attempt(problems, start == null ? "start" : "end", () -> Period.of(start, end));
        if (start == null && end == null) problems.add(FieldProblem.of("start", ConventionErrors.PERIOD_REQUIRED));
        if (title == null || title.isBlank()) problems.add(FieldProblem.of("title", ConventionErrors.TITLE_REQUIRED));
        List<InseeCode> communeCodes = each(problems, "communes", communes, InseeCode::new);
        if (declaredCommunes != null && declaredCommunes < 1) {
            problems.add(
                    FieldProblem.of("declaredCommunes", ConventionErrors.TERRITORY_COUNT_INVALID, declaredCommunes));
        } else if (declaredCommunes != null && epcis.isEmpty() && declaredCommunes < communes.size()) {
            problems.add(FieldProblem.of(
                    "declaredCommunes",
                    ConventionErrors.TERRITORY_COUNT_BELOW_LIST,
                    declaredCommunes,
                    communes.size()));
        }
        List<Siren> epciSirens = each(problems, "epcis", epcis, Siren::new);
        var signatoryList = new ArrayList<Signatory>();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatory(problems, "signatories[" + i + "]", signatories.get(i));
            if (s != null) signatoryList.add(s);
        }
        List<Partner> partnerList = each(
                problems, "partners", partners, p -> new Partner(p.name(), p.kind(), p.organisationId(), p.role()));
        List<DomainCode> domainCodes = each(problems, "domains", domains, DomainCode::new);
        List<RetainedMission> missionList =
                each(problems, "missions", missions, m -> new RetainedMission(m.code(), m.enjeux()));
        PredecessorContract predecessorContract = predecessor == null
                ? null
                : attempt(
                        problems,
                        "predecessor",
                        () -> new PredecessorContract(
                                predecessor.kind(),
                                predecessor.label(),
                                predecessor.start(),
                                predecessor.end(),
                                predecessor.extendedTo()));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        ConventionTerms terms = attempt(
                problems,
                "title",
                () -> new ConventionTerms(
                        title,
                        period,
                        communeCodes,
                        epciSirens,
                        signatoryList,
                        partnerList,
                        domainCodes,
                        missionList,
                        collectiviteFields,
                        predecessorContract,
                        themes,
                        objectives,
                        tagline,
                        Boolean.TRUE.equals(territoryIncomplete),
                        declaredCommunes));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return terms;
    }

    /**
     * The limits of every typed value ({@link InputLimits}): the lists' sizes first, refused at once, then the texts
     * and dates, reported with the other problems.
     */
    List<FieldProblem> limits() {
        var sizes = InputLimits.check()
                .territory("communes", communes)
                .territory("epcis", epcis)
                .list("signatories", signatories)
                .list("partners", partners)
                .list("domains", domains)
                .list("missions", missions)
                .list("collectiviteFields", collectiviteFields)
                .list("themes", themes)
                .list("objectives", objectives);
        for (int i = 0; i < signatories.size(); i++) {
            sizes.territory("signatories[" + i + "].members", signatories.get(i).members())
                    .list(
                            "signatories[" + i + "].representatives",
                            signatories.get(i).representatives())
                    .list(
                            "signatories[" + i + "].authorisations",
                            signatories.get(i).authorisations());
        }
        for (int i = 0; i < missions.size(); i++)
            sizes.list("missions[" + i + "].enjeux", missions.get(i).enjeux());
        sizes.throwIfAny();
        var limits =
                InputLimits.check().title("title", title).date("start", start).date("end", end);
        for (int i = 0; i < signatories.size(); i++) {
            String path = "signatories[" + i + "]";
            SignatoryData s = signatories.get(i);
            limits.name(path + ".organisationName", s.organisationName()).name(path + ".alias", s.alias());
            for (int j = 0; j < s.representatives().size(); j++) {
                RepresentativeData r = s.representatives().get(j);
                if (r == null) continue;
                limits.name(path + ".representatives[" + j + "].name", r.name())
                        .title(path + ".representatives[" + j + "].title", r.title());
            }
            for (int j = 0; j < s.authorisations().size(); j++) {
                ActData a = s.authorisations().get(j);
                if (a == null) continue;
                limits.title(path + ".authorisations[" + j + "].description", a.description())
                        .name(path + ".authorisations[" + j + "].reference", a.reference())
                        .date(path + ".authorisations[" + j + "].adoptedOn", a.adoptedOn());
            }
        }
        for (int i = 0; i < partners.size(); i++) {
            limits.name("partners[" + i + "].name", partners.get(i).name())
                    .title("partners[" + i + "].role", partners.get(i).role());
        }
        limits.titles("collectiviteFields", collectiviteFields)
                .titles("domains", domains)
                .titles("themes", themes)
                .titles("objectives", objectives)
                .title("tagline", tagline);
        if (predecessor != null) {
            limits.title("predecessor.label", predecessor.label())
                    .date("predecessor.start", predecessor.start())
                    .date("predecessor.end", predecessor.end())
                    .date("predecessor.extendedTo", predecessor.extendedTo());
        }
        return limits.problems();
    }

    private static Signatory signatory(List<FieldProblem> problems, String path, SignatoryData data) {
        if (data == null) {
            problems.add(FieldProblem.of(path + ".kind", ConventionErrors.SIGNATORY_KIND_REQUIRED));
            return null;
        }
        List<Representative> people = each(
                problems,
                path + ".representatives",
                data.representatives(),
                r -> new Representative(r.name(), r.role(), r.title(), r.civility()));
        List<AuthorisingAct> acts = each(
                problems,
                path + ".authorisations",
                data.authorisations(),
                a -> new AuthorisingAct(a.description(), a.adoptedOn(), a.reference(), a.deliberationId()));
        List<InseeCode> members = each(problems, path + ".members", data.members(), InseeCode::new);
        boolean needs = data.needsCouncilDeliberation() != null
                ? data.needsCouncilDeliberation()
                : data.kind() != null && data.kind().needsCouncilDeliberationByDefault();
        String field = data.kind() == null ? path + ".kind" : path + ".organisationId";
        return attempt(
                problems,
                field,
                () -> new Signatory(
                        data.kind(),
                        data.organisationId(),
                        data.organisationName(),
                        people,
                        acts,
                        needs,
                        data.alias(),
                        Boolean.TRUE.equals(data.collective()),
                        members));
    }

    private static <S, T> List<T> each(
            List<FieldProblem> problems, String path, List<S> sources, java.util.function.Function<S, T> make) {
        var result = new ArrayList<T>();
        for (int i = 0; i < sources.size(); i++) {
            S source = sources.get(i);
            T made = source == null ? null : attempt(problems, path + "[" + i + "]", () -> make.apply(source));
            if (made != null) result.add(made);
        }
        return result;
    }

    private static <T> T attempt(List<FieldProblem> problems, String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainException e) {
            if (e.fields().isEmpty()) problems.add(new FieldProblem(field, e.code(), e.args()));
            else problems.addAll(e.fields());
            return null;
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null
                ? List.of()
                : list.stream().filter(java.util.Objects::nonNull).toList();
    }
}
