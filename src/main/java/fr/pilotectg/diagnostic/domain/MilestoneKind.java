package fr.pilotectg.diagnostic.domain;

/** The steps of a row's plan d'action (LLH annex 4: "PLAN D'ACTION"). */
public enum MilestoneKind {
    WORKS_START,
    WORKS_END,
    PREMISES,
    HIRING,
    OPENING
}
