package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import fr.pilotectg.shared.InputLimits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The posts of chargés de coopération and chef de projet, and their yearly activity reports. */
@Service
public class GovernancePosts {

    private final GovernanceFlow flow;
    private final GovernanceAudit audit;
    private final Directory directory;
    private final Clock clock;

    GovernancePosts(GovernanceFlow flow, GovernanceAudit audit, Directory directory, Clock clock) {
        this.flow = flow;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public UUID createPost(UUID conventionId, PostData data) {
        return flow.create(flow.posts, conventionId, (convention, grant) -> {
            Post post = checked(convention, UUID.randomUUID(), data, Map.of());
            String summary = data.etp() == null
                    ? audit.text("post.created.etpUnknown", data.theme())
                    : audit.text("post.created.etp", data.theme(), FrenchNumbers.plain(data.etp()));
            return new GovernanceFlow.Outcome<>(post, "created", summary, List.of());
        });
    }

    @Transactional
    public int updatePost(UUID conventionId, UUID postId, int version, PostData data) {
        return flow.change(flow.posts, conventionId, postId, version, (before, convention) -> {
            Post post = checked(convention, postId, data, before.value().reports());
            return new GovernanceFlow.Outcome<>(
                    post,
                    "updated",
                    audit.text("post.updated", data.theme()),
                    audit.post(before.value().data(), data));
        });
    }

    /** Records the activity report of {@code year} as received on {@code receivedOn} (today if null). */
    @Transactional
    public int receiveReport(UUID conventionId, UUID postId, int version, Integer year, LocalDate receivedOn) {
        return flow.change(flow.posts, conventionId, postId, version, (stored, convention) -> {
            if (year == null
                    || year < convention.start().getYear()
                    || year > convention.end().getYear()) {
                throw DomainException.invalidFields(List.of(FieldProblem.of(
                        "year",
                        GovernanceErrors.REPORT_YEAR_INVALID,
                        String.valueOf(convention.start().getYear()),
                        String.valueOf(convention.end().getYear()))));
            }
            InputLimits.check().date("receivedOn", receivedOn).throwIfAny();
            LocalDate on = receivedOn == null ? LocalDate.now(clock) : receivedOn;
            List<AuditChange> changes = List.of(
                    new AuditChange(audit.text("post.report", String.valueOf(year)), null, GovernanceAudit.date(on)));
            return new GovernanceFlow.Outcome<>(
                    stored.value().received(year, on),
                    "report-received",
                    audit.text("post.reportReceived", String.valueOf(year), on),
                    changes);
        });
    }

    private Post checked(ConventionSummary convention, UUID id, PostData data, Map<Integer, LocalDate> reports) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            Post.checkEtp(data);
        } catch (DomainException e) {
            problems.addAll(e.fields());
        }
        if (data.commune() != null && !convention.communes().contains(data.commune())) {
            problems.add(FieldProblem.of("commune", GovernanceErrors.COMMUNE_NOT_IN_CONVENTION, data.commune()));
        }
        if (data.employerId() != null
                && directory.findOrganisation(data.employerId()).isEmpty()) {
            problems.add(FieldProblem.of("employerId", GovernanceErrors.EMPLOYER_UNKNOWN, data.employerId()));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new Post(id, convention.id(), data, reports);
    }
}
