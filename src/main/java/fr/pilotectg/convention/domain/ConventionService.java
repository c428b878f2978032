package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionAlertSource;
import fr.pilotectg.convention.ConventionFilter;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.deliberation.Deliberations;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention use cases: each loads the aggregate, checks the user's access against where the convention stands
 * (its signatories and territory), applies one business verb, saves it with optimistic locking and writes the audit
 * trail in the same transaction. Every change takes the {@code version} the user read and returns the new one.
 */
@Service
public class ConventionService {

    static final String ENTITY = "convention";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConventionRepository repository;
    private final ConventionQueries queries;
    private final ReferenceCatalog catalog;
    private final Directory directory;
    private final Territories territories;
    private final Deliberations deliberations;
    private final AccessControl access;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource messages;
    private final ObjectProvider<ConventionAlertSource> alertSources;

    ConventionService(ConventionRepository repository, ConventionQueries queries, ReferenceCatalog catalog, Directory directory,
            Territories territories, Deliberations deliberations, AccessControl access, AuditTrail audit, Clock clock,
            MessageSource messages,
            ObjectProvider<ConventionAlertSource> alertSources) {
        this.repository = repository;
        this.queries = queries;
        this.catalog = catalog;
        this.directory = directory;
        this.territories = territories;
        this.deliberations = deliberations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.alertSources = alertSources;
    }

    /** A line of the portfolio. */
    public record PortfolioLine(ConventionSummary convention, long daysToExpiry, List<ConventionAlert> alerts) {}

    // ---------------------------------------------------------------- reads

    @Transactional(readOnly = true)
    public PageResult<PortfolioLine> portfolio(ConventionFilter filter, PageQuery page) {
        LocalDate today = today();
        List<ConventionQueries.PortfolioRow> rows = queries.search(access.currentReach(), filter);
        Map<UUID, Map<UUID, List<UUID>>> linksByConvention = new HashMap<>();
        List<ConventionId> ids = rows.stream().map(r -> new ConventionId(r.summary().id())).toList();
        for (ConventionRepository.ConventionLink link : repository.linksOf(ids)) {
            linksByConvention.computeIfAbsent(link.conventionId(), k -> new HashMap<>())
                    .computeIfAbsent(link.link().signatoryId(), k -> new ArrayList<>()).add(link.link().deliberationId());
        }
        Map<UUID, DeliberationSummary> summaries = deliberationsById(linksByConvention.values().stream()
                .flatMap(m -> m.values().stream()).flatMap(List::stream).collect(Collectors.toSet()));
        List<PortfolioLine> lines = rows.stream()
                .map(r -> new PortfolioLine(r.summary(), r.summary().daysToExpiry(today), alertsOf(
                        r.summary(), r.needingDeliberation(), linksByConvention.getOrDefault(r.summary().id(), Map.of()), summaries, today)))
                .filter(l -> !filter.alertsOnly() || !l.alerts().isEmpty())
                .toList();
        int from = (int) Math.min(lines.size(), page.offset());
        int to = Math.min(lines.size(), from + page.size());
        return PageResult.of(lines.subList(from, to), page, lines.size());
    }

    @Transactional(readOnly = true)
    public ConventionDetails get(UUID id) {
        ConventionRepository.Stored stored = load(id);
        Convention convention = stored.convention();
        LocalDate today = today();
        Map<UUID, List<UUID>> links = linksBySignatory(convention.id());
        Map<UUID, DeliberationSummary> summaries = deliberationsById(links.values().stream().flatMap(List::stream).toList());
        var signatories = convention.currentTerms().signatories().stream()
                .map(s -> new ConventionDetails.SignatoryDeliberations(s, links.getOrDefault(s.organisationId(), List.of()).stream()
                        .map(summaries::get).filter(Objects::nonNull).toList()))
                .toList();
        ConventionSummary summary = queries.find(id).orElseThrow();
        Map<UUID, String> needing = new LinkedHashMap<>();
        convention.currentTerms().signatories().stream().filter(Signatory::needsCouncilDeliberation)
                .forEach(s -> needing.put(s.organisationId(), s.organisationName()));
        List<ConventionAlert> alerts = alertsOf(summary, needing, links, summaries, today);
        return new ConventionDetails(convention, stored.version(), today, convention.statusOn(today), signatories,
                repository.versionRecords(convention.id()), alerts,
                convention.predecessorId().flatMap(p -> visibleSummary(p.value())),
                convention.successorId().flatMap(s -> visibleSummary(s.value())),
                access.canWrite(footprint(stored)));
    }

