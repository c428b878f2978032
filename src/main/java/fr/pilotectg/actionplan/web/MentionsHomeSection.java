package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.FicheComments;
import fr.pilotectg.platform.HomeSection;
import org.springframework.stereotype.Component;

/** « Vous avez été mentionné(e) »: the current user's unread mentions on the home page (none: no section). */
@Component
class MentionsHomeSection implements HomeSection {

    private final FicheComments comments;

    MentionsHomeSection(FicheComments comments) {
        this.comments = comments;
    }

    @Override
    public String fragment() {
        return "actionplan/mentions :: mentions";
    }

    @Override
    public Object data() {
        var mentions = comments.unreadMentions(20);
        return mentions.isEmpty() ? null : mentions;
    }

    @Override
    public int order() {
        return 10;
    }
}
