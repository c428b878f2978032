package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.FicheComments;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Flash;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A comment on a fiche (with the colleagues it mentions), back to the fiche; a mention marked read from the home page,
 * back home. A refused comment says why in French and saves nothing.
 */
@Controller
class FicheCommentController {

    private final FicheComments comments;
    private final MessageSource messages;

    FicheCommentController(FicheComments comments, MessageSource messages) {
        this.comments = comments;
        this.messages = messages;
    }

    @PostMapping("/fiches/{id}/commentaires")
    String comment(
            @PathVariable UUID id,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "mentions", required = false) List<UUID> mentions,
            RedirectAttributes redirect) {
        try {
            comments.comment(id, text, mentions);
            Flash.success(redirect, "actionplan.comment.added");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + id + "#commentaires";
    }

    @PostMapping("/mentions/{id}/lue")
    String read(@PathVariable UUID id, RedirectAttributes redirect) {
        comments.markRead(id);
        Flash.success(redirect, "actionplan.mention.read");
        return "redirect:/#mentions";
    }
}