    /**
     * The convention's own alerts followed, while it is in force, by those other modules raise about it.
     *
     * @see ConventionAlerts#of
     */
    private List<ConventionAlert> alertsOf(ConventionSummary summary, Map<UUID, String> needingDeliberation,
            Map<UUID, List<UUID>> links, Map<UUID, DeliberationSummary> deliberations, LocalDate today) {
        var all = new ArrayList<>(ConventionAlerts.of(summary, needingDeliberation, links, deliberations, today));
        if (ConventionAlerts.inForce(summary)) alertSources.orderedStream().forEach(source -> all.addAll(source.alertsOf(summary)));
        return all;
    }

    /** The convention's summary if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<ConventionSummary> visibleSummary(UUID id) {
        return queries.find(id).filter(s -> access.canRead(s.footprint()));
    }

    /** Deliberations the user could link to this convention: those of its parties and of the bodies on its territory. */
    @Transactional(readOnly = true)
    public List<DeliberationSummary> linkableDeliberations(UUID id) {
        Footprint footprint = footprint(load(id));
        Set<UUID> organisations = new HashSet<>(footprint.organisations());
        directory.visibleOrganisations(access.currentReach(), PageQuery.first(200)).content().stream()
                .filter(o -> overlaps(Directory.footprintOf(o), footprint)).map(OrganisationView::id).forEach(organisations::add);
        return deliberations.ofOrganisations(organisations);
    }

    // ---------------------------------------------------------------- drafting and signature

    @Transactional
    public UUID create(TermsData data) {
        ConventionTerms terms = prepare(data);
        Convention convention = Convention.draft(terms);
        PiloteUser user = CurrentUser.optional().orElseThrow(AccessControl::denied);
        Footprint parties = footprint(convention, null);
        // A convention that names nobody yet may be drafted by an agent; it then stands with the drafter's organisation.
        boolean allowed = parties.isEmpty() ? user.role().draftsConventions() : access.canWrite(parties);
        if (!allowed) throw AccessControl.denied();
        UUID owner = user.isAdmin() ? null : user.organisationId();
        Footprint footprint = footprint(convention, owner);
        repository.insert(convention, owner, footprint, actor());
        record(convention, footprint, "created", "Projet de convention « " + terms.title() + " » créé",
                List.of(new AuditChange("status", null, label(ConventionStatus.DRAFT))));
        return convention.id().value();
    }

    @Transactional
    public int reviseDraft(UUID id, int version, TermsData data) {
        return change(id, version, (convention, owner) -> {
            ConventionTerms before = convention.currentTerms();
            ConventionTerms after = prepare(data);
            convention.reviseDraft(after);
            if (!access.canWrite(footprint(convention, owner))) throw AccessControl.denied();
            return new Change("revised", "Projet de convention modifié", partsChanged(before, after));
        });
    }

    @Transactional
    public int submit(UUID id, int version) {
        return change(id, version, convention -> {
            convention.submitForSignature();
            return statusChange("submitted", "Convention envoyée en signature", ConventionStatus.DRAFT, convention);
        });
    }

    @Transactional
    public int returnToDraft(UUID id, int version) {
        return change(id, version, convention -> {
            convention.returnToDraft();
            return statusChange("returned-to-draft", "Convention revenue à l’état de projet", ConventionStatus.IN_SIGNATURE, convention);
        });
    }

