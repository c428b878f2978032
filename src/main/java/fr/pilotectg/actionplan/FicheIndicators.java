package fr.pilotectg.actionplan;

import java.util.List;
import java.util.UUID;

/**
 * The indicators that follow a fiche ({@link FicheIndicatorSource}): each with its values and targets per year, already
 * written in French with their unit, and a chart (an SVG image labelled by {@code caption}, its data in {@code rows});
 * {@code linkable}: the convention's other indicators, offered to whoever may change the convention ({@code canLink}).
 */
public record FicheIndicators(List<Linked> linked, List<Choice> linkable, boolean canLink) {

    public FicheIndicators {
        linked = List.copyOf(linked);
        linkable = List.copyOf(linkable);
    }

    public static FicheIndicators none() {
        return new FicheIndicators(List.of(), List.of(), false);
    }

    /** An indicator that follows the fiche; {@code url} is its place on the evaluation page. */
    public record Linked(
            UUID id, String name, String unit, int version, String url, String caption, String chart, List<Row> rows) {}

    /** One year of an indicator: target, value (« non renseigné » when unknown) and whether the target is reached. */
    public record Row(int year, String target, String value, String reached) {}

    /** An indicator that may be linked to the fiche. */
    public record Choice(UUID id, String name, int version) {}
}
