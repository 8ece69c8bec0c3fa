package cn.gov.ledger.query.console;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The shared console header and error page, scoped to the query console, linking to the ledger console. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleModel extends cn.gov.ledger.security.console.ConsoleModel {

    ConsoleModel(ConsoleProperties properties) {
        super("ledgerUrl", properties.ledgerUrl(), "页面生成失败，请稍后重试或联系管理员。");
    }
}
