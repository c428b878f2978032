package fr.pilotectg.financing;

import java.util.List;

/**
 * A structure's financing statement as the documents module prints it: each year's lines (label, amount as French text
 * or « non renseigné », the explanation of its formula, the inputs missing, the parameters used with their value,
 * validity and source), the year's total of the known amounts and the count of lines « non renseigné ».
 */
public record StructureStatement(
        String conventionTitle,
        String structureId,
        String structureName,
        String kind,
        String operator,
        List<Year> years,
        String total,
        int unknownLines) {

    public record Year(int year, List<Line> lines, String total, int unknownLines) {}

    public record Line(String label, String amount, boolean known, String explanation, List<Parameter> parameters) {}

    public record Parameter(
            String label, String value, java.time.LocalDate validFrom, String source, boolean hypothesis) {}

    /** A structure of the convention's financing inputs, for a list. */
    public record Ref(String id, String name) {}
}
