package cn.gov.ledger.security;

import cn.gov.ledger.security.LedgerSecurityProperties.User;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The development users shipped in application.yml, whose passwords the README prints. Under the profile
 * {@code prod} a service refuses to start while any configured user has one of these passwords.
 */
final class DevelopmentUsers {

    static final String PRODUCTION_PROFILE = "prod";
    static final Map<String, String> PASSWORDS = Map.of("clerk", "clerk-dev", "officer", "officer-dev",
            "auditor", "auditor-dev", "publisher", "publisher-dev", "admin", "admin-dev");

    private DevelopmentUsers() {
    }

    static void refuseUnderProduction(Environment environment, List<User> users, PasswordEncoder encoder) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        // Any user with a published password is a way in, whatever the user is called.
        List<String> exposed = users.stream().filter(user -> PASSWORDS.values().stream()
                .anyMatch(published -> encoder.matches(published, user.password()))).map(User::username).toList();
        if (!exposed.isEmpty()) {
            throw new IllegalStateException("Refusing to start under profile '" + PRODUCTION_PROFILE
                    + "': the development user(s) " + exposed + " are configured with the passwords published in"
                    + " the README. Configure ledger.security.users with users and {bcrypt} passwords of your own"
                    + " (or ledger.security.mode=jwt).");
        }
    }
}
