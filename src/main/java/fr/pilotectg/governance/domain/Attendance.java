package fr.pilotectg.governance.domain;

import java.util.UUID;

/** Who was invited and how they attended: present, excused, or represented (by whom). */
public record Attendance(String name, UUID organisationId, Status status, String representedBy) {

    public enum Status {
        INVITED,
        PRESENT,
        EXCUSED,
        REPRESENTED
    }

    public Attendance {
        name = name == null ? "" : name.strip();
        representedBy = representedBy == null ? "" : representedBy.strip();
    }
}
