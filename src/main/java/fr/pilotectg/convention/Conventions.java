package fr.pilotectg.convention;

import fr.pilotectg.convention.domain.AmendmentReads;
import fr.pilotectg.convention.domain.ConventionDetails;
import fr.pilotectg.convention.domain.ConventionEndOfLife;
import fr.pilotectg.convention.domain.ConventionQueries;
import fr.pilotectg.convention.domain.ConventionReads;
import fr.pilotectg.convention.domain.NationalReferenceData;
import fr.pilotectg.convention.domain.PredecessorContract;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The convention module's front door for other modules: find a convention and say where it stands for access. It calls
 * the use cases of {@code domain}; nothing in {@code domain} calls it back.
 */
@Service
// A convention out of reach is a "not found" for the caller to handle (e.g. governance warnings skip it): it must not
// mark the caller's transaction rollback-only.
@Transactional(readOnly = true, noRollbackFor = DomainException.class)
public class Conventions {

    private final ConventionReads reads;
    private final ConventionEndOfLife endOfLife;
    private final ConventionQueries queries;
    private final AccessControl access;
    private final NationalList national;
    private final AmendmentReads amendments;

    Conventions(
            ConventionReads reads,
            ConventionEndOfLife endOfLife,
            ConventionQueries queries,
            AccessControl access,
            NationalList national,
            AmendmentReads amendments) {
        this.reads = reads;
        this.amendments = amendments;
        this.national = national;
        this.endOfLife = endOfLife;
        this.queries = queries;
        this.access = access;
    }

    /**
     * The parties of the convention's current terms, each with its kind, alias, representatives (civility, name or
     * unknown, role as printed and its category) and authorising acts, if the current user may read it; otherwise
     * "not found".
     */
    public List<ConventionParty> parties(UUID id) {
        return reads.parties(id);
    }

    /**
     * How much of its territory the convention lists (partial when marked incomplete or given as a count), if the
     * current user may read it; otherwise "not found".
     */
    public TerritoryExtent territoryExtent(UUID id) {
        return reads.territoryExtent(id);
    }

    /** The convention whoever asks (start-up tasks, computations that check access themselves). */
    public Optional<ConventionSummary> find(UUID id) {
        return queries.find(id);
    }

    /**
     * Renews the convention by express agreement on behalf of the current user (e.g. from the evaluation's final bilan):
     * a new draft convention naming this one, over {@code start}–{@code end}. Returns the successor's id.
     */
    @Transactional
    public UUID renew(UUID id, LocalDate start, LocalDate end) {
        int version = queries.find(id).map(ConventionSummary::version).orElse(0);
        return endOfLife.renew(id, version, start, end);
    }

    /** A convention that needs attention, with its alerts. */
    public record Watch(ConventionSummary convention, long daysToExpiry, List<ConventionAlert> alerts) {}

    /** How many conventions the user sees, and the first {@code limit} of those with an alert, ending soonest first. */
    public record Overview(long visible, List<Watch> needingAttention) {}

    /** A group of conventions waiting for the same act: how many in all, and the first ones (oldest end first). */
    public record NeedGroup(ConventionNeed need, long total, List<NeedItem> first) {}

    /** A convention of a {@link NeedGroup}. */
    public record NeedItem(UUID id, String title, LocalDate start, LocalDate end) {}

    /**
     * The conventions in reach waiting for an act, grouped by act in {@link ConventionNeed}'s order (a group with none is
     * left out), at most {@code limit} of each: one statement (issue 16).
     */
    public List<NeedGroup> needs(int limit) {
        var rows = queries.needs(access.currentReach(), limit);
        var groups = new java.util.ArrayList<NeedGroup>();
        for (ConventionNeed need : ConventionNeed.values()) {
            var of = rows.stream().filter(r -> r.need() == need).toList();
            if (of.isEmpty()) continue;
            groups.add(new NeedGroup(
                    need,
                    of.get(0).total(),
                    of.stream()
                            .map(r -> new NeedItem(r.id(), r.title(), r.start(), r.end()))
                            .toList()));
        }
        return List.copyOf(groups);
    }

    /** Conventions in force the user sees: how many, and the first {@code limit} ending soonest. */
    public record InForce(long total, List<ConventionSummary> first) {}

