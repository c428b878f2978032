package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.ImportedPlans;
import fr.pilotectg.convention.NationalList;
import fr.pilotectg.platform.Tabular;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The plan of a convention created by the bulk import of conventions ({@link ImportedPlans}): each axis through the
 * checks of {@link PlanAxes} ({@link PlanChecks#axis}), each fiche through those of {@link FicheImport} (read by
 * {@link FicheRows}, checked by {@link PlanChecks#fiche}), created on the plan's one flow ({@link FicheFlow}) with the
 * same audit records as when they are entered one by one.
 */
@Component
class PlanFromConventionImport implements ImportedPlans {

    static final String AXIS_NUMBER = "N° de l'axe";
    static final String AXIS_TITLE = "Titre de l'axe";
    static final String AXIS_COMMUNE = "Commune (code INSEE)";
    static final String AXIS_DOMAINS = "Domaines";
    static final String AXIS_ENJEUX = "Enjeux";
    static final String FICHE_AXIS = "Axe";

    private final ActionPlanRepository repository;
    private final FicheFlow flow;
    private final PlanChecks checks;
    private final PlanAudit audit;
    private final NationalList nationalList;

    PlanFromConventionImport(
            ActionPlanRepository repository,
            FicheFlow flow,
            PlanChecks checks,
            PlanAudit audit,
            NationalList nationalList) {
        this.repository = repository;
        this.flow = flow;
        this.checks = checks;
        this.audit = audit;
        this.nationalList = nationalList;
    }

    @Override
    public Outcome create(UUID conventionId, Tabular axes, Tabular fiches) {
        if (axes.rows().isEmpty() && fiches.rows().isEmpty()) return new Outcome(0, 0, List.of());
        ConventionSummary convention = flow.structurable(conventionId);
        var problems = new ArrayList<RowProblem>();
        Map<String, Axis> axisByName = new HashMap<>();
        int position = repository.nextAxisPosition(conventionId);
        int axesCreated = 0;
        Map<String, Integer> axisColumns = columns(axes.headers());
        Map<String, String> domainCodes = byLabel(nationalList.domains());
        var axisRecords = new ArrayList<fr.pilotectg.platform.AuditRecord>();
        for (Tabular.Row row : axes.rows()) {
            String number = row.cell(axisColumns.get(key(AXIS_NUMBER)));
            String title = row.cell(axisColumns.get(key(AXIS_TITLE)));
            var data = new AxisData(
                    title,
                    row.cell(axisColumns.get(key(AXIS_COMMUNE))),
                    lines(row.cell(axisColumns.get(key(AXIS_DOMAINS)))).stream()
                            .map(d -> domainCodes.getOrDefault(key(d), d))
                            .toList(),
                    lines(row.cell(axisColumns.get(key(AXIS_ENJEUX)))));
            try {
                Axis axis = checks.axis(convention, UUID.randomUUID(), position, data);
                repository.insertAxis(axis, FicheFlow.actor());
                axisRecords.add(audit.entry(
                        PlanAudit.AXIS_ENTITY,
                        axis.id(),
                        "created",
                        audit.text("axis.created", axis.title()),
                        List.of(),
                        convention));
                position++;
                axesCreated++;
                if (number != null) axisByName.put(key(number), axis);
                if (title != null) axisByName.putIfAbsent(key(title), axis);
            } catch (DomainException e) {
                for (FieldProblem f : fields(e))
                    problems.add(new RowProblem(PlanSheet.AXES, row.line(), axisColumn(f.field()), f));
            }
        }
        audit.recordAll(axisRecords);
        if (fiches.rows().isEmpty()) return new Outcome(axesCreated, 0, problems);
        Map<String, String> ficheHeaders = new HashMap<>();
        fiches.headers().forEach(h -> ficheHeaders.put(FicheRows.key(h), h));
        var accepted = new ArrayList<FicheFlow.Created>();
        int fichePosition = repository.nextFichePosition(conventionId);
        for (ImportLine line : FicheRows.of(fiches)) {
            var lineProblems = new ArrayList<FieldProblem>(line.readProblems());
            Axis axis = line.axis() == null ? null : axisByName.get(key(line.axis()));
            UUID axisId = axis == null ? null : axis.id();
            if (axisId == null)
                lineProblems.add(FieldProblem.of(
                        "axis", ActionPlanErrors.IMPORT_AXIS_UNKNOWN, line.axis() == null ? "" : line.axis()));
            UUID id = UUID.randomUUID();
            try {
                if (axisId != null) checks.fiche(convention, id, axisId, axis, line.content(), line.progress());
            } catch (DomainException e) {
                fields(e).stream().filter(f -> !lineProblems.contains(f)).forEach(lineProblems::add);
            }
            if (lineProblems.isEmpty()) {
                Fiche fiche = Fiche.draft(id, conventionId, axisId, fichePosition++, line.content(), line.progress());
                accepted.add(new FicheFlow.Created(
                        fiche,
                        new FicheFlow.Change(
                                "imported",
                                audit.text("fiche.imported", fiche.content().title()),
                                List.of(audit.change("status", null, audit.label(FicheStatus.DRAFT))))));
            }
            for (FieldProblem f : lineProblems)
                problems.add(
                        new RowProblem(PlanSheet.FICHES, line.lineNumber(), ficheColumn(f.field(), ficheHeaders), f));
        }
        if (!accepted.isEmpty()) flow.createAsStructure(conventionId, c -> accepted);
        return new Outcome(axesCreated, accepted.size(), problems);
    }

    private static List<FieldProblem> fields(DomainException e) {
        return e.fields().isEmpty() ? List.of(new FieldProblem("row", e.code(), e.args())) : e.fields();
    }

    private static String axisColumn(String field) {
        if (field.startsWith("title")) return AXIS_TITLE;
        if (field.startsWith("commune")) return AXIS_COMMUNE;
        if (field.startsWith("domains")) return AXIS_DOMAINS;
        if (field.startsWith("enjeux")) return AXIS_ENJEUX;
        return "";
    }

    /** The header of the Fiches sheet a fiche's field is read from, as the file spells it. */
    private static String ficheColumn(String field, Map<String, String> headers) {
        String base = field.replaceAll("\\[.*$", "").replaceAll("\\..*$", "");
        String key = switch (base) {
            case "axis", "axisId" -> "axe";
            case "title" -> "titre de l'action";
            case "targetPublic" -> "public cible";
            case "diagnostic" -> "diagnostic initial";
            case "objectives" -> "objectifs operationnels";
            case "steps" -> "modalites de mise en œuvre";
            case "milestones" -> "echeances de realisation";
            case "services" -> "services mobilises et responsables";
            case "expectedResults" -> "resultats attendus";
            case "partners" -> "partenaires sollicites";
            case "indicators" -> "indicateurs d'evaluation";
            case "referents" -> "referents";
            case "progress" -> "avancement (%)";
            default -> "";
        };
        return headers.getOrDefault(key, "");
    }

    private static Map<String, Integer> columns(List<String> headers) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < headers.size(); i++) columns.putIfAbsent(key(headers.get(i)), i);
        return columns;
    }

    private static Map<String, String> byLabel(Map<String, String> national) {
        var codes = new HashMap<String, String>();
        national.forEach((code, label) -> codes.put(key(label), code));
        return codes;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Compared without accents, case, outer spaces or typographic apostrophes. */
    static String key(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text.strip().replace('’', '\''), Normalizer.Form.NFD))
                .replaceAll("");
        return stripped.toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
