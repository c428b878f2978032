package fr.pilotectg.documents.domain.other;

import fr.pilotectg.actionplan.ActionPlans;
import fr.pilotectg.convention.ConventionParty;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.ConventionText;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.documents.domain.DocumentGeneration.Download;
import fr.pilotectg.documents.domain.FrenchText;
import fr.pilotectg.documents.domain.PdfRendering;
import fr.pilotectg.evaluation.Evaluations;
import fr.pilotectg.evaluation.ReviewFile;
import fr.pilotectg.financing.FinancingStatements;
import fr.pilotectg.governance.Governance;
import fr.pilotectg.governance.MeetingMinutes;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.FileNames;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a convention's other documents (issue 13 point 7): what can be produced for it, and each document
 * produced on demand — the COPIL file (an annual review, the final bilan). Access is the convention's reach (out of
 * reach: not found); producing one is a read, so readers may too; each production is audited in French.
 */
@Service
@Transactional
public class OtherDocuments {

    static final String ENTITY = "autre-document";
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A document the convention's « Documents » page offers, with its formats (path suffixes). */
    public record Item(String label, String description, List<Format> formats) {}

    /** A format of a document: « PDF », its download on the pages and in the API. */
    public record Format(String label, String page, String api) {

        /** A format produced here: under {@code /conventions/{id}/documents/other/} and the API's other documents. */
        static Format here(String label, UUID conventionId, String suffix) {
            return new Format(
                    label,
                    "/conventions/" + conventionId + "/documents/other/" + suffix,
                    "/api/v1/conventions/" + conventionId + "/other-documents/" + suffix);
        }
    }

    private final Conventions conventions;
    private final Evaluations evaluations;
    private final ActionPlans actionPlans;
    private final ReviewDocument reviews;
    private final ActionPlanDocument plans;
    private final DeliberationDraft deliberations;
    private final Governance governance;
    private final MinutesDocument minutes;
    private final FinancingStatements financing;
    private final FinancingStatementDocument financingStatements;
    private final PdfRendering pdf;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;

