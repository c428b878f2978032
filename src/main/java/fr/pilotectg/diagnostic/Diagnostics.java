package fr.pilotectg.diagnostic;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.diagnostic.domain.DiagnosticReading;
import fr.pilotectg.diagnostic.domain.SchemaService;
import fr.pilotectg.shared.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnostic module's front door: the figures of a convention's diagnostic and schéma de développement that other
 * modules (the evaluation's indicators, annual reviews and final bilan) read, computed exactly as the diagnostic and
 * schéma pages show them. Whoever may see the convention may read them.
 */
@Service
public class Diagnostics {

    private final Conventions conventions;
    private final SchemaService schemas;
    private final DiagnosticReading reading;

    Diagnostics(Conventions conventions, SchemaService schemas, DiagnosticReading reading) {
        this.conventions = conventions;
        this.schemas = schemas;
        this.reading = reading;
    }

    /** Places for children under 3 planned and created by the schéma, per year and in total. */
    @Transactional(readOnly = true)
    public SchemaPlaces places(UUID conventionId) {
        return schemas.places(readable(conventionId));
    }

    /**
     * The places planned and created by the schéma of each of these conventions, which the caller got from
     * {@code Conventions.inForce} (only conventions the user may read): one statement (the home page, issue 16).
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, SchemaPlaces> places(java.util.Collection<ConventionSummary> readable) {
        return schemas.places(readable);
    }

    /** The rows of the schéma that plan places for children under 3 and are not abandoned, in the schéma's order. */
    @Transactional(readOnly = true)
    public java.util.List<SchemaRow> plannedRows(UUID conventionId) {
        return schemas.plannedRows(readable(conventionId));
    }

    /** The taux de couverture petite enfance, once the diagnostic records the number of children under 3. */
    @Transactional(readOnly = true)
    public Optional<CoverageRate> coverage(UUID conventionId) {
        return reading.coverage(readable(conventionId));
    }

    private ConventionSummary readable(UUID conventionId) {
        return conventions.readable(conventionId, () -> DomainException.notFound("CONVENTION_NOT_FOUND", conventionId));
    }
}
