package fr.pilotectg.financing.domain;

/** What a stated BT envelope covers: one year, the whole contract, or it is not said (« période non précisée »). */
public enum EnvelopePeriod {
    ANNUAL,
    CONTRACT,
    UNKNOWN
}
