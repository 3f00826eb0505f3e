package org.twofold.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import org.twofold.service.audit.Actor;
import org.twofold.web.security.ClientAddress;

/** Who an API change is audited under: the key's owner, from the request's address. */
final class ApiActor {

    private ApiActor() {
    }

    static Actor of(SecurityContext security, HttpServletRequest request) {
        return new Actor(security.getUserPrincipal().getName(), ClientAddress.of(request));
    }
}
