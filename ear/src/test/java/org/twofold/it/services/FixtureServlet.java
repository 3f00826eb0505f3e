package org.twofold.it.services;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Runs a {@link Fixture} of the test archive it is deployed in, for a test class's set-up in the test JVM. */
@WebServlet("/fixture")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Class<?> type = Class.forName(request.getParameter("name"), true, Thread.currentThread().getContextClassLoader());
            ((Fixture) CDI.current().select(type).get()).prepare();
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (Exception e) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, e.toString());
        }
    }
}
