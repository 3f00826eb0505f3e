package org.twofold.domain.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Frappe's bypass: the networks from which everyone may skip the second factor, when allowed. Part of the
 * {@link SystemSettings} row (its columns are the row's own).
 */
@Embeddable
public class NetworkSettings {

    /** Whether a sign-in from an allowed network may skip the second factor (Frappe's bypass). */
    @Column(nullable = false)
    private boolean ipBypassAllowed;

    /** Networks, in CIDR notation, from which everyone may skip the second factor when allowed. */
    @Column(length = 2000)
    private String bypassNetworks;

    public boolean isIpBypassAllowed() {
        return ipBypassAllowed;
    }

    public void setIpBypassAllowed(boolean ipBypassAllowed) {
        this.ipBypassAllowed = ipBypassAllowed;
    }

    public String getBypassNetworks() {
        return bypassNetworks;
    }

    public void setBypassNetworks(String bypassNetworks) {
        this.bypassNetworks = bypassNetworks;
    }
}
