package org.twofold.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.twofold.domain.user.TwoFactorMethod;

/**
 * Which second factor a sign-in asks for: the user's preferred method, else the system's
 * default, each only if allowed and if the user has somewhere to send a code (or, for a passkey,
 * has one); else the authenticator app, which anyone can enrol.
 */
public final class MethodChoice {

    private MethodChoice() {
    }

    public static TwoFactorMethod effective(TwoFactorMethod preferred, TwoFactorMethod systemDefault,
                                            Set<TwoFactorMethod> allowed, boolean hasEmail, boolean hasPhone,
                                            boolean hasPasskey) {
        for (TwoFactorMethod candidate : new TwoFactorMethod[] {preferred, systemDefault}) {
            if (candidate != null && allowed.contains(candidate) && reachable(candidate, hasEmail, hasPhone, hasPasskey)) {
                return candidate;
            }
        }
        return TwoFactorMethod.TOTP;
    }

    /**
     * The other ways a sign-in waiting for {@code current} may take instead ("Try another
     * way"): each allowed method the user can use now, the app only once one is set up.
     */
    public static List<TwoFactorMethod> alternatives(TwoFactorMethod current, Set<TwoFactorMethod> allowed,
                                                     boolean hasApp, boolean hasEmail, boolean hasPhone,
                                                     boolean hasPasskey) {
        List<TwoFactorMethod> others = new ArrayList<>();
        for (TwoFactorMethod method : TwoFactorMethod.values()) {
            boolean usable = method == TwoFactorMethod.TOTP ? hasApp : reachable(method, hasEmail, hasPhone, hasPasskey);
            if (method != current && allowed.contains(method) && usable) {
                others.add(method);
            }
        }
        return others;
    }

    private static boolean reachable(TwoFactorMethod method, boolean hasEmail, boolean hasPhone, boolean hasPasskey) {
        return switch (method) {
            case TOTP -> true;
            case EMAIL -> hasEmail;
            case SMS -> hasPhone;
            case PASSKEY -> hasPasskey;
        };
    }
}
