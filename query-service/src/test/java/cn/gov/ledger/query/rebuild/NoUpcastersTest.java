package cn.gov.ledger.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A rebuild reads the store without Axon's upcaster chain ({@link EventPages}), which is right only while
 * there are no upcasters (Axon's Spring configuration registers every EventUpcaster bean): whoever adds one
 * must run it in {@code EventPages} too, and change this test.
 */
class NoUpcastersTest extends QueryServiceIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void noEventIsUpcast() {
        assertThat(context.getBeansOfType(EventUpcaster.class)).isEmpty();
    }
}
