package org.twofold.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.factor.LinkOpening;
import org.twofold.service.settings.SettingsService;

/**
 * The page an emailed enrolment link leads to: a button that opens the link (only this POST
 * uses it up), then the QR code; or why there is none.
 */
@Named
@RequestScoped
public class LinkEnrolmentBean {

    private static final Set<String> STATES = Set.of("USED", "EXPIRED", "UNKNOWN");

    @Inject
    private EnrolmentLinkService links;

    @Inject
    private SettingsService settings;

    private EnrolmentDetails details;
    private String problemKey;
    private boolean ready;

    @PostConstruct
    void load() {
        HttpServletRequest request = request();
        String state = request.getParameter("state");
        if (state != null) {
            problemKey = "link." + (STATES.contains(state) ? state : "UNKNOWN");
            return;
        }
        showFactorOrButton(request);
    }

    /** The button: uses the link up, with a fresh session id, and shows the QR code. */
    public void open() {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        String token = session == null ? null : (String) session.getAttribute(EnrolmentLinkServlet.TOKEN_ATTRIBUTE);
        LinkOpening opening = links.open(token, Instant.now());
        if (opening.result() != LinkOpening.Result.OPENED) {
            ready = false;
            problemKey = "link." + opening.result().name();
            return;
        }
        session.removeAttribute(EnrolmentLinkServlet.TOKEN_ATTRIBUTE);
        request.changeSessionId();
        session.setAttribute(EnrolmentLinkServlet.FACTOR_ATTRIBUTE, opening.factorId());
        showFactorOrButton(request);
    }

    private void showFactorOrButton(HttpServletRequest request) {
        ready = false;
        problemKey = null;
        details = factorOf(request)
                .flatMap(id -> links.details(id, settings.current().getOtpIssuer()))
                .orElse(null);
        if (details == null) {
            HttpSession session = request.getSession(false);
            ready = session != null && session.getAttribute(EnrolmentLinkServlet.TOKEN_ATTRIBUTE) != null;
            problemKey = ready ? null : "link.done";
        }
    }

    static Optional<Long> factorOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Long) session.getAttribute(EnrolmentLinkServlet.FACTOR_ATTRIBUTE));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public EnrolmentDetails getDetails() {
        return details;
    }

    public String getProblemKey() {
        return problemKey;
    }

    /** Whether the page offers the button that opens the link. */
    public boolean isReady() {
        return ready;
    }
}
