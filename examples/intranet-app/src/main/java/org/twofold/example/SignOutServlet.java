package org.twofold.example;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Signs out here, and (the mechanism's logout definition says so) at Twofold, which then sends the browser back. */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.logout();
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/signed-out.html");
        }
    }
}
