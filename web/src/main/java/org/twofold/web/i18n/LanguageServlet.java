package org.twofold.web.i18n;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.twofold.domain.user.SupportedLanguage;

/**
 * The sign-in page's language links ({@code /language?to=de}): this browser's pages in that
 * language from now on (the cookie), then back to the sign-in page. Only a preference is
 * stored, and the answer always goes to the same page, so nothing here needs a form or a token.
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SupportedLanguage> chosen = SupportedLanguage.of(request.getParameter("to"));
        chosen.ifPresent(language -> response.addCookie(Languages.cookie(language, request)));
        response.sendRedirect(request.getContextPath() + "/login.xhtml");
    }
}
