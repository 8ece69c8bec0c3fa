package cn.gov.ledger.security;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in service: one public read, one read for anyone signed in, one write for budget officers. */
@SpringBootApplication
class SecurityTestApplication {

    @Bean
    EndpointRules rules() {
        return requests -> requests
                .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/open").permitAll()
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

        @GetMapping("/api/things/missing")
        Map<String, String> missing() {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND);
        }
    }
}
