package cn.gov.ledger.query.projection;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.ledger.query.support.QueryServiceIntegrationTest;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A rebuild replays through every handler the live processor has, and no other. */
class ShadowProjectionTest extends QueryServiceIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theShadowProjectionRunsEveryHandlerOfTheLiveProcessingGroup() {
        Set<Class<?>> live = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .<Class<?>>map(AopUtils::getTargetClass)
                .filter(type -> type.getAnnotation(ProcessingGroup.class).value().equals(Projection.PROCESSING_GROUP))
                .collect(toSet());
        Set<Class<?>> shadow = ShadowProjection.handlers(facts -> { }, null, null).stream()
                .<Class<?>>map(Object::getClass).collect(toSet());
        assertThat(live).isNotEmpty();
        assertThat(shadow).isEqualTo(live);
    }
}
