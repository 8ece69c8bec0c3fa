package cn.gov.ledger.service.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The shared console header and error page, scoped to the ledger console, linking to the query console; a
 * failed page says nothing was posted.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleModel extends cn.gov.ledger.security.console.ConsoleModel {

    ConsoleModel(ConsoleProperties properties) {
        super("queryUrl", properties.queryUrl(), "处理失败，未记账。请稍后重试或联系管理员。");
    }
}
