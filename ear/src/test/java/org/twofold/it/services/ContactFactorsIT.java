package org.twofold.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twofold.domain.challenge.Destinations;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.it.ContactFactorsBrowsing;
import org.twofold.it.Mailbox;
import org.twofold.it.SentCodes;
import org.twofold.service.RefusedException;
import org.twofold.service.account.AccountChange;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.account.OwnApps;
import org.twofold.service.account.OwnContacts;
import org.twofold.service.account.OwnSecondStep;
import org.twofold.service.audit.Actor;
import org.twofold.service.signin.CodeStep;
import org.twofold.service.signin.PasswordStep;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.service.signin.SignInStep;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserFactorAdministration;

/**
 * Email and SMS factors: one of the user's own addresses or numbers, confirmed by a code sent
 * there, made the default, removed (its codes fail at once); an address an admin typed is
 * confirmed by its first sign-in code; an admin removes one factor.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContactFactorsIT {

    private static final String PASSWORD = "a long test password 321";
    private static final String SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final String IP = "198.51.100.120";
    private static final Actor ADMIN = new Actor("contacts-test-admin", "192.0.2.41");
    private static final String BROWSING_USER = "contacts-e2e";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("twofold-contact-factors-it", TestUsers.class, TestMessages.class, SentCodes.class, Mailbox.class);
    }

    @Inject
    private TestUsers testUsers;

    @Inject
    private TestMessages messages;

    @Inject
    private PasswordStep passwordStep;

    @Inject
    private CodeStep codeStep;

    @Inject
    private PendingSignInView pendingView;

    @Inject
    private OwnContacts contacts;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private OwnSecondStep secondStep;

    @Inject
    private OwnApps apps;

    @Inject
    private UserAdministration administration;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Test
    @Order(1)
    void aSecondAddressConfirmedByItsCodeBecomesTheDefaultAndSignsIn() {
        String username = appUser();
        String second = "private-" + username + "@example.test";
        testUsers.addEmail(username, second);
        Instant now = Instant.now();
        assertEquals(AccountChange.PASSWORD_NEEDED,
                contacts.start(username, TwoFactorMethod.EMAIL, second, now.minus(Duration.ofMinutes(6)), IP, now));

        assertEquals(AccountChange.DONE, contacts.start(username, TwoFactorMethod.EMAIL, second, now, IP, now));
        assertEquals(Destinations.maskEmail(second), contacts.beingAdded(username, TwoFactorMethod.EMAIL).orElseThrow().maskedDestination());
        assertTrue(overviews.of(username, now).orElseThrow().contacts().isEmpty(), "unconfirmed, it does not count");
        String code = codeSentTo(second);
        assertEquals(AccountChange.WRONG_CODE, contacts.confirm(username, TwoFactorMethod.EMAIL, wrong(code), now, IP, now));
        assertEquals(AccountChange.DONE, contacts.confirm(username, TwoFactorMethod.EMAIL, code, now, IP, now));

        AccountOverview overview = overviews.of(username, now).orElseThrow();
        assertEquals(List.of(Destinations.maskEmail(second)), overview.contacts().stream().map(AccountOverview.Contact::maskedDestination).toList());
        assertEquals(TwoFactorMethod.TOTP, overview.method(), "the app stays the default until the user says otherwise");
        assertEquals(AccountChange.DONE, secondStep.makeDefault(username, TwoFactorMethod.EMAIL, now, IP, now));
        assertEquals(TwoFactorMethod.EMAIL, overviews.of(username, now).orElseThrow().method());

        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        assertEquals("CODE_DUE", SignInSteps.name(pendingView.dueStep(token, now).orElseThrow()));
        String emailed = codeSentTo(second);
        assertTrue(messages.latestTo(second).getSubject().contains("sign-in code"), "the code went to the confirmed address");
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, emailed, IP, now)));
        assertTrue(overviews.of(username, now).orElseThrow().contacts().get(0).lastUsedAt() != null);
    }

    @Test
    @Order(2)
    void onlyTheUsersOwnAddressesAndAllowedMethodsCanBeAdded() {
        String username = appUser();
        Instant now = Instant.now();
        assertEquals(AccountChange.NOT_ALLOWED,
                contacts.start(username, TwoFactorMethod.EMAIL, "stranger@example.test", now, IP, now));
        assertEquals(AccountChange.NOT_ALLOWED,
                contacts.start(username, TwoFactorMethod.SMS, "+15550000000", now, IP, now), "not the user's number");
        assertEquals(AccountChange.NOT_ALLOWED, secondStep.makeDefault(username, TwoFactorMethod.SMS, now, IP, now),
                "no confirmed SMS factor to make the default");
        assertEquals(AccountChange.NOT_FOUND, contacts.confirm(username, TwoFactorMethod.EMAIL, "123456", now, IP, now),
                "nothing is being added");
    }

    @Test
    @Order(3)
    void aRemovedFactorsSentCodeFailsAtOnceAndTheLastFactorStays() {
        String username = appUser();
        testUsers.confirmContacts(username);
        Instant now = Instant.now();
        assertEquals(AccountChange.DONE, secondStep.makeDefault(username, TwoFactorMethod.EMAIL, now, IP, now));
        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        String emailed = codeSentTo(email(username));

        assertEquals(AccountChange.DONE, contacts.remove(username, TwoFactorMethod.EMAIL, now, IP, now));
        SignInStep step = codeStep.check(token, emailed, IP, now);
        assertEquals("TRY_AGAIN SENT_CODE_USED_UP", SignInSteps.name(step), "SECURITY item 25: the removed factor's code fails");
        AccountOverview overview = overviews.of(username, now).orElseThrow();
        assertTrue(overview.contacts().isEmpty());
        assertEquals(TwoFactorMethod.TOTP, overview.method(), "the default moved to the app the user still has");

        long app = overview.apps().get(0).id();
        assertEquals(AccountChange.LAST_FACTOR, apps.remove(username, app, now, IP, now));
        assertEquals(AccountChange.NOT_FOUND, contacts.remove(username, TwoFactorMethod.EMAIL, now, IP, now));
    }

    @Test
    @Order(4)
    void anAddressAnAdminTypedIsConfirmedByTheFirstCodeTypedBackFromIt() {
        String username = "contacts-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.EMAIL, email(username), null);
        Instant now = Instant.now();
        assertTrue(overviews.of(username, now).orElseThrow().contacts().isEmpty());

        String token = SignInSteps.token(passwordStep.check(username, PASSWORD, IP, now));
        String emailed = codeSentTo(email(username));
        assertEquals("SIGNED_IN", SignInSteps.name(codeStep.check(token, emailed, IP, now)));
        assertEquals(1, overviews.of(username, now).orElseThrow().contacts().size(), "confirmed now, by its code");
        assertEquals(AccountChange.LAST_FACTOR, contacts.remove(username, TwoFactorMethod.EMAIL, now, IP, now));
    }

    @Test
    @Order(5)
    void anAdministratorRemovesOneFactorEvenTheLast() throws RefusedException {
        String username = appUser();
        testUsers.confirmContacts(username);
        Instant now = Instant.now();
        long id = administration.search(username, 0, 1).get(0).id();

        factorAdministration.removeContact(id, TwoFactorMethod.EMAIL, ADMIN);
        AccountOverview overview = overviews.of(username, now).orElseThrow();
        assertTrue(overview.contacts().isEmpty());
        factorAdministration.removeApp(id, overview.apps().get(0).id(), ADMIN);
        assertTrue(overviews.of(username, now).orElseThrow().apps().isEmpty());
        RefusedException gone = assertThrows(RefusedException.class,
                () -> factorAdministration.removeContact(id, TwoFactorMethod.EMAIL, ADMIN));
        assertEquals(List.of("users.factorGone"), gone.problems());
    }

    @Test
    @Order(6)
    void aUserForTheBrowser() {
        testUsers.createWithSentCodes(BROWSING_USER, PASSWORD, TwoFactorMethod.TOTP, email(BROWSING_USER), null);
        testUsers.addApp(BROWSING_USER, SEED);
        testUsers.addEmail(BROWSING_USER, "home-" + email(BROWSING_USER));
    }

    @Test
    @Order(7)
    @RunAsClient
    void inChromiumTheUserAddsAnAddressMakesItTheDefaultAndSignsInWithIt() throws Exception {
        ContactFactorsBrowsing.addEmailThenSignInWithIt(BROWSING_USER, PASSWORD, SEED, "home-" + email(BROWSING_USER));
    }

    @Test
    @Order(8)
    void theAppAloneAgainForTheOtherTests() {
        testUsers.allowOnlyTheApp();
    }

    private String appUser() {
        String username = "contacts-" + UUID.randomUUID().toString().substring(0, 8);
        testUsers.createWithSentCodes(username, PASSWORD, TwoFactorMethod.TOTP, email(username), null);
        testUsers.addApp(username, SEED);
        return username;
    }

    private static String wrong(String code) {
        return code.startsWith("0") ? "1" + code.substring(1) : "0" + code.substring(1);
    }

    private static String email(String username) {
        return username + "@example.test";
    }

    /** The code in the newest message to {@code address}, as delivered to its mailbox. */
    private String codeSentTo(String address) {
        return SentCodes.codeIn(Mailbox.textOf(address, messages.latestTo(address).getId()));
    }
}
