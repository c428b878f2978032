package fr.pilotectg.territory.web;

import fr.pilotectg.platform.PickerOption;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.EpciView;
import fr.pilotectg.territory.Lookup;
import fr.pilotectg.territory.Territories;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestions of the type-ahead pickers on the reference data (fragment {@code fragments/picker :: options}), for
 * every form that picks a commune or an EPCI: a blank text suggests nothing, a text too long is refused like the API.
 */
@Controller
class TerritoryPickerController {

    private final Territories territories;
    private final MessageSource messages;

    TerritoryPickerController(Territories territories, MessageSource messages) {
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/pickers/communes")
    String communes(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        model.addAttribute(
                "options",
                q.isBlank()
                        ? List.of()
                        : territories.suggestCommunes(Lookup.of(q, null)).stream()
                                .map(this::option)
                                .toList());
        return "fragments/picker :: options";
    }

    @GetMapping("/pickers/epcis")
    String epcis(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        model.addAttribute(
                "options",
                q.isBlank()
                        ? List.of()
                        : territories.suggestEpcis(Lookup.of(q, null)).stream()
                                .map(this::option)
                                .toList());
        return "fragments/picker :: options";
    }

    /** « Armentières (59017) » — « Nord · Métropole Européenne de Lille »; a commune associée says whose. */
    private PickerOption option(CommuneView commune) {
        String detail = commune.departementName() + " (" + commune.departementCode() + ")";
        if (commune.kind() != CommuneKind.COMMUNE && commune.parentName() != null) {
            detail = messages.getMessage(
                            "territory.picker.attached." + commune.kind().name(),
                            new Object[] {commune.parentName()},
                            Locale.FRANCE)
                    + " · " + detail;
        }
        if (commune.epciName() != null) detail = detail + " · " + commune.epciName();
        return new PickerOption(commune.inseeCode(), commune.name() + " (" + commune.inseeCode() + ")", detail);
    }

    private PickerOption option(EpciView epci) {
        return new PickerOption(
                epci.siren(),
                epci.name() + " (" + epci.siren() + ")",
                epci.communeCount() == null
                        ? ""
                        : messages.getMessage(
                                "territory.picker.epci.count", new Object[] {epci.communeCount()}, Locale.FRANCE));
    }
}
