package org.twofold.service.passkey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.config.DeploymentConfig;

/**
 * Which relying party Twofold is for passkeys: the public address's origin, and its host as the
 * id unless the administrator set another (a parent domain, so passkeys also work on sibling
 * hosts). Browsers offer WebAuthn only on HTTPS or on localhost.
 */
@Stateless
public class RelyingParties {

    @Inject
    private DeploymentConfig deployment;

    /** The relying party when passkeys are allowed and can work here; empty otherwise. */
    public Optional<RelyingParty> forPasskeys(SystemSettings settings) {
        return settings.getAllowedMethods().contains(TwoFactorMethod.PASSKEY) ? current(settings) : Optional.empty();
    }

    /** The relying party under these settings; empty when browsers would refuse passkeys here ({@link #problem}). */
    public Optional<RelyingParty> current(SystemSettings settings) {
        return problem(settings).isPresent() ? Optional.empty() : Optional.of(of(settings));
    }

    /** Why passkeys cannot work at this public address with these settings, in words for the log; empty when they can. */
    public Optional<String> problem(SystemSettings settings) {
        return problem(deployment.publicUrl(), settings.getPasskeys().getPasskeyRelyingPartyId());
    }

    /** As above, for a public address and a relying party id (blank: the address's host). */
    static Optional<String> problem(String publicUrl, String configuredId) {
        URI address = URI.create(publicUrl);
        String host = address.getHost() == null ? "" : address.getHost().toLowerCase(Locale.ROOT);
        if (!"https".equals(address.getScheme()) && !isLocalhost(host)) {
            return Optional.of("TWOFOLD_PUBLIC_URL " + publicUrl + " is not HTTPS: browsers offer passkeys only on"
                    + " HTTPS (or on localhost)");
        }
        String id = idOf(configuredId, host);
        if (!host.equals(id) && !host.endsWith("." + id)) {
            return Optional.of("the passkey relying party id " + id + " is not the public address's host " + host
                    + " or a domain it belongs to");
        }
        return Optional.empty();
    }

    private RelyingParty of(SystemSettings settings) {
        URI address = URI.create(deployment.publicUrl());
        String host = address.getHost().toLowerCase(Locale.ROOT);
        String origin = address.getScheme() + "://" + host + (address.getPort() == -1 ? "" : ":" + address.getPort());
        return new RelyingParty(idOf(settings.getPasskeys().getPasskeyRelyingPartyId(), host), settings.getOtpIssuer(), origin);
    }

    private static String idOf(String configured, String host) {
        return configured == null || configured.isBlank() ? host : configured.toLowerCase(Locale.ROOT);
    }

    private static boolean isLocalhost(String host) {
        return host.equals("localhost") || host.endsWith(".localhost");
    }
}
