package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.platform.Breadcrumb;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The financing page of a convention: lines per structure and year with their explanations, totals, envelope checks. */
@Controller
class FinancingController {

    private final FinancingReads reads;
    private final FinancingText text;

    FinancingController(FinancingReads reads, FinancingText text) {
        this.reads = reads;
        this.text = text;
    }

    @GetMapping("/conventions/{id}/financement")
    String overview(@PathVariable UUID id, Model model) {
        var report = reads.report(id);
        model.addAttribute("r", FinancingViews.report(report, text));
        model.addAttribute("c", report.convention());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(report.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("financing.title")));
        return "financing/overview";
    }
}
