package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.Attachment;
import fr.pilotectg.actionplan.domain.FicheContent;
import fr.pilotectg.actionplan.domain.Funding;
import fr.pilotectg.actionplan.domain.Milestone;
import fr.pilotectg.actionplan.domain.PartnerRef;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PartialDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The fiche action form. Lists of text (steps, indicators, referents, free partner names) are one line per item;
 * milestones, funders and attachments are rows, with blank rows to fill in (no JavaScript needed). Blank rows are
 * dropped before saving so that a refusal's field name ({@code milestones[1].dueOn}) points at the row shown.
 */
public class FicheForm {

    static final int BLANK_ROWS = 2;

    private UUID axisId;
    private String title = "";
    private String targetPublic = "";
    private String diagnostic = "";
    private String objectives = "";
    private String steps = "";
    private List<MilestoneRow> milestones = new ArrayList<>();
    private String services = "";
    private String expectedResults = "";
    private List<UUID> partnerOrganisations = new ArrayList<>();
    private String partnerNames = "";
    private String indicators = "";
    private UUID pilotId;
    private String referents = "";
    private BigDecimal budget;
    private List<FundingRow> fundings = new ArrayList<>();
    private List<UUID> links = new ArrayList<>();
    private List<AttachmentRow> attachments = new ArrayList<>();
    private String note = "";
    private boolean commonToAll;
    private String numberInAxis = "";

