package cn.gov.ledger.query.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs a test request in as one of the development users of application.yml (password {@code <name>-dev}),
 * with a real HTTP Basic header that the service's security chain checks as it would a client's.
 */
public final class Users {

    private Users() {
    }

    public static RequestPostProcessor as(String user) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user + "-dev")
                .getBytes(StandardCharsets.UTF_8));
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Basic " + credentials);
            return request;
        };
    }
}