    @Transactional
    public int sign(UUID id, int version, LocalDate signedOn) {
        return change(id, version, convention -> {
            convention.sign(signedOn, adoptedFor(convention.id()));
            convention.refresh(today());
            return statusChange("signed", "Convention signée le " + french(signedOn), ConventionStatus.IN_SIGNATURE, convention);
        });
    }

    // ---------------------------------------------------------------- avenants

    @Transactional
    public int draftAmendment(UUID id, int version, String title, TermsData data, LocalDate draftedOn) {
        return change(id, version, convention -> {
            ConventionTerms amended = prepare(data);
            Amendment amendment = convention.draftAmendment(title, amended, draftedOn);
            var changes = new ArrayList<>(partsChanged(convention.currentTerms(), amended));
            changes.add(0, new AuditChange("avenant", null, "n° " + amendment.number() + " — " + amendment.title()));
            return new Change("amendment-drafted", "Avenant n° " + amendment.number() + " rédigé : " + amendment.title(), changes);
        });
    }

    @Transactional
    public int signAmendment(UUID id, int version, int number, LocalDate signedOn, LocalDate effectiveFrom) {
        return change(id, version, convention -> {
            ConventionStatus before = convention.status();
            ConventionTerms previous = convention.currentTerms();
            ConventionVersion created = convention.signAmendment(number, signedOn, effectiveFrom == null ? signedOn : effectiveFrom,
                    adoptedFor(convention.id()));
            convention.refresh(today());
            var changes = new ArrayList<>(partsChanged(previous, created.terms()));
            changes.add(0, new AuditChange("version", String.valueOf(created.number() - 1), String.valueOf(created.number())));
            if (before != convention.status()) changes.add(new AuditChange("status", label(before), label(convention.status())));
            return new Change("amendment-signed", "Avenant n° " + number + " signé le " + french(signedOn) + " : version "
                    + created.number() + " en vigueur à partir du " + french(created.effectiveFrom()), changes);
        });
    }

    @Transactional
    public int withdrawAmendment(UUID id, int version, int number) {
        return change(id, version, convention -> {
            convention.withdrawAmendment(number);
            return new Change("amendment-withdrawn", "Avenant n° " + number + " retiré",
                    List.of(new AuditChange("avenant " + number, "en attente de signature", "retiré")));
        });
    }

    // ---------------------------------------------------------------- termination and renewal

    /** What a termination request carries; {@code party} is the organisation that acts (notice, formal notice). */
    public record TerminationRequest(TerminationKind kind, LocalDate actOn, UUID party, boolean remedied) {}

