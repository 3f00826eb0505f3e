package org.twofold.web.security;

/** Where each step of signing in lives, relative to the context root. */
public final class SignInPages {

    public static final String LOGIN = "/login.xhtml";
    public static final String CODE = "/code.xhtml";
    public static final String ENROL = "/enrol.xhtml";
    public static final String DESK = "/desk.xhtml";
    /** Hands the browser on to another application after signing in (see {@code web.signin.ContinueServlet}). */
    public static final String CONTINUE = "/continue";

    private SignInPages() {
    }
}
