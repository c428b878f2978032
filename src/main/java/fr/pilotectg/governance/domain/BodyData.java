package fr.pilotectg.governance.domain;

import java.util.List;

/**
 * What the user says of a body. {@code commune} (INSEE code) null for an intercommunal body. {@code parity}: the
 * convention requires the Caf and the collectivité to sit in equal numbers (deliberative seats).
 */
public record BodyData(
        BodyKind kind,
        String name,
        String commune,
        String chairing,
        String animation,
        String secretariat,
        List<String> missions,
        List<Seat> seats,
        List<Member> members,
        FrequencyRule frequency,
        boolean parity,
        String note) {

    public BodyData {
        name = trim(name);
        commune = commune == null || commune.isBlank() ? null : commune.strip();
        chairing = trim(chairing);
        animation = trim(animation);
        secretariat = trim(secretariat);
        missions = missions == null
                ? List.of()
                : missions.stream()
                        .filter(m -> m != null && !m.isBlank())
                        .map(String::strip)
                        .toList();
        seats = seats == null
                ? List.of()
                : List.copyOf(seats.stream().filter(java.util.Objects::nonNull).toList());
        members = members == null
                ? List.of()
                : List.copyOf(
                        members.stream().filter(java.util.Objects::nonNull).toList());
        frequency = frequency == null ? FrequencyRule.none() : frequency;
        note = trim(note);
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
