package fr.pilotectg.equipment.domain;

/** Receives the number of steps done out of the total, to show a progress bar. */
public interface ImportProgress {

    void update(int done, int total);

    ImportProgress NONE = (done, total) -> {};
}