    OtherDocuments(
            Conventions conventions,
            Evaluations evaluations,
            ActionPlans actionPlans,
            ReviewDocument reviews,
            ActionPlanDocument plans,
            DeliberationDraft deliberations,
            Governance governance,
            MinutesDocument minutes,
            FinancingStatements financing,
            FinancingStatementDocument financingStatements,
            PdfRendering pdf,
            AuditTrail audit,
            MessageSource messages,
            Clock clock) {
        this.conventions = conventions;
        this.evaluations = evaluations;
        this.actionPlans = actionPlans;
        this.reviews = reviews;
        this.plans = plans;
        this.deliberations = deliberations;
        this.governance = governance;
        this.minutes = minutes;
        this.financing = financing;
        this.financingStatements = financingStatements;
        this.pdf = pdf;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** What can be produced for the convention: empty when it has no data for any of them. */
    @Transactional(readOnly = true)
    public List<Item> catalog(UUID conventionId) {
        readable(conventionId);
        var items = new ArrayList<Item>();
        boolean plan = !actionPlans.fichesOf(conventionId).isEmpty();
        for (int year : plan ? evaluations.reviewYears(conventionId) : List.<Integer>of()) {
            items.add(new Item(
                    msg("otherdocs.review.title", String.valueOf(year)),
                    msg("otherdocs.review.description"),
                    List.of(Format.here("PDF", conventionId, "annual-review/" + year + "/pdf"))));
        }
        if (!items.isEmpty()) {
            items.add(new Item(
                    msg("otherdocs.bilan.title"),
                    msg("otherdocs.bilan.description"),
                    List.of(Format.here("PDF", conventionId, "final-bilan/pdf"))));
        }
        if (plan) {
            items.add(new Item(
                    msg("otherdocs.plan.title"),
                    msg("otherdocs.plan.description"),
                    List.of(
                            Format.here("PDF", conventionId, "action-plan/pdf"),
                            new Format(
                                    "XLSX",
                                    "/conventions/" + conventionId + "/plan/export.xlsx",
                                    "/api/v1/conventions/" + conventionId + "/plan/export"))));
        }
        List<ConventionParty> parties = conventions.parties(conventionId);
        for (int position : DeliberationDraft.councils(parties)) {
            ConventionParty party = parties.get(position - 1);
            items.add(new Item(
                    deliberations.title(party),
                    msg("otherdocs.deliberation.description"),
                    List.of(
                            Format.here("DOCX", conventionId, "deliberation/" + position + "/docx"),
                            Format.here("PDF", conventionId, "deliberation/" + position + "/pdf"))));
        }
        for (MeetingMinutes.Line meeting : governance.meetingsOf(conventionId)) {
            if (!meeting.held()) continue;
            items.add(new Item(
                    msg(
                            "otherdocs.minutes.title",
                            meeting.bodyName(),
                            meeting.date() == null ? msg("otherdocs.unknown") : FrenchText.date(meeting.date())),
                    msg("otherdocs.minutes.description"),
                    List.of(
                            Format.here("DOCX", conventionId, "minutes/" + meeting.id() + "/docx"),
                            Format.here("PDF", conventionId, "minutes/" + meeting.id() + "/pdf"))));
        }
        if (!financing.structuresOf(conventionId).isEmpty()) {
            items.add(new Item(
                    msg("otherdocs.financing.title"),
                    msg("otherdocs.financing.description"),
                    List.of(Format.here("PDF", conventionId, "financing-statement/pdf"))));
        }
        return items;
    }

    /** The financing statement of every structure the convention finances (not found when none is entered). */
    public Download financingStatement(UUID conventionId) {
        ConventionSummary convention = readable(conventionId);
        var structures = financing.structuresOf(conventionId);
        if (structures.isEmpty()) throw OtherDocumentErrors.notFound(conventionId);
        var statements = structures.stream()
                .map(s -> financing.statementOf(conventionId, s.id()))
                .toList();
        byte[] printed = pdf.fromXhtml(financingStatements.xhtml(convention.title(), statements));
        audited(convention, msg("otherdocs.financing.title"), "PDF");
        return new Download(
                FileNames.ofConvention("etat-financement", convention.title(), LocalDate.now(clock), "pdf"),
                PDF,
                printed);
    }

    /** The minutes of a governance meeting of the convention as DOCX or PDF. */
    public Download minutes(UUID conventionId, UUID meetingId, String format) {
        ConventionSummary convention = readable(conventionId);
        checkFormat(format, conventionId);
        MeetingMinutes meeting = governance.minutesOf(conventionId, meetingId);
        byte[] word = minutes.docx(convention.title(), meeting);
        String name = "compte-rendu-" + FileNames.slug(meeting.bodyName())
                + (meeting.date() == null ? "" : "-" + meeting.date());
        return word(convention, minutes.title(meeting), name, word, format);
    }

    /**
     * The draft deliberation of the council of the party at {@code position} (1-based, in the order of the terms) as
     * DOCX or PDF; not found for a party whose assembly does not deliberate.
     */
    public Download deliberation(UUID conventionId, int position, String format) {
        ConventionSummary convention = readable(conventionId);
        checkFormat(format, conventionId);
        ConventionText text = conventions.text(conventionId, () -> OtherDocumentErrors.notFound(conventionId));
        List<ConventionParty> parties = conventions.parties(conventionId);
        if (!DeliberationDraft.councils(parties).contains(position)) throw OtherDocumentErrors.notFound(position);
        ConventionParty party = parties.get(position - 1);
        byte[] word = deliberations.docx(text, parties, party);
        String title = deliberations.title(party);
        return word(convention, title, "projet-deliberation-" + FileNames.slug(party.name()), word, format);
    }

    private Download word(ConventionSummary convention, String title, String name, byte[] word, String format) {
        String file = FileNames.of(name, "", LocalDate.now(clock), format);
        if (format.equals("docx")) {
            audited(convention, title, "DOCX");
            return new Download(file, DOCX, word);
        }
        byte[] printed = pdf.render(word, title);
        audited(convention, title, "PDF");
        return new Download(file, PDF, printed);
    }

    private static void checkFormat(String format, UUID conventionId) {
        if (!format.equals("pdf") && !format.equals("docx")) throw OtherDocumentErrors.notFound(conventionId);
    }

    /** The action plan as a printable PDF: the axes, then one fiche per page with every field. */
    public Download actionPlan(UUID conventionId) {
        ConventionSummary convention = readable(conventionId);
        LocalDate today = LocalDate.now(clock);
        byte[] printed = pdf.fromXhtml(plans.xhtml(
                convention, actionPlans.ficheSheets(conventionId), actionPlans.fichesOf(conventionId), today));
        audited(convention, msg("otherdocs.plan.title"), "PDF");
        return new Download(FileNames.ofConvention("plan-actions", convention.title(), today, "pdf"), PDF, printed);
    }

    /** The annual review of {@code year} as a PDF (the COPIL file). */
    public Download annualReview(UUID conventionId, int year) {
        ConventionSummary convention = readable(conventionId);
        return review(convention, evaluations.annualReview(conventionId, year), "revue-annuelle-" + year);
    }

    /** The final bilan as a PDF (the COPIL file). */
    public Download finalBilan(UUID conventionId) {
        ConventionSummary convention = readable(conventionId);
        return review(convention, evaluations.finalBilan(conventionId), "bilan-final");
    }

    private Download review(ConventionSummary convention, ReviewFile file, String name) {
        byte[] printed = pdf.fromXhtml(reviews.xhtml(file));
        audited(convention, reviews.title(file), "PDF");
        return new Download(
                FileNames.ofConvention(name, convention.title(), LocalDate.now(clock), "pdf"), PDF, printed);
    }

    ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> OtherDocumentErrors.notFound(conventionId));
    }

    void audited(ConventionSummary convention, String document, String format) {
        audit.record(new AuditRecord(
                ENTITY,
                convention.id().toString(),
                "generated",
                msg("otherdocs.audit.generated", document, convention.title(), format),
                List.of(),
                convention.footprint(),
                convention.id()));
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
