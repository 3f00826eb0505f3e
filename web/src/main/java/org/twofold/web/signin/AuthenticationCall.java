package org.twofold.web.signin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.twofold.web.security.SignInOutcome;

/** Hands a credential to the mechanism from a page bean and reads back what happened. */
final class AuthenticationCall {

    private AuthenticationCall() {
    }

    /** @return the outcome, or empty if the mechanism already answered (response committed) */
    static Optional<SignInOutcome> authenticate(SecurityContext securityContext, Credential credential) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (external.isResponseCommitted()) {
            faces.responseComplete();
            return Optional.empty();
        }
        return Optional.of(SignInOutcome.of(request));
    }
}
