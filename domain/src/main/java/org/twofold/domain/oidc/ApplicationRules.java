package org.twofold.domain.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a registered application may look like, as pure functions: each answers the message
 * keys of what is wrong (empty when all is well), so the console, the API and the command line
 * refuse alike.
 */
public final class ApplicationRules {

    public static final int MAX_CLIENT_ID_LENGTH = 64;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_URIS = 20;
    public static final int MAX_URI_LENGTH = 190;

    private static final Pattern CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_CLIENT_ID_LENGTH - 1) + "}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private ApplicationRules() {
    }

    public static List<String> clientIdProblems(String clientId) {
        return clientId != null && CLIENT_ID.matcher(clientId).matches() ? List.of() : List.of("applications.clientId.invalid");
    }

    public static List<String> nameProblems(String name) {
        return name != null && !name.isBlank() && name.strip().length() <= MAX_NAME_LENGTH
                ? List.of() : List.of("applications.name.invalid");
    }

    /** Where codes go back to: at least one, each an absolute address (see {@link #isAcceptableUri}). */
    public static List<String> redirectUriProblems(List<String> uris) {
        if (uris == null || uris.isEmpty()) {
            return List.of("applications.redirectUris.missing");
        }
        return uriListProblems(uris, "applications.redirectUris.invalid");
    }

    /** Where a sign-out may return to: none is fine. */
    public static List<String> postLogoutUriProblems(List<String> uris) {
        return uris == null || uris.isEmpty() ? List.of() : uriListProblems(uris, "applications.postLogoutUris.invalid");
    }

    /** Where sign-outs are told: none, or one address (see {@link #isAcceptableUri}). */
    public static List<String> backchannelLogoutUriProblems(String uri) {
        return uri == null || uri.isEmpty() || isAcceptableUri(uri) ? List.of() : List.of("applications.backchannelLogoutUri.invalid");
    }

    private static List<String> uriListProblems(List<String> uris, String key) {
        List<String> problems = new ArrayList<>();
        if (uris.size() > MAX_URIS || !uris.stream().allMatch(ApplicationRules::isAcceptableUri)) {
            problems.add(key);
        }
        return problems;
    }

    /**
     * HTTPS (plain HTTP only on this machine's loopback, as RFC 8252 allows for native apps), a
     * host, no fragment, no user info, and short enough to store; compared later as written.
     */
    public static boolean isAcceptableUri(String uri) {
        if (uri == null || uri.isBlank() || uri.length() > MAX_URI_LENGTH || uri.contains("\n")) {
            return false;
        }
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            String host = parsed.getHost();
            if (host == null || parsed.getRawFragment() != null || parsed.getRawUserInfo() != null) {
                return false;
            }
            return scheme.equals("https") || (scheme.equals("http") && LOOPBACK.contains(host.toLowerCase(Locale.ROOT)));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether someone holding {@code heldRoles} (with "All") may sign in to an application that
     * lets in {@code allowedRoles}: any of them, or everyone when it names none.
     */
    public static boolean admits(List<String> allowedRoles, Set<String> heldRoles) {
        return allowedRoles.isEmpty() || allowedRoles.stream().anyMatch(heldRoles::contains);
    }

    /** An address the application registered, compared exactly (RFC 9700 §4.1.3): no prefix, no extra query. */
    public static boolean isRegistered(List<String> registered, String uri) {
        return uri != null && registered.contains(uri);
    }

    /**
     * Whether {@code url} lies on a site one of these addresses names, by scheme, host and
     * port: how forward authentication tells which application a request is for, and whether
     * it may return there after signing in.
     */
    public static boolean sameSite(String registered, String url) {
        try {
            URI a = new URI(registered);
            URI b = new URI(url);
            return a.getScheme() != null && b.getScheme() != null && a.getHost() != null && b.getHost() != null
                    && a.getScheme().equalsIgnoreCase(b.getScheme())
                    && a.getHost().equalsIgnoreCase(b.getHost())
                    && port(a) == port(b)
                    && b.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
