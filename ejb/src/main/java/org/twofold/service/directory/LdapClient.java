package org.twofold.service.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.AuthenticationNotSupportedException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.InitialLdapContext;
import javax.naming.ldap.LdapContext;
import javax.naming.ldap.StartTlsRequest;
import javax.naming.ldap.StartTlsResponse;
import org.twofold.domain.directory.AccountAttributes;
import org.twofold.domain.directory.DirectoryAccount;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.GroupLookup;
import org.twofold.domain.directory.LdapFilters;

/**
 * One conversation with the directory through the JDK's JNDI LDAP provider: find a person with
 * the service account, and check a password by binding as them. Every failure to talk (down,
 * timed out, a refused service account, a base DN that does not exist) is
 * {@link DirectoryUnavailable}; only a refused bind as the user means a wrong password.
 */
final class LdapClient {

    private static final String[] ACCOUNT_FLAGS = {"userAccountControl", "accountExpires", "nsAccountLock", "pwdAccountLockedTime"};
    private static final int MAX_GROUPS = 1000;

    private final DirectoryConfig config;
    private final String bindPassword;

    LdapClient(DirectoryConnection connection) {
        this.config = connection.config();
        this.bindPassword = connection.bindPassword();
    }

    /** The person whose login attribute is {@code login}; empty when there is none or more than one. */
    Optional<DirectoryAccount> find(String login, Instant now) {
        if (!config.bindDn().isBlank() && (bindPassword == null || bindPassword.isEmpty())) {
            // A DN with an empty password is an unauthenticated bind: some servers let it search as anonymous.
            throw new DirectoryUnavailable(describe("the service account has no password", null));
        }
        LdapContext context = null;
        try {
            context = open(config.bindDn().isBlank() ? null : config.bindDn(), bindPassword);
            SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, 2, config.readTimeoutSeconds() * 1000,
                    userAttributes(), false, false);
            String filter = LdapFilters.and(config.userFilter(), LdapFilters.equality(config.loginAttribute(), login));
            List<SearchResult> found = new ArrayList<>();
            NamingEnumeration<SearchResult> results = context.search(config.userBaseDn(), filter, controls);
            try {
                while (results.hasMore()) {
                    found.add(results.next());
                }
            } catch (SizeLimitExceededException several) {
                return Optional.empty();
            }
            if (found.size() != 1) {
                return Optional.empty();
            }
            SearchResult entry = found.get(0);
            List<String> groups = groupsOf(context, entry);
            return Optional.of(account(entry, login, groups, now));
        } catch (AuthenticationException | AuthenticationNotSupportedException refused) {
            throw new DirectoryUnavailable(describe("the service account was refused", null));
        } catch (NamingException e) {
            throw new DirectoryUnavailable(describe("the search failed", e));
        } finally {
            close(context);
        }
    }

    /** Whether the directory accepts this password for this entry. Never called with an empty password. */
    boolean acceptsPassword(String dn, String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("an empty password binds anonymously"); // callers refuse it first
        }
        LdapContext context = null;
        try {
            context = open(dn, password);
            return true;
        } catch (AuthenticationException refused) {
            return false;
        } catch (NamingException e) {
            throw new DirectoryUnavailable(describe("the bind as the user failed", e));
        } finally {
            close(context);
        }
    }

    private String[] userAttributes() {
        List<String> names = new ArrayList<>();
        names.add(config.loginAttribute());
        names.add(config.displayNameAttribute());
        names.addAll(config.emailAttributes());
        names.addAll(config.phoneAttributes());
        if (config.groupLookup() == GroupLookup.MEMBER_OF) {
            names.add("memberOf");
        }
        names.addAll(List.of(ACCOUNT_FLAGS));
        return names.stream().distinct().toArray(String[]::new);
    }

    private DirectoryAccount account(SearchResult entry, String typedLogin, List<String> groups, Instant now)
            throws NamingException {
        Attributes attributes = entry.getAttributes();
        String login = first(attributes, config.loginAttribute()).orElse(typedLogin).toLowerCase(Locale.ROOT);
        Map<String, List<String>> emailValues = new LinkedHashMap<>();
        for (String name : config.emailAttributes()) {
            emailValues.put(name, values(attributes, name));
        }
        List<String> phoneValues = new ArrayList<>();
        for (String name : config.phoneAttributes()) {
            phoneValues.addAll(values(attributes, name));
        }
        String displayName = first(attributes, config.displayNameAttribute()).orElse(login);
        return new DirectoryAccount(entry.getNameInNamespace(), login,
                displayName.length() > 200 ? displayName.substring(0, 200) : displayName,
                AccountAttributes.emailAddresses(emailValues), AccountAttributes.phoneNumbers(phoneValues), groups,
                AccountAttributes.refusedReason(first(attributes, "userAccountControl").orElse(null),
                        first(attributes, "accountExpires").orElse(null), first(attributes, "nsAccountLock").orElse(null),
                        first(attributes, "pwdAccountLockedTime").orElse(null), now));
    }

    private List<String> groupsOf(LdapContext context, SearchResult entry) throws NamingException {
        return switch (config.groupLookup()) {
            case NONE -> List.of();
            case MEMBER_OF -> values(entry.getAttributes(), "memberOf");
            case GROUP_SEARCH -> {
                SearchControls controls = new SearchControls(SearchControls.SUBTREE_SCOPE, MAX_GROUPS,
                        config.readTimeoutSeconds() * 1000, new String[] {"1.1"}, false, false);
                List<String> groups = new ArrayList<>();
                NamingEnumeration<SearchResult> results = context.search(config.groupBaseDn(),
                        LdapFilters.equality(config.groupMemberAttribute(), entry.getNameInNamespace()), controls);
                try {
                    while (results.hasMore()) {
                        groups.add(results.next().getNameInNamespace());
                    }
                } catch (SizeLimitExceededException enough) {
                    // more groups than anyone maps: the first thousand are plenty
                }
                yield groups;
            }
        };
    }

    /** A context bound as {@code principal} (anonymous when null), over StartTLS when asked. */
    private LdapContext open(String principal, String password) throws NamingException {
        Hashtable<String, Object> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, String.join(" ", config.urls())); // JNDI tries each in turn
        env.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(config.connectTimeoutSeconds() * 1000));
        env.put("com.sun.jndi.ldap.read.timeout", String.valueOf(config.readTimeoutSeconds() * 1000));
        env.put(Context.REFERRAL, "ignore"); // Active Directory's referrals to other domains would hang a search
        env.put("java.naming.ldap.version", "3");
        if (!config.startTls()) {
            credentials(env, principal, password);
            return new InitialLdapContext(env, null);
        }
        env.put(Context.SECURITY_AUTHENTICATION, "none");
        InitialLdapContext context = new InitialLdapContext(env, null);
        try {
            StartTlsResponse tls = (StartTlsResponse) context.extendedOperation(new StartTlsRequest());
            tls.negotiate();
            Hashtable<String, Object> bind = new Hashtable<>();
            credentials(bind, principal, password);
            for (Map.Entry<String, Object> property : bind.entrySet()) {
                context.addToEnvironment(property.getKey(), property.getValue());
            }
            context.getAttributes("", new String[] {"1.1"}); // the bind happens with the next operation
            return context;
        } catch (java.io.IOException e) {
            close(context);
            throw new DirectoryUnavailable(describe("StartTLS failed", e));
        } catch (NamingException e) {
            close(context);
            throw e;
        }
    }

    private static void credentials(Hashtable<String, Object> env, String principal, String password) {
        if (principal == null) {
            env.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            env.put(Context.SECURITY_AUTHENTICATION, "simple");
            env.put(Context.SECURITY_PRINCIPAL, principal);
            env.put(Context.SECURITY_CREDENTIALS, password == null ? "" : password);
        }
    }

    private static Optional<String> first(Attributes attributes, String name) throws NamingException {
        List<String> values = values(attributes, name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static List<String> values(Attributes attributes, String name) throws NamingException {
        Attribute attribute = attributes.get(name);
        if (attribute == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        NamingEnumeration<?> all = attribute.getAll();
        while (all.hasMore()) {
            Object value = all.next();
            if (value instanceof String text) {
                values.add(text);
            }
        }
        return values;
    }

    /** A message for the log and the console: which servers, what failed and why, in words (never credentials). */
    private String describe(String what, Exception cause) {
        String why = cause == null ? "" : ": " + NamingTrouble.words(cause);
        return "Directory " + String.join(" ", config.urls()) + ": " + what + why + ".";
    }

    private static void close(LdapContext context) {
        if (context != null) {
            try {
                context.close();
            } catch (NamingException ignored) {
                // closing a connection that failed: nothing to tell
            }
        }
    }
}
