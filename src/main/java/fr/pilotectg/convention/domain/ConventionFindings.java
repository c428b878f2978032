package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionFinding;
import fr.pilotectg.convention.ConventionFinding.Code;
import fr.pilotectg.shared.FrenchOrder;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what a convention's record lacks, from its current terms and its signature: the same list on the convention
 * page, in the API and (projected when saved) in the portfolio. A finding never blocks a save.
 */
public final class ConventionFindings {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ConventionFindings() {}

    public static List<ConventionFinding> of(Convention convention) {
        ConventionTerms terms = convention.currentTerms();
        var findings = new ArrayList<ConventionFinding>();
        List<AuthorisingAct> acts = terms.signatories().stream()
                .flatMap(s -> s.authorisations().stream())
                .toList();
        long dated = acts.stream().filter(AuthorisingAct::isDated).count();
        if (dated < acts.size()) findings.add(finding(Code.DELIBERATIONS_UNDATED, dated, acts.size()));
        List<String> notCited = terms.signatories().stream()
                .filter(Signatory::needsCouncilDeliberation)
                .filter(s -> s.authorisations().isEmpty())
                .map(Signatory::organisationName)
                .sorted(FrenchOrder.NAMES)
                .toList();
        if (!notCited.isEmpty()) findings.add(finding(Code.DELIBERATION_NOT_CITED, String.join(", ", notCited)));
        List<String> unidentified = terms.signatories().stream()
                .filter(s -> !s.isIdentified())
                .map(Signatory::organisationName)
                .sorted(FrenchOrder.NAMES)
                .toList();
        if (!unidentified.isEmpty())
            findings.add(finding(Code.PARTY_UNIDENTIFIED, unidentified.size(), String.join(", ", unidentified)));
        List<String> noMembers = terms.signatories().stream()
                .filter(Signatory::collective)
                .filter(s -> s.members().isEmpty())
                .map(Signatory::organisationName)
                .sorted(FrenchOrder.NAMES)
                .toList();
        if (!noMembers.isEmpty()) findings.add(finding(Code.MEMBERS_UNKNOWN, String.join(", ", noMembers)));
        List<String> unnamed = terms.signatories().stream()
                .filter(s -> !s.representativesKnown())
                .map(Signatory::organisationName)
                .sorted(FrenchOrder.NAMES)
                .toList();
        if (!unnamed.isEmpty()) findings.add(finding(Code.REPRESENTATIVES_UNKNOWN, String.join(", ", unnamed)));
        if (convention.status().isSigned() && convention.signaturePlace().isEmpty())
            findings.add(finding(Code.SIGNATURE_PLACE_UNKNOWN));
        if (convention.signedAfterStart()) {
            findings.add(finding(
                    Code.SIGNED_AFTER_START,
                    FRENCH_DATE.format(convention.signedOn().orElseThrow()),
                    terms.period().from().french()));
        }
        Period period = terms.period();
        if (!period.isExact()) {
            findings.add(finding(
                    Code.PERIOD_NOT_EXACT,
                    period.label(),
                    FRENCH_DATE.format(period.start()),
                    FRENCH_DATE.format(period.end())));
        }
        if (period.isOutsideUsualLength()) findings.add(finding(Code.DURATION_UNUSUAL, period.durationLabel()));
        if (terms.communes().isEmpty() && terms.epcis().isEmpty()) {
            if (terms.declaredCommunes() != null)
                findings.add(finding(Code.TERRITORY_COUNT_ONLY, terms.declaredCommunes()));
            else findings.add(finding(Code.TERRITORY_UNKNOWN));
        } else if (terms.territoryPartial()) {
            findings.add(finding(
                    Code.TERRITORY_INCOMPLETE,
                    terms.communes().size(),
                    terms.declaredCommuneCount().orElse(0)));
        }
        return List.copyOf(findings);
    }

    /**
     * The signatories (name by organisation id) whose signature an adopted deliberation record must back, for the
     * alert {@code DELIBERATION_MISSING}: those that need a council deliberation; for a convention recorded from its
     * text, those whose deliberation the text does not even cite (a cited one is a finding if undated, not a missing
     * act).
     */
    public static java.util.Map<java.util.UUID, String> needingDeliberationRecord(Convention convention) {
        var needing = new java.util.LinkedHashMap<java.util.UUID, String>();
        convention.currentTerms().signatories().stream()
                .filter(Signatory::needsCouncilDeliberation)
                .filter(s -> s.organisationId() != null)
                .filter(s ->
                        !convention.recordedFromText() || s.authorisations().isEmpty())
                .forEach(s -> needing.put(s.organisationId(), s.organisationName()));
        return needing;
    }

    private static ConventionFinding finding(Code code, Object... args) {
        return new ConventionFinding(code, List.of(args));
    }
}
