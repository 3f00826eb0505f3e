package org.twofold.service.delivery;

/** The outgoing mail settings from the server configuration, as the console shows them. */
public record EmailSettingsView(boolean smtpConfigured, String host, String port, boolean startTls, boolean auth,
                                String user, String from, String localOutboxFolder) {
}
