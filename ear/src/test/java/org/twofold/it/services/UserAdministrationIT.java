package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.signin.SignedInSessions;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserDeletion;
import org.twofold.service.useradmin.UserDraft;
import org.twofold.service.useradmin.UserFactorAdministration;
import org.twofold.service.useradmin.UserRow;

/** The users service behind the console: validation, search, the last-administrator rule, ending sessions. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {

    private static final Actor ADMIN = new Actor("users-test-admin", "192.0.2.40");
    private static final String PASSWORD = "a long users password 852";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-users-it", TestUsers.class);
    }

    @Inject
    private UserAdministration users;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Inject
    private UserDeletion deletion;

    @Inject
    private TestUsers testUsers;

    @Inject
    private SignedInSessions sessions;

    @Test
    void aBadDraftIsRefusedWholeAndAGoodOneIsFoundByEmail() throws Exception {
        UserDraft draft = new UserDraft();
        draft.setUsername("hanna.search");
        draft.setDisplayName("Hanna Search");
        draft.setPassword(PASSWORD);
        draft.setEmailAddresses("Hanna.Search@Example.test\nnot an address");
        draft.setPhoneNumbers("+49 (151) 555-0100");
        draft.setPreferredMethod(TwoFactorMethod.SMS);
        RefusedException refused = assertThrows(RefusedException.class, () -> users.save(draft, ADMIN));
        assertEquals(List.of("users.email.invalid"), refused.problems());
        assertEquals(0, users.count("hanna.search"), "nothing was created");

        draft.setEmailAddresses("Hanna.Search@Example.test");
        users.save(draft, ADMIN);
        List<UserRow> found = users.search("hanna.search@example", 0, 10);
        assertEquals(1, found.size(), "found by email, ignoring case");
        UserDraft saved = users.draft(found.get(0).id());
        assertEquals("+491515550100", saved.phones().get(0), "stored without spaces and brackets");
        assertEquals(TwoFactorMethod.SMS, saved.getPreferredMethod());
        assertEquals(1, users.count("HANNA"));
        assertEquals(0, users.count("hanna%"), "a typed % is a character, not a wildcard");

        RefusedException taken = assertThrows(RefusedException.class, () -> users.save(newDraft("hanna.search"), ADMIN));
        assertEquals(List.of("users.username.taken"), taken.problems());
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledDemotedOrDeleted() throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.begin();
        try {
            testUsers.createWithApp("last-admin", PASSWORD, null, "JBSWY3DPEHPK3PXP", true);
            testUsers.disableOtherAdministrators("last-admin");
            long id = users.search("last-admin", 0, 1).get(0).id();

            RefusedException disabling = assertThrows(RefusedException.class, () -> users.setEnabled(id, false, ADMIN));
            assertEquals(List.of("users.lastAdmin"), disabling.problems());
            UserDraft demoted = users.draft(id);
            demoted.setRoles(List.of());
            RefusedException demoting = assertThrows(RefusedException.class, () -> users.save(demoted, ADMIN));
            assertEquals(List.of("users.lastAdmin"), demoting.problems());
            RefusedException deleting = assertThrows(RefusedException.class, () -> deletion.delete(id, ADMIN));
            assertEquals(List.of("users.lastAdmin"), deleting.problems());
            assertTrue(users.search("last-admin", 0, 1).get(0).enabled());
        } finally {
            tx.rollback(); // the other administrators are enabled again, and last-admin never existed
        }
    }

    @Test
    void sessionsEndAtTheAbsoluteTimeoutAndWhenAnAdminEndsThem() throws Exception {
        String username = testUsers.create("sessions", PASSWORD);
        long id = users.search(username, 0, 1).get(0).id();
        Instant now = Instant.now();
        assertTrue(sessions.stillSignedIn(username, now.minus(Duration.ofHours(11)), true, now).isPresent());
        assertTrue(sessions.stillSignedIn(username, now.minus(Duration.ofHours(12)), true, now).isEmpty(),
                "the default absolute timeout is 12 hours");

        factorAdministration.endSessions(id, ADMIN);
        Instant after = Instant.now().plusMillis(1);
        assertTrue(sessions.stillSignedIn(username, now.minusSeconds(1), true, after).isEmpty(), "ended by the admin");
        assertTrue(sessions.stillSignedIn(username, after, true, after).isPresent(), "a new sign-in is not affected");
    }

    @Test
    void resettingFactorsOrChangingThePasswordEndsTheUsersSessions() throws Exception {
        String username = "reset-sessions-" + UUID.randomUUID().toString().substring(0, 8);
        long id = users.save(newDraft(username), ADMIN);
        Instant signedIn = Instant.now().minusSeconds(5);
        assertTrue(sessions.stillSignedIn(username, signedIn, true, Instant.now()).isPresent());
        factorAdministration.resetFactors(id, ADMIN);
        assertTrue(sessions.stillSignedIn(username, signedIn, true, Instant.now()).isEmpty(), "ended by the reset");

        Instant signedInAgain = Instant.now().plusMillis(1);
        Thread.sleep(5);
        UserDraft draft = users.draft(id);
        draft.setPassword("a brand new password 321");
        users.save(draft, ADMIN);
        assertTrue(sessions.stillSignedIn(username, signedInAgain, true, Instant.now()).isEmpty(), "ended by the new password");

        UserDraft unchanged = users.draft(id);
        unchanged.setDisplayName("Renamed");
        Instant afterwards = Instant.now().plusMillis(1);
        Thread.sleep(5);
        users.save(unchanged, ADMIN);
        assertTrue(sessions.stillSignedIn(username, afterwards, true, Instant.now()).isPresent(),
                "an edit that leaves the password alone leaves the sessions alone");
    }

    private static UserDraft newDraft(String username) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Someone");
        draft.setPassword(PASSWORD);
        return draft;
    }
}
