package fr.pilotectg.evaluation.domain;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.InputLimits;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An annual review of a convention's plan (kind ANNUAL, one per year) or its final bilan (kind FINAL): the texts people
 * write (conclusions, adjustments decided, for the bilan the evaluation of effects and the objectives carried into the
 * next convention) and, once presented to the comité de pilotage, the frozen snapshot of what it showed. A frozen
 * review changes no more.
 */
public final class Review {

    public enum Kind {
        ANNUAL,
        FINAL
    }

    /** The texts of a review. */
    public record Texts(String conclusions, String adjustments, String effects, List<String> carriedObjectives) {

        public Texts {
            conclusions = strip(conclusions);
            adjustments = strip(adjustments);
            effects = strip(effects);
            carriedObjectives = carriedObjectives == null
                    ? List.of()
                    : carriedObjectives.stream()
                            .filter(Objects::nonNull)
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        public static Texts empty() {
            return new Texts("", "", "", List.of());
        }

        private static String strip(String s) {
            return s == null ? "" : s.strip();
        }
    }

    private final UUID id;
    private final UUID conventionId;
    private final Kind kind;
    private final Integer year;
    private Texts texts;
    private LocalDate presentedOn;
    private OffsetDateTime frozenAt;
    private String frozenBy;
    private ReviewReport snapshot;

    private Review(
            UUID id,
            UUID conventionId,
            Kind kind,
            Integer year,
            Texts texts,
            LocalDate presentedOn,
            OffsetDateTime frozenAt,
            String frozenBy,
            ReviewReport snapshot) {
        this.id = id;
        this.conventionId = conventionId;
        this.kind = kind;
        this.year = year;
        this.texts = texts;
        this.presentedOn = presentedOn;
        this.frozenAt = frozenAt;
        this.frozenBy = frozenBy;
        this.snapshot = snapshot;
    }

    public static Review open(UUID conventionId, Kind kind, Integer year) {
        return new Review(
                UUID.randomUUID(),
                conventionId,
                kind,
                kind == Kind.FINAL ? null : year,
                Texts.empty(),
                null,
                null,
                null,
                null);
    }

    static Review restore(
            UUID id,
            UUID conventionId,
            Kind kind,
            Integer year,
            Texts texts,
            LocalDate presentedOn,
            OffsetDateTime frozenAt,
            String frozenBy,
            ReviewReport snapshot) {
        return new Review(id, conventionId, kind, year, texts, presentedOn, frozenAt, frozenBy, snapshot);
    }

    /** Replaces the texts. */
    public void write(Texts texts) {
        requireOpen();
        if (texts != null) {
            InputLimits.check()
                    .list("carriedObjectives", texts.carriedObjectives())
                    .throwIfAny();
            InputLimits.check()
                    .longText("conclusions", texts.conclusions())
                    .longText("adjustments", texts.adjustments())
                    .longText("effects", texts.effects())
                    .titles("carriedObjectives", texts.carriedObjectives())
                    .throwIfAny();
        }
        this.texts = texts == null ? Texts.empty() : texts;
    }

    /** Freezes the review as {@code report} shows it today: the page and the API show this snapshot from now on. */
    public void freeze(ReviewReport report, LocalDate presentedOn, String by, OffsetDateTime at) {
        requireOpen();
        this.snapshot = Objects.requireNonNull(report);
        this.presentedOn = presentedOn;
        this.frozenBy = by;
        this.frozenAt = at;
    }

    private void requireOpen() {
        if (isFrozen()) throw DomainException.rule(EvaluationErrors.REVIEW_FROZEN);
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID conventionId() {
        return conventionId;
    }

    public Kind kind() {
        return kind;
    }

    public Integer year() {
        return year;
    }

    public Texts texts() {
        return texts;
    }

    public LocalDate presentedOn() {
        return presentedOn;
    }

    public OffsetDateTime frozenAt() {
        return frozenAt;
    }

    public String frozenBy() {
        return frozenBy;
    }

    public ReviewReport snapshot() {
        return snapshot;
    }
}
