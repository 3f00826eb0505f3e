package org.twofold.web.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.passkey.CeremonyPurpose;
import org.twofold.service.account.OwnPasskeys;
import org.twofold.service.passkey.PasskeyOptions;
import org.twofold.service.signin.FirstPasskeyStep;
import org.twofold.service.signin.PasskeyPrompts;
import org.twofold.web.account.SecurityPageSession;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.PasskeyChallengeSession;
import org.twofold.web.security.SessionWrite;
import org.twofold.web.security.SignInSession;

/**
 * Hands the page's script the options of a passkey ceremony, with a new challenge that the
 * session keeps for the answer: {@code ?for=second-step} (the pending sign-in waits for a
 * passkey), {@code passwordless} (the login page, where allowed), {@code first} (a first
 * enrolment on screen), {@code register} (the Security page, with the password confirmed). A POST, since each makes a challenge; 404 when none of
 * these can start now. The answer itself goes back through the page's form.
 */
@WebServlet("/signin/passkey-options")
public class PasskeyOptionsServlet extends HttpServlet {

    @Inject
    private PasskeyPrompts prompts;

    @Inject
    private OwnPasskeys ownPasskeys;

    @Inject
    private FirstPasskeyStep firstPasskey;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Instant now = Instant.now();
        String purpose = String.valueOf(request.getParameter("for"));
        Optional<PasskeyOptions.Issued> issued;
        CeremonyPurpose kept;
        switch (purpose) {
            case "second-step" -> {
                kept = CeremonyPurpose.SECOND_STEP;
                issued = SignInSession.pendingToken(request).flatMap(token -> prompts.secondStep(token, now));
            }
            case "passwordless" -> {
                kept = CeremonyPurpose.PASSWORDLESS;
                issued = prompts.passwordless(ClientAddress.of(request), now);
            }
            case "first" -> {
                kept = CeremonyPurpose.REGISTER;
                issued = SignInSession.pendingToken(request).flatMap(token -> firstPasskey.options(token, now));
            }
            case "register" -> {
                kept = CeremonyPurpose.REGISTER;
                issued = Optional.ofNullable(request.getRemoteUser()).flatMap(username -> ownPasskeys.registrationOptions(
                        username, SecurityPageSession.passwordConfirmedAt(request), now));
            }
            default -> {
                kept = null;
                issued = Optional.empty();
            }
        }
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (issued.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"title\":\"No passkey can be used here now.\",\"status\":404}");
            return;
        }
        PasskeyChallengeSession.keep(request, kept, issued.get().challenge());
        SessionWrite.now(request); // the answer may reach another node as soon as the browser has the options
        response.setContentType("application/json");
        response.getWriter().write(issued.get().json());
    }
}
