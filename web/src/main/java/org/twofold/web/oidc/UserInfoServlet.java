package org.twofold.web.oidc;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.http.JakartaServletUtils;
import com.nimbusds.oauth2.sdk.id.Subject;
import com.nimbusds.oauth2.sdk.token.BearerTokenError;
import com.nimbusds.openid.connect.sdk.UserInfoErrorResponse;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoSuccessResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.twofold.service.oidc.ScopeClaims;
import org.twofold.service.oidc.UserInfo;

/** The UserInfo endpoint (OpenID Connect Core §5.3): the claims an access token's scope releases, as JSON. */
@WebServlet(OidcPaths.USERINFO)
public class UserInfoServlet extends HttpServlet {

    @Inject
    private UserInfo userInfo;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UserInfo.Grant> grant;
        try {
            UserInfoRequest parsed = UserInfoRequest.parse(JakartaServletUtils.createHTTPRequest(request, 16 * 1024));
            grant = userInfo.of(parsed.getAccessToken().getValue(), Instant.now());
        } catch (ParseException e) {
            JakartaServletUtils.applyHTTPResponse(new UserInfoErrorResponse(BearerTokenError.MISSING_TOKEN).toHTTPResponse(), response);
            return;
        }
        if (grant.isEmpty()) {
            JakartaServletUtils.applyHTTPResponse(new UserInfoErrorResponse(BearerTokenError.INVALID_TOKEN).toHTTPResponse(), response);
            return;
        }
        com.nimbusds.openid.connect.sdk.claims.UserInfo claims =
                new com.nimbusds.openid.connect.sdk.claims.UserInfo(new Subject(grant.get().person().subject()));
        ScopeClaims.add(claims, grant.get().scope(), grant.get().person());
        JakartaServletUtils.applyHTTPResponse(new UserInfoSuccessResponse(claims).toHTTPResponse(), response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
