package cn.gov.ledger.security;

import cn.gov.ledger.security.LedgerSecurityProperties.Mode;
import cn.gov.ledger.security.LedgerSecurityProperties.User;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The development users shipped in application.yml, whose passwords the README prints. Under the profile
 * {@code prod} a service refuses to start while any configured user has one of these passwords. The check runs
 * before the context is refreshed (registered in META-INF/spring.factories), so that the refusal comes first
 * and alone, before any database or event processor is touched.
 */
public class DevelopmentUsers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PRODUCTION_PROFILE = "prod";
    static final Map<String, String> PASSWORDS = Map.of("clerk", "clerk-dev", "officer", "officer-dev",
            "auditor", "auditor-dev", "publisher", "publisher-dev", "admin", "admin-dev");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!context.getEnvironment().acceptsProfiles(Profiles.of(PRODUCTION_PROFILE))) {
            return;
        }
        LedgerSecurityProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("ledger.security", LedgerSecurityProperties.class);
        if (properties.mode() == Mode.USERS) {
            refuseExposed(properties.users(), PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    static void refuseExposed(List<User> users, PasswordEncoder encoder) {
        // Any user with a published password is a way in, whatever the user is called.
        List<String> exposed = users.stream().filter(user -> PASSWORDS.values().stream()
                .anyMatch(published -> matches(encoder, published, user.password()))).map(User::username).toList();
        if (!exposed.isEmpty()) {
            throw new IllegalStateException("Refusing to start under profile '" + PRODUCTION_PROFILE
                    + "': the development user(s) " + exposed + " are configured with the passwords published in"
                    + " the README. Configure ledger.security.users with users and {bcrypt} passwords of your own"
                    + " (or ledger.security.mode=jwt).");
        }
    }

    /** A password that is not in encoded form is refused later, with its own message. */
    private static boolean matches(PasswordEncoder encoder, String raw, String encoded) {
        try {
            return encoded != null && encoder.matches(raw, encoded);
        } catch (IllegalArgumentException notEncoded) {
            return false;
        }
    }
}
