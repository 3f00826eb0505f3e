package org.twofold.web.signin;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Hands a credential from a page bean to the mechanism, which runs the step and answers with
 * the redirect to the next page; Faces then renders nothing.
 */
final class AuthenticationCall {

    private AuthenticationCall() {
    }

    static void authenticate(SecurityContext securityContext, Credential credential) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        securityContext.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        faces.responseComplete();
    }
}
