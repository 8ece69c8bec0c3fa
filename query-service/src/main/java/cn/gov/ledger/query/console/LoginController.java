package cn.gov.ledger.query.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The Chinese sign-in page; Spring Security's form login posts it back to /login (see the security config). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
