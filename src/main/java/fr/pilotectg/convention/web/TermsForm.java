package fr.pilotectg.convention.web;

import fr.pilotectg.convention.domain.Civility;
import fr.pilotectg.convention.domain.ConventionTerms;
import fr.pilotectg.convention.domain.PartyKind;
import fr.pilotectg.convention.domain.PredecessorKind;
import fr.pilotectg.convention.domain.RepresentativeRole;
import fr.pilotectg.convention.domain.TermsData;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The terms form of a convention (new draft, draft revision, avenant). Rows of signatories, representatives, acts and
 * partners are added and removed by the server ({@code _add}/{@code _remove} buttons), so the form works without
 * JavaScript; field names follow {@link TermsData} so that refusals land next to their field.
 */
public class TermsForm {

    private String title;

    /** As the text gives it: « 2023 », « 01/2023 », « 01/01/2023 » (or ISO). */
    private String start;

    private String end;

    /** For a convention recorded as signed from its text: the signature date and place. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;

    private String signaturePlace;

    private String communes = "";
    private String epcis = "";
    private List<SignatoryForm> signatories = new ArrayList<>();
    private boolean territoryIncomplete;
    private Integer declaredCommunes;
    private List<PartnerForm> partners = new ArrayList<>();
    private List<String> domains = new ArrayList<>();
    /** The convention's own themes, one per line, kept as typed (commas included). */
    private String themes = "";
    /** « Objet de la convention »: its objectives, one per line, in order. */
    private String objectives = "";

    private String tagline;
    private List<String> missions = new ArrayList<>();
    private List<String> enjeux = new ArrayList<>();
    private String collectiviteFields = "";
    private PredecessorKind predecessorKind;
    private String predecessorLabel;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private String predecessorStart;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private String predecessorEnd;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private String predecessorExtendedTo;
    /** For an avenant: its title and the day it is drafted. */
    private String amendmentTitle;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate draftedOn;

    private int version;

    /** A new, empty form: one Caf row with its two representatives and one collectivité row. */
    static TermsForm blank() {
        var form = new TermsForm();
        var caf = new SignatoryForm();
        caf.kind = PartyKind.CAF;
        caf.representatives.add(RepresentativeForm.of(RepresentativeRole.BOARD_CHAIR));
        caf.representatives.add(RepresentativeForm.of(RepresentativeRole.DIRECTOR));
        caf.authorisations.add(new ActForm());
        var commune = new SignatoryForm();
        commune.kind = PartyKind.COMMUNE;
        commune.representatives.add(RepresentativeForm.of(RepresentativeRole.MAYOR));
        commune.authorisations.add(new ActForm());
        form.signatories.add(caf);
        form.signatories.add(commune);
        return form;
    }

    static TermsForm of(ConventionTerms terms, int version) {
        TermsData data = TermsData.of(terms);
        var form = new TermsForm();
        form.title = data.title();
        form.start = data.start() == null ? null : data.start().french();
        form.end = data.end() == null ? null : data.end().french();
        form.communes = String.join(", ", data.communes());
        form.territoryIncomplete = Boolean.TRUE.equals(data.territoryIncomplete());
        form.declaredCommunes = data.declaredCommunes();
        form.epcis = String.join(", ", data.epcis());
        for (TermsData.SignatoryData s : data.signatories()) {
            var row = new SignatoryForm();
            row.kind = s.kind();
            row.organisationId = s.organisationId();
            row.organisationName = s.organisationName();
            row.alias = s.alias();
            row.collective = Boolean.TRUE.equals(s.collective());
            row.members = String.join(", ", s.members());
            row.needsDeliberation = s.needsCouncilDeliberation() == s.kind().needsCouncilDeliberationByDefault()
                    ? ""
                    : String.valueOf(s.needsCouncilDeliberation());
            s.representatives().forEach(r -> {
                var rep = RepresentativeForm.of(r.name(), r.role(), r.title());
                rep.civility = r.civility();
                row.representatives.add(rep);
            });
            s.authorisations().forEach(a -> row.authorisations.add(ActForm.of(a)));
            form.signatories.add(row);
        }
        for (TermsData.PartnerData p : data.partners()) {
            var row = new PartnerForm();
            row.name = p.name();
            row.kind = p.kind();
            row.organisationId = p.organisationId();
            row.role = p.role();
            form.partners.add(row);
        }
        form.domains = new ArrayList<>(data.domains());
        data.missions().forEach(m -> {
            form.missions.add(m.code());
            m.enjeux().forEach(e -> form.enjeux.add(m.code() + ":" + e));
        });
        form.collectiviteFields = String.join("\n", data.collectiviteFields());
        form.themes = String.join("\n", data.themes());
        form.objectives = String.join("\n", data.objectives());
        form.tagline = data.tagline();
        if (data.predecessor() != null) {
            form.predecessorKind = data.predecessor().kind();
            form.predecessorLabel = data.predecessor().label();
            form.predecessorStart = french(data.predecessor().start());
            form.predecessorEnd = french(data.predecessor().end());
            form.predecessorExtendedTo = french(data.predecessor().extendedTo());
        }
        form.version = version;
        return form;
    }

