package fr.pilotectg.evaluation.web;

import fr.pilotectg.evaluation.domain.ReviewsDue;
import fr.pilotectg.platform.CurrentUser;
import fr.pilotectg.platform.HomeSection;
import org.springframework.stereotype.Component;

/**
 * « Revues annuelles non présentées » on the home page of those who prepare them (Caf agents and collectivités): the
 * conventions in force that ran last year without a presented review of that year (none: no section).
 */
@Component
class ReviewsDueHomeSection implements HomeSection {

    static final int SHOWN = 8;

    private final ReviewsDue reviews;

    ReviewsDueHomeSection(ReviewsDue reviews) {
        this.reviews = reviews;
    }

    @Override
    public String fragment() {
        return "evaluation/reviews-due :: reviewsDue";
    }

    @Override
    public Object data() {
        if (!CurrentUser.require().role().draftsConventions()) return null;
        ReviewsDue.View view = reviews.lastYear(SHOWN);
        return view.total() == 0 ? null : view;
    }

    @Override
    public int order() {
        return 20;
    }
}
