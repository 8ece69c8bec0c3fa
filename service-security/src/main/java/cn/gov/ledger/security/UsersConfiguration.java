package cn.gov.ledger.security;

import cn.gov.ledger.security.LedgerSecurityProperties.User;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Users mode: the users of {@code ledger.security.users}, checked before the service takes a request (and, under
 * the profile prod, for the development passwords by {@link DevelopmentUsers}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ledger.security.mode", havingValue = "users", matchIfMissing = true)
class UsersConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService configuredUsers(LedgerSecurityProperties properties) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < properties.users().size(); i++) {
            User user = properties.users().get(i);
            String at = "ledger.security.users[" + i + "]";
            if (user.username() == null || user.username().isBlank() || !names.add(user.username())) {
                problems.add(at + ".username must be given, once per user");
            }
            if (user.password() == null || !user.password().matches("\\{[a-z0-9]+}.+")) {
                problems.add(at + ".password must be an encoded password, e.g. {bcrypt}$2a$10$…");
            }
            if (user.roles().isEmpty() || !Roles.ALL.containsAll(user.roles())) {
                problems.add(at + ".roles must be some of " + Roles.ALL + ", not " + user.roles());
            }
            if (problems.isEmpty()) {
                users.add(org.springframework.security.core.userdetails.User.withUsername(user.username())
                        .password(user.password()).roles(user.roles().toArray(String[]::new)).build());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("ledger.security.users is not usable: " + String.join("; ", problems));
        }
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager(users);
        // Handed out as a plain UserDetailsService, not as the manager: Spring upgrades the stored password of a
        // UserDetailsPasswordService after each sign-in, so a {noop} password would turn into bcrypt and every
        // later HTTP Basic request would pay bcrypt's cost (measured: 16 clients fell from 117 to 25 postings/s).
        return manager::loadUserByUsername;
    }
}
