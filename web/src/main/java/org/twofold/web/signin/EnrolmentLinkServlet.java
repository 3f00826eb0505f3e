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
 * Where an emailed enrolment link lands. It opens the link (once), remembers the factor in
 * this browser's session, and redirects to the page with the QR code, so the token leaves
 * the address bar and history at once.
 */
@WebServlet("/enrolment-link")
public class EnrolmentLinkServlet extends HttpServlet {

    static final String FACTOR_ATTRIBUTE = "twofold.linkFactorId";

    @Inject
    private EnrolmentLinkService links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        LinkOpening opening = links.open(request.getParameter("t"), Instant.now());
        String page = request.getContextPath() + "/enrolment-link.xhtml";
        if (opening.result() == LinkOpening.Result.OPENED) {
            request.getSession(true).setAttribute(FACTOR_ATTRIBUTE, opening.factorId());
            response.sendRedirect(page);
        } else {
            response.sendRedirect(page + "?state=" + opening.result().name());
        }
    }
}
