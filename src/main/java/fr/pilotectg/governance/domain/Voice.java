package fr.pilotectg.governance.domain;

/** A seat's voice: deliberative (takes decisions) or consultative ("personnes ressources à titre consultatif"). */
public enum Voice {
    DELIBERATIVE,
    CONSULTATIVE
}