    @org.springframework.format.annotation.DateTimeFormat(
            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private LocalDate realisedOn;

    private Integer progress = 0;
    private int version;

    static FicheForm of(FicheContent c, UUID axisId, int progress, int version) {
        var form = new FicheForm();
        form.axisId = axisId;
        form.title = c.title();
        form.targetPublic = c.targetPublic();
        form.diagnostic = c.diagnostic();
        form.objectives = c.objectives();
        form.steps = String.join("\n", c.steps());
        c.milestones()
                .forEach(m -> form.milestones.add(
                        new MilestoneRow(m.dueOn() == null ? null : m.dueOn().french(), m.label(), m.done())));
        form.services = c.services();
        form.expectedResults = c.expectedResults();
        c.partners().stream()
                .map(PartnerRef::organisationId)
                .filter(Objects::nonNull)
                .forEach(form.partnerOrganisations::add);
        form.partnerNames = String.join(
                "\n",
                c.partners().stream()
                        .filter(p -> p.organisationId() == null)
                        .map(PartnerRef::name)
                        .toList());
        form.indicators = String.join("\n", c.indicators());
        form.pilotId = c.pilotId();
        form.referents = String.join("\n", c.referents());
        form.budget = c.budget();
        c.fundings().forEach(f -> form.fundings.add(new FundingRow(f.funder(), f.amount(), f.kind(), f.year())));
        form.links = new ArrayList<>(c.links());
        c.attachments().forEach(a -> form.attachments.add(new AttachmentRow(a.name(), a.url())));
        form.note = c.note();
        form.commonToAll = c.commonToAll();
        form.numberInAxis = c.numberInAxis();
        form.realisedOn = c.realisedOn();
        form.progress = progress;
        form.version = version;
        return form.withBlankRows();
    }

    /** Blank rows to fill in after the existing ones. */
    FicheForm withBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            milestones.add(new MilestoneRow(null, "", false));
            fundings.add(new FundingRow("", null, null, null));
        }
        attachments.add(new AttachmentRow("", ""));
        return this;
    }

    /** Drops the rows left blank. */
    FicheForm compact() {
        milestones.removeIf(m -> blank(m.dueOn) && blank(m.label));
        fundings.removeIf(f -> blank(f.funder) && f.amount == null && f.kind == null && f.year == null);
        attachments.removeIf(a -> blank(a.name) && blank(a.url));
        return this;
    }

    FicheContent content() {
        List<PartnerRef> partners = new ArrayList<>();
        partnerOrganisations.stream()
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> partners.add(new PartnerRef(id, "")));
        lines(partnerNames).forEach(n -> partners.add(new PartnerRef(null, n)));
        return new FicheContent(
                title,
                targetPublic,
                diagnostic,
                objectives,
                lines(steps),
                milestones(),
                services,
                expectedResults,
                partners,
                lines(indicators),
                pilotId,
                lines(referents),
                budget,
                fundings.stream()
                        .map(f -> new Funding(f.funder, f.amount, f.kind, f.year))
                        .toList(),
                links,
                attachments.stream().map(a -> new Attachment(a.name, a.url)).toList(),
                note,
                commonToAll,
                numberInAxis,
                realisedOn);
    }

    public boolean isCommonToAll() {
        return commonToAll;
    }

    public void setCommonToAll(boolean commonToAll) {
        this.commonToAll = commonToAll;
    }

    public String getNumberInAxis() {
        return numberInAxis;
    }

    public void setNumberInAxis(String numberInAxis) {
        this.numberInAxis = numberInAxis;
    }

    public LocalDate getRealisedOn() {
        return realisedOn;
    }

    public void setRealisedOn(LocalDate realisedOn) {
        this.realisedOn = realisedOn;
    }

    int progressValue() {
        return progress == null ? 0 : progress;
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** The échéances, their dates as typed (« 2024 », « 06/2024 », « 30/06/2024 »); a malformed one refused on its row. */
    private List<Milestone> milestones() {
        List<FieldProblem> problems = new ArrayList<>();
        List<Milestone> parsed = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneRow row = milestones.get(i);
            try {
                parsed.add(new Milestone(PartialDate.parse(row.dueOn), row.label, row.done));
            } catch (DomainException e) {
                problems.add(new FieldProblem("milestones[" + i + "].dueOn", e.code(), e.args()));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return parsed;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A milestone row. */
    public static class MilestoneRow {
        private String dueOn;

        private String label = "";
        private boolean done;

        public MilestoneRow() {}

        MilestoneRow(String dueOn, String label, boolean done) {
            this.dueOn = dueOn;
            this.label = label;
            this.done = done;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isDone() {
            return done;
        }

        public void setDone(boolean done) {
            this.done = done;
        }
    }

    /** A funder row. */
    public static class FundingRow {
        private String funder = "";
        private BigDecimal amount;
        private fr.pilotectg.actionplan.FunderKind kind;
        private Integer year;

        public FundingRow() {}

        FundingRow(String funder, BigDecimal amount, fr.pilotectg.actionplan.FunderKind kind, Integer year) {
            this.funder = funder;
            this.amount = amount;
            this.kind = kind;
            this.year = year;
        }

        public fr.pilotectg.actionplan.FunderKind getKind() {
            return kind;
        }

        public void setKind(fr.pilotectg.actionplan.FunderKind kind) {
            this.kind = kind;
        }

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getFunder() {
            return funder;
        }

        public void setFunder(String funder) {
            this.funder = funder;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    /** An attachment row. */
    public static class AttachmentRow {
        private String name = "";
        private String url = "";

        public AttachmentRow() {}

        AttachmentRow(String name, String url) {
            this.name = name;
            this.url = url;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    public UUID getAxisId() {
        return axisId;
    }

    public void setAxisId(UUID axisId) {
        this.axisId = axisId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTargetPublic() {
        return targetPublic;
    }

    public void setTargetPublic(String targetPublic) {
        this.targetPublic = targetPublic;
    }

    public String getDiagnostic() {
        return diagnostic;
    }

    public void setDiagnostic(String diagnostic) {
        this.diagnostic = diagnostic;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public String getSteps() {
        return steps;
    }

    public void setSteps(String steps) {
        this.steps = steps;
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneRow> milestones) {
        this.milestones = milestones;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getExpectedResults() {
        return expectedResults;
    }

    public void setExpectedResults(String expectedResults) {
        this.expectedResults = expectedResults;
    }

    public List<UUID> getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(List<UUID> partnerOrganisations) {
        this.partnerOrganisations = partnerOrganisations;
    }

    public String getPartnerNames() {
        return partnerNames;
    }

    public void setPartnerNames(String partnerNames) {
        this.partnerNames = partnerNames;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public UUID getPilotId() {
        return pilotId;
    }

    public void setPilotId(UUID pilotId) {
        this.pilotId = pilotId;
    }

    public String getReferents() {
        return referents;
    }

    public void setReferents(String referents) {
        this.referents = referents;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public List<FundingRow> getFundings() {
        return fundings;
    }

    public void setFundings(List<FundingRow> fundings) {
        this.fundings = fundings;
    }

    public List<UUID> getLinks() {
        return links;
    }

    public void setLinks(List<UUID> links) {
        this.links = links;
    }

    public List<AttachmentRow> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<AttachmentRow> attachments) {
        this.attachments = attachments;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
