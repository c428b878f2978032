package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingErrors;
import fr.pilotectg.financing.domain.FinancingReads;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.financing.domain.FundingKind;
import fr.pilotectg.financing.domain.FundingLineSettling;
import fr.pilotectg.financing.domain.LineStatus;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.shared.DomainException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The financing page of a convention: lines per structure and year with their explanations, statuses, totals and
 * envelope checks; the Caf notifies a line or marks it paid from there (a refusal says why, nothing is saved).
 */
@Controller
class FinancingController {

    private final FinancingReads reads;
    private final FundingLineSettling settling;
    private final FinancingText text;
    private final MessageSource messages;
    private final Clock clock;

    FinancingController(
            FinancingReads reads,
            FundingLineSettling settling,
            FinancingText text,
            MessageSource messages,
            Clock clock) {
        this.reads = reads;
        this.settling = settling;
        this.text = text;
        this.messages = messages;
        this.clock = clock;
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

    @GetMapping("/conventions/{id}/financement/echeancier")
    String schedule(@PathVariable UUID id, Model model) {
        var report = reads.report(id);
        ScheduleView schedule = ScheduleView.of(report, text);
        model.addAttribute("s", schedule);
        model.addAttribute("c", report.convention());
        model.addAttribute("chart", ScheduleChart.of(schedule, text.text("financing.schedule.chart")));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(report.convention().title(), "/conventions/" + id),
                        Breadcrumb.link(text.text("financing.title"), "/conventions/" + id + "/financement"),
                        Breadcrumb.hereKey("financing.schedule.title")));
        return "financing/schedule";
    }

    @GetMapping("/conventions/{id}/financement/echeancier.xlsx")
    ResponseEntity<byte[]> scheduleWorkbook(@PathVariable UUID id) {
        return FinancingDownloads.schedule(reads.report(id), text, clock);
    }

    @PostMapping("/conventions/{id}/financement/lignes")
    String settle(
            @PathVariable UUID id,
            @RequestParam("version") int version,
            @RequestParam("action") String action,
            @RequestParam(name = "structureId", required = false) String structureId,
            @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "kind", required = false) String kind,
            RedirectAttributes redirect) {
        try {
            LineStatus.Key key = key(structureId, year, kind);
            if ("payer".equals(action)) {
                Flash.success(redirect, "financing.status.paidFlash", settling.pay(id, version, List.of(key)));
            } else {
                Flash.success(
                        redirect, "financing.status.notifiedFlash", settling.notifyLines(id, version, List.of(key)));
            }
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/financement#structures";
    }

    private static LineStatus.Key key(String structureId, Integer year, String kind) {
        if (structureId == null || structureId.isBlank() || year == null || kind == null)
            throw DomainException.invalid(FinancingErrors.REQUIRED);
        try {
            return new LineStatus.Key(structureId, year, FundingKind.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(FinancingErrors.REQUIRED);
        }
    }
}
