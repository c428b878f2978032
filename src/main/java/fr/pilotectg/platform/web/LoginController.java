package fr.pilotectg.platform.web;

import fr.pilotectg.platform.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. One message for every failure, so that it never tells whether an account exists. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            Model model) {
        if (CurrentUser.optional().isPresent()) return "redirect:/";
        model.addAttribute("loginError", error != null);
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/about")
    String about() {
        return "about";
    }
}
