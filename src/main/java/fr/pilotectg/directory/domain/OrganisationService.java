package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
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

    OrganisationService(OrganisationRepository organisations, Territories territories, AccessControl access, AuditTrail audit) {
        this.organisations = organisations;
        this.territories = territories;
        this.access = access;
        this.audit = audit;
    }

    /** What an organisation's form or API call carries. */
    public record OrganisationData(OrganisationKind kind, String name, String shortName, String siren, Set<String> departements,
            Set<String> communes, Set<String> epcis) {}

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
        return access.canWrite(Directory.footprintOf(organisation));
    }

    /** Creates an organisation (admins only). */
    @Transactional
    public OrganisationView create(OrganisationData data) {
        access.requireAdmin();
        return register(data);
    }

    /** Creates an organisation for a start-up task (first administrator, demo data), with no user signed in. */
    @Transactional
    OrganisationView register(OrganisationData data) {
        Organisation organisation = Organisation.create(data.kind(), data.name(), data.shortName(), data.siren());
        applyTerritory(organisation, data);
        organisations.save(organisation);
        OrganisationView created = organisations.findView(organisation.id()).orElseThrow();
        audit.record(new AuditRecord("organisation", created.id().toString(), "created", "Organisation « " + created.name() + " » créée",
                AuditChange.between(null, created), Directory.footprintOf(created)));
        return created;
    }

    /**
     * Corrects an organisation. Its own agents may change its identity (name, SIREN); kind, départements and
     * attachments decide what its users see, so only an admin changes them.
     */
    @Transactional
    public OrganisationView update(UUID id, int expectedVersion, OrganisationData data) {
        Organisation organisation = organisations.find(id).orElseThrow(() -> notFound(id));
        OrganisationView before = organisation.view();
        access.requireWrite(Directory.footprintOf(before), () -> notFound(id));
        if (before.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("organisation " + id + " is at version " + before.version());
        }
        organisation.rename(data.name(), data.shortName(), data.siren());
        if (access.isAdmin()) {
            if (data.kind() != null) organisation.classify(data.kind());
            applyTerritory(organisation, data);
        }
        organisations.save(organisation);
        OrganisationView after = organisations.findView(id).orElseThrow();
        audit.record(new AuditRecord("organisation", id.toString(), "updated", "Organisation « " + after.name() + " » modifiée",
                AuditChange.between(before, after), Directory.footprintOf(after)));
        return after;
    }

    private void applyTerritory(Organisation organisation, OrganisationData data) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> communes = data.communes() == null ? Set.of() : data.communes();
        Set<String> epcis = data.epcis() == null ? Set.of() : data.epcis();
        Set<String> departements = data.departements() == null ? Set.of() : data.departements();
        for (String code : communes) {
            if (territories.findCommune(code).isEmpty()) problems.add(FieldProblem.of("communes", "COMMUNE_NOT_FOUND", code));
        }
        for (String siren : epcis) {
            if (territories.findEpci(siren).isEmpty()) problems.add(FieldProblem.of("epcis", "EPCI_NOT_FOUND", siren));
        }
        for (String code : departements) {
            if (territories.findDepartement(code).isEmpty()) problems.add(FieldProblem.of("departements", "DEPARTEMENT_NOT_FOUND", code));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        organisation.cover(departements);
        organisation.attach(communes, epcis);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("ORGANISATION_NOT_FOUND", id);
    }
}
