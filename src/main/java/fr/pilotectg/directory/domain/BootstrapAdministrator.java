package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.platform.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start outside the demo: creates the first administrator. With {@code PILOTE_ADMIN_PASSWORD} set, that is its
 * password; otherwise a one-time password is printed once in the log and must be changed at first sign-in. Nothing
 * happens once any account exists; there is never a built-in default password.
 */
@Component
@Order(10)
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);
    static final String ORGANISATION = "Administration de Pilote CTG";

    private final UserAccountRepository users;
    private final OrganisationService organisations;
    private final UserAccountService accounts;
    private final boolean demo;
    private final String username;
    private final String password;

    BootstrapAdministrator(
            UserAccountRepository users,
            OrganisationService organisations,
            UserAccountService accounts,
            @Value("${pilote.demo.enabled:false}") boolean demo,
            @Value("${pilote.bootstrap-admin.username:admin}") String username,
            @Value("${pilote.bootstrap-admin.password:}") String password) {
        this.users = users;
        this.organisations = organisations;
        this.accounts = accounts;
        this.demo = demo;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demo || users.count() > 0) return;
        var organisation = organisations.register(new OrganisationService.OrganisationData(
                OrganisationKind.OTHER, ORGANISATION, null, null, Set.of(), Set.of(), Set.of()));
        var data = new UserAccountService.UserData(username, "Administrateur", organisation.id(), Role.ADMIN, true);
        if (password != null && !password.isBlank()) {
            accounts.createWithPassword(data, password, false);
            log.info("First administrator '{}' created with the password given in PILOTE_ADMIN_PASSWORD.", username);
        } else {
            String oneTime = UserAccountService.oneTimePassword();
            accounts.createWithPassword(data, oneTime, true);
            log.warn(
                    "First administrator '{}' created. One-time password (shown once, to change at first sign-in): {}",
                    username,
                    oneTime);
        }
    }
}
