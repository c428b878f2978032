package fr.pilotectg.financing.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A Caf sets its own value of a parameter from a day, with a reason (ADR 0017): the Caf's agents (or an administrator)
 * add a new period; the previous open value of that Caf ends the day before; nothing is deleted, so the history of
 * every value stays readable and every computed line still names the version it used. One flow (ADR 0013): load the
 * Caf → check access (another Caf's parameters: 404; a reader: 403) → check the period against the Caf's other values
 * (under a lock on the pair Caf × parameter) → add → audit in French.
 */
@Service
public class ParameterOverriding {

    static final String ENTITY = "parametre-financement";

    private final FinancingRepository repository;
    private final Directory directory;
    private final AccessControl access;
    private final AuditTrail audit;
    private final FinancingText text;

    ParameterOverriding(
            FinancingRepository repository,
            Directory directory,
            AccessControl access,
            AuditTrail audit,
            FinancingText text) {
        this.repository = repository;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.text = text;
    }

    /** What a Caf asks: the value (a number with a dot, or a mode's name; null: « non renseigné ») from a day. */
    public record Request(
            ParameterCode code, LocalDate validFrom, LocalDate validTo, String value, String reason, String source) {}

    /** The Caf's parameters as the user may read them: its own values with the national ones (404 out of reach). */
    @Transactional(readOnly = true)
    public List<ParameterVersion> parametersOf(UUID cafId) {
        readableCaf(cafId);
        return repository.parameters(cafId);
    }

    /** The national values, which every signed-in user reads. */
    @Transactional(readOnly = true)
    public List<ParameterVersion> nationalParameters() {
        return repository.parameters(null);
    }

    @Transactional
    public ParameterVersion override(UUID cafId, Request request) {
        OrganisationView caf = readableCaf(cafId);
        var user = CurrentUser.require();
        if (!(user.isAdmin() || user.role() == Role.CAF_AGENT) || !access.canWrite(footprint(cafId)))
            throw AccessControl.denied();
        check(request);
        List<ParameterVersion> own = repository.lockedOverrides(cafId, request.code());
        ParameterVersion previousOpen = null;
        for (ParameterVersion v : own) {
            boolean startsLater = !v.validFrom().isBefore(request.validFrom());
            boolean closedAfter = v.validTo() != null && !v.validTo().isBefore(request.validFrom());
            if (startsLater || closedAfter)
                throw DomainException.conflict(FinancingErrors.PARAMETER_OVERLAP, text.day(v.validFrom()));
            if (v.validTo() == null) previousOpen = v;
        }
        if (previousOpen != null)
            repository.closeOverride(previousOpen.id(), request.validFrom().minusDays(1));
        String source = request.source() == null || request.source().isBlank()
                ? text.text("financing.override.source", caf.displayName())
                : request.source().strip();
        ParameterVersion added = new ParameterVersion(
                UUID.randomUUID(),
                request.code(),
                cafId,
                request.validFrom(),
                request.validTo(),
                request.value() == null || request.value().isBlank()
                        ? null
                        : request.value().strip(),
                source,
                false,
                request.reason().strip());
        repository.insertOverride(added, user.getUsername());
        List<AuditChange> changes = new ArrayList<>();
        changes.add(new AuditChange(
                text.parameter(request.code()),
                previousOpen == null ? null : text.value(previousOpen),
                text.value(added)));
        changes.add(new AuditChange(text.text("financing.override.field.reason"), null, added.reason()));
        audit.record(new AuditRecord(
                ENTITY,
                cafId + ":" + request.code().name(),
                "updated",
                text.text(
                        "financing.audit.override",
                        text.parameter(request.code()),
                        caf.displayName(),
                        text.value(added),
                        text.day(added.validFrom())),
                changes,
                footprint(cafId)));
        return added;
    }

    private OrganisationView readableCaf(UUID cafId) {
        OrganisationView caf = directory
                .findOrganisation(cafId)
                .filter(o -> o.kind() == OrganisationKind.CAF)
                .orElseThrow(() -> DomainException.notFound(FinancingErrors.CAF_NOT_FOUND));
        access.requireRead(footprint(cafId), () -> DomainException.notFound(FinancingErrors.CAF_NOT_FOUND));
        return caf;
    }

    /** A Caf's own parameters are its data: read by its users (and administrators) only. */
    private static Footprint footprint(UUID cafId) {
        return Footprint.ofOrganisation(cafId);
    }

    private static void check(Request r) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.code() == null) problems.add(FieldProblem.of("code", FinancingErrors.REQUIRED));
        if (r.validFrom() == null) problems.add(FieldProblem.of("validFrom", FinancingErrors.REQUIRED));
        else if (outOfRange(r.validFrom()) || (r.validTo() != null && outOfRange(r.validTo())))
            problems.add(FieldProblem.of("validFrom", FinancingErrors.PARAMETER_PERIOD_INVALID));
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom()))
            problems.add(FieldProblem.of("validTo", FinancingErrors.PARAMETER_PERIOD_INVALID));
        if (r.reason() == null || r.reason().isBlank())
            problems.add(FieldProblem.of("reason", FinancingErrors.OVERRIDE_REASON_REQUIRED));
        else if (r.reason().length() > InputLimits.LONG_TEXT_MAX)
            problems.add(FieldProblem.of("reason", InputLimits.TEXT_TOO_LONG, InputLimits.LONG_TEXT_MAX));
        if (r.source() != null && r.source().length() > InputLimits.LONG_TEXT_MAX)
            problems.add(FieldProblem.of("source", InputLimits.TEXT_TOO_LONG, InputLimits.LONG_TEXT_MAX));
        if (r.code() != null
                && r.value() != null
                && !r.value().isBlank()
                && !valid(r.code(), r.value().strip()))
            problems.add(FieldProblem.of("value", FinancingErrors.PARAMETER_VALUE_INVALID));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    private static boolean outOfRange(LocalDate day) {
        return day.getYear() < InputLimits.YEAR_MIN || day.getYear() > InputLimits.YEAR_MAX;
    }

    /** A number for a numeric parameter (a rate between 0 and 1, never negative), one of its modes otherwise. */
    static boolean valid(ParameterCode code, String value) {
        if (!code.unit().numeric()) return code.modes().contains(value);
        if (value.length() > 20) return false;
        try {
            BigDecimal n = new BigDecimal(value);
            if (n.signum() < 0) return false;
            if (code.unit() == ParameterCode.Unit.RATE && n.compareTo(BigDecimal.ONE) > 0) return false;
            if (code.unit() == ParameterCode.Unit.COUNT
                    && n.stripTrailingZeros().scale() > 0) return false;
            return n.compareTo(fr.pilotectg.shared.Euros.MAX) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
