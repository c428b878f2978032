package fr.pilotectg.convention.web;

import fr.pilotectg.convention.ConventionAlert;
import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.Amendment;
import fr.pilotectg.convention.domain.ConventionDetails;
import fr.pilotectg.convention.domain.ConventionVersion;
import fr.pilotectg.convention.domain.Period;
import fr.pilotectg.convention.domain.TerminationKind;
import fr.pilotectg.convention.domain.TermsData;
import fr.pilotectg.convention.domain.TermsPart;
import fr.pilotectg.deliberation.DeliberationSummary;
import fr.pilotectg.shared.DatePrecision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A convention as the API returns it: its state, consolidated terms, versions, avenants, terminations, deliberations, alerts. */
record ConventionResponse(
        UUID id,
        int version,
        ConventionStatus status,
        ConventionStatus statusToday,
        long daysToExpiry,
        LocalDate signedOn,
        UUID predecessorId,
        UUID successorId,
        LocalDate commitmentsStopOn,
        TermsData terms,
        List<VersionItem> versions,
        List<AmendmentItem> amendments,
        List<TerminationItem> terminations,
        List<SignatoryItem> signatories,
        List<AlertItem> alerts,
        PeriodItem period,
        String signaturePlace,
        boolean recordedFromText,
        List<FindingItem> findings,
        List<DomainItem> domains) {

    /**
     * A domain as people read it: a national one with its code and label, or the convention's own theme as typed
     * (code null, {@code national} false).
     */
    record DomainItem(String code, String label, boolean national) {}

    /**
     * The period as the text gives it (« 2022-2026 »), its computed duration (« 5 ans »), the precision of each end
     * and the calendar bounds its rules use (01/01 and 31/12 for years).
     */
    record PeriodItem(
            String label,
            String duration,
            DatePrecision startPrecision,
            DatePrecision endPrecision,
            LocalDate calendarStart,
            LocalDate calendarEnd) {}

    record FindingItem(ConventionFinding.Code code, String message) {}

    record VersionItem(
            int number,
            LocalDate effectiveFrom,
            Integer amendmentNumber,
            LocalDate signedOn,
            String recordedBy,
            OffsetDateTime recordedAt) {}

    record AmendmentItem(
            int number,
            String title,
            List<TermsPart> changedParts,
            LocalDate draftedOn,
            LocalDate signedOn,
            LocalDate effectiveFrom,
            boolean withdrawn,
            TermsData terms) {}

    record TerminationItem(TerminationKind kind, UUID party, LocalDate actOn, LocalDate effectiveOn) {}

    record SignatoryItem(
            UUID organisationId,
            String organisationName,
            boolean needsCouncilDeliberation,
            boolean missingDeliberation,
            List<DeliberationSummary> deliberations) {}

    record AlertItem(ConventionAlert.Code code, ConventionAlert.Level level, String message) {}

    static ConventionResponse of(
            ConventionDetails details,
            Function<ConventionAlert, String> message,
            Function<ConventionFinding, String> findingMessage,
            Map<String, String> domainLabels) {
        var convention = details.convention();
        var domains = new ArrayList<DomainItem>();
        details.terms()
                .domains()
                .forEach(d ->
                        domains.add(new DomainItem(d.value(), domainLabels.getOrDefault(d.value(), d.value()), true)));
        details.terms().themes().forEach(t -> domains.add(new DomainItem(null, t, false)));
        return new ConventionResponse(
                convention.id().value(),
                details.version(),
                convention.status(),
                details.statusToday(),
                details.daysToExpiry(),
                convention.signedOn().orElse(null),
                convention.predecessorId().map(p -> p.value()).orElse(null),
                convention.successorId().map(s -> s.value()).orElse(null),
                convention.commitmentsStopOn().orElse(null),
                TermsData.of(details.terms()),
                convention.versions().stream().map(v -> version(v, details)).toList(),
                convention.amendments().stream()
                        .map(ConventionResponse::amendment)
                        .toList(),
                convention.terminations().stream()
                        .map(t -> new TerminationItem(t.kind(), t.party(), t.actOn(), t.effectiveOn()))
                        .toList(),
                details.signatories().stream()
                        .map(s -> new SignatoryItem(
                                s.signatory().organisationId(),
                                s.signatory().organisationName(),
                                s.signatory().needsCouncilDeliberation(),
                                s.missingDeliberation(),
                                s.deliberations()))
                        .toList(),
                details.alerts().stream()
                        .map(a -> new AlertItem(a.code(), a.level(), message.apply(a)))
                        .toList(),
                period(details.terms().period()),
                convention.signaturePlace().orElse(null),
                convention.recordedFromText(),
                details.findings().stream()
                        .map(f -> new FindingItem(f.code(), findingMessage.apply(f)))
                        .toList(),
                List.copyOf(domains));
    }

    static PeriodItem period(Period p) {
        return new PeriodItem(p.label(), p.durationLabel(), p.startPrecision(), p.endPrecision(), p.start(), p.end());
    }

    private static VersionItem version(ConventionVersion v, ConventionDetails details) {
        var record = details.recordOf(v.number());
        return new VersionItem(
                v.number(),
                v.effectiveFrom(),
                v.amendmentNumber(),
                v.signedOn(),
                record.map(r -> r.recordedBy()).orElse(null),
                record.map(r -> r.recordedAt()).orElse(null));
    }

    private static AmendmentItem amendment(Amendment a) {
        return new AmendmentItem(
                a.number(),
                a.title(),
                a.changedParts().stream().sorted().toList(),
                a.draftedOn(),
                a.signedOn(),
                a.effectiveFrom(),
                a.withdrawn(),
                TermsData.of(a.terms()));
    }
}
