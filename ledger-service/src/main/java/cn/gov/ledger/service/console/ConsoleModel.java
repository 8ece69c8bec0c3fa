package cn.gov.ledger.service.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every console page shows in its header (who is signed in, where the query console is), and a page
 * rather than problem+json when something unforeseen fails. Thymeleaf 3.1 no longer exposes the request
 * to templates, so the signed-in user is handed over here.
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleModel.class);

    private final ConsoleProperties properties;

    ConsoleModel(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute
    void header(HttpServletRequest request, Model model) {
        Principal user = request.getUserPrincipal();
        model.addAttribute("user", user == null ? null : user.getName());
        model.addAttribute("queryUrl", properties.queryUrl());
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    String failed(Exception e, Model model) {
        LOG.error("console page failed", e);
        model.addAttribute("message", "处理失败，未记账。请稍后重试或联系管理员。");
        return "console/error";
    }
}
