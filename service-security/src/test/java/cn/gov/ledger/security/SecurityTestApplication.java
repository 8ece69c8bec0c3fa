package cn.gov.ledger.security;

import cn.gov.ledger.security.problem.ProblemExceptionHandler;
import cn.gov.ledger.security.problem.QuotedAmount;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in service: one public read, one read for anyone signed in, one read and one write for budget
 * officers, and a write with an amount in its body.
 */
@SpringBootApplication
class SecurityTestApplication {

    @Bean
    EndpointRules rules() {
        return requests -> requests
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/open", "/csrf").permitAll()
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/things/budget").hasRole(Roles.BUDGET_OFFICER)
                .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/things").hasRole(Roles.BUDGET_OFFICER);
    }

    @RestController
    static class Things {

        @GetMapping("/api/open")
        Map<String, String> open() {
            return Map.of("content", "published");
        }

        @GetMapping("/api/things")
        Map<String, String> read() {
            return Map.of("reader", CurrentActor.require());
        }

        @PostMapping("/api/things")
        Map<String, String> write() {
            return Map.of("actor", CurrentActor.require());
        }

        /** What a console page would put into its forms (this module renders no pages of its own in tests). */
        @GetMapping("/csrf")
        Map<String, String> csrf(CsrfToken token) {
            return Map.of("token", token.getToken());
        }

        @GetMapping("/api/things/budget")
        Map<String, String> budget() {
            return Map.of("budget", "100.00");
        }

        @PostMapping("/api/amounts")
        Amount amount(@RequestBody Amount amount) {
            return amount;
        }

        @GetMapping("/api/things/missing")
        Map<String, String> missing() {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
    }

    record Amount(@JsonDeserialize(using = QuotedAmount.class) String amount, String memo) {
    }

    @RestControllerAdvice
    static class Problems extends ProblemExceptionHandler {
    }
}
