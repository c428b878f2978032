package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingStatements;
import fr.pilotectg.platform.Breadcrumb;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The statement a gestionnaire receives for a structure (« relevé de financement »), printable, and the list of the
 * statements of the user's organisation.
 */
@Controller
class StatementController {

    private final FundingStatements statements;
    private final FinancingText text;

    StatementController(FundingStatements statements, FinancingText text) {
        this.statements = statements;
        this.text = text;
    }

    @GetMapping("/conventions/{id}/financement/releves/{structureId}")
    String statement(@PathVariable UUID id, @PathVariable String structureId, Model model) {
        FundingStatements.Statement statement = statements.statement(id, structureId);
        model.addAttribute("st", StatementView.of(statement, text));
        String name = statement.structure().name() == null
                ? structureId
                : statement.structure().name();
        model.addAttribute(
                "breadcrumbs",
                statement.viaConvention()
                        ? List.of(
                                Breadcrumb.section("convention.nav", "/conventions"),
                                Breadcrumb.link(statement.report().convention().title(), "/conventions/" + id),
                                Breadcrumb.link(text.text("financing.title"), "/conventions/" + id + "/financement"),
                                Breadcrumb.here(name))
                        : List.of(
                                Breadcrumb.link(text.text("financing.statements.mine"), "/financement/releves"),
                                Breadcrumb.here(name)));
        return "financing/statement";
    }

    @GetMapping("/financement/releves")
    String mine(Model model) {
        model.addAttribute("received", statements.received());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.hereKey("financing.statements.mine")));
        return "financing/statements";
    }
}
