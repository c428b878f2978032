package fr.pilotectg.platform.web;

import fr.pilotectg.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. One message for every failure, so that it never tells whether an account exists. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return CurrentUser.optional().isPresent() ? "redirect:/" : "login";
    }

    @GetMapping("/about")
    String about() {
        return "about";
    }
}
