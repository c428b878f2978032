package fr.pilotectg.deliberation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A council deliberation as its extract from the register records it: who deliberated, when, on what, who attended,
 * how they voted and when the préfecture received it.
 * <p>
 * The aggregate refuses only impossible data (missing object, over-long text, and what its value objects refuse).
 * Anomalies of real records — an attendance that does not add up, a date out of order — are kept as printed and
 * reported by {@link DeliberationChecker}, so that a record can always be entered as it was signed.
 */
public final class Deliberation {

    public static final int MAX_NUMBER_LENGTH = 50;
    public static final int MAX_OBJECT_LENGTH = 1000;

    private final UUID id;
    private final UUID organisationId;
    private final Issuer issuer;
    private final CouncilBody body;
    private String number;
    private String object;
    private Seance seance;
    private LocalDate convocationDate;
    private MemberName rapporteur;
    private ActesMatiere matiere;
    private Attendance attendance;
    private Vote vote;
    private PrefectureTransmission transmission;
    private LocalDate publishedOn;

    private Deliberation(UUID id, UUID organisationId, Issuer issuer, CouncilBody body, Seance seance) {
        this.id = id;
        this.organisationId = organisationId;
        this.issuer = issuer;
        this.body = body;
        this.seance = seance;
    }

    /**
     * Records a deliberation adopted by {@code body} of the organisation {@code organisationId} (directory).
     *
     * @param number the collectivité's own number, as printed: "DE23.027", "2021/58", "DLB13_14122022"
     */
    public static Deliberation record(
            UUID id,
            UUID organisationId,
            Issuer issuer,
            CouncilBody body,
            String number,
            String object,
            Seance seance) {
        List<FieldProblem> problems = new ArrayList<>();
        if (id == null) problems.add(FieldProblem.of("id", ErrorCodes.REQUIRED));
        if (organisationId == null) problems.add(FieldProblem.of("organisationId", ErrorCodes.REQUIRED));
        if (issuer == null) problems.add(FieldProblem.of("issuerName", ErrorCodes.REQUIRED));
        if (body == null) problems.add(FieldProblem.of("body", ErrorCodes.REQUIRED));
        if (seance == null) problems.add(FieldProblem.of("seanceDate", ErrorCodes.REQUIRED));
        headingProblems(number, object, problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        var deliberation = new Deliberation(id, organisationId, issuer, body, seance);
        deliberation.number = number.strip();
        deliberation.object = object.strip();
        return deliberation;
    }

    /** Corrects the number and object typed from the record. */
    public void correctHeading(String number, String object) {
        List<FieldProblem> problems = new ArrayList<>();
        headingProblems(number, object, problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        this.number = number.strip();
        this.object = object.strip();
    }

    /** Corrects the date, time or place of the séance. */
    public void reschedule(Seance seance) {
        if (seance == null) throw missing("seanceDate");
        this.seance = seance;
    }

    /** Records the date of the convocation sent to the members. */
    public void recordConvocation(LocalDate convocationDate) {
        if (convocationDate == null) throw missing("convocationDate");
        this.convocationDate = convocationDate;
    }

    /** Names the member who presented the report. */
    public void assignRapporteur(MemberName rapporteur) {
        if (rapporteur == null) throw missing("rapporteur");
        this.rapporteur = rapporteur;
    }

    /** Files the deliberation under an ACTES matière ("NOMENCLATURE : 09.01" → 9.1). */
    public void classify(ActesMatiere matiere) {
        if (matiere == null) throw missing(ActesMatiere.FIELD);
        this.matiere = matiere;
    }

    /** Records who attended, replacing any earlier entry. */
    public void recordAttendance(Attendance attendance) {
        if (attendance == null) throw missing("membersInOffice");
        this.attendance = attendance;
    }

    /** Records the vote, replacing any earlier entry. */
    public void recordVote(Vote vote) {
        if (vote == null) throw missing("vote");
        this.vote = vote;
    }

    /** Records the préfecture stamp: ACTES identifier, sending and reception dates. */
    public void recordTransmission(PrefectureTransmission transmission) {
        if (transmission == null) {
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of(ActesIdentifier.FIELD, ErrorCodes.TRANSMISSION_EMPTY)));
        }
        this.transmission = transmission;
    }

    /** Records the date the deliberation was posted or published ("Affiché en mairie le", "Publié le"). */
    public void publish(LocalDate publishedOn) {
        if (publishedOn == null) throw missing("publishedOn");
        this.publishedOn = publishedOn;
    }

    /** Members in office (SCDL {@code VOTE_EFFECTIF}), when the attendance is recorded. */
    public OptionalInt membersInOffice() {
        return attendance == null ? OptionalInt.empty() : OptionalInt.of(attendance.membersInOffice());
    }

    /** The quorum of this council, when the members in office are known. */
    public OptionalInt quorum() {
        return attendance == null ? OptionalInt.empty() : OptionalInt.of(attendance.quorum());
    }

    /**
     * Votes cast (votants, SCDL {@code VOTE_REEL}): the figures when the record gives them; for a unanimity without
     * figures, the members present or represented who took part. Empty when neither is known.
     */
    public OptionalInt votesCast() {
        if (vote == null) return OptionalInt.empty();
        if (vote.hasFigures()) return vote.votesCast();
        if (attendance == null) return OptionalInt.empty();
        return OptionalInt.of(Math.max(0, attendance.counts().voting() - vote.notTakingPart()));
    }

    /** Whether the recorded vote adopted the deliberation (a tie is not: its outcome needs the casting vote). */
    public boolean isAdopted() {
        return vote != null && vote.outcome() == Vote.Outcome.ADOPTED;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public Issuer issuer() {
        return issuer;
    }

    public CouncilBody body() {
        return body;
    }

    public String number() {
        return number;
    }

    public String object() {
        return object;
    }

    public Seance seance() {
        return seance;
    }

    public Optional<LocalDate> convocationDate() {
        return Optional.ofNullable(convocationDate);
    }

    public Optional<MemberName> rapporteur() {
        return Optional.ofNullable(rapporteur);
    }

    public Optional<ActesMatiere> matiere() {
        return Optional.ofNullable(matiere);
    }

    public Optional<Attendance> attendance() {
        return Optional.ofNullable(attendance);
    }

    public Optional<Vote> vote() {
        return Optional.ofNullable(vote);
    }

    public Optional<PrefectureTransmission> transmission() {
        return Optional.ofNullable(transmission);
    }

    public Optional<ActesIdentifier> actesId() {
        return transmission().map(PrefectureTransmission::actesId);
    }

    public Optional<LocalDate> publishedOn() {
        return Optional.ofNullable(publishedOn);
    }

    private static DomainException missing(String field) {
        return DomainException.invalidFields(List.of(FieldProblem.of(field, ErrorCodes.REQUIRED)));
    }

    /** Adds what {@link #record} and {@link #correctHeading} would refuse in {@code number} and {@code object}. */
    static void headingProblems(String number, String object, List<FieldProblem> problems) {
        text("number", number, MAX_NUMBER_LENGTH, problems);
        text("object", object, MAX_OBJECT_LENGTH, problems);
    }

    private static void text(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) problems.add(FieldProblem.of(field, ErrorCodes.REQUIRED));
        else if (value.strip().length() > maxLength) {
            problems.add(FieldProblem.of(field, ErrorCodes.DELIBERATION_TEXT_TOO_LONG, maxLength));
        }
    }
}
