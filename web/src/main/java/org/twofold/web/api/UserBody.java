package org.twofold.web.api;

import java.util.List;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.UserType;
import org.twofold.service.useradmin.UserDraft;

/**
 * A user as {@code POST /users} creates and {@code PATCH /users/{username}} changes them: the
 * console's form as JSON. A part left out (null) keeps its value; for a new user, the form's
 * default. The first email address and phone number are where codes go.
 */
public record UserBody(String username, String displayName, String password, UserType type, Boolean enabled,
                       List<String> roles, List<String> emails, List<String> phones, TwoFactorMethod method,
                       String bypassNetworks) {

    /** The draft with this body's parts written over it. */
    UserDraft over(UserDraft draft) {
        if (username != null && draft.isCreating()) {
            draft.setUsername(username);
        }
        if (displayName != null) {
            draft.setDisplayName(displayName);
        }
        if (password != null) {
            draft.setPassword(password);
        }
        if (type != null) {
            draft.setType(type);
        }
        if (enabled != null) {
            draft.setEnabled(enabled);
        }
        if (roles != null) {
            draft.setRoles(roles);
        }
        if (emails != null) {
            draft.setEmailAddresses(String.join("\n", emails));
        }
        if (phones != null) {
            draft.setPhoneNumbers(String.join("\n", phones));
        }
        if (method != null) {
            draft.setPreferredMethod(method);
        }
        if (bypassNetworks != null) {
            draft.setBypassNetworks(bypassNetworks);
        }
        return draft;
    }
}
