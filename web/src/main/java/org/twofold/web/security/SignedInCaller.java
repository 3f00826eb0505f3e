package org.twofold.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.twofold.service.user.SignedInUser;

/**
 * Whom this request's session belongs to, as the mechanism checked them at its start: the page
 * shows them without reading the person again, and a second call of the mechanism within the
 * request (the container makes one) checks nothing twice.
 */
@RequestScoped
public class SignedInCaller {

    private SignedInUser user;

    public Optional<SignedInUser> get() {
        return Optional.ofNullable(user);
    }

    void set(SignedInUser user) {
        this.user = user;
    }
}
