package org.twofold.domain.directory;

import java.util.List;

/** Attribute names that fit a kind of directory; the console fills the form with one. */
public enum DirectoryPreset {
    ACTIVE_DIRECTORY_ACCOUNT_NAME("sAMAccountName", "(&(objectCategory=person)(objectClass=user))", "displayName",
            List.of("mail", "proxyAddresses"), List.of("mobile", "telephoneNumber"), GroupLookup.MEMBER_OF, "member"),
    ACTIVE_DIRECTORY_PRINCIPAL_NAME("userPrincipalName", "(&(objectCategory=person)(objectClass=user))", "displayName",
            List.of("mail", "proxyAddresses"), List.of("mobile", "telephoneNumber"), GroupLookup.MEMBER_OF, "member"),
    OPENLDAP("uid", "(objectClass=inetOrgPerson)", "cn",
            List.of("mail"), List.of("mobile", "telephoneNumber"), GroupLookup.GROUP_SEARCH, "member");

    public final String loginAttribute;
    public final String userFilter;
    public final String displayNameAttribute;
    public final List<String> emailAttributes;
    public final List<String> phoneAttributes;
    public final GroupLookup groupLookup;
    public final String groupMemberAttribute;

    DirectoryPreset(String loginAttribute, String userFilter, String displayNameAttribute, List<String> emailAttributes,
                    List<String> phoneAttributes, GroupLookup groupLookup, String groupMemberAttribute) {
        this.loginAttribute = loginAttribute;
        this.userFilter = userFilter;
        this.displayNameAttribute = displayNameAttribute;
        this.emailAttributes = emailAttributes;
        this.phoneAttributes = phoneAttributes;
        this.groupLookup = groupLookup;
        this.groupMemberAttribute = groupMemberAttribute;
    }
}
