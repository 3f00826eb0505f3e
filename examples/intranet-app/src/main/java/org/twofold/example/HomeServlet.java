package org.twofold.example;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.io.PrintWriter;

/** The application's one page, for anyone signed in: who they are, as Twofold said. */
@WebServlet("/home")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class HomeServlet extends HttpServlet {

    @Inject
    private OpenIdContext openId;

    @Inject
    private SignedInSessions sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        sessions.remember(openId.getSubject(), request.getSession());
        response.setContentType("text/html; charset=UTF-8");
        PrintWriter page = response.getWriter();
        page.println("<!DOCTYPE html><html><head><title>Intranet</title></head><body>");
        page.println("<p id=\"who\">Signed in as " + escape(request.getUserPrincipal().getName()) + "</p>");
        page.println("<p id=\"name\">" + escape(openId.getClaims().getStringClaim("name").orElse("")) + "</p>");
        page.println("<p id=\"roles\">Roles: " + escape(String.join(", ", openId.getClaims().getArrayStringClaim("groups"))) + "</p>");
        page.println("<p id=\"acr\">Signed in with: " + escape(String.valueOf(openId.getIdentityToken().getJwtClaims()
                .getStringClaim("acr").orElse(""))) + "</p>");
        page.println("<form method=\"post\" action=\"" + request.getContextPath() + "/sign-out\">"
                + "<button id=\"signOut\" type=\"submit\">Sign out</button></form>");
        page.println("</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
