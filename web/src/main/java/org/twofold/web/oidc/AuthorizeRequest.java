package org.twofold.web.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.twofold.domain.oidc.AuthorizationPolicy;
import org.twofold.service.oidc.AuthorizationCodes;
import org.twofold.service.oidc.ScopeClaims;

/**
 * An authorization request's parameters, read once from the query or the form. A parameter
 * sent twice is not guessed at (RFC 6749 §3.1): a repeated {@code client_id} or
 * {@code redirect_uri} counts as none, so nothing is sent anywhere; any other is refused.
 */
record AuthorizeRequest(String clientId, String redirectUri, String state, AuthorizationPolicy.Request policyRequest,
                        AuthorizationCodes.NewCode newCode, Map<String, String[]> parameters) {

    private static final Set<String> NOT_TAKEN = Set.of("request", "request_uri");

    static AuthorizeRequest of(HttpServletRequest request) {
        Map<String, String[]> parameters = request.getParameterMap();
        String clientId = single(parameters, "client_id");
        String redirectUri = single(parameters, "redirect_uri");
        String scope = single(parameters, "scope");
        Set<String> scopes = words(scope);
        String nonce = single(parameters, "nonce");
        String challenge = single(parameters, "code_challenge");
        AuthorizationPolicy.Request policy = new AuthorizationPolicy.Request(single(parameters, "response_type"), redirectUri,
                scopes, nonce, challenge, single(parameters, "code_challenge_method"), words(single(parameters, "prompt")),
                maxAge(single(parameters, "max_age")), List.copyOf(words(single(parameters, "acr_values"))), unsupported(parameters));
        return new AuthorizeRequest(clientId, redirectUri, single(parameters, "state"), policy,
                new AuthorizationCodes.NewCode(redirectUri, challenge, nonce, ScopeClaims.granted(scopes)), parameters);
    }

    /**
     * The request again, without {@code prompt} and {@code max_age}: where to come back to after
     * the sign-in they asked for, which must not ask for it once more.
     */
    String queryWithoutPrompt() {
        return parameters.entrySet().stream()
                .filter(e -> !e.getKey().equals("prompt") && !e.getKey().equals("max_age"))
                .flatMap(e -> Arrays.stream(e.getValue()).map(value -> encode(e.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length != 1 || values[0].isEmpty() ? null : values[0];
    }

    private static String unsupported(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (NOT_TAKEN.contains(parameter.getKey()) || parameter.getValue().length > 1) {
                return parameter.getKey();
            }
        }
        return null;
    }

    private static Set<String> words(String value) {
        return value == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(value.trim().split(" +")));
    }

    private static Integer maxAge(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Math.max(-1, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
