package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.Siren;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An organisation taking part in CTGs. Its identity (name, SIREN) can be corrected by its own agents; its kind,
 * départements and attachments by an admin, since they decide what its users see.
 */
public final class Organisation {

    /** The short name (sigle) an organisation is known by: "Caf du Nord". */
    static final int SHORT_NAME_MAX = 80;

    private final UUID id;
    private OrganisationKind kind;
    private String name;
    private String shortName;
    private String siren;
    private Set<String> departements;
    private Set<String> communes;
    private Set<String> epcis;
    private final int version;
    /** The member communes of its EPCI as read from the reference data (not changed by the aggregate). */
    private final List<String> epciCommunes;

    private Organisation(
            UUID id,
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            Set<String> departements,
            Set<String> communes,
            Set<String> epcis,
            int version,
            List<String> epciCommunes) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.shortName = shortName;
        this.siren = siren;
        this.departements = departements;
        this.communes = communes;
        this.epcis = epcis;
        this.version = version;
        this.epciCommunes = List.copyOf(epciCommunes);
    }

    public static Organisation create(OrganisationKind kind, String name, String shortName, String siren) {
        var organisation = new Organisation(
                UUID.randomUUID(),
                null,
                null,
                null,
                null,
                new TreeSet<>(),
                new TreeSet<>(),
                new TreeSet<>(),
                0,
                List.of());
        organisation.classify(kind);
        organisation.rename(name, shortName, siren);
        return organisation;
    }

    static Organisation restore(
            UUID id,
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            List<String> departements,
            List<String> communes,
            List<String> epcis,
            int version,
            List<String> epciCommunes) {
        return new Organisation(
                id,
                kind,
                name,
                shortName,
                siren,
                new TreeSet<>(departements),
                new TreeSet<>(communes),
                new TreeSet<>(epcis),
                version,
                epciCommunes);
    }

    /** Corrects the organisation's identity. */
    public void rename(String name, String shortName, String siren) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) problems.add(FieldProblem.of("name", "REQUIRED"));
        problems.addAll(InputLimits.check()
                .name("name", name)
                .text("shortName", shortName, SHORT_NAME_MAX)
                .problems());
        String cleanSiren = siren == null ? null : siren.replace(" ", "");
        if (cleanSiren != null && !cleanSiren.isEmpty() && !Siren.isValid(cleanSiren)) {
            problems.add(FieldProblem.of("siren", "SIREN_INVALID", siren));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        this.name = name.trim();
        this.shortName = shortName == null || shortName.isBlank() ? null : shortName.trim();
        this.siren = cleanSiren == null || cleanSiren.isEmpty() ? null : cleanSiren;
    }

    public void classify(OrganisationKind kind) {
        if (kind == null) throw DomainException.invalidFields(List.of(FieldProblem.of("kind", "REQUIRED")));
        this.kind = kind;
    }

    /** Sets the départements a Caf covers (or a Département's own code); codes are checked by the caller. */
    public void cover(Set<String> departements) {
        this.departements = new TreeSet<>(departements);
    }

    /** Attaches the organisation to communes and EPCI; the caller has checked that they exist. */
    public void attach(Set<String> communes, Set<String> epcis) {
        communes.forEach(InseeCode::new);
        this.communes = new TreeSet<>(communes);
        this.epcis = new TreeSet<>(epcis);
    }

    public UUID id() {
        return id;
    }

    public int version() {
        return version;
    }

    public OrganisationView view() {
        return new OrganisationView(
                id,
                kind,
                name,
                shortName,
                siren,
                List.copyOf(departements),
                List.copyOf(communes),
                List.copyOf(epcis),
                version,
                epciCommunes);
    }
}
