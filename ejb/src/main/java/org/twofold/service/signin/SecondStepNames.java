package org.twofold.service.signin;

import org.twofold.domain.user.TwoFactorMethod;

/** How the audit log names each second step. */
final class SecondStepNames {

    private SecondStepNames() {
    }

    static String of(TwoFactorMethod method) {
        return switch (method) {
            case TOTP -> "authenticator app";
            case EMAIL -> "emailed code";
            case SMS -> "SMS code";
            case PASSKEY -> "passkey";
        };
    }
}
