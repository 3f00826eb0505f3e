package org.twofold.domain.directory;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The directory connection as an admin edits it (console, API, CLI): everything but the
 * service account's password, which is written only and stored sealed.
 *
 * @param urls       tried in order: {@code ldap://host:389} or {@code ldaps://host:636}
 * @param startTls   upgrade {@code ldap://} connections with StartTLS before any bind
 * @param bindDn     the service account that searches for users; blank for an anonymous search
 * @param userFilter an extra filter every user entry must match, e.g. {@code (objectClass=user)}
 * @param groupRoles which directory groups give which Twofold roles (by role name)
 */
public record DirectoryConfig(boolean enabled, List<String> urls, boolean startTls, String bindDn, String userBaseDn,
                              String loginAttribute, String userFilter, String displayNameAttribute,
                              List<String> emailAttributes, List<String> phoneAttributes, GroupLookup groupLookup,
                              String groupBaseDn, String groupMemberAttribute, int connectTimeoutSeconds,
                              int readTimeoutSeconds, List<GroupRoleName> groupRoles) {

    /** One line of the group mapping. */
    public record GroupRoleName(String group, String role) {
    }

    public static final int MAX_TIMEOUT_SECONDS = 60;
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,99}");

    public DirectoryConfig {
        urls = urls == null ? List.of() : urls.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
        emailAttributes = cleanNames(emailAttributes);
        phoneAttributes = cleanNames(phoneAttributes);
        groupRoles = groupRoles == null ? List.of() : List.copyOf(groupRoles);
        groupLookup = groupLookup == null ? GroupLookup.NONE : groupLookup;
    }

    /** A new install's values: off, and the OpenLDAP attribute names until an admin picks a preset. */
    public static DirectoryConfig initial() {
        return new DirectoryConfig(false, List.of(), false, "", "", "uid", "", "cn", List.of("mail"),
                List.of("mobile", "telephoneNumber"), GroupLookup.MEMBER_OF, "", "member", 5, 10, List.of());
    }

    /** These values with a preset's attribute names; the server, accounts and mapping stay. */
    public DirectoryConfig with(DirectoryPreset preset) {
        return new DirectoryConfig(enabled, urls, startTls, bindDn, userBaseDn, preset.loginAttribute, preset.userFilter,
                preset.displayNameAttribute, preset.emailAttributes, preset.phoneAttributes, preset.groupLookup,
                groupBaseDn, preset.groupMemberAttribute, connectTimeoutSeconds, readTimeoutSeconds, groupRoles);
    }

    /** Message keys of what is wrong; empty when it can be saved. A connection that is off is checked all the same. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (enabled && urls.isEmpty()) {
            problems.add("directory.url.required");
        }
        for (String url : urls) {
            if (!validUrl(url)) {
                problems.add("directory.url.invalid");
                break;
            }
        }
        if (startTls && urls.stream().anyMatch(url -> url.regionMatches(true, 0, "ldaps:", 0, 6))) {
            problems.add("directory.startTls.withLdaps");
        }
        if (enabled && blank(userBaseDn)) {
            problems.add("directory.userBaseDn.required");
        }
        if (!validAttribute(loginAttribute) || !validAttribute(displayNameAttribute)
                || !emailAttributes.stream().allMatch(DirectoryConfig::validAttribute)
                || !phoneAttributes.stream().allMatch(DirectoryConfig::validAttribute)
                || groupLookup == GroupLookup.GROUP_SEARCH && !validAttribute(groupMemberAttribute)) {
            problems.add("directory.attribute.invalid");
        }
        if (!LdapFilters.looksBalanced(userFilter)) {
            problems.add("directory.userFilter.invalid");
        }
        if (enabled && groupLookup == GroupLookup.GROUP_SEARCH && blank(groupBaseDn)) {
            problems.add("directory.groupBaseDn.required");
        }
        if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > MAX_TIMEOUT_SECONDS
                || readTimeoutSeconds < 1 || readTimeoutSeconds > MAX_TIMEOUT_SECONDS) {
            problems.add("directory.timeout.range");
        }
        if (groupRoles.stream().anyMatch(line -> blank(line.group()) || blank(line.role()))) {
            problems.add("directory.groupRole.incomplete");
        }
        return problems;
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("ldap") || scheme.equals("ldaps")) && uri.getHost() != null
                    && (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean validAttribute(String name) {
        return name != null && ATTRIBUTE.matcher(name).matches();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> cleanNames(List<String> names) {
        return names == null ? List.of() : names.stream().map(String::trim).filter(n -> !n.isEmpty()).distinct().toList();
    }
}
