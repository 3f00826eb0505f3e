package org.twofold.example;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Twofold sends the browser back with the code; the mechanism handles it and goes on to
 * the page first asked for. Only a request it did not take ends up here.
 */
@WebServlet("/callback")
@ServletSecurity(@HttpConstraint(rolesAllowed = "**"))
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/home");
    }
}
