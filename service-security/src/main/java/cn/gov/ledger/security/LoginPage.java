package cn.gov.ledger.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Chinese sign-in page of both services (template {@code login.html} and {@code /css/console.css} ship
 * in this module); the form posts back to /login, where Spring Security's form login takes it. Each service
 * names its console under the title ({@code ledger.security.login-subtitle}).
 */
@Controller
class LoginPage {

    private final String subtitle;

    LoginPage(@Value("${ledger.security.login-subtitle:}") String subtitle) {
        this.subtitle = subtitle;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("subtitle", subtitle);
        return "login";
    }
}
