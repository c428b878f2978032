package fr.pilotectg.financing.web;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.FinancingErrors;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.ParameterOverriding;
import fr.pilotectg.financing.domain.ParameterVersion;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.PiloteUser;
import fr.pilotectg.platform.Role;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.PageQuery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parameters of the financing as a Caf reads them: each national value with its period, source and « hypothèse »
 * flag, the Caf's own values beside them with their reasons; the Caf's agents set a value from a date there.
 */
@Controller
class ParametersController {

    private final ParameterOverriding overriding;
    private final Directory directory;
    private final FinancingText text;
    private final MessageSource messages;

    ParametersController(
            ParameterOverriding overriding, Directory directory, FinancingText text, MessageSource messages) {
        this.overriding = overriding;
        this.directory = directory;
        this.text = text;
        this.messages = messages;
    }

    /** One parameter: its label, unit, accepted modes, and its versions (national, then the Caf's). */
    record Row(
            String code,
            String label,
            String ref,
            List<String> modes,
            List<FinancingViews.Parameter> national,
            List<FinancingViews.Parameter> caf) {}

    @GetMapping("/financement/parametres")
    String parameters(@RequestParam(name = "caf", required = false) UUID cafId, Model model) {
        PiloteUser user = CurrentUser.require();
        if (cafId == null && !user.isAdmin()) cafId = ownCaf(user);
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("financing.parameters.title")));
        if (user.isAdmin())
            model.addAttribute(
                    "cafs",
                    directory
                            .visibleOrganisationsOfKind(OrganisationKind.CAF, PageQuery.first(PageQuery.MAX_SIZE))
                            .content());
        List<ParameterVersion> versions = cafId == null ? nationalOnly() : overriding.parametersOf(cafId);
        List<Row> rows = new ArrayList<>();
        for (ParameterCode code : ParameterCode.values()) {
            rows.add(new Row(
                    code.name(),
                    text.parameter(code),
                    code.ref(),
                    code.modes().stream()
                            .map(m -> text.text("financing.mode." + m))
                            .toList(),
                    versions.stream()
                            .filter(v -> v.code() == code && !v.override())
                            .map(v -> FinancingViews.Parameter.of(v, text))
                            .toList(),
                    versions.stream()
                            .filter(v -> v.code() == code && v.override())
                            .map(v -> FinancingViews.Parameter.of(v, text))
                            .toList()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("cafId", cafId);
        model.addAttribute(
                "cafName", cafId == null ? null : directory.organisation(cafId).displayName());
        model.addAttribute(
                "canOverride",
                cafId != null
                        && (user.isAdmin() || (user.role() == Role.CAF_AGENT && cafId.equals(user.organisationId()))));
        model.addAttribute(
                "codes", Arrays.stream(ParameterCode.values()).map(Enum::name).toList());
        return "financing/parameters";
    }

    @PostMapping("/financement/parametres")
    String override(
            @RequestParam("caf") UUID cafId,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "validFrom", required = false) String validFrom,
            @RequestParam(name = "validTo", required = false) String validTo,
            @RequestParam(name = "value", required = false) String value,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        try {
            ParameterVersion added = overriding.override(
                    cafId,
                    new ParameterOverriding.Request(
                            parseCode(code), day(validFrom), day(validTo), mode(parseCode(code), value), reason, null));
            Flash.success(
                    redirect,
                    "financing.parameters.saved",
                    text.parameter(added.code()),
                    text.value(added),
                    text.day(added.validFrom()));
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/financement/parametres?caf=" + cafId;
    }

    private List<ParameterVersion> nationalOnly() {
        return overriding.nationalParameters();
    }

    private UUID ownCaf(PiloteUser user) {
        return directory
                .findOrganisation(user.organisationId())
                .filter(o -> o.kind() == OrganisationKind.CAF)
                .map(OrganisationView::id)
                .orElse(null);
    }

    /** A mode typed as the page shows it (« au prorata des mois ») becomes its name; anything else stays as typed. */
    private String mode(ParameterCode code, String value) {
        if (code == null || value == null) return value;
        for (String m : code.modes()) if (text.text("financing.mode." + m).equalsIgnoreCase(value.strip())) return m;
        return value;
    }

    private static ParameterCode parseCode(String code) {
        if (code == null || code.isBlank()) return null;
        try {
            return ParameterCode.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A day from a date field (empty: none); a malformed one is refused, never read as « no end ». */
    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(FinancingErrors.PARAMETER_PERIOD_INVALID);
        }
    }
}
