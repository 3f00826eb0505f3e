package org.twofold.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.factor.LinkOpening;

/**
 * Where an emailed enrolment link lands. A GET (or HEAD) does not use the link up, since mail
 * scanners fetch links too: it keeps the token in this browser's session and redirects to the
 * page whose button opens it, so the token leaves the address bar and history at once.
 */
@WebServlet("/enrolment-link")
public class EnrolmentLinkServlet extends HttpServlet {

    static final String FACTOR_ATTRIBUTE = "twofold.linkFactorId";
    static final String TOKEN_ATTRIBUTE = "twofold.linkToken";

    @Inject
    private EnrolmentLinkService links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("t");
        LinkOpening.Result state = links.inspect(token, Instant.now());
        String page = request.getContextPath() + "/enrolment-link.xhtml";
        if (state == LinkOpening.Result.READY) {
            request.getSession(true).setAttribute(TOKEN_ATTRIBUTE, token);
            response.sendRedirect(page);
        } else {
            response.sendRedirect(page + "?state=" + state.name());
        }
    }
}
