package cn.gov.ledger.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class OptionsTest {

    @Test
    void readsValuesAndFlags() {
        Options options = Options.parse("post", "--entries", "20_000", "--hot", "--clients", "16");

        assertThat(options.count("entries", 1)).isEqualTo(20_000);
        assertThat(options.count("lines", 18)).isEqualTo(18);
        assertThat(options.flag("hot")).isTrue();
        assertThat(options.flag("repeat")).isFalse();
    }

    @Test
    void refusesTyposNonPositiveCountsAndRemoteServices() {
        assertThatThrownBy(() -> Options.parse("post", "--entires", "5")).hasMessageContaining("--entires");
        assertThatThrownBy(() -> Options.parse("post", "--clients", "0").count("clients", 1))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> Options.parse("bench")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Http.loopback("http://10.0.0.1:8081")).hasMessageContaining("loopback");
        assertThat(Http.loopback("http://127.0.0.1:8081/")).hasToString("http://127.0.0.1:8081");
    }
}
