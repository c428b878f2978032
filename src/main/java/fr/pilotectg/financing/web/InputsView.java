package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.EnvelopePeriod;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The financing inputs as the read-only page prints them: every unknown value « non renseigné », never 0. */
record InputsView(
        String envelopeAmount,
        String envelopePeriod,
        String envelopeSource,
        List<Stated> stated,
        List<Territory> territories,
        List<StructureRow> structures) {

    record Stated(String kind, String year, String amount, String label, String source) {}

    record Territory(String key, String label, String cejTotal, String cejEaje, String tranche, String rattrapage) {}

    record StructureRow(
            String id,
            String name,
            String kind,
            String territory,
            String support,
            String operator,
            String qpv,
            String existingPlaces,
            String openings,
            List<Year> years) {}

    record Year(
            String year,
            String places,
            String hours,
            String openingMonth,
            String closingMonth,
            String fee,
            String disability,
            String costPerPlace,
            String ps) {}

    static InputsView of(FinancingReport report, FinancingText text, Map<UUID, String> supporters) {
        FinancingInputs inputs = report.inputs();
        String unknown = text.text("financing.inputs.unknown");
        var envelope = inputs.envelope();
        EnvelopePeriod period =
                envelope == null || envelope.period() == null ? EnvelopePeriod.UNKNOWN : envelope.period();
        List<Stated> stated = inputs.statedAmounts().stream()
                .map(a -> new Stated(
                        a.kind() == null
                                ? unknown
                                : text.text("financing.stated." + a.kind().name()),
                        a.year() == null ? unknown : String.valueOf(a.year()),
                        text.amount(a.amount()),
                        a.label(),
                        a.source()))
                .toList();
        List<Territory> territories = inputs.territories().stream()
                .map(t -> new Territory(
                        t.key(),
                        t.label(),
                        text.amount(t.cejReferenceTotal()),
                        text.amount(t.cejReferenceEaje()),
                        t.tranche() == null
                                ? unknown
                                : t.tranche() + (Boolean.TRUE.equals(t.trancheHypothesis()) ? " (hypothèse)" : ""),
                        text.amount(t.rattrapagePerPlace())))
                .toList();
        int first = report.convention().start().getYear();
        int last = report.convention().end().getYear();
        List<StructureRow> structures = new ArrayList<>();
        for (Structure s : inputs.structures()) {
            List<Year> years = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                YearFigures f = s.year(y).orElse(null);
                years.add(new Year(
                        String.valueOf(y),
                        f == null || f.places() == null ? unknown : String.valueOf(f.places()),
                        number(f == null ? null : f.hours(), unknown),
                        f == null || f.openingMonth() == null ? unknown : String.valueOf(f.openingMonth()),
                        f == null || f.closingMonth() == null ? unknown : String.valueOf(f.closingMonth()),
                        number(f == null ? null : f.averageFeePerHour(), unknown),
                        number(f == null ? null : f.disabilityShare(), unknown),
                        text.amount(f == null ? null : f.costPerPlace()),
                        text.amount(f == null ? null : f.ps())));
            }
            String support = s.support() == null || s.support().organisationId() == null
                    ? unknown
                    : supporters.getOrDefault(
                                    s.support().organisationId(), s.support().organisationName())
                            + " · " + text.text("financing.inputs.structure.supportFrom") + " "
                            + text.day(s.support().from());
            String openings = s.openings().isEmpty()
                    ? unknown
                    : String.join(
                            " ; ",
                            s.openings().stream()
                                    .map(o -> (o.places() == null ? unknown : o.places()) + " en "
                                            + (o.year() == null ? unknown : o.year())
                                            + (o.month() == null ? "" : " (mois " + o.month() + ")"))
                                    .toList());
            structures.add(new StructureRow(
                    s.id(),
                    s.name(),
                    s.kind() == null
                            ? unknown
                            : text.text("financing.structureKind." + s.kind().name()),
                    s.territory() == null ? unknown : s.territory(),
                    support,
                    s.operator() == null || s.operator().name() == null
                            ? unknown
                            : s.operator().name(),
                    s.qpv() == null ? unknown : text.text(s.qpv() ? "financing.inputs.yes" : "financing.inputs.no"),
                    s.existingPlaces() == null ? unknown : String.valueOf(s.existingPlaces()),
                    openings,
                    years));
        }
        return new InputsView(
                envelope == null || envelope.amount() == null ? unknown : text.amount(envelope.amount()),
                text.text("financing.period." + period.name()),
                envelope == null ? null : envelope.source(),
                stated,
                territories,
                structures);
    }

    private static String number(BigDecimal value, String unknown) {
        return value == null ? unknown : FrenchNumbers.format(value, 4);
    }
}
