package fr.pilotectg.dashboard.web;

import fr.pilotectg.platform.HomeSection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The other modules' sections of the home page, with their data for the current user; those without data left out. */
record HomeSections(List<Drawn> drawn) {

    /** A section to draw: its template, the fragment's name in it, and its data. */
    record Drawn(String template, String selector, Object data) {

        static Drawn of(String fragment, Object data) {
            String[] parts = fragment.split("::", 2);
            return new Drawn(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "section", data);
        }
    }

    static HomeSections of(List<HomeSection> sections) {
        return new HomeSections(sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(s -> Drawn.of(s.fragment(), s.data()))
                .filter(d -> Objects.nonNull(d.data()))
                .toList());
    }
}
