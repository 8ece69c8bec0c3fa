package cn.gov.ledger.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Under the profile prod a service does not start while a development password is configured. */
class ProductionProfileTest {

    @Test
    void theDevelopmentUsersKeepAProductionServiceFromStarting() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod").close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .hasMessageContaining("Refusing to start under profile 'prod'")
                        .hasMessageContaining("[clerk, officer, admin]"));
    }

    @Test
    void aDevelopmentPasswordUnderAnotherNameIsRefusedToo() {
        assertThatThrownBy(() -> start("--spring.profiles.active=prod",
                "--ledger.security.users[0].username=zhang", "--ledger.security.users[0].password={noop}officer-dev",
                "--ledger.security.users[0].roles=BUDGET_OFFICER").close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("[zhang]"));
    }

    @Test
    void jwtModeIgnoresTheUserList() {
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=prod",
                "--ledger.security.mode=jwt",
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/keys")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void productionStartsWithUsersOfItsOwn() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("a long passphrase of the office");
        try (ConfigurableApplicationContext context = start("--spring.profiles.active=prod",
                "--ledger.security.users[0].username=zhang", "--ledger.security.users[0].password=" + hash,
                "--ledger.security.users[0].roles=BUDGET_OFFICER,AUDITOR")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void withoutTheProductionProfileTheDevelopmentUsersServe() {
        try (ConfigurableApplicationContext context = start()) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(SecurityTestApplication.class).run(all);
    }
}
