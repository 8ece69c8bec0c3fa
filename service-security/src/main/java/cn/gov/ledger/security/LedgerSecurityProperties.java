package cn.gov.ledger.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.security}: where users come from. In {@code users} mode (a small office) the list below is
 * the whole user base, passwords in Spring's encoded form ({@code {bcrypt}…}, or {@code {noop}…} for
 * development); in {@code jwt} mode the list is ignored and bearer tokens are checked against the issuer in
 * {@code spring.security.oauth2.resourceserver.jwt.*}, the roles read from the claim {@code jwt.roles-claim}.
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(@DefaultValue("users") Mode mode, List<User> users, @DefaultValue Jwt jwt) {

    public enum Mode { USERS, JWT }

    public record User(String username, String password, List<String> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * @param rolesClaim a top-level claim holding role names (a list, or one space-separated string)
     * @param nameClaim  the claim that names the actor recorded on events
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("sub") String nameClaim) {
    }

    public LedgerSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
