package cn.gov.ledger.security.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The page header's facts (who is signed in, where the other console is) and a page, not problem+json, when
 * something unforeseen fails. Thymeleaf 3.1 no longer exposes the request to templates, so the signed-in user
 * is handed over here. Subclasses carry the {@code @ControllerAdvice} that scopes this to one console.
 */
public abstract class ConsoleModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleModel.class);

    private final String linkAttribute;
    private final String linkUrl;
    private final String failureMessage;

    /** {@code linkAttribute} is the model name the templates read the other console's address under. */
    protected ConsoleModel(String linkAttribute, String linkUrl, String failureMessage) {
        this.linkAttribute = linkAttribute;
        this.linkUrl = linkUrl;
        this.failureMessage = failureMessage;
    }

    @ModelAttribute
    public void header(HttpServletRequest request, Model model) {
        Principal user = request.getUserPrincipal();
        model.addAttribute("user", user == null ? null : user.getName());
        model.addAttribute(linkAttribute, linkUrl);
    }

    @ExceptionHandler(Exception.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public String failed(Exception e, Model model) {
        LOG.error("console page failed", e);
        model.addAttribute("message", failureMessage);
        return "console/error";
    }
}
