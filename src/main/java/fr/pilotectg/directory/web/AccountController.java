package fr.pilotectg.directory.web;

import fr.pilotectg.directory.domain.ApiTokenService;
import fr.pilotectg.directory.domain.UserAccountRepository;
import fr.pilotectg.directory.domain.UserAccountService;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own pages: profile, password, personal API tokens. */
@Controller
class AccountController {

    private final UserAccountService accounts;
    private final UserAccountRepository users;
    private final ApiTokenService tokens;
    private final Clock clock;

    AccountController(UserAccountService accounts, UserAccountRepository users, ApiTokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("directory.account.title")));
        return "directory/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.account.title", "/account"),
                        Breadcrumb.hereKey("directory.password.title")));
        return "directory/password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        PiloteUser user = CurrentUser.require();
        try {
            accounts.changeOwnPassword(user, currentPassword, newPassword, confirmation);
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.INVALID) throw e;
            model.addAttribute("problems", e.fields());
            return passwordForm(model);
        }
        // Refresh the signed-in principal so that the "must change password" gate opens at once.
        PiloteUser refreshed = users.findPrincipal(user.id()).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        Flash.success(redirect, "directory.password.changed");
        return "redirect:/account";
    }

    @GetMapping("/account/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.tokensOf(CurrentUser.require()));
        model.addAttribute("now", clock.instant());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.account.title", "/account"),
                        Breadcrumb.hereKey("directory.tokens.title")));
        return "directory/tokens";
    }

    /** Post/redirect/get: the secret travels once in a flash attribute, so reloading the page never shows it again. */
    @PostMapping("/account/tokens")
    String createToken(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("created", tokens.create(CurrentUser.require(), name, expiresOn));
            return "redirect:/account/tokens";
        } catch (DomainException e) {
            if (e.kind() != ErrorKind.INVALID) throw e;
            model.addAttribute("problems", e.fields());
            model.addAttribute("name", name);
            return tokens(model);
        }
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require(), id);
        Flash.success(redirect, "directory.tokens.revoked");
        return "redirect:/account/tokens";
    }
}