    @Transactional
    public int terminate(UUID id, int version, TerminationRequest request) {
        if (request == null || request.kind() == null) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("kind", ConventionErrorCodes.TERMINATION_KIND_REQUIRED)));
        }
        return change(id, version, convention -> {
            ConventionStatus before = convention.status();
            Termination termination = switch (request.kind()) {
                case FORMAL_NOTICE -> convention.terminateAfterFormalNotice(request.party(), request.actOn(), request.remedied());
                case UNILATERAL_CHANGE -> convention.terminateForUnilateralChange(request.actOn());
                case NOTICE -> convention.terminateWithNotice(request.actOn(), request.party());
            };
            convention.refresh(today());
            var changes = new ArrayList<AuditChange>();
            changes.add(new AuditChange("résiliation", null, request.kind().name()));
            changes.add(new AuditChange("effectiveOn", null, french(termination.effectiveOn())));
            if (before != convention.status()) changes.add(new AuditChange("status", label(before), label(convention.status())));
            return new Change("terminated", "Résiliation (" + request.kind().name() + ") : acte du " + french(termination.actOn())
                    + ", effet le " + french(termination.effectiveOn()), changes);
        });
    }

    /** Renewal by explicit agreement: a new draft convention naming this one as its predecessor. */
    @Transactional
    public UUID renew(UUID id, int version, LocalDate start, LocalDate end) {
        ConventionRepository.Stored stored = load(id);
        Convention convention = stored.convention();
        Footprint footprint = footprint(stored);
        access.requireWrite(footprint, () -> notFound(id));
        requireVersion(stored, version);
        Period period;
        try {
            period = Period.of(start, end);
        } catch (DomainException e) {
            throw DomainException.invalidFields(List.of(new FieldProblem(start == null ? "start" : "end", e.code(), e.args())));
        }
        Convention successor = convention.renew(ConventionId.random(), period);
        Footprint successorFootprint = footprint(successor, stored.owner());
        repository.insert(successor, stored.owner(), successorFootprint, actor());
        repository.update(convention, version, footprint, actor());
        record(successor, successorFootprint, "created", "Projet de renouvellement de « " + convention.currentTerms().title() + " »",
                List.of(new AuditChange("predecessor", null, id.toString())));
        record(convention, footprint, "renewed", "Renouvellement par accord exprès : nouveau projet de convention du "
                + french(period.start()) + " au " + french(period.end()),
                List.of(new AuditChange("successor", null, successor.id().toString())));
        return successor.id().value();
    }

    // ---------------------------------------------------------------- deliberations

    @Transactional
    public int linkDeliberation(UUID id, int version, UUID signatoryId, UUID deliberationId) {
        ConventionRepository.Stored stored = load(id);
        Convention convention = stored.convention();
        Footprint footprint = footprint(stored);
        access.requireWrite(footprint, () -> notFound(id));
        requireVersion(stored, version);
        Signatory signatory = convention.currentTerms().signatory(signatoryId).orElseThrow(() -> DomainException.invalidFields(
                List.of(FieldProblem.of("signatoryId", ConventionErrorCodes.LINK_NOT_SIGNATORY))));
        DeliberationSummary deliberation = deliberations.findSummary(deliberationId).orElseThrow(() -> DomainException.invalidFields(
                List.of(FieldProblem.of("deliberationId", ConventionErrorCodes.DELIBERATION_UNKNOWN))));
        if (!deliberationBelongsTo(deliberation, footprint)) {
            throw DomainException.invalidFields(List.of(FieldProblem.of("deliberationId", ConventionErrorCodes.DELIBERATION_UNKNOWN)));
        }
        int newVersion = repository.touch(convention.id(), version, actor());
        repository.link(convention.id(), signatoryId, deliberationId, actor());
        record(convention, footprint, "deliberation-linked", "Délibération « " + deliberation.issuerName() + " n° "
                + deliberation.number() + " » rattachée à « " + signatory.organisationName() + " »",
                List.of(new AuditChange("deliberation", null, deliberation.number() + " (" + french(deliberation.seanceDate()) + ")")));
        return newVersion;
    }

    @Transactional
    public int unlinkDeliberation(UUID id, int version, UUID deliberationId) {
        ConventionRepository.Stored stored = load(id);
        Convention convention = stored.convention();
        Footprint footprint = footprint(stored);
        access.requireWrite(footprint, () -> notFound(id));
        requireVersion(stored, version);
        if (convention.status().isSigned()) throw DomainException.rule(ConventionErrorCodes.LINK_LOCKED);
        int newVersion = repository.touch(convention.id(), version, actor());
        if (!repository.unlink(convention.id(), deliberationId)) throw DomainException.notFound(ConventionErrorCodes.LINK_NOT_FOUND);
        record(convention, footprint, "deliberation-unlinked", "Délibération détachée de la convention",
                List.of(new AuditChange("deliberation", deliberationId.toString(), null)));
        return newVersion;
    }

    // ---------------------------------------------------------------- calendar

    /** Brings every recorded status up to date with the calendar (SIGNED → ACTIVE → EXPIRED, terminations). */
    @Transactional
    public int refreshStatuses() {
        LocalDate today = today();
        int changed = 0;
        for (ConventionId id : repository.refreshCandidates(today)) {
            ConventionRepository.Stored stored = repository.find(id).orElseThrow();
            Convention convention = stored.convention();
            ConventionStatus before = convention.status();
            if (convention.refresh(today) == before) continue;
            Footprint footprint = footprint(stored);
            repository.update(convention, stored.version(), footprint, "system");
            record(convention, footprint, "status-refreshed", "Statut mis à jour selon le calendrier : " + label(convention.status()),
                    List.of(new AuditChange("status", label(before), label(convention.status()))));
            changed++;
        }
        return changed;
    }

    // ---------------------------------------------------------------- for the demo loader (no user signed in)

    /** Saves a convention built by a start-up task, with its deliberation links. */
    @Transactional
    void registerLoaded(Convention convention, Map<UUID, List<UUID>> linksBySignatory) {
        Footprint footprint = footprint(convention, null);
        repository.insert(convention, null, footprint, "system");
        linksBySignatory.forEach((signatory, ids) -> ids.forEach(d -> repository.link(convention.id(), signatory, d, "system")));
        record(convention, footprint, "created", "Convention « " + convention.currentTerms().title() + " » chargée",
                List.of(new AuditChange("status", null, label(convention.status()))));
    }

    // ---------------------------------------------------------------- internals

    private record Change(String action, String summary, List<AuditChange> changes) {}

    private int change(UUID id, int version, Function<Convention, Change> verb) {
        return change(id, version, (convention, owner) -> verb.apply(convention));
    }

    private int change(UUID id, int version, BiFunction<Convention, UUID, Change> verb) {
        ConventionRepository.Stored stored = load(id);
        Convention convention = stored.convention();
        Footprint before = footprint(stored);
        access.requireWrite(before, () -> notFound(id));
        requireVersion(stored, version);
        Change change = verb.apply(convention, stored.owner());
        Footprint after = footprint(stored);
        int newVersion = repository.update(convention, version, after, actor());
        record(convention, after, change.action(), change.summary(), change.changes());
        return newVersion;
    }

    private ConventionRepository.Stored load(UUID id) {
        if (id == null) throw notFound(null);
        ConventionRepository.Stored stored = repository.find(new ConventionId(id)).orElseThrow(() -> notFound(id));
        access.requireRead(footprint(stored), () -> notFound(id));
        return stored;
    }

    /** Every change carries the version its author read; a stale one is refused so that nothing saved since is lost. */
    private static void requireVersion(ConventionRepository.Stored stored, int version) {
        if (stored.version() != version) {
            throw new OptimisticLockingFailureException("convention " + stored.convention().id() + " read at " + version);
        }
    }

    /** Checks the data against the reference lists and the directory, then builds the terms. */
    ConventionTerms prepare(TermsData data) {
        if (data == null) throw DomainException.invalid(ConventionErrors.TITLE_REQUIRED);
        var problems = new ArrayList<FieldProblem>();
        Set<String> knownCommunes = territories.communes(data.communes()).stream().map(CommuneView::inseeCode).collect(Collectors.toSet());
        for (int i = 0; i < data.communes().size(); i++) {
            String code = data.communes().get(i);
            if (InseeCode.isWellFormed(code) && !knownCommunes.contains(code)) {
                problems.add(FieldProblem.of("communes[" + i + "]", ConventionErrorCodes.COMMUNE_UNKNOWN, code));
            }
        }
        for (int i = 0; i < data.epcis().size(); i++) {
            String siren = data.epcis().get(i);
            if (siren != null && siren.matches("\\d{9}") && territories.findEpci(siren).isEmpty()) {
                problems.add(FieldProblem.of("epcis[" + i + "]", ConventionErrorCodes.EPCI_UNKNOWN, siren));
            }
        }
        Map<String, String> domains = catalog.labels(ReferenceItem.Kind.DOMAIN);
        for (int i = 0; i < data.domains().size(); i++) {
            if (!domains.containsKey(data.domains().get(i))) {
                problems.add(FieldProblem.of("domains[" + i + "]", ConventionErrorCodes.DOMAIN_UNKNOWN, data.domains().get(i)));
            }
        }
        List<ReferenceItem> items = catalog.all();
        for (int i = 0; i < data.missions().size(); i++) {
            TermsData.MissionData mission = data.missions().get(i);
            boolean known = items.stream().anyMatch(it -> it.kind() == ReferenceItem.Kind.MISSION && it.code().equals(mission.code()));
            if (!known) {
                problems.add(FieldProblem.of("missions[" + i + "]", ConventionErrorCodes.MISSION_UNKNOWN, mission.code()));
                continue;
            }
            for (String enjeu : mission.enjeux()) {
                boolean under = items.stream().anyMatch(it -> it.kind() == ReferenceItem.Kind.ENJEU && it.code().equals(enjeu)
                        && mission.code().equals(it.parentCode()));
                if (!under) problems.add(FieldProblem.of("missions[" + i + "]", ConventionErrorCodes.ENJEU_NOT_UNDER_MISSION, enjeu, mission.code()));
            }
        }
        var signatories = new ArrayList<TermsData.SignatoryData>();
        for (int i = 0; i < data.signatories().size(); i++) {
            TermsData.SignatoryData s = data.signatories().get(i);
            if (s.organisationId() == null) {
                signatories.add(s);
                continue;
            }
            Optional<OrganisationView> organisation = directory.findOrganisation(s.organisationId());
            if (organisation.isEmpty()) {
                problems.add(FieldProblem.of("signatories[" + i + "].organisationId", ConventionErrorCodes.ORGANISATION_UNKNOWN));
                continue;
            }
            String name = s.organisationName() == null || s.organisationName().isBlank() ? organisation.get().name() : s.organisationName();
            PartyKind kind = s.kind() != null ? s.kind() : partyKindOf(organisation.get());
            signatories.add(new TermsData.SignatoryData(kind, s.organisationId(), name, s.representatives(), s.authorisations(),
                    s.needsCouncilDeliberation()));
        }
        var completed = new TermsData(data.title(), data.start(), data.end(), data.communes(), data.epcis(), signatories,
                data.partners(), data.domains(), data.missions(), data.collectiviteFields(), data.predecessor());
        try {
            ConventionTerms terms = completed.toTerms();
            if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
            return terms;
        } catch (DomainException e) {
            if (e.fields().isEmpty()) problems.add(new FieldProblem("title", e.code(), e.args()));
            else problems.addAll(0, e.fields().stream().filter(f -> !problems.contains(f)).toList());
            throw DomainException.invalidFields(problems);
        }
    }

    static PartyKind partyKindOf(OrganisationView organisation) {
        return switch (organisation.kind()) {
            case CAF -> PartyKind.CAF;
            case COMMUNE -> PartyKind.COMMUNE;
            case EPCI -> PartyKind.EPCI;
            case DEPARTEMENT -> PartyKind.DEPARTEMENT;
            case MSA -> PartyKind.MSA;
            case ETAT -> PartyKind.ETAT;
            default -> PartyKind.OTHER;
        };
    }

    private Footprint footprint(ConventionRepository.Stored stored) {
        return footprint(stored.convention(), stored.owner());
    }

    /**
     * Where a convention stands: its owner, signatories and partners, its communes and the communes of its EPCI. This
     * is stored with the convention ({@code ConventionSummary.footprint()}) and read back by every other check and list.
     */
    Footprint footprint(Convention convention, UUID owner) {
        ConventionTerms terms = convention.currentTerms();
        Set<UUID> organisations = new HashSet<>();
        if (owner != null) organisations.add(owner);
        terms.signatories().forEach(s -> organisations.add(s.organisationId()));
        terms.partners().stream().map(Partner::organisationId).filter(Objects::nonNull).forEach(organisations::add);
        convention.pendingAmendment().ifPresent(a -> a.terms().signatories().forEach(s -> organisations.add(s.organisationId())));
        Set<String> communes = new HashSet<>();
        terms.communes().forEach(c -> communes.add(c.value()));
        terms.epcis().forEach(e -> territories.epciMembers(e.value()).forEach(c -> communes.add(c.inseeCode())));
        return Footprint.of(organisations, communes, Set.of());
    }

    private boolean deliberationBelongsTo(DeliberationSummary deliberation, Footprint footprint) {
        if (footprint.organisations().contains(deliberation.organisationId())) return true;
        return directory.findOrganisation(deliberation.organisationId())
                .map(o -> overlaps(Directory.footprintOf(o), footprint)).orElse(false);
    }

    private static boolean overlaps(Footprint a, Footprint b) {
        return a.organisations().stream().anyMatch(b.organisations()::contains) || a.communes().stream().anyMatch(b.communes()::contains);
    }

    private Map<UUID, List<UUID>> linksBySignatory(ConventionId id) {
        Map<UUID, List<UUID>> links = new LinkedHashMap<>();
        repository.links(id).forEach(l -> links.computeIfAbsent(l.signatoryId(), k -> new ArrayList<>()).add(l.deliberationId()));
        return links;
    }

    private Map<UUID, DeliberationSummary> deliberationsById(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        return deliberations.summaries(ids).stream().collect(Collectors.toMap(DeliberationSummary::id, d -> d, (a, b) -> a));
    }

    /** Signatories (organisation ids) with at least one adopted deliberation linked. */
    private Set<UUID> adoptedFor(ConventionId id) {
        Map<UUID, List<UUID>> links = linksBySignatory(id);
        Map<UUID, DeliberationSummary> summaries = deliberationsById(links.values().stream().flatMap(List::stream).toList());
        return links.entrySet().stream()
                .filter(e -> e.getValue().stream().map(summaries::get).anyMatch(d -> d != null && d.adopted()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private List<AuditChange> partsChanged(ConventionTerms before, ConventionTerms after) {
        var changes = new ArrayList<AuditChange>();
        for (TermsPart part : after.changesFrom(before)) {
            changes.add(new AuditChange(part.name(), describe(part, before), describe(part, after)));
        }
        return changes;
    }

    private static String describe(TermsPart part, ConventionTerms terms) {
        return switch (part) {
            case TITLE -> terms.title();
            case PERIOD -> french(terms.period().start()) + " – " + french(terms.period().end());
            case TERRITORY -> terms.communes().stream().map(c -> c.value()).collect(Collectors.joining(", "))
                    + (terms.epcis().isEmpty() ? "" : " ; EPCI " + terms.epcis().stream().map(e -> e.value()).collect(Collectors.joining(", ")));
            case SIGNATORIES -> terms.signatories().stream().map(s -> s.organisationName() + " ("
                    + s.representatives().stream().map(Representative::name).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(" ; "));
            case PARTNERS -> terms.partners().stream().map(Partner::name).collect(Collectors.joining(", "));
            case DOMAINS -> terms.domains().stream().map(DomainCode::value).collect(Collectors.joining(", "));
            case MISSIONS -> terms.missions().stream().map(m -> m.missionCode() + " " + m.enjeuCodes()).collect(Collectors.joining(" ; "));
            case COLLECTIVITE_FIELDS -> String.join(", ", terms.collectiviteFields());
            case PREDECESSOR -> terms.predecessorContract().map(PredecessorContract::label).orElse("");
        };
    }

    private Change statusChange(String action, String summary, ConventionStatus before, Convention convention) {
        return new Change(action, summary, List.of(new AuditChange("status", label(before), label(convention.status()))));
    }

    private void record(Convention convention, Footprint footprint, String action, String summary, List<AuditChange> changes) {
        audit.record(new AuditRecord(ENTITY, convention.id().toString(), action, summary, changes, footprint));
    }

    /** The status as people read it, for the audit trail. */
    private String label(ConventionStatus status) {
        return messages.getMessage(status.messageKey(), null, status.name(), Locale.FRANCE);
    }

    private static String french(LocalDate date) {
        return date == null ? "" : FRENCH_DATE.format(date);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String actor() {
        return CurrentUser.optional().map(PiloteUser::getUsername).orElse("system");
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound(ConventionErrorCodes.NOT_FOUND, String.valueOf(id));
    }
}
