package fr.pilotectg.convention.domain;

import static fr.pilotectg.convention.ConventionStatus.ACTIVE;
import static fr.pilotectg.convention.ConventionStatus.DRAFT;
import static fr.pilotectg.convention.ConventionStatus.EXPIRED;
import static fr.pilotectg.convention.ConventionStatus.IN_SIGNATURE;
import static fr.pilotectg.convention.ConventionStatus.SIGNED;
import static fr.pilotectg.convention.ConventionStatus.TERMINATED;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A convention territoriale globale (CTG) and its whole life: drafted, sent for signature, signed once every
 * council that must deliberate has done so, in force from the start of its period to its end, changed only through
 * avenants, renewed only by an explicit new convention, and possibly terminated early in one of three ways.
 *
 * <p>The recorded {@link #status()} moves only through business verbs. Whether a signed convention is in force on
 * a given day follows from its dates ({@link #statusOn(LocalDate)}): the period of its latest version and the
 * termination that takes effect first. {@link #refresh(LocalDate)} (or {@link #activate}, {@link #expire}) brings the
 * recorded status up to date; a daily job is expected to call it.
 *
 * <p>Nothing is ever erased: every signed version of the terms, every avenant (signed or withdrawn) and every
 * termination stays readable.
 */
public class Convention {

    /** Statuses in which a convention is signed and still open to avenants (the CEJ precedent: extended after its end). */
    private static final Set<ConventionStatus> AMENDABLE = EnumSet.of(SIGNED, ACTIVE, EXPIRED);

    private static final Set<ConventionStatus> TERMINABLE = EnumSet.of(SIGNED, ACTIVE);
    private static final Set<ConventionStatus> RENEWABLE = EnumSet.of(SIGNED, ACTIVE, EXPIRED);

    private final ConventionId id;
    private final ConventionId predecessorId;
    private ConventionId successorId;
    private ConventionStatus status;
    /** The terms while the convention is not signed; {@code null} afterwards (see {@link #versions}). */
    private ConventionTerms draftTerms;

    private LocalDate signedOn;
    /** « Fait à Lille », when known. */
    private String signaturePlace;
    /** Entered as signed from its published text ({@link #recordAsSigned}), rather than signed in the application. */
    private boolean recordedFromText;

    private final List<ConventionVersion> versions = new ArrayList<>();
    private final List<Amendment> amendments = new ArrayList<>();
    private final List<Termination> terminations = new ArrayList<>();

    private Convention(ConventionId id, ConventionTerms terms, ConventionId predecessorId) {
        this.id = ConventionErrors.require(id, ConventionErrors.ID_REQUIRED);
        this.draftTerms = Objects.requireNonNull(terms, "terms");
        this.predecessorId = predecessorId;
        this.status = DRAFT;
    }

    /** Starts a new convention as a draft (projet). */
    public static Convention draft(ConventionId id, ConventionTerms terms) {
        return new Convention(id, terms, null);
    }

    public static Convention draft(ConventionTerms terms) {
        return draft(ConventionId.random(), terms);
    }

    /**
     * Rebuilds a convention from storage exactly as it was saved: no rule runs again, since every recorded fact was
     * checked when it happened. {@code draftTerms} is null once signed, {@code versions} empty before.
     */
    public static Convention restore(
            ConventionId id,
            ConventionId predecessorId,
            ConventionId successorId,
            ConventionStatus status,
            ConventionTerms draftTerms,
            LocalDate signedOn,
            String signaturePlace,
            boolean recordedFromText,
            List<ConventionVersion> versions,
            List<Amendment> amendments,
            List<Termination> terminations) {
        ConventionTerms someTerms = draftTerms != null
                ? draftTerms
                : versions.get(versions.size() - 1).terms();
        var convention = new Convention(id, someTerms, predecessorId);
        convention.draftTerms = draftTerms;
        convention.successorId = successorId;
        convention.status = Objects.requireNonNull(status, "status");
        convention.signedOn = signedOn;
        convention.signaturePlace = signaturePlace;
        convention.recordedFromText = recordedFromText;
        convention.versions.addAll(versions);
        convention.amendments.addAll(amendments);
        convention.terminations.addAll(terminations);
        return convention;
    }

    /**
     * Records a convention signed outside the application, from its published text: signed on {@code signedOn} (at
     * {@code place}, when the text gives it), in force or expired by the calendar on {@code today}. Nothing is required
     * beyond what makes the terms well formed: deliberations only cited, representatives not named, a period known to the
     * year are completeness findings ({@link ConventionFindings}), never a refusal; the rule that a collectivité signs
     * after its council's deliberation governs the signature done in the application ({@link #sign}), not this record.
     * Refused: a signature date in the future ({@code CONVENTION_SIGNATURE_IN_FUTURE}).
     */
    public static Convention recordAsSigned(
            ConventionId id, ConventionTerms terms, LocalDate signedOn, String place, LocalDate today) {
        ConventionErrors.require(signedOn, ConventionErrors.DATE_REQUIRED);
        ConventionErrors.require(today, ConventionErrors.DATE_REQUIRED);
        if (signedOn.isAfter(today)) throw DomainException.invalid(ConventionErrors.SIGNATURE_IN_FUTURE, signedOn);
        var convention = new Convention(id, terms, null);
        convention.recordedFromText = true;
        convention.signaturePlace = ConventionErrors.optionalText(place);
        convention.signedOn = signedOn;
        convention.versions.add(new ConventionVersion(1, terms, terms.period().start(), null, signedOn));
        convention.draftTerms = null;
        convention.status = SIGNED;
        convention.refresh(today);
        return convention;
    }

    /**
     * Corrects a convention recorded from its text, while no avenant changed it: the terms as entered, the signature
     * date and place. The record is replaced, not amended (a correction of what was typed is not an avenant); the audit
     * trail keeps what it was. Refused for a convention signed in the application ({@code
     * CONVENTION_CORRECTION_NOT_ALLOWED}).
     */
    public void correctRecord(ConventionTerms terms, LocalDate newSignedOn, String place, LocalDate today) {
        Objects.requireNonNull(terms, "terms");
        ConventionErrors.require(newSignedOn, ConventionErrors.DATE_REQUIRED);
        if (!recordedFromText || versions.size() != 1 || !amendments.isEmpty() || !terminations.isEmpty()) {
            throw DomainException.rule(ConventionErrors.CORRECTION_NOT_ALLOWED);
        }
        if (newSignedOn.isAfter(today))
            throw DomainException.invalid(ConventionErrors.SIGNATURE_IN_FUTURE, newSignedOn);
        versions.set(0, new ConventionVersion(1, terms, terms.period().start(), null, newSignedOn));
        signedOn = newSignedOn;
        signaturePlace = ConventionErrors.optionalText(place);
        // The calendar decides again, forwards or backwards, since the dates themselves were corrected.
        status = SIGNED;
        refresh(today);
    }

    // ---------------------------------------------------------------- drafting and signature

    /** Replaces the terms of a draft. Once sent for signature, terms are frozen; once signed, only an avenant changes them. */
    public void reviseDraft(ConventionTerms terms) {
        if (status != DRAFT) throw DomainException.rule(ConventionErrors.REVISION_NOT_ALLOWED, status);
        draftTerms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Sends the draft round for deliberations and signatures. Refused with {@code CONVENTION_INCOMPLETE} (and the
     * field problems) when no Caf (with its two representatives) or no collectivité signs, someone has nobody to
     * sign for it, or no territory is covered.
     */
    public void submitForSignature() {
        if (status != DRAFT) throw DomainException.rule(ConventionErrors.SUBMISSION_NOT_ALLOWED, status);
        List<FieldProblem> problems = draftTerms.problemsBeforeSignature();
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.RULE_VIOLATION, ConventionErrors.INCOMPLETE, List.of(), problems);
        }
        moveTo(IN_SIGNATURE);
    }

    /** Takes a convention back from the signature round to draft, e.g. when a council asks for changes. */
    public void returnToDraft() {
        if (status != IN_SIGNATURE) throw DomainException.rule(ConventionErrors.RETURN_TO_DRAFT_NOT_ALLOWED, status);
        moveTo(DRAFT);
    }

    /**
     * Records the signature by every party. Each signatory that needs a council deliberation must be in
     * {@code signatoriesWithAdoptedDeliberation} (organisation ids); otherwise {@code CONVENTION_DELIBERATION_MISSING}
     * names those missing. The signature may come after the start date (effect is then retroactive) and, as in
     * Armentières, before the deliberation's date: dates are for the caller to warn about, not to refuse.
     * The terms as signed become version 1, in force from the start of the period.
     */
    public ConventionVersion sign(LocalDate signedOn, Set<UUID> signatoriesWithAdoptedDeliberation) {
        return sign(signedOn, null, signatoriesWithAdoptedDeliberation);
    }

    /** {@link #sign(LocalDate, Set)} at {@code place} (« Fait à Lille »), null while unknown. */
    public ConventionVersion sign(LocalDate signedOn, String place, Set<UUID> signatoriesWithAdoptedDeliberation) {
        ConventionErrors.require(signedOn, ConventionErrors.DATE_REQUIRED);
        if (status != IN_SIGNATURE) throw DomainException.rule(ConventionErrors.SIGNATURE_NOT_ALLOWED, status);
        refuseMissingDeliberations(draftTerms, signatoriesWithAdoptedDeliberation);
        this.signedOn = signedOn;
        this.signaturePlace = ConventionErrors.optionalText(place);
        var first = new ConventionVersion(1, draftTerms, draftTerms.period().start(), null, signedOn);
        versions.add(first);
        draftTerms = null;
        moveTo(SIGNED);
        return first;
    }

    /** The signatories that still lack the council deliberation they need, given those adopted. */
    public List<Signatory> missingDeliberations(Set<UUID> signatoriesWithAdoptedDeliberation) {
        return currentTerms().missingDeliberations(signatoriesWithAdoptedDeliberation);
    }

    // ---------------------------------------------------------------- dates: in force, expired

    /** SIGNED → ACTIVE once the start date is reached ({@code CONVENTION_NOT_YET_EFFECTIVE} before). */
    public void activate(LocalDate today) {
        if (status != SIGNED) throw DomainException.rule(ConventionErrors.ACTIVATION_NOT_ALLOWED, status);
        ConventionStatus due = statusOn(today);
        if (due == SIGNED)
            throw DomainException.rule(
                    ConventionErrors.NOT_YET_EFFECTIVE, currentTerms().period().start());
        if (due != ACTIVE) throw DomainException.rule(ConventionErrors.ACTIVATION_NOT_ALLOWED, due);
        moveTo(ACTIVE);
    }

    /** ACTIVE → EXPIRED once the end date has passed ({@code CONVENTION_NOT_YET_EXPIRED} before). Never renews. */
    public void expire(LocalDate today) {
        if (status != ACTIVE) throw DomainException.rule(ConventionErrors.EXPIRATION_NOT_ALLOWED, status);
        ConventionStatus due = statusOn(today);
        if (due == ACTIVE)
            throw DomainException.rule(
                    ConventionErrors.NOT_YET_EXPIRED, currentTerms().period().end());
        if (due != EXPIRED) throw DomainException.rule(ConventionErrors.EXPIRATION_NOT_ALLOWED, due);
        moveTo(EXPIRED);
    }

    /**
     * Brings the recorded status forward to what the dates say on {@code today} (SIGNED → ACTIVE → EXPIRED, or
     * → TERMINATED once a termination takes effect) and returns it. Never moves backwards, never renews.
     */
    public ConventionStatus refresh(LocalDate today) {
        ConventionStatus due = statusOn(today);
        if (rank(due) <= rank(status)) return status;
        if (status == SIGNED && due == EXPIRED) moveTo(ACTIVE);
        if (status.canMoveTo(due)) moveTo(due);
        return status;
    }

    /**
     * The status on {@code date} as the recorded facts stand: before signature the recorded status; afterwards
     * SIGNED before the start date, ACTIVE within the period, EXPIRED after its end, TERMINATED from the day a
     * termination takes effect (whichever of end and termination comes first).
     */
    public ConventionStatus statusOn(LocalDate date) {
        ConventionErrors.require(date, ConventionErrors.DATE_REQUIRED);
        if (!status.isSigned()) return status;
        Period period = currentTerms().period();
        Optional<LocalDate> stop = commitmentsStopOn();
        if (stop.isPresent() && !stop.get().isAfter(period.end()) && !date.isBefore(stop.get())) return TERMINATED;
        if (period.hasExpiredAt(date)) return EXPIRED;
        if (!period.hasStartedAt(date)) return SIGNED;
        return ACTIVE;
    }

    /** Whether the parties' commitments run on {@code date}. */
    public boolean isInForceOn(LocalDate date) {
        return statusOn(date) == ACTIVE;
    }

    /** Days from {@code date} to the end date of the current terms (0 on the last day, negative after). */
    public long daysToExpiryAt(LocalDate date) {
        return currentTerms().period().daysToExpiryAt(date);
    }

    // ---------------------------------------------------------------- avenants and versions

    /**
     * Drafts avenant n+1 carrying the complete amended terms. Allowed on a signed convention, in force or expired
     * (the Lille CEJ 2016-2019 was extended by avenant after its end), not on a draft, during the signature round
     * or once terminated ({@code CONVENTION_AMENDMENT_NOT_ALLOWED}). One avenant at a time; it must change something.
     */
    public Amendment draftAmendment(String title, ConventionTerms amendedTerms, LocalDate draftedOn) {
        Objects.requireNonNull(amendedTerms, "amendedTerms");
        ConventionErrors.require(draftedOn, ConventionErrors.DATE_REQUIRED);
        requireAmendableOn(draftedOn);
        Optional<Amendment> pending = pendingAmendment();
        if (pending.isPresent())
            throw DomainException.rule(
                    ConventionErrors.AMENDMENT_PENDING, pending.get().number());
        Set<TermsPart> changes = amendedTerms.changesFrom(currentTerms());
        if (changes.isEmpty()) throw DomainException.rule(ConventionErrors.AMENDMENT_UNCHANGED);
        List<FieldProblem> problems = amendedTerms.problemsBeforeSignature();
        if (!problems.isEmpty()) {
            throw new DomainException(ErrorKind.RULE_VIOLATION, ConventionErrors.INCOMPLETE, List.of(), problems);
        }
        var amendment = Amendment.drafted(amendments.size() + 1, title, amendedTerms, changes, draftedOn);
        amendments.add(amendment);
        return amendment;
    }

    /** Signs the pending avenant, in force from the date of signature. */
    public ConventionVersion signAmendment(
            int number, LocalDate signedOn, Set<UUID> signatoriesWithAdoptedDeliberation) {
        return signAmendment(number, signedOn, signedOn, signatoriesWithAdoptedDeliberation);
    }

    /**
     * Signs the pending avenant {@code number}: its terms become the next version, in force from
     * {@code effectiveFrom} (which may precede the signature but not the version it amends). As for the convention,
     * signatories needing a council deliberation must have one. An avenant extending an expired convention beyond
     * the signature date puts it back in force.
     */
    public ConventionVersion signAmendment(
            int number, LocalDate signedOn, LocalDate effectiveFrom, Set<UUID> signatoriesWithAdoptedDeliberation) {
        ConventionErrors.require(signedOn, ConventionErrors.DATE_REQUIRED);
        ConventionErrors.require(effectiveFrom, ConventionErrors.DATE_REQUIRED);
        Amendment amendment = pendingAmendment(number);
        requireAmendableOn(signedOn);
        if (signedOn.isBefore(amendment.draftedOn())) {
            throw DomainException.rule(ConventionErrors.AMENDMENT_DATE_INVALID, amendment.draftedOn(), signedOn);
        }
        LocalDate previousFrom = currentVersion().orElseThrow().effectiveFrom();
        if (effectiveFrom.isBefore(previousFrom)) {
            throw DomainException.rule(ConventionErrors.AMENDMENT_EFFECTIVE_DATE_INVALID, effectiveFrom, previousFrom);
        }
        refuseMissingDeliberations(amendment.terms(), signatoriesWithAdoptedDeliberation);
        amendments.set(amendments.indexOf(amendment), amendment.signed(signedOn, effectiveFrom));
        var version = new ConventionVersion(versions.size() + 1, amendment.terms(), effectiveFrom, number, signedOn);
        versions.add(version);
        if (status == EXPIRED && !amendment.terms().period().hasExpiredAt(signedOn)) moveTo(ACTIVE);
        return version;
    }

    /** Abandons the pending avenant {@code number}; it stays in the history, marked withdrawn. */
    public void withdrawAmendment(int number) {
        Amendment amendment = pendingAmendment(number);
        amendments.set(amendments.indexOf(amendment), amendment.withdrawnNow());
    }

    // ---------------------------------------------------------------- renewal

    /**
     * Renewal by explicit agreement ("ne peut être reconduite que par expresse reconduction / accord explicite"):
     * never automatic, it creates a NEW draft convention naming this one as its predecessor, which will need its
     * own deliberations and signatures. The new period must start after this one ends. A convention is renewed
     * once; a draft, one in signature or one being terminated cannot be.
     */
    public Convention renew(ConventionId newId, ConventionTerms successorTerms) {
        Objects.requireNonNull(successorTerms, "successorTerms");
        ConventionErrors.require(newId, ConventionErrors.ID_REQUIRED);
        if (!RENEWABLE.contains(status) || !terminations.isEmpty() || newId.equals(id)) {
            throw DomainException.rule(ConventionErrors.RENEWAL_NOT_ALLOWED, status);
        }
        if (successorId != null) throw DomainException.rule(ConventionErrors.ALREADY_RENEWED, successorId);
        Period own = currentTerms().period();
        if (!successorTerms.period().start().isAfter(own.end())) {
            throw DomainException.rule(
                    ConventionErrors.RENEWAL_PERIOD_OVERLAP,
                    successorTerms.period().start(),
                    own.end());
        }
        var predecessor =
                new PredecessorContract(PredecessorKind.CTG, currentTerms().title(), own.from(), own.to(), null);
        var successor = new Convention(newId, successorTerms.withPredecessor(predecessor), id);
        successorId = newId;
        return successor;
    }

    /**
     * Renewal for {@code newPeriod} starting from a copy of the current terms; the authorising acts are dropped,
     * since the new convention needs new deliberations.
     */
    public Convention renew(ConventionId newId, Period newPeriod) {
        ConventionTerms current = currentTerms();
        List<Signatory> signatories =
                current.signatories().stream().map(s -> s.withAuthorisations()).toList();
        return renew(newId, current.withPeriod(newPeriod).withSignatories(signatories));
    }

    // ---------------------------------------------------------------- termination

    /**
     * Résiliation de plein droit avec mise en demeure: takes effect one month after the registered letter was sent,
     * if the default was not remedied ({@code CONVENTION_FORMAL_NOTICE_REMEDIED} otherwise). Month arithmetic is
     * {@link LocalDate#plusMonths}: a letter sent on 31 January 2024 gives 29 February 2024 (the last day of a
     * shorter month, as French procedure counts months), 15 March gives 15 April.
     */
    public Termination terminateAfterFormalNotice(LocalDate letterSentOn, boolean remedied) {
        return terminateAfterFormalNotice(null, letterSentOn, remedied);
    }

    /** Same, naming the party that sent the letter (either party for a contractual breach, the Caf for a breach of law). */
    public Termination terminateAfterFormalNotice(UUID sentBy, LocalDate letterSentOn, boolean remedied) {
        ConventionErrors.require(letterSentOn, ConventionErrors.DATE_REQUIRED);
        requireTerminableOn(letterSentOn);
        if (sentBy != null) requireParty(sentBy);
        if (remedied) throw DomainException.rule(ConventionErrors.FORMAL_NOTICE_REMEDIED, letterSentOn);
        return terminate(
                TerminationKind.FORMAL_NOTICE,
                sentBy,
                letterSentOn,
                TerminationKind.FORMAL_NOTICE.effectiveOn(letterSentOn));
    }

    /**
     * Résiliation de plein droit sans mise en demeure: the Caf terminates immediately, on {@code on}, because a
     * term was modified without an avenant.
     */
    public Termination terminateForUnilateralChange(LocalDate on) {
        ConventionErrors.require(on, ConventionErrors.DATE_REQUIRED);
        requireTerminableOn(on);
        UUID caf = currentTerms().caf().map(Signatory::organisationId).orElse(null);
        return terminate(TerminationKind.UNILATERAL_CHANGE, caf, on, TerminationKind.UNILATERAL_CHANGE.effectiveOn(on));
    }

    /**
     * Dénonciation by one party with six months' notice: notice given on 15 March 2024 takes effect on 15 September
     * 2024. With {@link LocalDate#plusMonths} a notice given on 31 August takes effect on the last day of February:
     * 29 February 2024 for 31 August 2023, 28 February 2025 for 31 August 2024.
     */
    public Termination terminateWithNotice(LocalDate noticeGivenOn, UUID party) {
        ConventionErrors.require(noticeGivenOn, ConventionErrors.DATE_REQUIRED);
        requireTerminableOn(noticeGivenOn);
        requireParty(party);
        return terminate(
                TerminationKind.NOTICE, party, noticeGivenOn, TerminationKind.NOTICE.effectiveOn(noticeGivenOn));
    }

    /**
     * The termination that ends the convention: the one taking effect first. A later, earlier-effective termination
     * (say an immediate one during a six-month notice) supersedes a pending one; both stay in {@link #terminations()}.
     */
    public Optional<Termination> termination() {
        return terminations.stream().min(Comparator.comparing(Termination::effectiveOn));
    }

    /** The day the parties' commitments stop because of a termination, if any. */
    public Optional<LocalDate> commitmentsStopOn() {
        return termination().map(Termination::effectiveOn);
    }

    // ---------------------------------------------------------------- queries

    public ConventionId id() {
        return id;
    }

    public ConventionStatus status() {
        return status;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<String> signaturePlace() {
        return Optional.ofNullable(signaturePlace);
    }

    public boolean recordedFromText() {
        return recordedFromText;
    }

    /** Signed after the first day of its period (effect retroactive): a note, never a refusal nor a moved date. */
    public boolean signedAfterStart() {
        return signedOn != null
                && !versions.isEmpty()
                && signedOn.isAfter(versions.get(0).terms().period().start());
    }

    public Optional<ConventionId> predecessorId() {
        return Optional.ofNullable(predecessorId);
    }

    public Optional<ConventionId> successorId() {
        return Optional.ofNullable(successorId);
    }

    /** The consolidated terms: the draft before signature, then the latest signed version (all avenants applied). */
    public ConventionTerms currentTerms() {
        return versions.isEmpty()
                ? draftTerms
                : versions.get(versions.size() - 1).terms();
    }

    /** The terms in force on {@code date}: the latest version effective on that day; empty before version 1 applies. */
    public Optional<ConventionTerms> termsOn(LocalDate date) {
        return versions.stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparingInt(ConventionVersion::number))
                .map(ConventionVersion::terms);
    }

    public List<ConventionVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ConventionVersion> currentVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public ConventionVersion version(int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound(ConventionErrors.VERSION_NOT_FOUND, number));
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    public Optional<Amendment> pendingAmendment() {
        return amendments.stream().filter(Amendment::isPending).findFirst();
    }

    public List<Termination> terminations() {
        return List.copyOf(terminations);
    }

    // ---------------------------------------------------------------- internals

    private Termination terminate(TerminationKind kind, UUID party, LocalDate actOn, LocalDate effectiveOn) {
        LocalDate end = currentTerms().period().end();
        if (effectiveOn.isAfter(end))
            throw DomainException.rule(ConventionErrors.TERMINATION_AFTER_END, effectiveOn, end);
        Optional<Termination> pending = termination();
        if (pending.isPresent() && !effectiveOn.isBefore(pending.get().effectiveOn())) {
            throw DomainException.rule(
                    ConventionErrors.TERMINATION_ALREADY_PENDING, pending.get().effectiveOn());
        }
        var termination = new Termination(kind, party, actOn, effectiveOn);
        terminations.add(termination);
        if (!effectiveOn.isAfter(actOn)) moveTo(TERMINATED);
        return termination;
    }

    private void requireTerminableOn(LocalDate actOn) {
        if (!TERMINABLE.contains(status)) throw DomainException.rule(ConventionErrors.TERMINATION_NOT_ALLOWED, status);
        if (actOn.isBefore(signedOn)) throw DomainException.rule(ConventionErrors.TERMINATION_NOT_ALLOWED, SIGNED);
        ConventionStatus then = statusOn(actOn);
        if (!TERMINABLE.contains(then)) throw DomainException.rule(ConventionErrors.TERMINATION_NOT_ALLOWED, then);
    }

    private void requireAmendableOn(LocalDate date) {
        if (!AMENDABLE.contains(status)) throw DomainException.rule(ConventionErrors.AMENDMENT_NOT_ALLOWED, status);
        if (date.isBefore(signedOn)) throw DomainException.rule(ConventionErrors.AMENDMENT_NOT_ALLOWED, SIGNED);
        ConventionStatus then = statusOn(date);
        if (!AMENDABLE.contains(then)) throw DomainException.rule(ConventionErrors.AMENDMENT_NOT_ALLOWED, then);
    }

    private void requireParty(UUID party) {
        if (party == null || currentTerms().signatory(party).isEmpty()) {
            throw DomainException.rule(ConventionErrors.PARTY_UNKNOWN, String.valueOf(party));
        }
    }

    private Amendment pendingAmendment(int number) {
        return amendments.stream()
                .filter(a -> a.number() == number && a.isPending())
                .findFirst()
                .orElseThrow(() -> DomainException.rule(ConventionErrors.AMENDMENT_NOT_PENDING, number));
    }

    private static void refuseMissingDeliberations(ConventionTerms terms, Set<UUID> withAdoptedDeliberation) {
        List<Signatory> missing = terms.missingDeliberations(withAdoptedDeliberation);
        if (!missing.isEmpty()) {
            String names = missing.stream().map(Signatory::organisationName).collect(Collectors.joining(", "));
            throw DomainException.rule(ConventionErrors.DELIBERATION_MISSING, names);
        }
    }

    private void moveTo(ConventionStatus target) {
        if (!status.canMoveTo(target))
            throw DomainException.rule(ConventionErrors.TRANSITION_NOT_ALLOWED, status, target);
        status = target;
    }

    /** Progress along the life cycle, for {@link #refresh}: EXPIRED and TERMINATED are both ends. */
    private static int rank(ConventionStatus s) {
        return switch (s) {
            case DRAFT -> 0;
            case IN_SIGNATURE -> 1;
            case SIGNED -> 2;
            case ACTIVE -> 3;
            case EXPIRED, TERMINATED -> 4;
        };
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Convention that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Convention[" + id + ", " + status + ", " + currentTerms().title() + "]";
    }
}
