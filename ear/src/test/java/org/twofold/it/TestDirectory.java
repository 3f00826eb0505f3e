package org.twofold.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two company directories for the integration tests, real LDAP servers on loopback
 * (UnboundID's in-memory server), up for the whole test run: one shaped like Active
 * Directory ({@code sAMAccountName}, {@code memberOf}, {@code userAccountControl}) and one
 * like OpenLDAP ({@code uid}, {@code groupOfNames}).
 */
public class TestDirectory implements org.junit.platform.launcher.LauncherSessionListener {

    public static final int AD_PORT = Integer.getInteger("twofold.test.ad.port", 10389);
    public static final int OPENLDAP_PORT = Integer.getInteger("twofold.test.openldap.port", 10390);
    public static final String AD_BASE = "DC=corp,DC=example";
    public static final String AD_SERVICE_DN = "CN=Twofold Service,OU=Service,DC=corp,DC=example";
    public static final String AD_SERVICE_PASSWORD = "service account password 1";
    public static final String OPENLDAP_BASE = "dc=example,dc=org";
    /** Every person's password in both directories. */
    public static final String PASSWORD = "company password 2026";

    public static final int AD_LDAPS_PORT = Integer.getInteger("twofold.test.ad.ldaps.port", 10636);
    public static final int AD_STARTTLS_PORT = Integer.getInteger("twofold.test.ad.starttls.port", 10391);

    private static InMemoryDirectoryServer activeDirectory;
    private static InMemoryDirectoryServer openLdap;
    private static InMemoryDirectoryServer activeDirectoryOverTls;

    @Override
    public synchronized void launcherSessionOpened(org.junit.platform.launcher.LauncherSession session) {
        try {
            activeDirectory = activeDirectory();
            openLdap = openLdap();
            activeDirectory.startListening();
            openLdap.startListening();
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("cannot start the test directories", e);
        }
    }

    @Override
    public synchronized void launcherSessionClosed(org.junit.platform.launcher.LauncherSession session) {
        if (activeDirectory != null) {
            activeDirectory.shutDown(true);
            openLdap.shutDown(true);
        }
        if (activeDirectoryOverTls != null) {
            activeDirectoryOverTls.shutDown(true);
        }
    }

    /** The Active-Directory-like server stops answering (connections refused) until {@link #startActiveDirectory}. */
    public static void stopActiveDirectory() {
        activeDirectory.shutDown(true);
    }

    public static void startActiveDirectory() throws LDAPException {
        activeDirectory.startListening();
    }

    /** Changes a person's entry in the Active-Directory-like server, as the directory's admin would. */
    public static void modifyInActiveDirectory(String ldif) throws LDAPException, LDIFException {
        activeDirectory.modify(ldif.split("\n"));
    }

    public static void deleteFromActiveDirectory(String dn) throws LDAPException {
        activeDirectory.delete(dn);
    }

    /**
     * A server that takes connections and never answers, as a directory that hangs does; the
     * returned socket is closed to end it.
     */
    public static java.net.ServerSocket silentServer() throws java.io.IOException {
        java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread holder = new Thread(() -> {
            List<java.net.Socket> held = new ArrayList<>();
            try {
                while (true) {
                    held.add(silent.accept());
                }
            } catch (java.io.IOException closed) {
                held.forEach(socket -> {
                    try {
                        socket.close();
                    } catch (java.io.IOException ignored) {
                        // closing anyway
                    }
                });
            }
        }, "silent-directory");
        holder.setDaemon(true);
        holder.start();
        return silent;
    }

    /**
     * The same Active Directory, answering ldaps:// on {@link #AD_LDAPS_PORT} and StartTLS on
     * {@link #AD_STARTTLS_PORT} with the test server's own certificate (so the server trusts it).
     */
    public static synchronized void startActiveDirectoryOverTls(Path keystore, String password) throws Exception {
        if (activeDirectoryOverTls != null) {
            return;
        }
        SSLUtil tls = new SSLUtil(new KeyStoreKeyManager(keystore.toFile(), password.toCharArray(), "PKCS12", null),
                new TrustAllTrustManager());
        InetAddress loopback = InetAddress.getLoopbackAddress();
        activeDirectoryOverTls = activeDirectory(
                InMemoryListenerConfig.createLDAPSConfig("ldaps", loopback, AD_LDAPS_PORT, tls.createSSLServerSocketFactory(),
                        tls.createSSLSocketFactory()),
                InMemoryListenerConfig.createLDAPConfig("starttls", loopback, AD_STARTTLS_PORT, tls.createSSLSocketFactory()));
        activeDirectoryOverTls.startListening();
    }

    private static InMemoryDirectoryServer activeDirectory() throws LDAPException, LDIFException {
        return activeDirectory(InMemoryListenerConfig.createLDAPConfig("ad", InetAddress.getLoopbackAddress(), AD_PORT, null));
    }

    private static InMemoryDirectoryServer activeDirectory(InMemoryListenerConfig... listeners)
            throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(AD_BASE);
        config.setSchema(null); // Active Directory's attributes are not in the standard schema
        config.setListenerConfigs(listeners);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        String groups = "OU=Groups," + AD_BASE;
        String people = "OU=People," + AD_BASE;
        server.add("dn: " + AD_BASE, "objectClass: top", "objectClass: domain", "dc: corp");
        server.add("dn: OU=Service," + AD_BASE, "objectClass: organizationalUnit", "ou: Service");
        server.add("dn: " + people, "objectClass: organizationalUnit", "ou: People");
        server.add("dn: " + groups, "objectClass: organizationalUnit", "ou: Groups");
        server.add("dn: " + AD_SERVICE_DN, "objectClass: user", "cn: Twofold Service", "userPassword: " + AD_SERVICE_PASSWORD);
        server.add("dn: CN=Twofold Admins," + groups, "objectClass: group", "cn: Twofold Admins",
                "member: CN=Jane Doe," + people);
        server.add("dn: CN=Staff," + groups, "objectClass: group", "cn: Staff", "member: CN=Sam Staff," + people);
        server.add(adPerson(people, "Jane Doe", "jdoe", 512, List.of("CN=Twofold Admins," + groups, "CN=Staff," + groups),
                "mail: jane.doe@corp.example", "proxyAddresses: SMTP:jane.doe@corp.example",
                "proxyAddresses: smtp:jdoe@old.corp.example", "mobile: +49 151 0000 0101"));
        server.add(adPerson(people, "Sam Staff", "sstaff", 512, List.of("CN=Staff," + groups)));
        server.add(adPerson(people, "Dave Disabled", "ddisabled", 514, List.of("CN=Staff," + groups)));
        return server;
    }

    private static String[] adPerson(String people, String name, String login, int userAccountControl, List<String> groups,
                                     String... more) {
        List<String> lines = new ArrayList<>(List.of("dn: CN=" + name + "," + people,
                "objectClass: top", "objectClass: person", "objectClass: organizationalPerson", "objectClass: user",
                "objectCategory: person", "cn: " + name, "displayName: " + name, "sAMAccountName: " + login,
                "userPrincipalName: " + login + "@corp.example", "userAccountControl: " + userAccountControl,
                "accountExpires: 9223372036854775807", "userPassword: " + PASSWORD));
        for (String group : groups) {
            lines.add("memberOf: " + group);
        }
        lines.addAll(List.of(more));
        return lines.toArray(String[]::new);
    }

    private static InMemoryDirectoryServer openLdap() throws LDAPException, LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(OPENLDAP_BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("openldap", InetAddress.getLoopbackAddress(),
                OPENLDAP_PORT, null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + OPENLDAP_BASE, "objectClass: top", "objectClass: domain", "dc: example");
        server.add("dn: ou=people," + OPENLDAP_BASE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups," + OPENLDAP_BASE, "objectClass: organizationalUnit", "ou: groups");
        server.add("dn: uid=olivia,ou=people," + OPENLDAP_BASE, "objectClass: inetOrgPerson", "uid: olivia",
                "cn: Olivia Open", "sn: Open", "mail: olivia@example.org", "telephoneNumber: +44 20 7946 0001",
                "userPassword: " + PASSWORD);
        server.add("dn: cn=twofold-admins,ou=groups," + OPENLDAP_BASE, "objectClass: groupOfNames", "cn: twofold-admins",
                "member: uid=olivia,ou=people," + OPENLDAP_BASE);
        return server;
    }
}
