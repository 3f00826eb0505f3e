package org.twofold.web.signin;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.twofold.web.security.SignInPages;

/**
 * The bare context root goes to the Desk by a redirect, so the Desk's security
 * constraint applies (a welcome-file forward would bypass it).
 */
@WebServlet("")
public class StartPageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + SignInPages.DESK);
    }
}
