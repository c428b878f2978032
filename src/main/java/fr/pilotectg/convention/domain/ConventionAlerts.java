package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.shared.FrenchOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Computes a convention's alerts from its status, dates, the deliberations linked to its signatories and the
 * signatories that need one. The portfolio and the convention page show the same list.
 */
final class ConventionAlerts {

    /** "les conventions arrivant à échéance dans les 6 mois sans successeur en préparation". */
    static final int ENDING_WITHIN_MONTHS = 6;

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Set<ConventionStatus> IN_FORCE = EnumSet.of(ConventionStatus.SIGNED, ConventionStatus.ACTIVE);

    private ConventionAlerts() {}

    /**
     * @param needingDeliberation name by organisation id of the signatories that must have a council deliberation
     * @param links deliberation ids by the signatory they authorise
     * @param deliberations the linked deliberations, by id
     */
    static List<ConventionAlert> of(
            ConventionSummary convention,
            Map<UUID, String> needingDeliberation,
            Map<UUID, List<UUID>> links,
            Map<UUID, DeliberationSummary> deliberations,
            LocalDate today) {
        var alerts = new ArrayList<ConventionAlert>();
        boolean inForce = inForce(convention);
        if (inForce
                && convention.successorId() == null
                && convention.terminatesOn() == null
                && !convention.end().isBefore(today)
                && !convention.end().isAfter(today.plusMonths(ENDING_WITHIN_MONTHS))) {
            alerts.add(new ConventionAlert(
                    ConventionAlert.Code.ENDING_WITHOUT_SUCCESSOR,
                    ConventionAlert.Level.WARNING,
                    List.of(FRENCH_DATE.format(convention.end()), convention.daysToExpiry(today))));
        }
        if (convention.status() == ConventionStatus.DRAFT || convention.status() == ConventionStatus.IN_SIGNATURE) {
            if (convention.end().isBefore(today)) {
                alerts.add(new ConventionAlert(
                        ConventionAlert.Code.DRAFT_PERIOD_ENDED,
                        ConventionAlert.Level.DANGER,
                        List.of(convention.periodLabel())));
            } else if (!convention.start().isAfter(today)) {
                alerts.add(new ConventionAlert(
                        ConventionAlert.Code.DRAFT_PERIOD_STARTED,
                        ConventionAlert.Level.WARNING,
                        List.of(convention.periodLabel())));
            }
        }
        convention.findings().stream()
                .filter(f -> f.code() == ConventionFinding.Code.DELIBERATIONS_UNDATED)
                .forEach(f -> alerts.add(new ConventionAlert(
                        ConventionAlert.Code.DELIBERATIONS_UNDATED, ConventionAlert.Level.WARNING, f.args())));
        if (!inForce) return alerts;
        List<String> missing = needingDeliberation.entrySet().stream()
                .filter(e -> linked(e.getKey(), links, deliberations).stream().noneMatch(DeliberationSummary::adopted))
                .map(Map.Entry::getValue)
                .sorted(FrenchOrder.NAMES)
                .toList();
        if (!missing.isEmpty()) {
            alerts.add(new ConventionAlert(
                    ConventionAlert.Code.DELIBERATION_MISSING,
                    ConventionAlert.Level.DANGER,
                    List.of(String.join(", ", missing))));
        }
        Collection<DeliberationSummary> linkedAll = links.values().stream()
                .flatMap(List::stream)
                .map(deliberations::get)
                .filter(Objects::nonNull)
                .toList();
        String withoutReceipt = linkedAll.stream()
                .filter(d -> !"CONSEIL_ADMINISTRATION_CAF".equals(d.body()) && !d.receivedByPrefecture())
                .map(d -> d.issuerName() + " n° " + d.number())
                .sorted(FrenchOrder.NAMES)
                .collect(Collectors.joining(", "));
        if (!withoutReceipt.isEmpty()) {
            alerts.add(new ConventionAlert(
                    ConventionAlert.Code.PREFECTURE_RECEIPT_MISSING,
                    ConventionAlert.Level.WARNING,
                    List.of(withoutReceipt)));
        }
        if (convention.signedOn() != null) {
            linkedAll.stream()
                    .filter(d -> d.seanceDate() != null && d.seanceDate().isAfter(convention.signedOn()))
                    .forEach(d -> alerts.add(new ConventionAlert(
                            ConventionAlert.Code.SIGNED_BEFORE_DELIBERATION,
                            ConventionAlert.Level.INFO,
                            List.of(
                                    FRENCH_DATE.format(convention.signedOn()),
                                    d.issuerName(),
                                    FRENCH_DATE.format(d.seanceDate())))));
        }
        linkedAll.stream()
                .filter(d -> d.warnings() > 0)
                .forEach(d -> alerts.add(new ConventionAlert(
                        ConventionAlert.Code.DELIBERATION_ANOMALIES,
                        ConventionAlert.Level.INFO,
                        List.of(d.issuerName(), d.number(), d.warnings()))));
        return alerts;
    }

    /** Signed or active: the alerts about deliberations, and those of other modules, apply only then. */
    static boolean inForce(ConventionSummary convention) {
        return IN_FORCE.contains(convention.status());
    }

    private static List<DeliberationSummary> linked(
            UUID signatory, Map<UUID, List<UUID>> links, Map<UUID, DeliberationSummary> deliberations) {
        return links.getOrDefault(signatory, List.of()).stream()
                .map(deliberations::get)
                .filter(Objects::nonNull)
                .toList();
    }
}
