package fr.pilotectg.directory.domain;

import fr.pilotectg.directory.UserView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.InputLimits;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.PageResult;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: admins create and change them; every user changes their own password. */
@Service
public class UserAccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwords;
    private final AccessControl access;
    private final AuditTrail audit;

    UserAccountService(
            UserAccountRepository users,
            OrganisationRepository organisations,
            PasswordEncoder passwords,
            AccessControl access,
            AuditTrail audit) {
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.access = access;
        this.audit = audit;
    }

    /** What the admin's user form or API call carries. */
    public record UserData(String username, String displayName, UUID organisationId, Role role, boolean enabled) {}

    /** A created or reset account with the one-time password to hand over (shown once). */
    public record Credentials(UserView user, String oneTimePassword) {}

    @Transactional(readOnly = true)
    public PageResult<UserView> list(UUID organisationId, PageQuery page) {
        access.requireAdmin();
        return users.list(organisationId, page);
    }

    @Transactional(readOnly = true)
    public UserView get(UUID id) {
        access.requireAdmin();
        return users.findView(id).orElseThrow(() -> DomainException.notFound("USER_NOT_FOUND", id));
    }

    /** Creates an account with a one-time password that its owner must change at first sign-in. */
    @Transactional
    public Credentials create(UserData data) {
        access.requireAdmin();
        String oneTime = oneTimePassword();
        return new Credentials(insert(data, oneTime, true), oneTime);
    }

    /** Creates an account with a known password: start-up tasks only (demo data, the first administrator). */
    @Transactional
    UserView createWithPassword(UserData data, String rawPassword, boolean mustChange) {
        return insert(data, rawPassword, mustChange);
    }

    private UserView insert(UserData data, String rawPassword, boolean mustChange) {
        validate(data, true);
        UUID id = UUID.randomUUID();
        users.insert(
                id,
                data.username().trim(),
                data.displayName().trim(),
                passwords.encode(rawPassword),
                data.organisationId(),
                data.role(),
                mustChange);
        UserView created = users.findView(id).orElseThrow();
        audit.record(new AuditRecord(
                "user",
                id.toString(),
                "created",
                "Compte « " + created.username() + " » créé",
                AuditChange.between(null, created),
                Footprint.ofOrganisation(created.organisationId())));
        return created;
    }

    @Transactional
    public UserView update(UUID id, int expectedVersion, UserData data) {
        access.requireAdmin();
        UserView before = get(id);
        validate(data, false);
        users.update(
                id, expectedVersion, data.displayName().trim(), data.organisationId(), data.role(), data.enabled());
        UserView after = users.findView(id).orElseThrow();
        audit.record(new AuditRecord(
                "user",
                id.toString(),
                "updated",
                "Compte « " + after.username() + " » modifié",
                AuditChange.between(before, after),
                Footprint.of(List.of(before.organisationId(), after.organisationId()), List.of(), List.of())));
        return after;
    }

    /** Gives an account a new one-time password (forgotten password, handled by an admin). */
    @Transactional
    public Credentials resetPassword(UUID id) {
        access.requireAdmin();
        UserView user = get(id);
        String oneTime = oneTimePassword();
        users.setPassword(id, passwords.encode(oneTime), true);
        audit.record(new AuditRecord(
                "user",
                id.toString(),
                "password-reset",
                "Mot de passe de « " + user.username() + " » réinitialisé",
                List.of(),
                Footprint.ofOrganisation(user.organisationId())));
        return new Credentials(users.findView(id).orElseThrow(), oneTime);
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(PiloteUser user, String current, String next, String confirmation) {
        List<FieldProblem> problems = new ArrayList<>();
        if (current == null || !passwords.matches(current, users.passwordHash(user.id()))) {
            problems.add(FieldProblem.of("currentPassword", "PASSWORD_WRONG"));
        }
        if (next == null || next.length() < MIN_PASSWORD_LENGTH) {
            problems.add(FieldProblem.of("newPassword", "PASSWORD_TOO_SHORT", MIN_PASSWORD_LENGTH));
        } else if (next.equals(current)) {
            problems.add(FieldProblem.of("newPassword", "PASSWORD_UNCHANGED"));
        }
        if (next != null && !next.equals(confirmation))
            problems.add(FieldProblem.of("confirmation", "PASSWORD_MISMATCH"));
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        users.setPassword(user.id(), passwords.encode(next), false);
        audit.record(new AuditRecord(
                "user",
                user.id().toString(),
                "password-changed",
                "Mot de passe changé par son titulaire",
                List.of(),
                Footprint.ofOrganisation(user.organisationId())));
    }

    private void validate(UserData data, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating) {
            if (data.username() == null || data.username().isBlank())
                problems.add(FieldProblem.of("username", "REQUIRED"));
            else if (!data.username().trim().matches("[A-Za-z0-9._@-]{2,60}"))
                problems.add(FieldProblem.of("username", "USERNAME_FORMAT"));
        }
        if (data.displayName() == null || data.displayName().isBlank())
            problems.add(FieldProblem.of("displayName", "REQUIRED"));
        problems.addAll(
                InputLimits.check().name("displayName", data.displayName()).problems());
        if (data.role() == null) problems.add(FieldProblem.of("role", "REQUIRED"));
        if (data.organisationId() == null) problems.add(FieldProblem.of("organisationId", "REQUIRED"));
        else if (organisations.find(data.organisationId()).isEmpty()) {
            problems.add(FieldProblem.of("organisationId", "ORGANISATION_NOT_FOUND", data.organisationId()));
        }
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++)
            password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
        return password.toString();
    }
}
