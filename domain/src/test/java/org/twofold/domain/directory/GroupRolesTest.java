package org.twofold.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.twofold.domain.user.Role;

class GroupRolesTest {

    private static final String ADMINS = "CN=Twofold Admins,OU=Groups,DC=corp";
    private static final String STAFF = "CN=Staff,OU=Groups,DC=corp";
    private static final Map<String, Role> ROLES = Map.of("Administrator", new Role("Administrator", true, true),
            "Staff", new Role("Staff", false, false), "Finance", new Role("Finance", true, false));
    /** Twofold Admins → Administrator, Staff → Staff; Finance is given on the Users page only. */
    private static final List<GroupRole> MAPPING = List.of(new GroupRole("Twofold Admins", ROLES.get("Administrator")),
            new GroupRole(STAFF, ROLES.get("Staff")));

    @ParameterizedTest(name = "holding [{0}], in groups [{1}]: [{2}]")
    @CsvSource(delimiter = '|', value = {
            "|Twofold Admins|Administrator",
            "|Twofold Admins;Staff|Administrator;Staff",
            "Administrator;Staff|Staff|Staff",              // left the admin group: the role goes
            "Administrator|Other|",                         // in no mapped group any more
            "Finance|Staff|Finance;Staff",                  // a role no mapping names stays
            "Finance;Administrator||Finance",
            "Staff|Staff|Staff",
    })
    void mappedRolesFollowTheGroupsAndOthersStay(String held, String groupNames, String expected) {
        List<String> groups = names(groupNames).stream().map(name -> name.equals("Staff") ? STAFF
                : name.equals("Twofold Admins") ? ADMINS : "CN=" + name + ",DC=corp").toList();
        Set<Role> heldRoles = names(held).stream().map(ROLES::get).collect(Collectors.toSet());
        Set<String> after = GroupRoles.after(heldRoles, groups, MAPPING).stream().map(Role::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(names(expected)), after);
    }

    private static List<String> names(String list) {
        return list == null || list.isBlank() ? List.of() : Arrays.asList(list.split(";"));
    }
}
