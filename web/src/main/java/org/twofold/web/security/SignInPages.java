package org.twofold.web.security;

/** Where each step of signing in lives, relative to the context root. */
public final class SignInPages {

    public static final String LOGIN = "/login.xhtml";
    public static final String CODE = "/code.xhtml";
    public static final String ENROL = "/enrol.xhtml";
    public static final String DESK = "/desk.xhtml";

    private SignInPages() {
    }
}
