package fr.pilotectg.governance.domain;

/** Seats of one institution in a body: who (role, e.g. "DGS", "2 représentants du Conseil des Citoyens"), how many, with which voice. */
public record Seat(Institution institution, String role, Integer count, Voice voice) {

    public Seat {
        role = role == null ? "" : role.strip();
        voice = voice == null ? Voice.DELIBERATIVE : voice;
    }

    public int seats() {
        return count == null ? 0 : count;
    }
}
