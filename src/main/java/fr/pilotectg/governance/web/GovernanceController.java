package fr.pilotectg.governance.web;

import fr.pilotectg.governance.domain.GovernanceService;
import fr.pilotectg.governance.domain.GovernanceViews;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.PageQuery;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Governance pages of a convention: the overview (warnings, bodies with their seats, the calendar of expected and held
 * meetings as an accessible table, the meetings, the posts), the meeting form, a meeting with its decisions (a decision
 * may change a fiche's status) and the activity report received. Changes redirect (PRG) with a flash message.
 */
@Controller
class GovernanceController {

    private final GovernanceService service;
    private final AuditTrail audit;

    GovernanceController(GovernanceService service, AuditTrail audit) {
        this.service = service;
        this.audit = audit;
    }

    @GetMapping("/conventions/{id}/gouvernance")
    String overview(@PathVariable UUID id, Model model) {
        GovernanceViews.Overview o = service.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("c", o.convention());
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(o.convention().title(), "/conventions/" + id), Breadcrumb.hereKey("governance.title")));
        return "governance/overview";
    }

    @GetMapping("/conventions/{id}/gouvernance/reunions/nouvelle")
    String newMeeting(@PathVariable UUID id, @RequestParam(name = "instance", required = false) UUID body, Model model) {
        MeetingForm form = new MeetingForm();
        form.setBodyId(body);
        return meetingForm(id, form, model);
    }

    @PostMapping("/conventions/{id}/gouvernance/reunions/nouvelle")
    String createMeeting(@PathVariable UUID id, @ModelAttribute("meeting") MeetingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) return meetingForm(id, form, model);
        try {
            UUID meetingId = service.createMeeting(id, form.data());
            Flash.success(redirect, "governance.meeting.saved");
            return "redirect:/conventions/" + id + "/gouvernance/reunions/" + meetingId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return meetingForm(id, form, model);
        }
    }

    private String meetingForm(UUID id, MeetingForm form, Model model) {
        GovernanceViews.Overview o = service.overview(id);
        if (!o.canEdit()) throw AccessControl.denied();
        model.addAttribute("meeting", form);
        model.addAttribute("o", o);
        model.addAttribute("c", o.convention());
        model.addAttribute("fiches", service.fiches(id));
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(o.convention().title(), "/conventions/" + id),
                Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"), Breadcrumb.hereKey("governance.meeting.new")));
        return "governance/meeting-form";
    }

    @GetMapping("/conventions/{id}/gouvernance/reunions/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        GovernanceViews.MeetingDetails d = service.meeting(id, meetingId);
        model.addAttribute("d", d);
        model.addAttribute("m", d.meeting().meeting());
        model.addAttribute("c", d.convention());
        model.addAttribute("history", audit.history(GovernanceService.MEETING_ENTITY, meetingId.toString(), PageQuery.first(50)));
        String title = d.meeting().bodyName() + " — " + d.meeting().meeting().data().date();
        model.addAttribute("breadcrumbs", List.of(Breadcrumb.section("convention.nav", "/conventions"),
                Breadcrumb.link(d.convention().title(), "/conventions/" + id),
                Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"), Breadcrumb.here(title)));
        return "governance/meeting";
    }

    @PostMapping("/conventions/{id}/gouvernance/reunions/{meetingId}/decisions")
    String addDecision(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam("version") int version,
            @RequestParam(name = "text", required = false) String text, @RequestParam(name = "ficheId", required = false) String ficheId,
            @RequestParam(name = "status", required = false) String status, @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        try {
            service.addDecision(id, meetingId, version, text, ficheId == null || ficheId.isBlank() ? null : UUID.fromString(ficheId),
                    status == null || status.isBlank() ? null : status, reason);
            Flash.success(redirect, "governance.decision.saved");
        } catch (OptimisticLockingFailureException e) {
            Flash.danger(redirect, "error.CONCURRENT_MODIFICATION");
        } catch (DomainException e) {
            refuse(e, redirect);
        }
        return "redirect:/conventions/" + id + "/gouvernance/reunions/" + meetingId;
    }

    @PostMapping("/conventions/{id}/gouvernance/postes/{postId}/bilans")
    String receiveReport(@PathVariable UUID id, @PathVariable UUID postId, @RequestParam("version") int version,
            @RequestParam("year") int year, RedirectAttributes redirect) {
        try {
            service.receiveReport(id, postId, version, year, null);
            Flash.success(redirect, "governance.post.report.saved");
        } catch (OptimisticLockingFailureException e) {
            Flash.danger(redirect, "error.CONCURRENT_MODIFICATION");
        } catch (DomainException e) {
            refuse(e, redirect);
        }
        return "redirect:/conventions/" + id + "/gouvernance#postes";
    }

    private static void refuse(DomainException e, RedirectAttributes redirect) {
        if (e.kind() != ErrorKind.INVALID && e.kind() != ErrorKind.RULE_VIOLATION) throw e;
        FieldProblem first = e.fields().isEmpty() ? null : e.fields().get(0);
        if (first == null) Flash.danger(redirect, e.messageKey(), e.args().toArray());
        else Flash.danger(redirect, first.messageKey(), first.args().toArray());
    }
}
