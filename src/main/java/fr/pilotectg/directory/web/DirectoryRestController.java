package fr.pilotectg.directory.web;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.UserView;
import fr.pilotectg.directory.domain.OrganisationEntry;
import fr.pilotectg.directory.domain.OrganisationEntry.CafData;
import fr.pilotectg.directory.domain.OrganisationService;
import fr.pilotectg.directory.domain.OrganisationService.OrganisationData;
import fr.pilotectg.directory.domain.UserAccountService;
import fr.pilotectg.directory.domain.UserAccountService.UserData;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.RequiredVersion;
import fr.pilotectg.territory.Lookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisations et utilisateurs")
class DirectoryRestController {

    private final OrganisationService organisations;
    private final OrganisationEntry entry;
    private final UserAccountService users;

    DirectoryRestController(OrganisationService organisations, OrganisationEntry entry, UserAccountService users) {
        this.organisations = organisations;
        this.entry = entry;
        this.users = users;
    }

    /** A new Caf and its first agent, as an administrator sends them. */
    record CafRequest(
            String name,
            String shortName,
            String siren,
            Set<String> departements,
            String agentUsername,
            String agentDisplayName) {

        CafData data() {
            return new CafData(
                    name,
                    shortName,
                    siren,
                    departements == null ? Set.of() : departements,
                    agentUsername,
                    agentDisplayName);
        }
    }

    /** Who the API caller is. */
    record Me(UUID id, String username, String displayName, UUID organisationId, String organisationName, Role role) {}

    /** An organisation as sent by a client; {@code version} is required to change one (optimistic locking). */
    record OrganisationRequest(
            OrganisationKind kind,
            String name,
            String shortName,
            String siren,
            Set<String> departements,
            Set<String> communes,
            Set<String> epcis,
            Integer version) {

        OrganisationData data() {
            return new OrganisationData(kind, name, shortName, siren, departements, communes, epcis);
        }
    }

    record UserRequest(
            String username, String displayName, UUID organisationId, Role role, Boolean enabled, Integer version) {

        UserData data() {
            return new UserData(username, displayName, organisationId, role, enabled == null || enabled);
        }
    }

    /** A created account and its one-time password (returned once). */
    record CreatedUser(UserView user, String oneTimePassword) {}

    @GetMapping("/me")
    @Operation(summary = "L'utilisateur authentifié")
    Me me() {
        PiloteUser user = CurrentUser.require();
        return new Me(
                user.id(),
                user.getUsername(),
                user.displayName(),
                user.organisationId(),
                user.organisationName(),
                user.role());
    }

    @GetMapping("/organisations")
    @Operation(summary = "Les organisations visibles par l'utilisateur")
    PageResult<OrganisationView> organisations(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "kind", required = false) OrganisationKind kind,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return organisations.search(q, kind, new PageQuery(page, size));
    }

    @GetMapping("/organisations/suggestions")
    @Operation(
            summary = "Suggestions d'organisations visibles par l'utilisateur, pour une saisie au fil de la frappe : "
                    + "nom ou nom court sans accents ni casse (chaque mot tapé), ou SIREN ; 400 si `q` est vide ou "
                    + "dépasse 80 caractères, `limit` de 1 à 20 (10 par défaut)")
    List<OrganisationView> organisationSuggestions(
            @RequestParam(name = "q", defaultValue = "") String q,
            @RequestParam(name = "limit", required = false) Integer limit) {
        return entry.suggest(Lookup.of(q, limit));
    }

    @GetMapping("/organisations/prefill")
    @Operation(
            summary = "Une organisation préremplie depuis le référentiel (non enregistrée) : `commune` (code INSEE) → "
                    + "« Commune de … » avec son SIREN ; `epci` (SIREN) → l'EPCI sous son nom ; avec les organisations "
                    + "visibles qui le représentent déjà. À envoyer ensuite à POST /organisations")
    OrganisationEntry.Prefill prefill(
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "epci", required = false) String epci) {
        if ((commune == null || commune.isBlank()) == (epci == null || epci.isBlank()))
            throw DomainException.invalidFields(List.of(FieldProblem.of("commune", "PREFILL_ONE_SOURCE")));
        return commune != null && !commune.isBlank() ? entry.fromCommune(commune) : entry.fromEpci(epci);
    }

    @PostMapping("/organisations/communes-of-epci/{siren}")
    @Operation(
            summary = "Créer en une fois les organisations des communes membres d'un EPCI sur le territoire de sa Caf "
                    + "(agents Caf, administrateurs) ; idempotent : les communes déjà présentes sont laissées de côté "
                    + "et listées ; 404 si l'EPCI n'a aucune commune sur le territoire de l'utilisateur")
    OrganisationEntry.EpciCommunesReport createCommunesOfEpci(@PathVariable String siren) {
        return entry.createCommunesOf(siren);
    }

    @PostMapping("/cafs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ouvrir une Caf avec ses départements et son premier agent, en une seule transaction "
                    + "(administrateurs) ; le mot de passe à usage unique de l'agent est renvoyé une seule fois")
    OrganisationEntry.NewCaf createCaf(@RequestBody CafRequest request) {
        return entry.createCaf(request.data());
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "Une organisation (404 si elle n'est pas visible par l'utilisateur)")
    OrganisationView organisation(@PathVariable UUID id) {
        return organisations.get(id);
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Créer une organisation : administrateurs ; agents Caf sur le territoire de leur Caf (pas une Caf, "
                            + "aucun département couvert, au moins une commune ou un EPCI du territoire ; 404 hors territoire) ; "
                            + "409 ORGANISATION_ALREADY_EXISTS si la commune ou l'EPCI a déjà son organisation")
    OrganisationView create(@RequestBody OrganisationRequest request) {
        return organisations.create(request.data());
    }

    @PutMapping("/organisations/{id}")
    @Operation(summary = "Modifier une organisation ; 409 CONCURRENT_MODIFICATION si `version` n'est plus la dernière")
    OrganisationView update(@PathVariable UUID id, @RequestBody OrganisationRequest request) {
        return organisations.update(id, RequiredVersion.of(request.version()), request.data());
    }

    @GetMapping("/users")
    @Operation(summary = "Les comptes utilisateurs (administrateurs)")
    PageResult<UserView> users(
            @RequestParam(name = "organisation", required = false) UUID organisation,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size) {
        return users.list(organisation, new PageQuery(page, size));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Créer un compte (administrateurs) ; le mot de passe à usage unique est renvoyé une seule fois")
    CreatedUser createUser(@RequestBody UserRequest request) {
        var credentials = users.create(request.data());
        return new CreatedUser(credentials.user(), credentials.oneTimePassword());
    }

    @PutMapping("/users/{id}")
    @Operation(summary = "Modifier un compte (administrateurs)")
    UserView updateUser(@PathVariable UUID id, @RequestBody UserRequest request) {
        return users.update(id, RequiredVersion.of(request.version()), request.data());
    }
}
