package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.domain.DeliberationRepository.Stored;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on council deliberations, each checked by the access mechanism and written to the audit trail.
 * <p>
 * A deliberation stands where its organisation stands ({@link Directory#footprintOf}). Impossible values are refused
 * (negative counts, a nonexistent date, a malformed ACTES identifier…); what {@link DeliberationChecker} finds in a
 * record never prevents saving it: the record is kept as signed and its findings shown with it.
 * <p>
 * There is no deletion: a deliberation is a public act that conventions refer to; a wrong record is corrected.
 */
@Service
public class DeliberationService {

    static final String ENTITY_TYPE = "deliberation";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Enough for the organisation picker: more than any Caf's communes with their associated ones. */
    private static final int MAX_ORGANISATIONS = PageQuery.MAX_SIZE;

    private final DeliberationRepository deliberations;
    private final Directory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final DeliberationChecker checker = new DeliberationChecker();

    DeliberationService(DeliberationRepository deliberations, Directory directory, AccessControl access, AuditTrail audit) {
        this.deliberations = deliberations;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    /** The deliberations the current user may see, newest séance first. */
    @Transactional(readOnly = true)
    public PageResult<DeliberationSummary> search(DeliberationQuery query, PageQuery page) {
        return deliberations.search(access.currentReach(), query, page)
                .map(stored -> DeliberationDetails.summaryOf(stored.deliberation(), checker.check(stored.deliberation())));
    }

    /** The deliberation with its findings, if the current user may see it; otherwise {@code DELIBERATION_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public DeliberationDetails get(UUID id) {
        Stored stored = deliberations.find(id).orElseThrow(() -> notFound(id));
        access.requireRead(stored.footprint(), () -> notFound(id));
        return details(stored);
    }

    /** What the checks find in the deliberation (CGCT rules, consistency of the record). */
    @Transactional(readOnly = true)
    public List<Finding> findings(UUID id) {
        return get(id).findings();
    }

    /** Whether the current user may correct this deliberation. */
    @Transactional(readOnly = true)
    public boolean canEdit(UUID id) {
        return deliberations.find(id).map(stored -> access.canWrite(stored.footprint())).orElse(false);
    }

    /** The organisations for which the current user may record a deliberation, by kind and name. */
    @Transactional(readOnly = true)
    public List<OrganisationView> writableOrganisations() {
        return directory.visibleOrganisations(access.currentReach(), PageQuery.first(MAX_ORGANISATIONS)).content().stream()
                .filter(organisation -> access.canWrite(Directory.footprintOf(organisation)))
                .toList();
    }

    /** The organisations the current user sees, for the list's filter. */
    @Transactional(readOnly = true)
    public List<OrganisationView> visibleOrganisations() {
        return directory.visibleOrganisations(access.currentReach(), PageQuery.first(MAX_ORGANISATIONS)).content();
    }

    /**
     * Records a deliberation of an organisation the current user may change. Refused: an unknown organisation, impossible
     * values (every wrong field at once). Returned with its findings.
     */
    @Transactional
    public DeliberationDetails record(DeliberationInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation = writableOrganisation(input.organisationId(), problems).orElse(null);
        Deliberation deliberation = DeliberationAssembler.assemble(UUID.randomUUID(), input, organisation, problems);
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.insert(deliberation, footprint);
        List<Finding> findings = checker.check(deliberation);
        audit.record(new AuditRecord(ENTITY_TYPE, deliberation.id().toString(), "created", summary(deliberation, findings, "enregistrée"),
                AuditChange.between(null, AuditSnapshot.of(deliberation)), footprint));
        return get(deliberation.id());
    }

    /**
     * Replaces every field of a deliberation read at {@code expectedVersion}; a stale version is refused with an
     * {@link OptimisticLockingFailureException}. Moving it to another organisation needs the right to change both.
     */
    @Transactional
    public DeliberationDetails update(UUID id, int expectedVersion, DeliberationInput input) {
        Stored stored = deliberations.find(id).orElseThrow(() -> notFound(id));
        access.requireWrite(stored.footprint(), () -> notFound(id));
        if (stored.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("deliberation " + id + " is at version " + stored.version());
        }
        List<FieldProblem> problems = new ArrayList<>();
        OrganisationView organisation = writableOrganisation(input.organisationId(), problems).orElse(null);
        Deliberation deliberation = DeliberationAssembler.assemble(id, input, organisation, problems);
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.update(deliberation, expectedVersion, footprint);
        List<Finding> findings = checker.check(deliberation);
        List<AuditChange> changes = AuditChange.between(AuditSnapshot.of(stored.deliberation()), AuditSnapshot.of(deliberation));
        audit.record(new AuditRecord(ENTITY_TYPE, id.toString(), "updated", summary(deliberation, findings, "modifiée"), changes,
                footprint));
        return get(id);
    }

    /** Stores a deliberation prepared by a start-up task (demo data), with no user signed in; nothing if it exists. */
    @Transactional
    boolean registerSeed(Deliberation deliberation, OrganisationView organisation) {
        if (deliberations.exists(deliberation.id())) return false;
        Footprint footprint = Directory.footprintOf(organisation);
        deliberations.insert(deliberation, footprint);
        audit.record(new AuditRecord(ENTITY_TYPE, deliberation.id().toString(), "created",
                summary(deliberation, checker.check(deliberation), "enregistrée"), AuditChange.between(null, AuditSnapshot.of(deliberation)),
                footprint));
        return true;
    }

    DeliberationDetails details(Stored stored) {
        return new DeliberationDetails(stored.deliberation(), checker.check(stored.deliberation()), stored.version(),
                stored.createdAt(), stored.updatedAt());
    }

    /**
     * The organisation a deliberation is recorded for: unknown or invisible is a field problem (reported with the
     * others), visible but not changeable by the current user is {@code ACCESS_DENIED}.
     */
    private Optional<OrganisationView> writableOrganisation(UUID organisationId, List<FieldProblem> problems) {
        if (organisationId == null) {
            problems.add(FieldProblem.of("organisationId", ErrorCodes.REQUIRED));
            return Optional.empty();
        }
        Optional<OrganisationView> organisation = directory.findOrganisation(organisationId)
                .filter(view -> access.canRead(Directory.footprintOf(view)));
        if (organisation.isEmpty()) {
            problems.add(FieldProblem.of("organisationId", ErrorCodes.DELIBERATION_ORGANISATION_UNKNOWN, organisationId));
            return Optional.empty();
        }
        if (!access.canWrite(Directory.footprintOf(organisation.get()))) throw AccessControl.denied();
        return organisation;
    }

    /** "Délibération n° DE23.027 du 09/02/2023 (Ville d'Armentières) enregistrée — 1 anomalie signalée". */
    private static String summary(Deliberation deliberation, List<Finding> findings, String verb) {
        String text = "Délibération n° " + deliberation.number() + " du " + FRENCH_DATE.format(deliberation.seance().date()) + " ("
                + deliberation.issuer().name() + ") " + verb;
        if (findings.isEmpty()) return text;
        return text + " — " + findings.size() + (findings.size() == 1 ? " anomalie signalée" : " anomalies signalées");
    }

    /**
     * The fields of a deliberation as the audit trail shows them (names as in the API): lists in printed order, the vote
     * in words, nothing for what is not recorded. Public because {@code AuditChange.between} reads its components.
     */
    public record AuditSnapshot(String organisationId, String issuerName, String issuerSiren, String body, String number, String object,
            String seanceDate, String seanceTime, String seancePlace, String convocationDate, String rapporteur, String matiere,
            String membersInOffice, String present, String proxies, String excused, String absent, String president,
            String secretary, String declaredPresent, String reconvenedWithoutQuorum, String vote, String actesId,
            String sentToPrefectureOn, String receivedByPrefectureOn, String publishedOn) {

        static AuditSnapshot of(Deliberation deliberation) {
            DeliberationInput in = DeliberationInput.of(deliberation);
            return new AuditSnapshot(String.valueOf(in.organisationId()), in.issuerName(), in.issuerSiren(), in.body(), in.number(),
                    in.object(), in.seanceDate(), in.seanceTime(), in.seancePlace(), in.convocationDate(), in.rapporteur(), in.matiere(),
                    in.membersInOffice(), joined(in.present()), joined(in.proxies().stream().map(Object::toString).toList()),
                    joined(in.excused()), joined(in.absent()), in.president(), in.secretary(), in.declaredPresent(),
                    in.reconvenedWithoutQuorum() ? "oui" : null, deliberation.vote().map(AuditSnapshot::vote).orElse(null),
                    in.actesId(), in.sentToPrefectureOn(), in.receivedByPrefectureOn(), in.publishedOn());
        }

        private static String joined(List<String> names) {
            return names.isEmpty() ? null : String.join(", ", names);
        }

        private static String vote(Vote vote) {
            String figures = vote.hasFigures()
                    ? "pour " + vote.inFavour() + ", contre " + vote.against() + ", abstentions " + vote.abstention() : "";
            String text = vote.unanimous() ? "unanimité" + (figures.isEmpty() ? "" : " (" + figures + ")") : figures;
            return vote.notTakingPart() == 0 ? text : text + ", ne prenant pas part au vote " + vote.notTakingPart();
        }
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCodes.DELIBERATION_NOT_FOUND, id);
    }
}
