package fr.pilotectg.deliberation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deliberation as a form or an API call carries it: every value as typed, so that one refusal can name every wrong
 * field at once, a nonexistent date ("2023-02-30") or a malformed ACTES identifier included. Field names are those of
 * the refusals ({@code seanceDate}, {@code actesId}, {@code present[3]}, {@code proxies[1]}…).
 * <p>
 * Empty means "not given": an attendance is recorded when any of its fields is given (then {@code membersInOffice} is
 * required), a vote when {@code vote} is, a transmission when the ACTES identifier or a préfecture date is.
 *
 * @param issuerName blank: the organisation's name
 * @param issuerSiren blank: the organisation's SIREN, if any
 * @param body a {@link CouncilBody} name
 * @param seanceDate dates are {@code yyyy-MM-dd} (or {@code dd/MM/yyyy})
 * @param seanceTime {@code HH:mm} (or {@code 18h00})
 * @param matiere ACTES matière, "9.1" or "09.01"
 * @param vote a {@link VoteKind} name, or blank when the record gives no vote
 */
public record DeliberationInput(
        UUID organisationId,
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
        List<String> present,
        List<ProxyInput> proxies,
        List<String> excused,
        List<String> absent,
        String president,
        String secretary,
        String declaredPresent,
        boolean reconvenedWithoutQuorum,
        String vote,
        String inFavour,
        String against,
        String abstention,
        String notTakingPart,
        String actesId,
        String sentToPrefectureOn,
        String receivedByPrefectureOn,
        String publishedOn) {

    public DeliberationInput {
        present = present == null
                ? List.of()
                : List.copyOf(present.stream().map(s -> s == null ? "" : s).toList());
        proxies = proxies == null
                ? List.of()
                : List.copyOf(proxies.stream()
                        .map(p -> p == null ? new ProxyInput(null, null) : p)
                        .toList());
        excused = excused == null
                ? List.of()
                : List.copyOf(excused.stream().map(s -> s == null ? "" : s).toList());
        absent = absent == null
                ? List.of()
                : List.copyOf(absent.stream().map(s -> s == null ? "" : s).toList());
    }

    /** How the vote went. */
    public enum VoteKind {
        /** "Adoptée à l'unanimité", with or without figures. */
        UNANIMITY,
        /** Votes for, against and abstentions counted. */
        COUNTED
    }

    /** A written proxy: the giver (mandant) is represented by the holder (mandataire). */
    public record ProxyInput(String giver, String holder) {

        /** "M. HANON → M. ROBERT", as the form shows it and the audit trail records it. */
        @Override
        public String toString() {
            return (giver == null ? "" : giver) + " → " + (holder == null ? "" : holder);
        }
    }

    /** The values of a recorded deliberation, as its form shows them for a correction. */
    public static DeliberationInput of(Deliberation deliberation) {
        var attendance = deliberation.attendance();
        var vote = deliberation.vote();
        var transmission = deliberation.transmission();
        return new DeliberationInput(
                deliberation.organisationId(),
                deliberation.issuer().name(),
                deliberation.issuer().siren() == null
                        ? null
                        : deliberation.issuer().siren().value(),
                deliberation.body().name(),
                deliberation.number(),
                deliberation.object(),
                iso(deliberation.seance().date()),
                deliberation.seance().hoursMinutes(),
                deliberation.seance().place(),
                deliberation.convocationDate().map(DeliberationInput::iso).orElse(null),
                deliberation.rapporteur().map(MemberName::printed).orElse(null),
                deliberation.matiere().map(ActesMatiere::code).orElse(null),
                attendance.map(a -> String.valueOf(a.membersInOffice())).orElse(null),
                attendance.map(a -> printed(a.present())).orElse(List.of()),
                attendance
                        .map(a -> a.proxies().stream()
                                .map(p -> new ProxyInput(
                                        p.giver().printed(), p.holder().printed()))
                                .toList())
                        .orElse(List.of()),
                attendance.map(a -> printed(a.excused())).orElse(List.of()),
                attendance.map(a -> printed(a.absent())).orElse(List.of()),
                attendance.map(Attendance::president).map(MemberName::printed).orElse(null),
                attendance.map(Attendance::secretary).map(MemberName::printed).orElse(null),
                attendance.map(Attendance::declaredPresent).map(String::valueOf).orElse(null),
                attendance.map(Attendance::reconvenedWithoutQuorum).orElse(false),
                vote.map(v -> v.unanimous() ? VoteKind.UNANIMITY.name() : VoteKind.COUNTED.name())
                        .orElse(null),
                vote.map(Vote::inFavour).map(String::valueOf).orElse(null),
                vote.map(Vote::against).map(String::valueOf).orElse(null),
                vote.map(Vote::abstention).map(String::valueOf).orElse(null),
                vote.map(v -> v.notTakingPart() == 0 ? null : String.valueOf(v.notTakingPart()))
                        .orElse(null),
                transmission
                        .map(PrefectureTransmission::actesId)
                        .map(ActesIdentifier::value)
                        .orElse(null),
                transmission
                        .map(PrefectureTransmission::sentOn)
                        .map(DeliberationInput::iso)
                        .orElse(null),
                transmission
                        .map(PrefectureTransmission::receivedOn)
                        .map(DeliberationInput::iso)
                        .orElse(null),
                deliberation.publishedOn().map(DeliberationInput::iso).orElse(null));
    }

    private static List<String> printed(List<MemberName> names) {
        return names.stream().map(MemberName::printed).toList();
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
