package org.twofold.web.account;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.twofold.service.factor.RecoveryCodesToShow;
import org.twofold.web.security.SignInSession;

/**
 * The codes just created, as a text file to keep, while the Desk still shows them; after the
 * user has said they are saved there is nothing to download (404). Never cached.
 */
@WebServlet("/account/recovery-codes.txt")
public class RecoveryCodesDownload extends HttpServlet {

    @Inject
    private RecoveryCodesToShow codesToShow;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> codes = SignInSession.recoveryCodesToShow(request).map(codesToShow::open).orElse(List.of());
        if (codes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringBuilder text = new StringBuilder("Twofold recovery codes for ")
                .append(request.getUserPrincipal().getName())
                .append("\nEach code signs you in once instead of your second factor. Keep them somewhere safe.\n\n");
        codes.forEach(code -> text.append(code).append('\n'));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"twofold-recovery-codes.txt\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
