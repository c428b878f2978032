package fr.pilotectg.deliberation.web;

import fr.pilotectg.deliberation.domain.ActesIdentifier;
import fr.pilotectg.deliberation.domain.Attendance;
import fr.pilotectg.deliberation.domain.Deliberation;
import fr.pilotectg.deliberation.domain.DeliberationDetails;
import fr.pilotectg.deliberation.domain.DeliberationInput;
import fr.pilotectg.deliberation.domain.Finding;
import fr.pilotectg.deliberation.domain.MemberName;
import fr.pilotectg.deliberation.domain.Vote;
import fr.pilotectg.deliberation.web.DeliberationResource.ActesSegments;
import fr.pilotectg.deliberation.web.DeliberationResource.Figures;
import fr.pilotectg.deliberation.web.DeliberationResource.FindingItem;
import fr.pilotectg.deliberation.web.DeliberationResource.ProxyItem;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a stored deliberation into what its page and the API show, findings written in French. */
@Component
class DeliberationResources {

    private static final Locale FRENCH = Locale.FRANCE;
    /** The fields in the order the form shows them. */
    private static final List<String> FORM_ORDER = List.of(
            "organisationId",
            "body",
            "issuerName",
            "issuerSiren",
            "number",
            "matiere",
            "object",
            "rapporteur",
            "seanceDate",
            "seanceTime",
            "seancePlace",
            "convocationDate",
            "membersInOffice",
            "declaredPresent",
            "president",
            "secretary",
            "present",
            "proxies",
            "excused",
            "absent",
            "reconvenedWithoutQuorum",
            "vote",
            "inFavour",
            "against",
            "abstention",
            "notTakingPart",
            "actesId",
            "sentToPrefectureOn",
            "receivedByPrefectureOn",
            "publishedOn");

    private final MessageSource messages;

    DeliberationResources(MessageSource messages) {
        this.messages = messages;
    }

    DeliberationResource resource(DeliberationDetails details) {
        Deliberation d = details.deliberation();
        Attendance attendance = d.attendance().orElse(null);
        Vote vote = d.vote().orElse(null);
        var transmission = d.transmission().orElse(null);
        return new DeliberationResource(
                d.id(),
                d.organisationId(),
                d.issuer().name(),
                d.issuer().siren() == null ? null : d.issuer().siren().value(),
                d.body().name(),
                d.number(),
                d.object(),
                d.seance().date(),
                d.seance().hoursMinutes(),
                d.seance().place(),
                d.convocationDate().orElse(null),
                d.rapporteur().map(MemberName::printed).orElse(null),
                d.matiere().map(m -> m.code()).orElse(null),
                attendance == null ? null : attendance.membersInOffice(),
                attendance == null ? List.of() : printed(attendance.present()),
                attendance == null
                        ? List.of()
                        : attendance.proxies().stream()
                                .map(p -> new ProxyItem(
                                        p.giver().printed(), p.holder().printed()))
                                .toList(),
                attendance == null ? List.of() : printed(attendance.excused()),
                attendance == null ? List.of() : printed(attendance.absent()),
                attendance == null || attendance.president() == null
                        ? null
                        : attendance.president().printed(),
                attendance == null || attendance.secretary() == null
                        ? null
                        : attendance.secretary().printed(),
                attendance == null ? null : attendance.declaredPresent(),
                attendance != null && attendance.reconvenedWithoutQuorum(),
                vote == null
                        ? null
                        : (vote.unanimous() ? DeliberationInput.VoteKind.UNANIMITY : DeliberationInput.VoteKind.COUNTED)
                                .name(),
                vote == null ? null : vote.inFavour(),
                vote == null ? null : vote.against(),
                vote == null ? null : vote.abstention(),
                vote == null ? null : vote.notTakingPart(),
                d.actesId().map(ActesIdentifier::value).orElse(null),
                transmission == null ? null : transmission.sentOn(),
                transmission == null ? null : transmission.receivedOn(),
                d.publishedOn().orElse(null),
                details.version(),
                details.createdAt(),
                details.updatedAt(),
                figures(d, attendance, vote),
                d.actesId().map(DeliberationResources::segments).orElse(null),
                findings(details.findings()));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, FRENCH);
    }

    List<FindingItem> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> new FindingItem(
                        f.code().name(),
                        f.severity(),
                        messages.getMessage(f.messageKey(), f.args().toArray(), FRENCH)))
                .toList();
    }

    /**
     * A refusal whose field names are those of the form ({@code present[3]} and {@code proxies[1].holder} are on their
     * text areas), in the order of the form, so that its error summary reads from top to bottom.
     */
    static RuntimeException forForm(RuntimeException refusal) {
        if (!(refusal instanceof DomainException e) || e.fields().isEmpty()) return refusal;
        List<FieldProblem> fields = e.fields().stream()
                .map(p -> new FieldProblem(p.field().replaceAll("\\[.*$", ""), p.code(), p.args()))
                .sorted(Comparator.comparingInt(
                        p -> FORM_ORDER.contains(p.field()) ? FORM_ORDER.indexOf(p.field()) : FORM_ORDER.size()))
                .toList();
        return new DomainException(e.kind(), e.code(), e.args(), fields);
    }

    private static Figures figures(Deliberation d, Attendance attendance, Vote vote) {
        Integer votesCast = d.votesCast().isPresent() ? d.votesCast().getAsInt() : null;
        String outcome = vote == null ? null : vote.outcome().name();
        boolean unanimous = vote != null && vote.unanimous();
        if (attendance == null) {
            return new Figures(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    votesCast,
                    outcome,
                    d.isAdopted(),
                    unanimous,
                    false);
        }
        Attendance.Counts counts = attendance.counts();
        boolean presidentOutsideList = attendance.president() != null
                && attendance.present().stream().noneMatch(attendance.president()::sameMemberAs);
        return new Figures(
                attendance.membersInOffice(),
                attendance.quorum(),
                attendance.quorumReached(),
                counts.present(),
                counts.represented(),
                counts.excused(),
                counts.absent(),
                counts.total(),
                votesCast,
                outcome,
                d.isAdopted(),
                unanimous,
                presidentOutsideList);
    }

    private static ActesSegments segments(ActesIdentifier id) {
        return new ActesSegments(
                id.departement(),
                id.siren().value(),
                id.actDate(),
                id.internalNumber(),
                id.nature().name(),
                id.nature().actesCode());
    }

    private static List<String> printed(List<MemberName> names) {
        return names.stream().map(MemberName::printed).toList();
    }
}
