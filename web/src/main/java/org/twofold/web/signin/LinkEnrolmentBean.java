package org.twofold.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import org.twofold.service.factor.EnrolmentLinkService;
import org.twofold.service.settings.SettingsService;
import org.twofold.service.signin.EnrolmentDetails;

/** The page an emailed enrolment link leads to: the QR code, or why there is none. */
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

    @PostConstruct
    void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String state = request.getParameter("state");
        if (state != null) {
            problemKey = "link." + (STATES.contains(state) ? state : "UNKNOWN");
            return;
        }
        details = factorOf(request)
                .flatMap(id -> links.details(id, settings.current().getOtpIssuer()))
                .orElse(null);
        if (details == null) {
            problemKey = "link.done";
        }
    }

    static Optional<Long> factorOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Long) session.getAttribute(EnrolmentLinkServlet.FACTOR_ATTRIBUTE));
    }

    public EnrolmentDetails getDetails() {
        return details;
    }

    public String getProblemKey() {
        return problemKey;
    }
}
