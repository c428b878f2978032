package fr.pilotectg.governance.web;

import fr.pilotectg.actionplan.FicheStatus;
import fr.pilotectg.convention.ConventionPart;
import fr.pilotectg.governance.domain.BodyKind;
import fr.pilotectg.governance.domain.FrequencyRule;
import fr.pilotectg.governance.domain.GovernanceAudit;
import fr.pilotectg.governance.domain.GovernanceBodies;
import fr.pilotectg.governance.domain.GovernanceMeetings;
import fr.pilotectg.governance.domain.GovernancePosts;
import fr.pilotectg.governance.domain.GovernanceReads;
import fr.pilotectg.governance.domain.GovernanceViews;
import fr.pilotectg.governance.domain.Institution;
import fr.pilotectg.governance.domain.PostData;
import fr.pilotectg.governance.domain.Voice;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Breadcrumb;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.FormErrors;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.PageQuery;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
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
 * may change a fiche's status) and the activity report received. Changes redirect (PRG) with a flash message; a refused
 * action button shows its French lines in the layout's {@code #refus} alert ({@link ActionErrors}).
 */
@Controller
class GovernanceController {

    /** The months a frequency rule may name, 1 to 12, with their French names. */
    static final List<GovernanceViews.Choice> MONTHS = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> new GovernanceViews.Choice(
                    String.valueOf(m),
                    java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRANCE)))
            .toList();

    private final GovernanceReads reads;
    private final GovernanceBodies bodies;
    private final GovernanceMeetings meetings;
    private final GovernancePosts posts;
    private final AuditTrail audit;
    private final MessageSource messages;

    GovernanceController(
            GovernanceReads reads,
            GovernanceBodies bodies,
            GovernanceMeetings meetings,
            GovernancePosts posts,
            AuditTrail audit,
            MessageSource messages) {
        this.reads = reads;
        this.bodies = bodies;
        this.meetings = meetings;
        this.posts = posts;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/conventions/{id}/gouvernance")
    String overview(@PathVariable UUID id, Model model) {
        GovernanceViews.Overview o = reads.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("warningGroups", fr.pilotectg.governance.GovernanceWarning.grouped(o.warnings()));
        model.addAttribute("c", o.convention());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(o.convention().title(), "/conventions/" + id),
                        Breadcrumb.hereKey("governance.title")));
        return "governance/overview";
    }

    @GetMapping("/conventions/{id}/gouvernance/reunions/nouvelle")
    String newMeeting(
            @PathVariable UUID id, @RequestParam(name = "instance", required = false) UUID body, Model model) {
        MeetingForm form = new MeetingForm();
        form.setBodyId(body);
        return meetingForm(id, form, model);
    }

    @PostMapping("/conventions/{id}/gouvernance/reunions/nouvelle")
    String createMeeting(
            @PathVariable UUID id,
            @ModelAttribute("meeting") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) return meetingForm(id, form, model);
        try {
            UUID meetingId = meetings.createMeeting(id, form.data());
            Flash.success(redirect, "governance.meeting.saved");
            return "redirect:/conventions/" + id + "/gouvernance/reunions/" + meetingId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return meetingForm(id, form, model);
        }
    }

    @GetMapping("/conventions/{id}/gouvernance/reunions/{meetingId}/modifier")
    String editMeeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        GovernanceViews.MeetingDetails d = reads.meeting(id, meetingId);
        if (!d.canEdit()) throw notYours();
        GovernanceViews.MeetingView m = d.meeting();
        return meetingForm(id, meetingId, MeetingForm.of(m.meeting().data(), m.version()), model);
    }

    @PostMapping("/conventions/{id}/gouvernance/reunions/{meetingId}/modifier")
    String updateMeeting(
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @ModelAttribute("meeting") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) return meetingForm(id, meetingId, form, model);
        try {
            meetings.updateMeeting(
                    id,
                    meetingId,
                    versionRead(form.getVersion()),
                    form.data(reads.meeting(id, meetingId).meeting().meeting().data()));
            Flash.success(redirect, "governance.meeting.saved");
            return "redirect:/conventions/" + id + "/gouvernance/reunions/" + meetingId;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return meetingForm(id, meetingId, form, model);
        }
    }

    private String meetingForm(UUID id, MeetingForm form, Model model) {
        return meetingForm(id, null, form, model);
    }

    private String meetingForm(UUID id, UUID meetingId, MeetingForm form, Model model) {
        GovernanceViews.Overview all = reads.overview(id);
        if (!all.canEdit()) throw AccessControl.denied();
        // A meeting is held by a body the user may change: only those are offered.
        GovernanceViews.Overview o = new GovernanceViews.Overview(
                all.convention(),
                all.today(),
                all.bodies().stream().filter(GovernanceViews.BodyView::canEdit).toList(),
                all.meetings(),
                all.posts(),
                all.calendar(),
                all.warnings(),
                all.organisationNames(),
                all.canEdit());
        model.addAttribute("meeting", form);
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("o", o);
        model.addAttribute("c", o.convention());
        model.addAttribute("fiches", reads.fiches(id));
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(o.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"),
                        Breadcrumb.hereKey(meetingId == null ? "governance.meeting.new" : "governance.meeting.edit")));
        return "governance/meeting-form";
    }

    // ---------------------------------------------------------------- bodies

    @GetMapping("/conventions/{id}/gouvernance/instances/nouvelle")
    String newBody(@PathVariable UUID id, Model model) {
        return bodyForm(id, null, BodyForm.blank(), model);
    }

    @PostMapping("/conventions/{id}/gouvernance/instances/nouvelle")
    String createBody(
            @PathVariable UUID id,
            @ModelAttribute("body") BodyForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        return submitBody(
                id, null, form, result, add, remove, model, redirect, () -> bodies.createBody(id, form.data()));
    }

    @GetMapping("/conventions/{id}/gouvernance/instances/{bodyId}/modifier")
    String editBody(@PathVariable UUID id, @PathVariable UUID bodyId, Model model) {
        GovernanceViews.BodyView b = reads.body(id, bodyId);
        if (!b.canEdit()) throw notYours();
        return bodyForm(id, bodyId, BodyForm.of(b.body().data(), b.version()), model);
    }

    @PostMapping("/conventions/{id}/gouvernance/instances/{bodyId}/modifier")
    String updateBody(
            @PathVariable UUID id,
            @PathVariable UUID bodyId,
            @ModelAttribute("body") BodyForm form,
            BindingResult result,
            @RequestParam(name = "_add", required = false) String add,
            @RequestParam(name = "_remove", required = false) String remove,
            Model model,
            RedirectAttributes redirect) {
        return submitBody(id, bodyId, form, result, add, remove, model, redirect, () -> {
            bodies.updateBody(id, bodyId, versionRead(form.getVersion()), form.data());
            return bodyId;
        });
    }

    /** An {@code _add}/{@code _remove} button only re-renders the form with a row more or less; otherwise saves and leads to the overview. */
    private String submitBody(
            UUID id,
            UUID bodyId,
            BodyForm form,
            BindingResult result,
            String add,
            String remove,
            Model model,
            RedirectAttributes redirect,
            Supplier<UUID> save) {
        if (add != null || remove != null) {
            form.edit(add, remove);
            return bodyForm(id, bodyId, form, model);
        }
        if (result.hasErrors()) return bodyForm(id, bodyId, form, model);
        form.compact();
        try {
            save.get();
            Flash.success(redirect, "governance.body.saved");
            return "redirect:/conventions/" + id + "/gouvernance#instances";
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return bodyForm(id, bodyId, form, model);
        }
    }

    private String bodyForm(UUID id, UUID bodyId, BodyForm form, Model model) {
        GovernanceViews.Overview o = reads.overview(id);
        if (!o.canEdit()) throw AccessControl.denied();
        model.addAttribute("body", form);
        model.addAttribute("bodyId", bodyId);
        model.addAttribute("c", o.convention());
        model.addAttribute("choices", reads.formChoices(id));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("institutions", Institution.values());
        model.addAttribute("voices", Voice.values());
        model.addAttribute("perYearChoices", FrequencyRule.PER_YEAR_ALLOWED);
        model.addAttribute("months", MONTHS);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(o.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"),
                        Breadcrumb.hereKey(bodyId == null ? "governance.body.new" : "governance.body.edit")));
        return "governance/body-form";
    }

    // ---------------------------------------------------------------- posts

    @GetMapping("/conventions/{id}/gouvernance/postes/nouveau")
    String newPost(@PathVariable UUID id, Model model) {
        return postForm(id, null, new PostForm(), model);
    }

    @PostMapping("/conventions/{id}/gouvernance/postes/nouveau")
    String createPost(
            @PathVariable UUID id,
            @ModelAttribute("post") PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submitPost(id, null, form, result, model, redirect, () -> posts.createPost(id, form.data()));
    }

    @GetMapping("/conventions/{id}/gouvernance/postes/{postId}/modifier")
    String editPost(@PathVariable UUID id, @PathVariable UUID postId, Model model) {
        GovernanceViews.PostView p = reads.post(id, postId);
        if (!p.canEdit()) throw notYours();
        return postForm(id, postId, PostForm.of(p.post().data(), p.version()), model);
    }

    @PostMapping("/conventions/{id}/gouvernance/postes/{postId}/modifier")
    String updatePost(
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @ModelAttribute("post") PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return submitPost(id, postId, form, result, model, redirect, () -> {
            posts.updatePost(id, postId, versionRead(form.getVersion()), form.data());
            return postId;
        });
    }

    private String submitPost(
            UUID id,
            UUID postId,
            PostForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Supplier<UUID> save) {
        if (result.hasErrors()) return postForm(id, postId, form, model);
        try {
            UUID saved = save.get();
            Flash.success(redirect, "governance.post.saved");
            return "redirect:/conventions/" + id + "/gouvernance#poste-" + saved;
        } catch (RuntimeException e) {
            FormErrors.reject(result, e);
            return postForm(id, postId, form, model);
        }
    }

    private String postForm(UUID id, UUID postId, PostForm form, Model model) {
        GovernanceViews.Overview o = reads.overview(id);
        if (!o.canEdit()) throw AccessControl.denied();
        model.addAttribute("post", form);
        model.addAttribute("postId", postId);
        model.addAttribute("c", o.convention());
        model.addAttribute("choices", reads.formChoices(id));
        model.addAttribute("roles", PostData.PostRole.values());
        model.addAttribute("statuses", PostData.PostStatus.values());
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(o.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"),
                        Breadcrumb.hereKey(postId == null ? "governance.post.new" : "governance.post.edit")));
        return "governance/post-form";
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/conventions/{id}/gouvernance/reunions/{meetingId}")
    String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
        GovernanceViews.MeetingDetails d = reads.meeting(id, meetingId);
        model.addAttribute("d", d);
        model.addAttribute("m", d.meeting().meeting());
        model.addAttribute("c", d.convention());
        model.addAttribute(
                "history", audit.history(GovernanceAudit.MEETING_ENTITY, meetingId.toString(), PageQuery.first(50)));
        String title = messages.getMessage(
                "governance.meeting.title",
                new Object[] {
                    d.meeting().bodyName(),
                    d.meeting()
                            .meeting()
                            .data()
                            .date()
                            .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                },
                java.util.Locale.FRANCE);
        model.addAttribute(
                "breadcrumbs",
                List.of(
                        Breadcrumb.section("convention.nav", "/conventions"),
                        Breadcrumb.link(d.convention().title(), "/conventions/" + id),
                        Breadcrumb.section("governance.title", "/conventions/" + id + "/gouvernance"),
                        Breadcrumb.here(title)));
        return "governance/meeting";
    }

    @PostMapping("/conventions/{id}/gouvernance/reunions/{meetingId}/decisions")
    String addDecision(
            @PathVariable UUID id,
            @PathVariable UUID meetingId,
            @RequestParam("version") int version,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "ficheId", required = false) String ficheId,
            @RequestParam(name = "status", required = false) FicheStatus status,
            @RequestParam(name = "reason", required = false) String reason,
            RedirectAttributes redirect) {
        try {
            meetings.addDecision(
                    id,
                    meetingId,
                    version,
                    text,
                    ficheId == null || ficheId.isBlank() ? null : UUID.fromString(ficheId),
                    status,
                    reason);
            Flash.success(redirect, "governance.decision.saved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/gouvernance/reunions/" + meetingId;
    }

    @PostMapping("/conventions/{id}/gouvernance/postes/{postId}/bilans")
    String receiveReport(
            @PathVariable UUID id,
            @PathVariable UUID postId,
            @RequestParam("version") int version,
            @RequestParam("year") int year,
            RedirectAttributes redirect) {
        try {
            posts.receiveReport(id, postId, version, year, null);
            Flash.success(redirect, "governance.post.report.saved");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/conventions/" + id + "/gouvernance#postes";
    }

    /** A form posted without the version it was read at cannot be checked for a concurrent change: refused as one. */
    private static int versionRead(Integer version) {
        if (version == null) throw new OptimisticLockingFailureException("no version");
        return version;
    }

    /** A body, meeting or post the user reads but may not change (ADR 0003): 403 with its French message. */
    private static DomainException notYours() {
        return new DomainException(ErrorKind.FORBIDDEN, ConventionPart.GOVERNANCE.refusal());
    }
}
