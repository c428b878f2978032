package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases on organisations, each checked by the access mechanism and written to the audit trail. */
@Service
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Territories territories;
    private final AccessControl access;
    private final AuditTrail audit;
    private final OrganisationRights rights;

    OrganisationService(
            OrganisationRepository organisations,
            Territories territories,
            AccessControl access,
            AuditTrail audit,
            OrganisationRights rights) {
        this.organisations = organisations;
        this.territories = territories;
        this.access = access;
        this.audit = audit;
        this.rights = rights;
    }

    /** What an organisation's form or API call carries. */
    public record OrganisationData(
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            Set<String> departements,
            Set<String> communes,
            Set<String> epcis) {

        /** This data with every field left out (null) taken from {@code current}: a form shows only what its user may change. */
        OrganisationData over(OrganisationView current) {
            return new OrganisationData(
                    kind != null ? kind : current.kind(),
                    name != null ? name : current.name(),
                    name != null ? shortName : current.shortName(),
                    name != null ? siren : current.siren(),
                    departements != null ? departements : Set.copyOf(current.departements()),
                    communes != null ? communes : Set.copyOf(current.communes()),
                    epcis != null ? epcis : Set.copyOf(current.epcis()));
        }
    }

    @Transactional(readOnly = true)
    public PageResult<OrganisationView> search(String text, OrganisationKind kind, PageQuery page) {
        return organisations.search(access.currentReach(), text == null ? "" : text, kind, page);
    }

    /** The organisation, if the current user may see it; otherwise "not found". */
    @Transactional(readOnly = true)
    public OrganisationView get(UUID id) {
        OrganisationView view = organisations.findView(id).orElseThrow(() -> notFound(id));
        access.requireRead(Directory.footprintOf(view), () -> notFound(id));
        return view;
    }

    @Transactional(readOnly = true)
    public boolean canEdit(OrganisationView organisation) {
        return !rights.of(organisation).isEmpty();
    }

    /**
     * Creates an organisation: an administrator anywhere; a Caf agent on its own territory (ADR 0003): any kind but a Caf,
     * covering no département (classification is an administrator's), attached to at least one commune or EPCI, each
     * on its territory — a commune or an EPCI elsewhere is not found for it (404 {@code ORGANISATION_OUT_OF_TERRITORY}).
     * A Caf agent does not enter twice a commune or an EPCI that already has its organisation of that kind (409
     * {@code ORGANISATION_ALREADY_EXISTS}, naming it); an administrator may (a second body for one commune).
     */
    @Transactional
    public OrganisationView create(OrganisationData data) {
        if (!access.isAdmin()) {
            requireCafAgentOnTerritory(data);
            refuseDuplicate(data);
        }
        return register(data);
    }

    private void requireCafAgentOnTerritory(OrganisationData data) {
        boolean cafAgent =
                CurrentUser.optional().map(u -> u.role() == Role.CAF_AGENT).orElse(false);
        if (!cafAgent) throw AccessControl.denied();
        if (data.kind() == OrganisationKind.CAF
                || (data.departements() != null && !data.departements().isEmpty())) {
            throw new DomainException(ErrorKind.FORBIDDEN, "ORGANISATION_PART_NOT_YOURS_CLASSIFICATION");
        }
        Set<String> communes = data.communes() == null ? Set.of() : data.communes();
        Set<String> epcis = data.epcis() == null ? Set.of() : data.epcis();
        if (communes.isEmpty() && epcis.isEmpty())
            throw DomainException.invalidFields(
                    List.of(FieldProblem.of("communes", "ORGANISATION_TERRITORY_REQUIRED")));
        InputLimits.check()
                .territory("communes", communes)
                .territory("epcis", epcis)
                .throwIfAny();
        for (String code : communes) {
            if (territories.findCommune(code).isPresent() && !rights.mayAttachTo(code))
                throw DomainException.notFound("ORGANISATION_OUT_OF_TERRITORY", code);
        }
        for (String siren : epcis) {
            if (territories.findEpci(siren).isPresent()
                    && territories.epciMembers(siren).stream().noneMatch(c -> rights.mayAttachTo(c.inseeCode())))
                throw DomainException.notFound("ORGANISATION_OUT_OF_TERRITORY", siren);
        }
    }

    /** One organisation of kind commune per commune, one of kind EPCI per EPCI. */
    private void refuseDuplicate(OrganisationData data) {
        String siren = data.siren() == null ? null : data.siren().replace(" ", "");
        if (data.kind() == OrganisationKind.COMMUNE && data.communes() != null) {
            for (String code : data.communes()) {
                organisations.standingFor(OrganisationKind.COMMUNE, code, siren).stream()
                        .findFirst()
                        .ifPresent(o -> {
                            throw DomainException.conflict("ORGANISATION_ALREADY_EXISTS", o.name());
                        });
            }
        }
        if (data.kind() == OrganisationKind.EPCI && data.epcis() != null) {
            for (String code : data.epcis()) {
                organisations.standingFor(OrganisationKind.EPCI, code, siren).stream()
                        .findFirst()
                        .ifPresent(o -> {
                            throw DomainException.conflict("ORGANISATION_ALREADY_EXISTS", o.name());
                        });
            }
        }
    }

    /** Creates an organisation for a start-up task (first administrator, demo data), with no user signed in. */
    @Transactional
    OrganisationView register(OrganisationData data) {
        Organisation organisation = Organisation.create(data.kind(), data.name(), data.shortName(), data.siren());
        applyTerritory(organisation, data, null);
        organisations.save(organisation);
        OrganisationView created = organisations.findView(organisation.id()).orElseThrow();
        audit.record(new AuditRecord(
                "organisation",
                created.id().toString(),
                "created",
                "Organisation « " + created.name() + " » créée",
                AuditChange.between(null, created),
                Directory.footprintOf(created)));
        return created;
    }

    /**
     * Corrects an organisation, part by part ({@link OrganisationRights}): a part the user may not change must come back
     * unchanged (a null value means "unchanged"), otherwise the whole correction is refused and nothing is saved.
     */
    @Transactional
    public OrganisationView update(UUID id, int expectedVersion, OrganisationData data) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> notFound(id));
        OrganisationView before = organisation.view();
        access.requireRead(Directory.footprintOf(before), () -> notFound(id));
        Set<OrganisationRights.Part> allowed = rights.of(before);
        if (allowed.isEmpty()) throw AccessControl.denied();
        if (before.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("organisation " + id + " is at version " + before.version());
        }
        OrganisationData wanted = data.over(before);
        for (OrganisationRights.Part part : changedParts(before, wanted)) {
            if (!allowed.contains(part)) {
                throw new DomainException(ErrorKind.FORBIDDEN, "ORGANISATION_PART_NOT_YOURS_" + part.name());
            }
        }
        organisation.rename(wanted.name(), wanted.shortName(), wanted.siren());
        organisation.classify(wanted.kind());
        applyTerritory(organisation, wanted, before);
        organisations.save(organisation);
        OrganisationView after = organisations.findView(id).orElseThrow();
        audit.record(new AuditRecord(
                "organisation",
                id.toString(),
                "updated",
                "Organisation « " + after.name() + " » modifiée",
                AuditChange.between(before, after),
                Footprint.of(
                        java.util.stream.Stream.concat(
                                        Directory.footprintOf(before).organisations().stream(),
                                        CurrentUser.optional().map(u -> u.organisationId()).stream())
                                .toList(),
                        Directory.footprintOf(after).communes(),
                        Directory.footprintOf(after).departements())));
        return after;
    }

    /** What the user may change in {@code organisation} (to show the form's fields). */
    @Transactional(readOnly = true)
    public Set<OrganisationRights.Part> rightsOn(OrganisationView organisation) {
        return rights.of(organisation);
    }

    private static Set<OrganisationRights.Part> changedParts(OrganisationView before, OrganisationData wanted) {
        Set<OrganisationRights.Part> parts = EnumSet.noneOf(OrganisationRights.Part.class);
        if (!Objects.equals(before.name(), trimmed(wanted.name()))
                || !Objects.equals(before.shortName(), blankToNull(wanted.shortName()))
                || !Objects.equals(
                        before.siren(),
                        blankToNull(
                                wanted.siren() == null ? null : wanted.siren().replace(" ", "")))) {
            parts.add(OrganisationRights.Part.IDENTITY);
        }
        if (!Set.copyOf(before.communes()).equals(wanted.communes())
                || !Set.copyOf(before.epcis()).equals(wanted.epcis())) {
            parts.add(OrganisationRights.Part.ATTACHMENTS);
        }
        if (before.kind() != wanted.kind() || !Set.copyOf(before.departements()).equals(wanted.departements())) {
            parts.add(OrganisationRights.Part.CLASSIFICATION);
        }
        return parts;
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Checks and applies the territory; a commune or EPCI newly attached (not in {@code before}) must lie on the user's
     * territory (a Caf attaches organisations to its own communes only).
     */
    private void applyTerritory(Organisation organisation, OrganisationData data, OrganisationView before) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> communes = data.communes() == null ? Set.of() : data.communes();
        Set<String> epcis = data.epcis() == null ? Set.of() : data.epcis();
        Set<String> departements = data.departements() == null ? Set.of() : data.departements();
        InputLimits.check()
                .territory("communes", communes)
                .territory("epcis", epcis)
                .list("departements", departements)
                .throwIfAny();
        for (String code : communes) {
            if (territories.findCommune(code).isEmpty())
                problems.add(FieldProblem.of("communes", "COMMUNE_NOT_FOUND", code));
            else if (before != null && !before.communes().contains(code) && !rights.mayAttachTo(code)) {
                problems.add(FieldProblem.of("communes", "COMMUNE_OUT_OF_TERRITORY", code));
            }
        }
        for (String siren : epcis) {
            if (territories.findEpci(siren).isEmpty()) problems.add(FieldProblem.of("epcis", "EPCI_NOT_FOUND", siren));
            else if (before != null
                    && !before.epcis().contains(siren)
                    && territories.epciMembers(siren).stream().noneMatch(c -> rights.mayAttachTo(c.inseeCode()))) {
                problems.add(FieldProblem.of("epcis", "EPCI_OUT_OF_TERRITORY", siren));
            }
        }
        for (String code : departements) {
            if (territories.findDepartement(code).isEmpty())
                problems.add(FieldProblem.of("departements", "DEPARTEMENT_NOT_FOUND", code));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        organisation.cover(departements);
        organisation.attach(communes, epcis);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("ORGANISATION_NOT_FOUND", id);
    }
}
