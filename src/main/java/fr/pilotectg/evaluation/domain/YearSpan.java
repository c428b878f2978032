package fr.pilotectg.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The calendar years a convention covers, first and last included. */
public record YearSpan(int from, int to) {

    public static YearSpan of(LocalDate start, LocalDate end) {
        return new YearSpan(start.getYear(), end.getYear());
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    public List<Integer> years() {
        return IntStream.rangeClosed(from, to).boxed().toList();
    }
}
