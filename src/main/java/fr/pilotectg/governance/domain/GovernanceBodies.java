package fr.pilotectg.governance.domain;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.directory.Directory;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bodies of a convention's governance (COPIL, COTECH, local instances): their composition and frequency. */
@Service
public class GovernanceBodies {

    private final GovernanceFlow flow;
    private final GovernanceAudit audit;
    private final Directory directory;

    GovernanceBodies(GovernanceFlow flow, GovernanceAudit audit, Directory directory) {
        this.flow = flow;
        this.audit = audit;
        this.directory = directory;
    }

    @Transactional
    public UUID createBody(UUID conventionId, BodyData data) {
        return flow.create(flow.bodies, conventionId, (convention, grant) -> {
            // A body created by the Caf, the lead collectivité or an admin is the whole convention's; by another
            // collectivité or a partner, its organisation's (ADR 0003).
            Body body = checked(convention, UUID.randomUUID(), data).ownedBy(grant.organisation());
            return new GovernanceFlow.Outcome<>(body, "created", summary("body.created", body), List.of());
        });
    }

    @Transactional
    public int updateBody(UUID conventionId, UUID bodyId, int version, BodyData data) {
        return flow.change(flow.bodies, conventionId, bodyId, version, (before, convention) -> {
            Body body = checked(convention, bodyId, data).ownedBy(before.value().ownerId());
            BodyData was = before.value().data();
            List<AuditChange> changes = new ArrayList<>();
            audit.change(changes, "name", was.name(), data.name());
            audit.change(
                    changes, "seats", String.valueOf(before.value().totalSeats()), String.valueOf(body.totalSeats()));
            audit.change(
                    changes,
                    "members",
                    String.valueOf(was.members().size()),
                    String.valueOf(data.members().size()));
            audit.change(changes, "frequency", audit.frequency(was.frequency()), audit.frequency(data.frequency()));
            return new GovernanceFlow.Outcome<>(body, "updated", summary("body.updated", body), changes);
        });
    }

    private String summary(String key, Body body) {
        return audit.text(
                key + (body.parityBroken() ? ".parityBroken" : ""), body.data().name());
    }

    private Body checked(ConventionSummary convention, UUID id, BodyData data) {
        Body body = Body.of(id, convention.id(), data);
        List<FieldProblem> problems = new ArrayList<>();
        if (data.commune() != null && !convention.communes().contains(data.commune())) {
            problems.add(FieldProblem.of("commune", GovernanceErrors.COMMUNE_NOT_IN_CONVENTION, data.commune()));
        }
        for (int i = 0; i < data.members().size(); i++) {
            UUID org = data.members().get(i).organisationId();
            if (directory.findOrganisation(org).isEmpty()) {
                problems.add(FieldProblem.of(
                        "members[" + i + "].organisationId", GovernanceErrors.MEMBER_ORGANISATION_UNKNOWN, org));
            }
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return body;
    }
}
