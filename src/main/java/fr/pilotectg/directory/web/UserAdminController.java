package fr.pilotectg.directory.web;

import fr.pilotectg.directory.domain.OrganisationService;
import fr.pilotectg.directory.domain.UserAccountService;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.PageQuery;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages for user accounts (the whole /admin/** area is for admins only). */
@Controller
class UserAdminController {

    private final UserAccountService users;
    private final OrganisationService organisations;

    UserAdminController(UserAccountService users, OrganisationService organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/admin/users")
    String list(
            @RequestParam(name = "organisation", required = false) UUID organisation,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        model.addAttribute("results", users.list(organisation, new PageQuery(Math.max(0, page), 50)));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("directory.nav.users")));
        return "directory/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        return form(new UserForm(), null, model);
    }

    @PostMapping("/admin/users/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult result, Model model) {
        try {
            var credentials = users.create(form.data());
            model.addAttribute("credentials", credentials);
            model.addAttribute(
                    "breadcrumbs",
                    List.of(
                            Breadcrumb.section("directory.nav.users", "/admin/users"),
                            Breadcrumb.here(credentials.user().username())));
            return "directory/user-credentials";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, null, model);
        }
    }

    @GetMapping("/admin/users/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        return form(UserForm.of(users.get(id)), id, model);
    }

    @PostMapping("/admin/users/{id}")
    String edit(
            @PathVariable UUID id,
            @ModelAttribute("form") UserForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            users.update(id, form.getVersion(), form.data());
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(form, id, model);
        }
        Flash.success(redirect, "directory.user.saved");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/reset-password")
    String resetPassword(@PathVariable UUID id, Model model) {
        var credentials = users.resetPassword(id);
        model.addAttribute("credentials", credentials);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.users", "/admin/users"),
                        Breadcrumb.here(credentials.user().username())));
        return "directory/user-credentials";
    }

    private String form(UserForm form, UUID id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("roles", Role.values());
        model.addAttribute(
                "organisations",
                organisations
                        .search("", null, new PageQuery(0, PageQuery.MAX_SIZE))
                        .content());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.users", "/admin/users"),
                        id == null ? Breadcrumb.hereKey("directory.user.new") : Breadcrumb.here(form.getUsername())));
        return "directory/user-form";
    }
}
