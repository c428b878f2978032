package fr.pilotectg.deliberation.domain;

/** Where a member stands at the séance. Labels: {@code deliberation.attendance.<NAME>}. */
public enum AttendanceStatus {
    /** Physically present; the only members who count towards the quorum. */
    PRESENT,
    /** Absent but represented by a proxy holder; votes through the holder. */
    REPRESENTED,
    /** Excused, without proxy. */
    EXCUSED,
    /** Absent, without proxy. */
    ABSENT
}
