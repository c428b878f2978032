package fr.pilotectg.directory.web;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.domain.OrganisationEntry;
import fr.pilotectg.directory.domain.OrganisationEntry.CafData;
import fr.pilotectg.directory.domain.OrganisationEntry.Prefill;
import fr.pilotectg.directory.domain.OrganisationService;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.platform.PickerOption;
import fr.pilotectg.shared.Codes;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.Territories;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering organisations fast (issue 12, point 8): a Caf agent or an administrator picks a commune or an EPCI of the
 * reference data by name, gets the organisation prefilled, creates it, or creates all the communes of an EPCI at once;
 * an administrator opens a new Caf with its first agent. Also the organisations' type-ahead for every form.
 */
@Controller
class OrganisationEntryController {

    /** « Armentières (59017) » as a picker fills the field: the code in brackets at the end. */
    private static final Pattern PICKED = Pattern.compile(".*\\(\\s*([0-9A-Za-z ]{5,11})\\s*\\)\\s*$");

    private static final Pattern CODE = Pattern.compile("[0-9][0-9AaBb][0-9 ]{3,9}");

    private final OrganisationEntry entry;
    private final OrganisationService organisations;
    private final Territories territories;
    private final MessageSource messages;
    private final AccessControl access;

    OrganisationEntryController(
            OrganisationEntry entry,
            OrganisationService organisations,
            Territories territories,
            MessageSource messages,
            AccessControl access) {
        this.access = access;
        this.entry = entry;
        this.organisations = organisations;
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/pickers/organisations")
    String organisationOptions(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        model.addAttribute(
                "options",
                q.isBlank()
                        ? List.of()
                        : entry.suggest(Lookup.of(q, null)).stream()
                                .map(o -> new PickerOption(
                                        o.id().toString(),
                                        o.name(),
                                        messages.getMessage(
                                                        "directory.kind."
                                                                + o.kind().name(),
                                                        null,
                                                        Locale.FRANCE)
                                                + (o.territorySummary().isEmpty() ? "" : " · " + o.territorySummary())))
                                .toList());
        return "fragments/picker :: options";
    }

    @GetMapping("/organisations/new")
    String newForm(
            @RequestParam(name = "commune", required = false) String commune,
            @RequestParam(name = "epci", required = false) String epci,
            Model model) {
        if (!entry.mayEnter()) throw AccessControl.denied();
        OrganisationForm form = new OrganisationForm();
        form.setKind(OrganisationKind.COMMUNE);
        Prefill prefill = null;
        Optional<String> communeCode = communeCode(commune);
        Optional<String> epciSiren = epciSiren(epci);
        if (communeCode.isPresent()) prefill = entry.fromCommune(communeCode.get());
        else if (epciSiren.isPresent()) prefill = entry.fromEpci(epciSiren.get());
        if (prefill != null) form = OrganisationForm.of(prefill.data());
        model.addAttribute("commune", commune);
        model.addAttribute("epci", epci);
        return page(form, prefill, model);
    }

    @PostMapping("/organisations/new")
    String create(
            @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!entry.mayEnter()) throw AccessControl.denied();
        try {
            OrganisationView created = organisations.create(form.data(access.isAdmin()));
            Flash.success(redirect, "directory.entry.created");
            return "redirect:/organisations/" + created.id();
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return page(form, null, model);
        }
    }

    @PostMapping("/organisations/communes-of-epci")
    String createCommunesOfEpci(@RequestParam(name = "epci") String epci, Model model) {
        if (!entry.mayEnter()) throw AccessControl.denied();
        String siren = epciSiren(epci).orElse(epci.trim());
        var report = entry.createCommunesOf(siren);
        model.addAttribute("report", report);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.organisations", "/organisations"),
                        Breadcrumb.here(report.epci().name())));
        return "directory/epci-communes";
    }

    @GetMapping("/admin/cafs/new")
    String newCaf(Model model) {
        return cafPage(new CafForm(), model);
    }

    @PostMapping("/admin/cafs/new")
    String createCaf(@ModelAttribute("form") CafForm form, BindingResult result, Model model) {
        try {
            var created = entry.createCaf(form.data());
            model.addAttribute(
                    "credentials",
                    new fr.pilotectg.directory.domain.UserAccountService.Credentials(
                            created.agent(), created.oneTimePassword()));
            model.addAttribute("cafCreated", created.caf().name());
            model.addAttribute(
                    "breadcrumbs",
                    List.of(
                            Breadcrumb.section("directory.nav.organisations", "/organisations"),
                            Breadcrumb.here(created.caf().name())));
            return "directory/user-credentials";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return cafPage(form, model);
        }
    }

    private String cafPage(CafForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.organisations", "/organisations"),
                        Breadcrumb.hereKey("directory.caf.new")));
        return "directory/caf-form";
    }

    private String page(OrganisationForm form, @Nullable Prefill prefill, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("prefill", prefill);
        model.addAttribute("admin", access.isAdmin());
        model.addAttribute(
                "kinds",
                access.isAdmin()
                        ? List.of(OrganisationKind.values())
                        : java.util.Arrays.stream(OrganisationKind.values())
                                .filter(k -> k != OrganisationKind.CAF)
                                .toList());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("directory.nav.organisations", "/organisations"),
                        Breadcrumb.hereKey("directory.entry.title")));
        return "directory/organisation-entry";
    }

    /** The INSEE code in a picker's text: the code in brackets, a code typed alone, else the best suggestion for a name. */
    private Optional<String> communeCode(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<String> code = code(text);
        if (code.isPresent()) return code;
        return territories.suggestCommunes(Lookup.of(text, 1)).stream()
                .findFirst()
                .map(CommuneView::inseeCode);
    }

    private Optional<String> epciSiren(@Nullable String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Optional<String> code = code(text);
        if (code.isPresent()) return code;
        return territories.suggestEpcis(Lookup.of(text, 1)).stream().findFirst().map(EpciView::siren);
    }

    private static Optional<String> code(String text) {
        Matcher picked = PICKED.matcher(text);
        if (picked.matches())
            return Optional.of(picked.group(1).replace(" ", "").toUpperCase(Locale.ROOT));
        String trimmed = text.trim();
        if (CODE.matcher(trimmed).matches())
            return Optional.of(trimmed.replace(" ", "").toUpperCase(Locale.ROOT));
        return Optional.empty();
    }

    /** The new Caf form: the organisation and its first agent. */
    public static class CafForm {
        private String name;
        private String shortName;
        private String siren;
        private String departements;
        private String agentUsername;
        private String agentDisplayName;

        CafData data() {
            return new CafData(name, shortName, siren, Codes.split(departements), agentUsername, agentDisplayName);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getShortName() {
            return shortName;
        }

        public void setShortName(String shortName) {
            this.shortName = shortName;
        }

        public String getSiren() {
            return siren;
        }

        public void setSiren(String siren) {
            this.siren = siren;
        }

        public String getDepartements() {
            return departements;
        }

        public void setDepartements(String departements) {
            this.departements = departements;
        }

        public String getAgentUsername() {
            return agentUsername;
        }

        public void setAgentUsername(String agentUsername) {
            this.agentUsername = agentUsername;
        }

        public String getAgentDisplayName() {
            return agentDisplayName;
        }

        public void setAgentDisplayName(String agentDisplayName) {
            this.agentDisplayName = agentDisplayName;
        }
    }
}
