package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ImportedPlans;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.TabularUploads;
import fr.pilotectg.platform.Upload;
import fr.pilotectg.platform.UploadLimits;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The bulk import of whole conventions from the XLSX template (issue 12 point 8): a Caf loads its existing CTGs. Who
 * may draft conventions may import (403 before a byte is read otherwise); the file is read within its limits
 * ({@code pilote.upload.imports.conventions.*}: 20 MB and 60 000 rows by default, then
 * {@link InputLimits#CONVENTIONS_PER_IMPORT_MAX} conventions) before any work; then every convention is created in one
 * transaction through the domain's own verbs — {@link ConventionRecording#recordAsSigned} when its signature date is
 * given, {@link ConventionDrafting#create} otherwise, the plan through {@link ImportedPlans} — so that each has its
 * checks, its footprint (the importing agent's organisation as owner; a convention out of the agent's reach refused) and
 * its audit records in French. A dry run, or any problem, rolls the whole transaction back: all or nothing.
 */
@Service
public class ConventionImport {

    private final TabularUploads uploads;
    private final ConventionRecording recording;
    private final ConventionDrafting drafting;
    private final List<ImportedPlans> plans;
    private final Directory directory;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    ConventionImport(
            TabularUploads uploads,
            ConventionRecording recording,
            ConventionDrafting drafting,
            List<ImportedPlans> plans,
            Directory directory,
            MessageSource messages,
            PlatformTransactionManager transactions) {
        this.uploads = uploads;
        this.recording = recording;
        this.drafting = drafting;
        this.plans = List.copyOf(plans);
        this.directory = directory;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** {@code pilote.upload.imports.conventions.*}: 20 MB and 60 000 rows (all sheets together) by default. */
    public UploadLimits limits() {
        return uploads.limits("conventions", DataSize.ofMegabytes(20), 60_000);
    }

    /** Who may import: whoever drafts conventions (agents, administrators). */
    public static boolean mayImport() {
        return CurrentUser.optional().map(u -> u.role().draftsConventions()).orElse(false);
    }

    /** Where a run stands: {@code done} conventions of {@code total} looked at. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);

        Progress NONE = (done, total) -> {};
    }

    /** A file read and bounded, ready to run. */
    public record Prepared(String filename, ConventionSheets.Read read) {
        /** The conventions the file holds (the run's progress counts them). */
        public int conventions() {
            return read.conventions().size();
        }
    }

    /**
     * Checks the file and, unless {@code dryRun}, saves every convention it holds, or none if any problem is found.
     * Problems of the file itself (too large, not an XLSX, too many rows or conventions) are refused at once.
     */
    public ConventionImportReport importFile(Upload upload, boolean dryRun) {
        return run(prepare(upload), dryRun, Progress.NONE);
    }

    /**
     * Reads the file within its limits, refusing at once who may not import (403) and a file that is too large, not an
     * XLSX, or holds too many rows or conventions — before any convention is looked at.
     */
    public Prepared prepare(Upload upload) {
        if (!mayImport()) throw AccessControl.denied();
        var sheets = uploads.readSheets(limits(), upload);
        ConventionSheets.Read read = ConventionSheets.read(sheets, organisationsByName(), kinds());
        if (read.conventions().size() > InputLimits.CONVENTIONS_PER_IMPORT_MAX)
            throw DomainException.rule(
                    ConventionImportErrors.TOO_MANY_CONVENTIONS,
                    read.conventions().size(),
                    InputLimits.CONVENTIONS_PER_IMPORT_MAX);
        return new Prepared(upload.filename(), read);
    }

    /**
     * Creates every convention of a prepared file in one transaction, committed only when {@code dryRun} is false and no
     * problem was found; {@code progress} hears of each convention looked at.
     */
    public ConventionImportReport run(Prepared prepared, boolean dryRun, Progress progress) {
        if (!mayImport()) throw AccessControl.denied();
        ConventionSheets.Read read = prepared.read();
        var problems = new ArrayList<ConventionImportReport.Problem>();
        read.orphans().forEach(p -> problems.add(problem(p.cell(), p.problem())));
        if (read.conventions().isEmpty() && read.orphans().isEmpty())
            problems.add(problem(
                    new ConventionSheets.Cell(ConventionSheets.CONVENTIONS, 0, ""),
                    FieldProblem.of("file", ConventionImportErrors.NO_CONVENTION)));
        var lines = new ArrayList<ConventionImportReport.Line>();
        boolean[] committed = {false};
        int total = read.conventions().size();
        progress.at(0, total);
        transaction.executeWithoutResult(status -> {
            for (ConventionSheets.Imported imported : read.conventions()) {
                lines.add(create(imported, problems));
                progress.at(lines.size(), total);
            }
            if (dryRun || !problems.isEmpty()) status.setRollbackOnly();
            else committed[0] = true;
        });
        List<ConventionImportReport.Line> result = committed[0]
                ? lines
                : lines.stream().map(ConventionImport::unsaved).toList();
        return new ConventionImportReport(prepared.filename(), dryRun, committed[0], result, problems);
    }

    /** Creates one convention and its plan through the domain; its problems are added to {@code problems}. */
    private ConventionImportReport.Line create(
            ConventionSheets.Imported imported, List<ConventionImportReport.Problem> problems) {
        int before = problems.size();
        imported.problems().forEach(p -> problems.add(problem(p.cell(), p.problem())));
        TermsData data = imported.data();
        UUID id = null;
        int axes = 0;
        int fiches = 0;
        if (imported.problems().isEmpty()) {
            try {
                id = imported.signedOn() == null
                        ? drafting.create(data)
                        : recording.recordAsSigned(data, imported.signedOn(), imported.place());
            } catch (DomainException e) {
                if (e.kind() == ErrorKind.FORBIDDEN) {
                    problems.add(problem(
                            new ConventionSheets.Cell(ConventionSheets.CONVENTIONS, imported.line(), ""),
                            FieldProblem.of("reference", ConventionImportErrors.OUT_OF_REACH, imported.reference())));
                } else if (e.fields().isEmpty()) {
                    problems.add(problem(
                            new ConventionSheets.Cell(ConventionSheets.CONVENTIONS, imported.line(), ""),
                            new FieldProblem("convention", e.code(), e.args())));
                } else {
                    for (FieldProblem f : e.fields()) problems.add(problem(imported.cellOf(f.field()), f));
                }
            }
        }
        if (id != null) {
            for (ImportedPlans plan : plans) {
                try {
                    ImportedPlans.Outcome outcome = plan.create(id, imported.axes(), imported.fiches());
                    axes += outcome.axes();
                    fiches += outcome.fiches();
                    for (ImportedPlans.RowProblem p : outcome.problems()) {
                        String sheet = p.sheet() == ImportedPlans.PlanSheet.AXES
                                ? ConventionSheets.AXES
                                : ConventionSheets.FICHES;
                        problems.add(problem(new ConventionSheets.Cell(sheet, p.line(), p.column()), p.problem()));
                    }
                } catch (DomainException e) {
                    problems.add(problem(
                            new ConventionSheets.Cell(ConventionSheets.AXES, imported.line(), ""),
                            new FieldProblem("plan", e.code(), e.args())));
                }
            }
        } else {
            axes = imported.axes().rows().size();
            fiches = imported.fiches().rows().size();
        }
        return new ConventionImportReport.Line(
                imported.reference(),
                imported.line(),
                data.title(),
                imported.signedOn() != null,
                data.signatories().size(),
                data.communes().size(),
                data.epcis().size(),
                data.domains().size(),
                axes,
                fiches,
                problems.size() - before,
                id);
    }

    private static ConventionImportReport.Line unsaved(ConventionImportReport.Line l) {
        return new ConventionImportReport.Line(
                l.reference(),
                l.line(),
                l.title(),
                l.signed(),
                l.signatories(),
                l.communes(),
                l.epcis(),
                l.themes(),
                l.axes(),
                l.fiches(),
                l.problems(),
                null);
    }

    private ConventionImportReport.Problem problem(ConventionSheets.Cell cell, FieldProblem problem) {
        String message =
                messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), Locale.FRANCE);
        return new ConventionImportReport.Problem(cell.sheet(), cell.line(), cell.column(), problem.code(), message);
    }

    /** Organisations of the directory by their exact name (case aside), each looked up once per file. */
    private java.util.function.Function<String, Optional<OrganisationView>> organisationsByName() {
        Map<String, Optional<OrganisationView>> cache = new HashMap<>();
        return name ->
                cache.computeIfAbsent(ConventionSheets.key(name), k -> directory.findOrganisationByName(name.strip()));
    }

    /** The party kinds by their code or their French label (and its part before a parenthesis). */
    private Map<String, PartyKind> kinds() {
        var kinds = new HashMap<String, PartyKind>();
        for (PartyKind kind : PartyKind.values()) {
            kinds.put(ConventionSheets.key(kind.name()), kind);
            String label = messages.getMessage(kind.messageKey(), null, kind.name(), Locale.FRANCE);
            kinds.put(ConventionSheets.key(label), kind);
            int paren = label.indexOf(" (");
            if (paren > 0) kinds.put(ConventionSheets.key(label.substring(0, paren)), kind);
            for (String part : label.split("\\s*/\\s*")) kinds.putIfAbsent(ConventionSheets.key(part), kind);
        }
        kinds.putIfAbsent("syndicat", PartyKind.SYNDICAT);
        kinds.putIfAbsent("etat", PartyKind.ETAT);
        return kinds;
    }
}
