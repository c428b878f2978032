package fr.pilotectg.governance;

import fr.pilotectg.governance.domain.GovernanceReads;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The governance module's front door for other modules (convention page, CAF portfolio). */
@Service
public class Governance {

    private final GovernanceReads service;

    Governance(GovernanceReads service) {
        this.service = service;
    }

    /**
     * What is behind in a convention's governance as of today, for the current user: expected meetings not held
     * ({@code MISSING_MEETING}), a COPIL held without a COTECH before it, a composition that breaks the required parity,
     * an overdue activity report of a chargé de coopération. Empty if the user may not see the convention.
     */
    public List<GovernanceWarning> warningsOf(UUID conventionId) {
        return service.warnings(conventionId);
    }

    /** The bodies and posts of a convention the current user may read, for its annex 2 (the guard of the overview). */
    public GovernanceAnnex annexOf(UUID conventionId) {
        var overview = service.overview(conventionId);
        return new GovernanceAnnex(
                overview.bodies().stream()
                        .map(b -> new GovernanceAnnex.BodyLine(
                                b.body().data().name(),
                                b.body().data().chairing(),
                                b.body().data().frequency() == null
                                        ? null
                                        : b.body().data().frequency().text(),
                                b.body().cafSeats(),
                                b.body().collectiviteSeats(),
                                b.body().totalSeats()))
                        .toList(),
                overview.posts().stream()
                        .map(p -> new GovernanceAnnex.PostLine(
                                p.post().data().theme(),
                                p.post().data().person(),
                                p.communeName(),
                                p.post().data().etp(),
                                p.employerName()))
                        .toList());
    }

    /** The meetings of a convention the current user may read, in the order of the governance page. */
    public List<MeetingMinutes.Line> meetingsOf(UUID conventionId) {
        return service.overview(conventionId).meetings().stream()
                .map(m -> new MeetingMinutes.Line(
                        m.id(),
                        m.bodyName(),
                        m.bodyKind().name(),
                        m.meeting().data().date(),
                        m.held()))
                .toList();
    }

    /** A meeting as its minutes print it; "not found" out of reach or when it is not the convention's. */
    public MeetingMinutes minutesOf(UUID conventionId, UUID meetingId) {
        var details = service.meeting(conventionId, meetingId);
        var meeting = details.meeting().meeting();
        var data = meeting.data();
        java.util.Map<UUID, String> fiches = new java.util.HashMap<>();
        details.fiches().forEach(f -> fiches.put(f.id(), f.title()));
        var attendance = new java.util.ArrayList<MeetingMinutes.Attendee>();
        for (var a : data.attendance()) {
            String organisation = a.organisationId() == null
                    ? ""
                    : details.organisationNames().getOrDefault(a.organisationId(), "");
            String name = a.name().isBlank() ? organisation : a.name();
            attendance.add(new MeetingMinutes.Attendee(
                    name, a.name().isBlank() ? "" : organisation, a.status().name(), a.representedBy()));
        }
        attendance.sort(fr.pilotectg.shared.FrenchOrder.by(MeetingMinutes.Attendee::name));
        return new MeetingMinutes(
                meeting.id(),
                details.meeting().bodyName(),
                details.meeting().bodyKind().name(),
                data.date(),
                details.meeting().held(),
                data.place(),
                attendance,
                data.agenda().stream()
                        .map(i -> !i.label().isBlank()
                                ? i.label()
                                : i.ficheId() == null ? "" : fiches.getOrDefault(i.ficheId(), ""))
                        .filter(l -> !l.isBlank())
                        .toList(),
                meeting.decisions().stream()
                        .map(d -> new MeetingMinutes.DecisionLine(
                                d.number(),
                                d.text(),
                                d.ficheTitle(),
                                d.ficheStatus() == null ? null : d.ficheStatus().name(),
                                d.reason()))
                        .toList(),
                data.minutes(),
                data.note());
    }

    /** The governance page of a convention. */
    public static String pathOf(UUID conventionId) {
        return "/conventions/" + conventionId + "/gouvernance";
    }
}
