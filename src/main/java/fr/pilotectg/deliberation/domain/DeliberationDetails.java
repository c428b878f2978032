package fr.pilotectg.deliberation.domain;

import fr.pilotectg.deliberation.DeliberationSummary;
import java.time.Instant;
import java.util.List;

/**
 * A stored deliberation as its pages and API show it: the record, what the checks find in it, and what a correction
 * must send back ({@code version}).
 */
public record DeliberationDetails(
        Deliberation deliberation, List<Finding> findings, int version, Instant createdAt, Instant updatedAt) {

    public DeliberationDetails {
        findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .toList();
    }

    public List<Finding> warnings() {
        return findings.stream()
                .filter(finding -> finding.severity() == Severity.WARNING)
                .toList();
    }

    public DeliberationSummary summary() {
        return summaryOf(deliberation, findings);
    }

    /** What other modules see of a deliberation; {@code warnings} counts every finding, errors included. */
    static DeliberationSummary summaryOf(Deliberation d, List<Finding> findings) {
        var vote = d.vote();
        var transmission = d.transmission();
        return new DeliberationSummary(
                d.id(),
                d.organisationId(),
                d.issuer().name(),
                d.body().name(),
                d.number(),
                d.object(),
                d.seance().date(),
                d.isAdopted(),
                vote.map(Vote::unanimous).orElse(false),
                vote.map(Vote::inFavour).orElse(null),
                vote.map(Vote::against).orElse(null),
                vote.map(Vote::abstention).orElse(null),
                d.votesCast().isPresent() ? d.votesCast().getAsInt() : null,
                d.actesId().map(ActesIdentifier::value).orElse(null),
                transmission.map(PrefectureTransmission::sentOn).orElse(null),
                transmission.map(PrefectureTransmission::receivedOn).orElse(null),
                d.publishedOn().orElse(null),
                findings.size());
    }
}
