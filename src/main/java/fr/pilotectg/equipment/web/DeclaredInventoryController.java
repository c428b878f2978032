package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.domain.DeclaredInventory;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form that revises what a commune declared (counts and their source), from the commune page. A count that is not
 * a whole number or a refused line comes back with the user's input and a message per field.
 */
@Controller
class DeclaredInventoryController {

    private final DeclaredInventory declared;
    private final Territories territories;

    DeclaredInventoryController(DeclaredInventory declared, Territories territories) {
        this.declared = declared;
        this.territories = territories;
    }

    @GetMapping(EquipmentController.BASE + "/communes/{code}/inventaire")
    String form(@PathVariable String code, Model model) {
        CommuneView commune = territories.commune(code);
        InventoryForm form = InventoryForm.of(declared.compare(commune.inseeCode()));
        if (!declared.canRevise(commune.inseeCode())) throw AccessControl.denied();
        return form(commune, form, model);
    }

    @PostMapping(EquipmentController.BASE + "/communes/{code}/inventaire")
    String revise(
            @PathVariable String code,
            @ModelAttribute("form") InventoryForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        CommuneView commune = territories.commune(code);
        List<DeclaredInventory.Revision> revisions = new ArrayList<>();
        for (int i = 0; i < form.getLines().size(); i++) {
            InventoryForm.Line line = form.getLines().get(i);
            Integer count = null;
            String typed = line.getCount() == null ? "" : line.getCount().strip();
            if (!typed.isEmpty()) {
                try {
                    count = Integer.valueOf(typed);
                } catch (NumberFormatException e) {
                    result.rejectValue(
                            "lines[" + i + "].count", "error.DECLARED_COUNT_NOT_A_NUMBER", new Object[] {typed}, null);
                }
            }
            revisions.add(new DeclaredInventory.Revision(line.getId(), line.getVersion(), count, line.getSource()));
        }
        if (result.hasErrors()) return form(commune, form, model);
        try {
            int changed = declared.revise(commune.inseeCode(), revisions);
            Flash.success(redirect, "equipment.inventory.saved", changed);
            return "redirect:" + EquipmentController.BASE + "/communes/" + commune.inseeCode() + "#inventaire";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return form(commune, form, model);
        }
    }

    private String form(CommuneView commune, InventoryForm form, Model model) {
        model.addAttribute("commune", commune);
        model.addAttribute("form", form);
        model.addAttribute("canEdit", declared.canRevise(commune.inseeCode()));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("equipment.nav", EquipmentController.BASE),
                        Breadcrumb.link(commune.name(), EquipmentController.BASE + "/communes/" + commune.inseeCode()),
                        Breadcrumb.hereKey("equipment.inventory.edit")));
        return "equipment/inventory";
    }
}
