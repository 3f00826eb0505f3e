package org.twofold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * Two nodes on one PostgreSQL database behind haproxy with no sticky sessions (TestCluster),
 * holding the data of a single node moved there with {@code twofold copy-database}: any node
 * serves any step, what one node saves holds on the other, the single-use and lockout rules
 * hold when both race, and a node that dies loses nothing that was done.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** People of the fixture, release a207724's data (src/test/fixtures/README.md). */
    private static final String ADMIN = "Administrator";
    private static final String ADMIN_PASSWORD = "Fixture-Admin-Passw0rd-1";
    private static final String JANE = "jane";
    private static final String JANE_PASSWORD = "Fixture-Jane-Passw0rd-1";
    private static final String JANE_ADDRESS = "jane@example.test";
    private static final String NODE_HEADER = "X-Twofold-Node";

    private static TestCluster cluster;
    private static Authenticator adminApp;
    /** The administrator, signed in through the balancer, for the console's delivery queue. */
    private static Browser admin;

    @BeforeAll
    static void startTheCluster() throws Exception {
        cluster = TestCluster.start();
        adminApp = new Authenticator(Files.readString(TestCluster.FIXTURES.resolve("admin-seed.txt"), StandardCharsets.US_ASCII).trim());
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster.close();
    }

    @Test
    @Order(1)
    void aPersonSignsInWithEachRequestServedByTheOtherNode() throws Exception {
        admin = new Browser(TestCluster.BASE);
        List<String> servedBy = new ArrayList<>();
        Browser.Page login = admin.get("/login.xhtml");
        servedBy.addAll(nodesOf(login));
        Browser.Page code = admin.submit(login, "login", Map.of("username", ADMIN, "password", ADMIN_PASSWORD), "submit");
        servedBy.addAll(nodesOf(code));
        assertEquals("/code.xhtml", code.path(), code.text());
        Browser.Page desk = admin.submit(code, "code", Map.of("otp", adminApp.nextCode()), "verify");
        servedBy.addAll(nodesOf(desk));
        assertEquals("/desk.xhtml", desk.path(), desk.text());

        assertTrue(servedBy.size() >= 4, servedBy.toString());
        for (int i = 1; i < servedBy.size(); i++) {
            assertNotEquals(servedBy.get(i - 1), servedBy.get(i), "each request on the other node: " + servedBy);
        }
        assertEquals(Set.of("node1", "node2"), new HashSet<>(servedBy));
    }

    @Test
    @Order(2)
    void aSettingSavedOnOneNodeHoldsOnTheOtherAtItsNextRequest(@TempDir Path downloads) throws Exception {
        String issuer = "Cluster Corp " + UUID.randomUUID().toString().substring(0, 8);
        try (ConsoleBrowser person = new ConsoleBrowser(downloads, TestCluster.BASE)) {
            person.signIn(ADMIN, ADMIN_PASSWORD, adminApp);
            person.open("/admin/settings.xhtml");
            person.type("settings:issuer", issuer);
            person.submit("settings:save");

            Set<String> seen = new HashSet<>();
            for (int load = 0; load < 20 && seen.size() < 2; load++) {
                person.open("/admin/settings.xhtml");
                String node = footerNode(person);
                assertEquals(issuer, person.element("settings:issuer").getDomProperty("value"), "the issuer as " + node + " shows it");
                seen.add(node);
            }
            assertEquals(Set.of("node1", "node2"), seen, "the console's footer names the node that served the page");
        }
    }

    @Test
    @Order(3)
    void aPasskeyAddedThroughTheBalancerSignsInWhicheverNodeTakesItsSteps(@TempDir Path downloads) throws Exception {
        try (ConsoleBrowser person = new ConsoleBrowser(downloads, TestCluster.BASE)) {
            VirtualAuthenticator laptop = person.addPlatformAuthenticator();
            person.signIn(ADMIN, ADMIN_PASSWORD, adminApp);
            person.open("/admin/settings.xhtml");
            person.check(By.cssSelector("input[type=checkbox][value=PASSKEY]"), true);
            person.submit("settings:save");
            person.open("/account/security.xhtml");
            person.type("confirm:password", ADMIN_PASSWORD);
            person.submit("confirm:confirmButton");
            person.type("addPasskey:passkeyName", "Laptop");
            person.submit("createPasskey"); // the options from one node, the answer to the other (round robin)
            assertTrue(person.text().contains("The passkey was added"), person.text());
            person.submit("passkeys:passkeyList:0:makeDefault");
            person.open("/desk.xhtml");
            person.submit("signOut:signOutButton");

            person.passwordStep(ADMIN, ADMIN_PASSWORD);
            person.submit("usePasskey");
            assertEquals("/desk.xhtml", person.path(), "signed in with the passkey: " + person.text());
            assertEquals(1, laptop.getCredentials().size());

            person.open("/account/security.xhtml"); // the app is the default again, for the tests that follow
            person.type("confirm:password", ADMIN_PASSWORD);
            person.submit("confirm:confirmButton");
            person.submit("apps:appList:0:makeDefault");
        }
    }

    @Test
    @Order(4)
    void eightParallelUsesOfOneAppCodeAcrossBothNodesSignInOnce() throws Exception {
        List<Browser> browsers = new ArrayList<>();
        List<Browser.Page> codePages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Browser browser = new Browser(TestCluster.BASE);
            Browser.Page page = browser.submit(browser.get("/login.xhtml"), "login",
                    Map.of("username", ADMIN, "password", ADMIN_PASSWORD), "submit");
            assertEquals("/code.xhtml", page.path(), page.text());
            browsers.add(browser);
            codePages.add(page);
        }
        String code = adminApp.nextCode();
        Map<String, Integer> landed = new ConcurrentHashMap<>();
        Set<String> nodes = ConcurrentHashMap.newKeySet();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> uses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int person = i;
                uses.add(pool.submit(() -> {
                    go.await();
                    Browser.Page page = browsers.get(person).submit(codePages.get(person), "code", Map.of("otp", code), "verify");
                    nodes.add(nodesOf(page).get(0));
                    landed.merge(page.path(), 1, Integer::sum);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> use : uses) {
                use.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, landed.getOrDefault("/desk.xhtml", 0), "one sign-in with the code: " + landed);
        assertEquals(Set.of("node1", "node2"), nodes, "both nodes took uses of the code");
    }

    @Test
    @Order(5)
    void twoHundredWrongPasswordsOverBothNodesLockAtTheSameCountAsOnOne() throws Exception {
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8); // locked alike, so no real account is
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        Set<String> nodes = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int attempt = i;
                attempts.add(pool.submit(() -> {
                    // Each from an address of its own, as many people's would be: the limit per address stays out of it.
                    Browser browser = new Browser(TestCluster.BASE, "198.51.100." + (attempt % 250 + 1));
                    Browser.Page page = browser.submit(browser.get("/login.xhtml"), "login",
                            Map.of("username", name, "password", "wrong-" + attempt), "submit");
                    nodes.add(nodesOf(page).get(0));
                    String messages = page.messages();
                    String answer = messages.contains("Wrong username or password") ? "wrong"
                            : messages.contains("Too many failed sign-ins") ? "locked" : "other: " + page.path() + " " + messages;
                    answers.merge(answer, 1, Integer::sum);
                    return null;
                }));
            }
            for (Future<?> attempt : attempts) {
                attempt.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // On one node: ten failures lock the account, and what comes while it is locked is refused unchecked.
        assertEquals(Map.of("wrong", 10, "locked", 190), answers);
        assertEquals(Set.of("node1", "node2"), nodes);
    }

    @Test
    @Order(6)
    void theNodeOfThePasswordStepDiesAndTheEmailedCodeStillArrivesAndTheSignInCompletesOnTheOther() throws Exception {
        int mailsBefore = TestMailServer.receivedFor(JANE_ADDRESS).size();
        Browser jane = new Browser(TestCluster.BASE);
        Browser.Page code;
        TestMailServer.stop(); // the code's first delivery fails, and its retry waits on the node that queued it
        try {
            code = jane.submit(jane.get("/login.xhtml"), "login", Map.of("username", JANE, "password", JANE_PASSWORD), "submit");
            assertEquals("/code.xhtml", code.path(), code.text());
            TestCluster.Node passwordNode = cluster.node(nodesOf(code).get(0));
            awaitAFailedDeliveryTo(JANE_ADDRESS);
            cluster.kill(passwordNode);
        } finally {
            TestMailServer.start();
        }

        String mailed = null;
        for (int i = 0; i < 1800 && mailed == null; i++) { // the other node's sweep re-sends it within about two minutes
            List<MimeMessage> mails = TestMailServer.receivedFor(JANE_ADDRESS);
            if (mails.size() > mailsBefore) {
                mailed = SentCodes.codeIn(String.valueOf(mails.get(mails.size() - 1).getContent()));
            } else {
                Thread.sleep(100);
            }
        }
        assertTrue(mailed != null, "the code queued on the killed node arrived");

        Browser.Page desk = jane.submit(code, "code", Map.of("otp", mailed), "verify");
        assertEquals("/desk.xhtml", desk.path(), "signed in on the node left, without the password again: " + desk.text());
    }

    /** Waits, on the console's delivery queue, for a queued message to this address that has failed once. */
    private static void awaitAFailedDeliveryTo(String address) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Browser.Page queue = admin.get("/admin/queue.xhtml");
            for (Element row : queue.html().select("tr")) {
                List<String> cells = row.select("td").eachText();
                if (cells.contains(address) && cells.contains("Queued") && !cells.contains("0")) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no failed delivery to " + address + " within 30 s");
    }

    /** The nodes that answered this page's requests, in order (the redirects first), as haproxy names them. */
    private static List<String> nodesOf(Browser.Page page) {
        List<String> nodes = new ArrayList<>();
        for (HttpResponse<String> response : page.redirects()) {
            nodes.add(response.headers().firstValue(NODE_HEADER).orElse("none"));
        }
        nodes.add(page.response().headers().firstValue(NODE_HEADER).orElse("none"));
        return nodes;
    }

    private static String footerNode(ConsoleBrowser page) {
        String footer = page.element("node").getText();
        return footer.substring(footer.lastIndexOf(' ') + 1);
    }
}
