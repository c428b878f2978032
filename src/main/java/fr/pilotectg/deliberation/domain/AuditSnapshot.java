package fr.pilotectg.deliberation.domain;

import java.util.List;

/**
 * The fields of a deliberation as the audit trail shows them (named as in the API, then labelled by
 * {@link DeliberationJournal}): lists in printed order, the vote in words, nothing for what is not recorded. Public
 * because {@code AuditChange.between} reads its components.
 */
public record AuditSnapshot(
        String organisationId,
        String issuerName,
        String issuerSiren,
        String body,
        String number,
        String object,
        String seanceDate,
        String seanceTime,
        String seancePlace,
        String convocationDate,
        String rapporteur,
        String matiere,
        String membersInOffice,
        String present,
        String proxies,
        String excused,
        String absent,
        String president,
        String secretary,
        String declaredPresent,
        String reconvenedWithoutQuorum,
        String vote,
        String actesId,
        String sentToPrefectureOn,
        String receivedByPrefectureOn,
        String publishedOn) {

    static AuditSnapshot of(Deliberation deliberation) {
        DeliberationInput in = DeliberationInput.of(deliberation);
        return new AuditSnapshot(
                String.valueOf(in.organisationId()),
                in.issuerName(),
                in.issuerSiren(),
                in.body(),
                in.number(),
                in.object(),
                in.seanceDate(),
                in.seanceTime(),
                in.seancePlace(),
                in.convocationDate(),
                in.rapporteur(),
                in.matiere(),
                in.membersInOffice(),
                joined(in.present()),
                joined(in.proxies().stream().map(Object::toString).toList()),
                joined(in.excused()),
                joined(in.absent()),
                in.president(),
                in.secretary(),
                in.declaredPresent(),
                in.reconvenedWithoutQuorum() ? "oui" : null,
                deliberation.vote().map(AuditSnapshot::vote).orElse(null),
                in.actesId(),
                in.sentToPrefectureOn(),
                in.receivedByPrefectureOn(),
                in.publishedOn());
    }

    /** The same fields with the assembly as people read it. */
    AuditSnapshot withBody(String label) {
        return new AuditSnapshot(
                organisationId,
                issuerName,
                issuerSiren,
                label,
                number,
                object,
                seanceDate,
                seanceTime,
                seancePlace,
                convocationDate,
                rapporteur,
                matiere,
                membersInOffice,
                present,
                proxies,
                excused,
                absent,
                president,
                secretary,
                declaredPresent,
                reconvenedWithoutQuorum,
                vote,
                actesId,
                sentToPrefectureOn,
                receivedByPrefectureOn,
                publishedOn);
    }

    private static String joined(List<String> names) {
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String vote(Vote vote) {
        String figures = vote.hasFigures()
                ? "pour " + vote.inFavour() + ", contre " + vote.against() + ", abstentions " + vote.abstention()
                : "";
        String text = vote.unanimous() ? "unanimité" + (figures.isEmpty() ? "" : " (" + figures + ")") : figures;
        return vote.notTakingPart() == 0 ? text : text + ", ne prenant pas part au vote " + vote.notTakingPart();
    }
}
