package fr.pilotectg.directory.web;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.UserView;
import fr.pilotectg.directory.domain.OrganisationService;
import fr.pilotectg.directory.domain.OrganisationService.OrganisationData;
import fr.pilotectg.directory.domain.UserAccountService;
import fr.pilotectg.directory.domain.UserAccountService.UserData;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import fr.pilotectg.shared.RequiredVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    private final UserAccountService users;

    DirectoryRestController(OrganisationService organisations, UserAccountService users) {
        this.organisations = organisations;
        this.users = users;
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

    @GetMapping("/organisations/{id}")
    @Operation(summary = "Une organisation (404 si elle n'est pas visible par l'utilisateur)")
    OrganisationView organisation(@PathVariable UUID id) {
        return organisations.get(id);
    }

    @PostMapping("/organisations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Créer une organisation (administrateurs)")
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
