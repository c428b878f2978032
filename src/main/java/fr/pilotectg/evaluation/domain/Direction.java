package fr.pilotectg.evaluation.domain;

/** Whether more is better (places, coverage) or less (late actions, billing rate). Label {@code evaluation.direction.<X>}. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    public String messageKey() {
        return "evaluation.direction." + name();
    }
}
