package cn.gov.ledger.service.support;

import cn.gov.ledger.security.CurrentActor;

/** Who is acting: the authenticated user, whose name every event records as metadata. */
public record Actor(String name) {

    /** The user of the current request; the access rules let no anonymous request reach a write. */
    public static Actor current() {
        return new Actor(CurrentActor.require());
    }
}