    /** The terms as data: national domains by code, the convention's own themes and objectives one per line. */
    TermsData data() {
        var problems = new ArrayList<FieldProblem>();
        PartialDate startDate = date(start, "start", problems);
        PartialDate endDate = date(end, "end", problems);
        var signatoryData = new ArrayList<TermsData.SignatoryData>();
        for (int i = 0; i < signatories.size(); i++)
            signatoryData.add(signatories.get(i).data("signatories[" + i + "]", problems));
        var predecessor = predecessor(problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        var partnerData = partners.stream()
                .filter(p -> !p.isBlank())
                .map(p -> new TermsData.PartnerData(p.name, p.kind, p.organisationId, p.role))
                .toList();
        Map<String, List<String>> retained = new LinkedHashMap<>();
        missions.forEach(m -> retained.put(m, new ArrayList<>()));
        for (String pair : enjeux) {
            String[] parts = pair.split(":", 2);
            if (parts.length == 2)
                retained.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
        }
        var missionData = retained.entrySet().stream()
                .map(e -> new TermsData.MissionData(e.getKey(), e.getValue()))
                .toList();
        return new TermsData(
                title,
                startDate,
                endDate,
                codes(communes),
                codes(epcis),
                signatoryData,
                partnerData,
                domains,
                missionData,
                collectiviteFields == null
                        ? List.of()
                        : collectiviteFields
                                .lines()
                                .map(String::strip)
                                .filter(l -> !l.isEmpty())
                                .toList(),
                predecessor,
                lines(themes),
                lines(objectives),
                tagline,
                territoryIncomplete ? Boolean.TRUE : null,
                declaredCommunes);
    }

    /** One entry a line, as typed: never split on commas. */
    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Adds or removes a row, as asked by an {@code _add} or {@code _remove} button: "signatory", "representative:1"… */
    void edit(String add, String remove) {
        if (add != null) {
            String[] p = add.split(":");
            switch (p[0]) {
                case "signatory" -> {
                    var row = new SignatoryForm();
                    row.representatives.add(new RepresentativeForm());
                    row.authorisations.add(new ActForm());
                    signatories.add(row);
                }
                case "representative" ->
                    signatories
                            .get(index(p, signatories.size()))
                            .representatives
                            .add(new RepresentativeForm());
                case "act" ->
                    signatories.get(index(p, signatories.size())).authorisations.add(new ActForm());
                case "partner" -> partners.add(new PartnerForm());
                default -> {}
            }
        }
        if (remove != null) {
            String[] p = remove.split(":");
            switch (p[0]) {
                case "signatory" -> signatories.remove(index(p, signatories.size()));
                case "representative" -> {
                    var rows = signatories.get(index(p, signatories.size())).representatives;
                    rows.remove(Integer.parseInt(p[2]) < rows.size() ? Integer.parseInt(p[2]) : rows.size() - 1);
                }
                case "act" -> {
                    var rows = signatories.get(index(p, signatories.size())).authorisations;
                    rows.remove(Integer.parseInt(p[2]) < rows.size() ? Integer.parseInt(p[2]) : rows.size() - 1);
                }
                case "partner" -> partners.remove(index(p, partners.size()));
                default -> {}
            }
        }
    }

    private static int index(String[] parts, int size) {
        int i = parts.length > 1 ? Integer.parseInt(parts[1]) : size - 1;
        if (i < 0 || i >= size) throw new IllegalArgumentException("row " + i);
        return i;
    }

    static List<String> codes(String text) {
        if (text == null || text.isBlank()) return List.of();
        return Arrays.stream(text.split("[,;\\s]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /** The contract taken over, its dates as the text gives them (« 2016 », « 12/2020 », « 31/12/2020 »). */
    private TermsData.@Nullable PredecessorData predecessor(List<FieldProblem> problems) {
        boolean hasPredecessor = predecessorKind != null
                || notBlank(predecessorLabel)
                || notBlank(predecessorStart)
                || notBlank(predecessorEnd);
        if (!hasPredecessor) return null;
        return new TermsData.PredecessorData(
                predecessorKind,
                predecessorLabel,
                date(predecessorStart, "predecessorStart", problems),
                date(predecessorEnd, "predecessorEnd", problems),
                date(predecessorExtendedTo, "predecessorExtendedTo", problems));
    }

    private static @Nullable String french(@Nullable PartialDate date) {
        return date == null ? null : date.french();
    }

    /** A date typed as the text gives it; a malformed one is a problem on {@code field}, not a blank. */
    private static PartialDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return PartialDate.parse(text);
        } catch (DomainException e) {
            problems.add(new FieldProblem(field, e.code(), e.args()));
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** One signatory row. {@code needsDeliberation}: "" (as its kind says), "true" or "false". */
    public static class SignatoryForm {
        private PartyKind kind;
        private UUID organisationId;

        /**
         * The organisation as typed in its picker: its name (picked or typed, accents and case aside) or its id; only the
         * form's, resolved into {@link #organisationId} by the controller when no suggestion was picked.
         */
        private String organisationLabel;

        private String organisationName;
        private String alias;
        private boolean collective;
        private String members;
        private String needsDeliberation = "";
        private List<RepresentativeForm> representatives = new ArrayList<>();
        private List<ActForm> authorisations = new ArrayList<>();

        TermsData.SignatoryData data(String path, List<FieldProblem> problems) {
            Boolean needs = needsDeliberation == null || needsDeliberation.isBlank()
                    ? null
                    : Boolean.valueOf(needsDeliberation);
            return new TermsData.SignatoryData(
                    kind,
                    organisationId,
                    notBlank(organisationName) ? organisationName : null,
                    representatives.stream()
                            .filter(r -> !r.isBlank())
                            .map(r -> new TermsData.RepresentativeData(r.name, r.role, r.title, r.civility))
                            .toList(),
                    java.util.stream.IntStream.range(0, authorisations.size())
                            .filter(i -> !authorisations.get(i).isBlank())
                            .mapToObj(i -> {
                                ActForm a = authorisations.get(i);
                                return new TermsData.ActData(
                                        a.description,
                                        date(a.adoptedOn, path + ".authorisations[" + i + "]", problems),
                                        a.reference,
                                        a.deliberationId);
                            })
                            .toList(),
                    needs,
                    alias,
                    collective ? Boolean.TRUE : null,
                    codes(members));
        }

        public String getAlias() {
            return alias;
        }

        public void setAlias(String alias) {
            this.alias = alias;
        }

        public boolean isCollective() {
            return collective;
        }

        public void setCollective(boolean collective) {
            this.collective = collective;
        }

        public String getMembers() {
            return members;
        }

        public void setMembers(String members) {
            this.members = members;
        }

        public PartyKind getKind() {
            return kind;
        }

        public void setKind(PartyKind kind) {
            this.kind = kind;
        }

        public UUID getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(UUID organisationId) {
            this.organisationId = organisationId;
        }

        public String getOrganisationLabel() {
            return organisationLabel;
        }

        public void setOrganisationLabel(String organisationLabel) {
            this.organisationLabel = organisationLabel;
        }

        public String getOrganisationName() {
            return organisationName;
        }

        public void setOrganisationName(String organisationName) {
            this.organisationName = organisationName;
        }

        public String getNeedsDeliberation() {
            return needsDeliberation;
        }

        public void setNeedsDeliberation(String needsDeliberation) {
            this.needsDeliberation = needsDeliberation;
        }

        public List<RepresentativeForm> getRepresentatives() {
            return representatives;
        }

        public void setRepresentatives(List<RepresentativeForm> representatives) {
            this.representatives = representatives;
        }

        public List<ActForm> getAuthorisations() {
            return authorisations;
        }

        public void setAuthorisations(List<ActForm> authorisations) {
            this.authorisations = authorisations;
        }
    }

    public static class RepresentativeForm {
        private Civility civility;
        private String name;
        private RepresentativeRole role;
        private String title;

        static RepresentativeForm of(RepresentativeRole role) {
            return of(null, role, null);
        }

        static RepresentativeForm of(String name, RepresentativeRole role, String title) {
            var form = new RepresentativeForm();
            form.name = name;
            form.role = role;
            form.title = title;
            return form;
        }

        boolean isBlank() {
            return !notBlank(name) && !notBlank(title);
        }

        public Civility getCivility() {
            return civility;
        }

        public void setCivility(Civility civility) {
            this.civility = civility;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public RepresentativeRole getRole() {
            return role;
        }

        public void setRole(RepresentativeRole role) {
            this.role = role;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    public static class ActForm {
        private String description;

        /** As the text gives it: year, month or day; blank when the text cites the act without a date. */
        private String adoptedOn;

        private String reference;
        private UUID deliberationId;

        static ActForm of(TermsData.ActData act) {
            var form = new ActForm();
            form.description = act.description();
            form.adoptedOn = act.adoptedOn() == null ? null : act.adoptedOn().french();
            form.reference = act.reference();
            form.deliberationId = act.deliberationId();
            return form;
        }

        boolean isBlank() {
            return !notBlank(description) && !notBlank(adoptedOn) && !notBlank(reference);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getAdoptedOn() {
            return adoptedOn;
        }

        public void setAdoptedOn(String adoptedOn) {
            this.adoptedOn = adoptedOn;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public UUID getDeliberationId() {
            return deliberationId;
        }

        public void setDeliberationId(UUID deliberationId) {
            this.deliberationId = deliberationId;
        }
    }

    public static class PartnerForm {
        private String name;
        private PartyKind kind;
        private UUID organisationId;
        private String role;

        boolean isBlank() {
            return !notBlank(name) && organisationId == null && !notBlank(role);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public PartyKind getKind() {
            return kind;
        }

        public void setKind(PartyKind kind) {
            this.kind = kind;
        }

        public UUID getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(UUID organisationId) {
            this.organisationId = organisationId;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public String getSignaturePlace() {
        return signaturePlace;
    }

    public void setSignaturePlace(String signaturePlace) {
        this.signaturePlace = signaturePlace;
    }

    public String getCommunes() {
        return communes;
    }

    public void setCommunes(String communes) {
        this.communes = communes;
    }

    public String getEpcis() {
        return epcis;
    }

    public void setEpcis(String epcis) {
        this.epcis = epcis;
    }

    /** Adds these communes (INSEE codes) to the list, after those already typed, each once. */
    void addCommunes(List<String> codes) {
        var all = new java.util.LinkedHashSet<>(codes(communes));
        all.addAll(codes);
        communes = String.join(", ", all);
    }

    public boolean isTerritoryIncomplete() {
        return territoryIncomplete;
    }

    public void setTerritoryIncomplete(boolean territoryIncomplete) {
        this.territoryIncomplete = territoryIncomplete;
    }

    public Integer getDeclaredCommunes() {
        return declaredCommunes;
    }

    public void setDeclaredCommunes(Integer declaredCommunes) {
        this.declaredCommunes = declaredCommunes;
    }

    public List<SignatoryForm> getSignatories() {
        return signatories;
    }

    public void setSignatories(List<SignatoryForm> signatories) {
        this.signatories = signatories;
    }

    public List<PartnerForm> getPartners() {
        return partners;
    }

    public void setPartners(List<PartnerForm> partners) {
        this.partners = partners;
    }

    public List<String> getDomains() {
        return domains;
    }

    public void setDomains(List<String> domains) {
        this.domains = domains;
    }

    public String getThemes() {
        return themes;
    }

    public void setThemes(String themes) {
        this.themes = themes;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getTagline() {
        return tagline;
    }

    public void setTagline(String tagline) {
        this.tagline = tagline;
    }

    public List<String> getMissions() {
        return missions;
    }

    public void setMissions(List<String> missions) {
        this.missions = missions;
    }

    public List<String> getEnjeux() {
        return enjeux;
    }

    public void setEnjeux(List<String> enjeux) {
        this.enjeux = enjeux;
    }

    public String getCollectiviteFields() {
        return collectiviteFields;
    }

    public void setCollectiviteFields(String collectiviteFields) {
        this.collectiviteFields = collectiviteFields;
    }

    public PredecessorKind getPredecessorKind() {
        return predecessorKind;
    }

    public void setPredecessorKind(PredecessorKind predecessorKind) {
        this.predecessorKind = predecessorKind;
    }

    public String getPredecessorLabel() {
        return predecessorLabel;
    }

    public void setPredecessorLabel(String predecessorLabel) {
        this.predecessorLabel = predecessorLabel;
    }

    public String getPredecessorStart() {
        return predecessorStart;
    }

    public void setPredecessorStart(String predecessorStart) {
        this.predecessorStart = predecessorStart;
    }

    public String getPredecessorEnd() {
        return predecessorEnd;
    }

    public void setPredecessorEnd(String predecessorEnd) {
        this.predecessorEnd = predecessorEnd;
    }

    public String getPredecessorExtendedTo() {
        return predecessorExtendedTo;
    }

    public void setPredecessorExtendedTo(String predecessorExtendedTo) {
        this.predecessorExtendedTo = predecessorExtendedTo;
    }

    public String getAmendmentTitle() {
        return amendmentTitle;
    }

    public void setAmendmentTitle(String amendmentTitle) {
        this.amendmentTitle = amendmentTitle;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public void setDraftedOn(LocalDate draftedOn) {
        this.draftedOn = draftedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
