package cn.gov.ledger.service.console;

import cn.gov.ledger.service.support.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who posts from a page: the signed-in user once authentication is in place; until then, as for the API,
 * whoever the X-Actor header names, else the console itself.
 */
final class ConsoleActor {

    private ConsoleActor() {
    }

    static Actor of(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        if (user != null) {
            return new Actor(user.getName());
        }
        String header = request.getHeader(Actor.HEADER);
        return header == null || header.isBlank() ? new Actor("console") : Actor.of(header);
    }
}