    /**
     * Every convention in force in the user's reach (id, title, start), ending soonest first: one statement. For a module
     * that counts what its own tables say of each (the annual reviews not presented).
     */
    public List<ConventionInForce> inForceRefs() {
        return queries.inForceRefs(access.currentReach());
    }

    /** The conventions in force in the user's reach, ending soonest first, at most {@code limit}: one statement. */
    public InForce inForce(int limit) {
        var slice = queries.inForce(access.currentReach(), limit);
        return new InForce(
                slice.total(),
                slice.rows().stream()
                        .map(ConventionQueries.PortfolioRow::summary)
                        .toList());
    }

    public Overview overview(int limit) {
        var list = reads.watchList(limit);
        var watch = list.needingAttention().stream()
                .map(line -> new Watch(line.convention(), line.daysToExpiry(), line.alerts()))
                .toList();
        return new Overview(list.visible(), watch);
    }

    /**
     * The convention if the current user may read it; otherwise the caller's own "not found" (a convention out of reach
     * is never said to exist). The one guard of every module that hangs data on a convention.
     */
    public ConventionSummary readable(UUID id, Supplier<DomainException> notFound) {
        if (id == null) throw notFound.get();
        ConventionSummary convention = queries.find(id).orElseThrow(notFound);
        access.requireRead(convention.footprint(), notFound);
        return convention;
    }

    /** The convention if the current user may change what hangs on it: out of reach, "not found"; read-only, 403. */
    public ConventionSummary writable(UUID id, Supplier<DomainException> notFound) {
        ConventionSummary convention = readable(id, notFound);
        access.requireWrite(convention.footprint(), notFound);
        return convention;
    }

    /**
     * The current terms as the convention's text prints them, if the current user may read the convention; otherwise
     * the caller's "not found". For the generated documents.
     */
    public ConventionText text(UUID id, Supplier<DomainException> notFound) {
        readable(id, notFound);
        ConventionDetails details = reads.get(id);
        var terms = details.terms();
        var convention = details.convention();
        return new ConventionText(
                queries.find(id).orElseThrow(notFound),
                terms.tagline(),
                details.signatories().stream()
                        .map(s -> new ConventionText.Party(
                                s.signatory().kind().name(),
                                s.signatory().organisationId(),
                                s.signatory().organisationName(),
                                s.signatory().representatives().stream()
                                        .map(r -> new ConventionText.Person(
                                                r.name(), r.role().name(), r.title()))
                                        .toList(),
                                s.signatory().authorisations().stream()
                                        .map(a -> new ConventionText.Act(
                                                a.description(),
                                                a.adoptedOn() != null
                                                                && a.adoptedOn().isExact()
                                                        ? a.adoptedOn().firstDay()
                                                        : null,
                                                a.reference(),
                                                a.deliberationId()))
                                        .toList(),
                                s.deliberations().stream()
                                        .map(fr.pilotectg.deliberation.DeliberationSummary::id)
                                        .toList()))
                        .toList(),
                terms.partners().stream()
                        .map(p -> new ConventionText.Partner(p.name(), p.kind().name(), p.role()))
                        .toList(),
                terms.objectives(),
                terms.missions().stream()
                        .map(m -> new ConventionText.Mission(
                                m.missionCode(),
                                NationalReferenceData.mission(m.missionCode())
                                        .map(NationalReferenceData.CafMission::label)
                                        .orElse(m.missionCode()),
                                m.enjeuCodes().stream()
                                        .map(code -> national.enjeux().getOrDefault(code, code))
                                        .toList()))
                        .toList(),
                terms.collectiviteFields(),
                terms.themes(),
                terms.predecessorContract().map(PredecessorContract::label).orElse(null),
                convention.signedOn().orElse(null),
                convention.signaturePlace().orElse(null));
    }

    /**
     * The signed terms version in force and the avenants with the terms each changes, if the current user may read the
     * convention; otherwise the caller's "not found". For the generated documents.
     */
    public ConventionAvenants avenants(UUID id, Supplier<DomainException> notFound) {
        readable(id, notFound);
        return amendments.of(id);
    }

    /** Whether the current user may change what hangs on this convention (to offer the buttons). */
    public boolean canWrite(ConventionSummary convention) {
        return access.canWrite(convention.footprint());
    }

    /** Whether the current user may read this convention. */
    public boolean canRead(ConventionSummary convention) {
        return access.canRead(convention.footprint());
    }
}
