package org.twofold.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.twofold.domain.user.Role;

class DirectoryConfigTest {

    private static DirectoryConfig openLdap(List<String> urls, boolean startTls) {
        return new DirectoryConfig(true, urls, startTls, "cn=twofold,dc=example", "ou=people,dc=example", "uid", "",
                "cn", List.of("mail"), List.of("mobile"), GroupLookup.GROUP_SEARCH, "ou=groups,dc=example", "member", 5, 10,
                List.of(new DirectoryConfig.GroupRoleName("cn=admins,ou=groups,dc=example", "Administrator")));
    }

    @Test
    void aCompleteConnectionHasNoProblems() {
        assertEquals(List.of(), openLdap(List.of("ldap://ldap1.example:389", "ldaps://ldap2.example"), false).problems());
        assertEquals(List.of(), openLdap(List.of("ldap://ldap1.example"), true).problems());
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals(List.of("directory.url.required"), openLdap(List.of(), false).problems());
        assertEquals(List.of("directory.url.invalid"), openLdap(List.of("http://ldap.example"), false).problems());
        assertEquals(List.of("directory.url.invalid"), openLdap(List.of("ldap://ldap.example/dc=example"), false).problems());
        assertEquals(List.of("directory.startTls.withLdaps"), openLdap(List.of("ldaps://ldap.example"), true).problems());
        DirectoryConfig bad = new DirectoryConfig(true, List.of("ldap://x"), false, "", "", "u id", "(objectClass=user",
                "cn", List.of("mail"), List.of(), GroupLookup.GROUP_SEARCH, "", "member", 0, 10,
                List.of(new DirectoryConfig.GroupRoleName("admins", "")));
        assertEquals(List.of("directory.userBaseDn.required", "directory.attribute.invalid", "directory.userFilter.invalid",
                "directory.groupBaseDn.required", "directory.timeout.range", "directory.groupRole.incomplete"), bad.problems());
    }

    @Test
    void aPresetSetsAttributeNamesAndKeepsTheRest() {
        DirectoryConfig ad = openLdap(List.of("ldaps://dc1.corp.example"), false).with(DirectoryPreset.ACTIVE_DIRECTORY_ACCOUNT_NAME);
        assertEquals("sAMAccountName", ad.loginAttribute());
        assertEquals(List.of("mail", "proxyAddresses"), ad.emailAttributes());
        assertEquals(GroupLookup.MEMBER_OF, ad.groupLookup());
        assertEquals(List.of("ldaps://dc1.corp.example"), ad.urls());
        assertEquals("cn=twofold,dc=example", ad.bindDn());
        assertEquals(1, ad.groupRoles().size());
        assertTrue(ad.problems().isEmpty(), ad.problems().toString());
    }

    @Test
    void theEntityKeepsWhatItWasGiven() {
        DirectoryConfig config = openLdap(List.of("ldap://a.example", "ldap://b.example"), true);
        DirectorySettings settings = new DirectorySettings();
        settings.apply(config, name -> new Role(name, true, false));
        assertEquals(config, settings.config());
    }

    @Test
    void aMappingNamesTheGroupByDnOrByCommonName() {
        Role admins = new Role("Administrator", true, true);
        String dn = "CN=Twofold Admins,OU=Groups,DC=corp,DC=example";
        assertTrue(new GroupRole("Twofold Admins", admins).matches(dn));
        assertTrue(new GroupRole("twofold admins", admins).matches(dn));
        assertTrue(new GroupRole("cn=twofold admins,ou=groups,dc=corp,dc=example", admins).matches(dn));
        assertEquals(false, new GroupRole("Twofold", admins).matches(dn));
        assertEquals(false, new GroupRole("CN=Twofold Admins,OU=Other,DC=corp,DC=example", admins).matches(dn));
    }
}
