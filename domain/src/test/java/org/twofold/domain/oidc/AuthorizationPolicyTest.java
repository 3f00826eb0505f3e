package org.twofold.domain.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final String CALLBACK = "https://wiki.corp.example/cb";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    /**
     * One row per case: the application (confidential or public, registered or not, second
     * factor demanded, roles), the request, the browser's sign-in (none, minutes ago, with a
     * second factor: true, a code; none, a code and no passkey held; key, a passkey; its roles), and the answer (the verdict's type, and its error or level).
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # case                                     | client  | demand | roles   | redirect        | type  | scope         | challenge | method | prompt     | maxAge | acr | signedIn | 2nd   | held       | verdict           | detail
        signed in, all in order                    | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | Grant             | SECOND_FACTOR
        password only where none is asked          | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | false | All        | Grant             | PASSWORD
        unknown application                        | -       | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | NotForApplication | -
        redirect with an extra path                | secret  | false  | -       | CALLBACK/x      | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | NotForApplication | -
        redirect with an extra query               | secret  | false  | -       | CALLBACK?a=b    | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | NotForApplication | -
        no redirect at all                         | secret  | false  | -       | -               | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | NotForApplication | -
        implicit flow                              | secret  | false  | -       | CALLBACK        | token | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | BackWithError     | unsupported_response_type
        no openid scope                            | secret  | false  | -       | CALLBACK        | code  | profile       | -         | -      | -          | -      | -   | 5        | true  | All        | BackWithError     | invalid_scope
        public without PKCE                        | public  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | BackWithError     | invalid_request
        public with PKCE                           | public  | false  | -       | CALLBACK        | code  | openid        | CHALLENGE | S256   | -          | -      | -   | 5        | true  | All        | Grant             | SECOND_FACTOR
        plain PKCE refused                         | public  | false  | -       | CALLBACK        | code  | openid        | CHALLENGE | plain  | -          | -      | -   | 5        | true  | All        | BackWithError     | invalid_request
        a challenge without a method means plain   | secret  | false  | -       | CALLBACK        | code  | openid        | CHALLENGE | -      | -          | -      | -   | 5        | true  | All        | BackWithError     | invalid_request
        a challenge too short                      | secret  | false  | -       | CALLBACK        | code  | openid        | abc       | S256   | -          | -      | -   | 5        | true  | All        | BackWithError     | invalid_request
        not signed in                              | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | -        | false | -          | SignInFirst       | false
        prompt=none, not signed in                 | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | none       | -      | -   | -        | false | -          | BackWithError     | login_required
        prompt=none, signed in                     | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | none       | -      | -   | 5        | true  | All        | Grant             | SECOND_FACTOR
        prompt=none with login                     | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | none login | -      | -   | 5        | true  | All        | BackWithError     | invalid_request
        prompt=login though signed in              | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | login      | -      | -   | 5        | true  | All        | SignInFirst       | true
        max_age passed                             | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | 120    | -   | 5        | true  | All        | SignInFirst       | true
        max_age not passed                         | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | 600    | -   | 5        | true  | All        | Grant             | SECOND_FACTOR
        max_age passed, prompt=none                | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | none       | 120    | -   | 5        | true  | All        | BackWithError     | login_required
        max_age not a number                       | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -1     | -   | 5        | true  | All        | BackWithError     | invalid_request
        the application demands a second factor    | secret  | true   | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | false | All        | SecondFactorFirst | -
        ... and has it                             | secret  | true   | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | Grant             | SECOND_FACTOR
        ... prompt=none cannot ask                 | secret  | true   | -       | CALLBACK        | code  | openid        | -         | -      | none       | -      | -   | 5        | false | All        | BackWithError     | interaction_required
        acr_values=mfa asks for one                | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | mfa | 5        | false | All        | SecondFactorFirst | -
        acr_values=phr asks for a passkey          | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | phr | 5        | true  | All        | SecondFactorFirst | PHISHING_RESISTANT
        ... but the person has no passkey          | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | phr | 5        | none  | All        | PasskeyMissing    | -
        ... and a passkey meets it                 | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | phr | 5        | key   | All        | Grant             | PHISHING_RESISTANT
        a passkey meets acr_values=mfa             | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | mfa | 5        | key   | All        | Grant             | PHISHING_RESISTANT
        a passkey meets a demanded second factor   | secret  | true   | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | key   | All        | Grant             | PHISHING_RESISTANT
        acr_values=pwd is met by the password      | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | pwd | 5        | false | All        | Grant             | PASSWORD
        unknown acr_values ignored                 | secret  | false  | -       | CALLBACK        | code  | openid        | -         | -      | -          | -      | gold| 5        | false | All        | Grant             | PASSWORD
        holds an allowed role                      | secret  | false  | Editors | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All Editors| Grant             | SECOND_FACTOR
        holds none of the allowed roles            | secret  | false  | Editors | CALLBACK        | code  | openid        | -         | -      | -          | -      | -   | 5        | true  | All        | RoleRefused       | -
        """)
    void decides(String name, String client, boolean demand, String roles, String redirect, String responseType, String scope,
                 String challenge, String method, String prompt, Integer maxAge, String acr, Integer minutesAgo,
                 String secondStep, String held, String verdict, String detail) {
        AuthorizationPolicy.Request request = new AuthorizationPolicy.Request(responseType,
                redirect == null ? null : redirect.replace("CALLBACK", CALLBACK), words(scope), "n-1",
                challenge == null ? null : challenge.replace("CHALLENGE", CHALLENGE), method, words(prompt), maxAge,
                List.copyOf(words(acr)), null);
        AuthorizationPolicy.Client registered = client == null ? null
                : new AuthorizationPolicy.Client(client.equals("public"), List.of(CALLBACK), demand, List.copyOf(words(roles)));
        AuthorizationPolicy.Session session = minutesAgo == null ? AuthorizationPolicy.Session.NONE
                : new AuthorizationPolicy.Session(NOW.minusSeconds(60L * minutesAgo), switch (secondStep) {
                    case "true", "none" -> SignInMethods.PASSWORD_AND_CODE;
                    case "key" -> SignInMethods.passwordAndPasskey(false);
                    default -> SignInMethods.PASSWORD;
                }, words(held), !"none".equals(secondStep));
        AuthorizationPolicy.Verdict answer = AuthorizationPolicy.decide(request, registered, session, NOW);
        assertEquals(verdict, answer.getClass().getSimpleName(), name + ": " + answer);
        if (answer instanceof AuthorizationPolicy.Grant grant) {
            assertEquals(detail, grant.level().name());
        } else if (answer instanceof AuthorizationPolicy.BackWithError error) {
            assertEquals(detail, error.error());
        } else if (answer instanceof AuthorizationPolicy.SignInFirst first) {
            assertEquals(detail, String.valueOf(first.again()));
        } else if (answer instanceof AuthorizationPolicy.SecondFactorFirst first && detail != null) {
            assertEquals(detail, first.wanted().name());
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        request              | request_not_supported
        request_uri          | request_uri_not_supported
        scope                | invalid_request
        """)
    void refusesRequestObjectsAndRepeatedParameters(String parameter, String error) {
        AuthorizationPolicy.Request request = new AuthorizationPolicy.Request("code", CALLBACK, Set.of("openid"), null, null, null,
                Set.of(), null, List.of(), parameter);
        AuthorizationPolicy.Verdict answer = AuthorizationPolicy.decide(request,
                new AuthorizationPolicy.Client(false, List.of(CALLBACK), false, List.of()), AuthorizationPolicy.Session.NONE, NOW);
        assertEquals(error, ((AuthorizationPolicy.BackWithError) answer).error());
    }

    private static Set<String> words(String value) {
        return value == null ? Set.of() : Set.copyOf(Arrays.asList(value.trim().split(" +")));
    }
}
