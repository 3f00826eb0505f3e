package org.twofold.service.oidc;

import java.util.List;

/**
 * What an administrator gives for an application, from the console, the API or the command
 * line. In a change, a null field stays as it was (an empty back-channel address removes it).
 */
public record ApplicationDraft(String clientId, String name, List<String> redirectUris, List<String> postLogoutRedirectUris,
                               String backchannelLogoutUri, Boolean publicClient, Boolean requireSecondFactor,
                               List<String> allowedRoles, Boolean enabled) {
}
