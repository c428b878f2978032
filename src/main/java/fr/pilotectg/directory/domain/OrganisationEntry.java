package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.domain.OrganisationService.OrganisationData;
import fr.pilotectg.directory.domain.UserAccountService.Credentials;
import fr.pilotectg.directory.domain.UserAccountService.UserData;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering the organisations of a territory fast (issue 12, point 8): an organisation prefilled from the reference data
 * (a commune or an EPCI, its name with its article, its INSEE code or SIREN), all the communes of an EPCI in one step,
 * a new Caf with its départements and first agent in one step, and the type-ahead on the organisations one reaches.
 * Creating follows {@link OrganisationService#create}: administrators anywhere, Caf agents on their own territory.
 */
@Service
public class OrganisationEntry {

    private final OrganisationService organisations;
    private final OrganisationRepository repository;
    private final UserAccountService users;
    private final Territories territories;
    private final OrganisationRights rights;
    private final AccessControl access;
    private final AuditTrail audit;
    private final MessageSource messages;

    OrganisationEntry(
            OrganisationService organisations,
            OrganisationRepository repository,
            UserAccountService users,
            Territories territories,
            OrganisationRights rights,
            AccessControl access,
            AuditTrail audit,
            MessageSource messages) {
        this.organisations = organisations;
        this.repository = repository;
        this.users = users;
        this.territories = territories;
        this.rights = rights;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * An organisation as the reference data describes it, not saved: its kind, name, code and attachment, the
     * département it lies in, and the organisations that already stand for it (visible to the user).
     */
    public record Prefill(
            OrganisationData data,
            String code,
            String departementCode,
            String departementName,
            List<OrganisationView> existing) {}

    /** Why a commune of an EPCI was not created: it has its organisation already, or lies outside the user's territory. */
    public enum SkipReason {
        ALREADY_EXISTS,
        NAME_TAKEN,
        OUT_OF_TERRITORY
    }

    /** A commune of the EPCI left as it was, and the organisation that already stands for it (if any). */
    public record Skipped(
            String inseeCode,
            String communeName,
            SkipReason reason,
            @Nullable String existingOrganisation) {}

    /** What creating the communes of an EPCI did: the organisations created and the communes skipped, by name. */
    public record EpciCommunesReport(EpciView epci, List<OrganisationView> created, List<Skipped> skipped) {}

    /** What an administrator types to open a new Caf. */
    public record CafData(
            String name,
            @Nullable String shortName,
            @Nullable String siren,
            Set<String> departements,
            String agentUsername,
            String agentDisplayName) {}

    /** The new Caf, its first agent and the agent's one-time password (shown once). */
    public record NewCaf(OrganisationView caf, fr.pilotectg.directory.UserView agent, String oneTimePassword) {}

    /** Type-ahead on the organisations the user reaches (name, short name or SIREN). */
    @Transactional(readOnly = true)
    public List<OrganisationView> suggest(Lookup lookup) {
        return repository.suggest(access.currentReach(), lookup);
    }

    /** A commune's organisation prefilled (« Commune d'Armentières », its SIREN, attached to its INSEE code). */
    @Transactional(readOnly = true)
    public Prefill fromCommune(String inseeCode) {
        CommuneView commune = territories.commune(inseeCode.trim().toUpperCase(Locale.ROOT));
        OrganisationData data = new OrganisationData(
                OrganisationKind.COMMUNE,
                switch (commune.kind()) {
                    case COMMUNE_ASSOCIEE -> OrganisationNames.withArticle("Commune associée", commune.name());
                    case COMMUNE_DELEGUEE -> OrganisationNames.withArticle("Commune déléguée", commune.name());
                    default -> OrganisationNames.ofCommune(commune.name());
                },
                commune.name(),
                commune.siren(),
                Set.of(),
                Set.of(commune.inseeCode()),
                Set.of());
        return new Prefill(
                data,
                commune.inseeCode(),
                commune.departementCode(),
                commune.departementName(),
                visible(repository.standingFor(OrganisationKind.COMMUNE, commune.inseeCode(), commune.siren())));
    }

    /** An EPCI's organisation prefilled (its reference name written out, its SIREN, attached to itself). */
    @Transactional(readOnly = true)
    public Prefill fromEpci(String siren) {
        String code = siren.replace(" ", "");
        EpciView epci = territories.findEpci(code).orElseThrow(() -> DomainException.notFound("EPCI_NOT_FOUND", code));
        List<CommuneView> members = territories.epciMembers(epci.siren());
        String departement = members.isEmpty() ? "" : members.get(0).departementCode();
        String departementName = members.isEmpty() ? "" : members.get(0).departementName();
        OrganisationData data = new OrganisationData(
                OrganisationKind.EPCI,
                OrganisationNames.ofEpci(epci.name()),
                null,
                epci.siren(),
                Set.of(),
                Set.of(),
                Set.of(epci.siren()));
        return new Prefill(
                data,
                epci.siren(),
                departement,
                departementName,
                visible(repository.standingFor(OrganisationKind.EPCI, epci.siren(), epci.siren())));
    }

    /**
     * Creates the organisation of every member commune of an EPCI that lies on the user's territory and has none yet
     * (idempotent: communes with an organisation already, or whose name is taken, are skipped and reported). Caf agents
     * and administrators; an EPCI with no commune on the user's territory is not found for them (404).
     */
    @Transactional
    public EpciCommunesReport createCommunesOf(String siren) {
        requireEntrant();
        String code = siren.replace(" ", "");
        EpciView epci = territories.findEpci(code).orElseThrow(() -> DomainException.notFound("EPCI_NOT_FOUND", code));
        List<CommuneView> members = territories.epciMembers(epci.siren());
        if (members.stream().noneMatch(c -> rights.mayAttachTo(c.inseeCode())))
            throw DomainException.notFound("ORGANISATION_OUT_OF_TERRITORY", epci.name());
        List<OrganisationView> created = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (CommuneView commune : members) {
            if (!rights.mayAttachTo(commune.inseeCode())) {
                skipped.add(new Skipped(commune.inseeCode(), commune.name(), SkipReason.OUT_OF_TERRITORY, null));
                continue;
            }
            List<OrganisationView> existing =
                    repository.standingFor(OrganisationKind.COMMUNE, commune.inseeCode(), commune.siren());
            if (!existing.isEmpty()) {
                skipped.add(new Skipped(
                        commune.inseeCode(),
                        commune.name(),
                        SkipReason.ALREADY_EXISTS,
                        existing.get(0).name()));
                continue;
            }
            OrganisationData data = fromCommune(commune.inseeCode()).data();
            var sameName = repository.findByName(data.name());
            if (sameName.isPresent()) {
                skipped.add(new Skipped(
                        commune.inseeCode(),
                        commune.name(),
                        SkipReason.NAME_TAKEN,
                        sameName.get().name()));
                continue;
            }
            created.add(organisations.register(data));
        }
        audit.record(new AuditRecord(
                "epci",
                epci.siren(),
                "communes-created",
                messages.getMessage(
                        "audit.organisation.communesOfEpci",
                        new Object[] {epci.name(), created.size(), skipped.size()},
                        Locale.FRANCE),
                List.of(),
                Footprint.of(
                        created.stream().map(OrganisationView::id).toList(),
                        members.stream()
                                .map(CommuneView::inseeCode)
                                .filter(rights::mayAttachTo)
                                .toList(),
                        List.of())));
        return new EpciCommunesReport(epci, List.copyOf(created), List.copyOf(skipped));
    }

    /**
     * Opens a new Caf: the organisation covering its départements and its first agent, in one transaction (a refused
     * agent, e.g. a login already taken, leaves no Caf behind). Administrators only.
     */
    @Transactional
    public NewCaf createCaf(CafData data) {
        access.requireAdmin();
        if (data.departements() == null || data.departements().isEmpty())
            throw DomainException.invalidFields(List.of(FieldProblem.of("departements", "REQUIRED")));
        OrganisationView caf = organisations.create(new OrganisationData(
                OrganisationKind.CAF,
                data.name(),
                data.shortName(),
                data.siren(),
                data.departements(),
                Set.of(),
                Set.of()));
        Credentials agent = users.create(
                new UserData(data.agentUsername(), data.agentDisplayName(), caf.id(), Role.CAF_AGENT, true));
        audit.record(new AuditRecord(
                "organisation",
                caf.id().toString(),
                "caf-opened",
                messages.getMessage(
                        "audit.organisation.cafOpened",
                        new Object[] {
                            caf.name(),
                            String.join(", ", caf.departements()),
                            agent.user().username()
                        },
                        Locale.FRANCE),
                List.of(),
                fr.pilotectg.directory.Directory.footprintOf(caf)));
        return new NewCaf(caf, agent.user(), agent.oneTimePassword());
    }

    /** Who may enter organisations: administrators and Caf agents. */
    public boolean mayEnter() {
        return access.isAdmin()
                || CurrentUser.optional().map(u -> u.role() == Role.CAF_AGENT).orElse(false);
    }

    private void requireEntrant() {
        if (!mayEnter()) throw AccessControl.denied();
    }

    private List<OrganisationView> visible(List<OrganisationView> found) {
        return found.stream()
                .filter(o -> access.canRead(fr.pilotectg.directory.Directory.footprintOf(o)))
                .toList();
    }
}
