package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.twofold.domain.otp.OtpCodes;
import org.twofold.domain.settings.TwoFactorMethod;
import org.twofold.service.challenge.IssueResult;
import org.twofold.service.signin.CodeStepView;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.EnrolmentDetails;
import org.twofold.service.signin.SignInService;
import org.twofold.web.i18n.Messages;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.OneTimeCodeCredential;
import org.twofold.web.security.SignInOutcome;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInSession;
import org.twofold.web.security.SkipEnrolmentCredential;

/** The second step: a code from the app, which also confirms a first enrolment. */
@Named
@RequestScoped
public class CodeBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInService signIn;

    @Inject
    private EnrolmentDeferral deferral;

    private String code;
    private EnrolmentDetails enrolment;
    private CodeStepView view;
    private Long graceDaysLeft;

    /** The code page without a pending sign-in has nothing to do: back to the password. */
    public void requirePendingCode() {
        Optional<Boolean> enrolling = pendingEnrolling();
        if (enrolling.isEmpty()) {
            Navigation.redirect(SignInPages.LOGIN);
        } else if (enrolling.get()) {
            Navigation.redirect(SignInPages.ENROL);
        } else {
            CarriedMessages.restore(FacesContext.getCurrentInstance());
        }
    }

    /** Which method the code page is for and, for a sent code, where it went and whether it did. */
    public CodeStepView getView() {
        if (view == null) {
            view = SignInSession.pendingToken(request()).flatMap(t -> signIn.codeStepView(t, Instant.now())).orElse(null);
        }
        return view;
    }

    /** SENDING, SENT, FAILED, or RATE_LIMITED when no code could go out. */
    public String getDeliveryState() {
        if (!isSentCode() && !isLinkEnrolment()) {
            return "";
        }
        return getView().delivery() == null ? "RATE_LIMITED" : getView().delivery().state().name();
    }

    /** The message key of the delivery line: about a sent code, or about an emailed enrolment link. */
    public String getDeliveryMessageKey() {
        return (isLinkEnrolment() ? "code.linkStatus." : "code.status.") + getDeliveryState();
    }

    /** An authenticator app is being set up through a link sent by email. */
    public boolean isLinkEnrolment() {
        return getView() != null && getView().enrolmentLink();
    }

    public String getMaskedDestination() {
        return getView() != null && getView().delivery() != null ? getView().delivery().maskedDestination() : "";
    }

    public int getLifetimeMinutes() {
        return getView() != null && getView().delivery() != null ? getView().delivery().lifetimeMinutes() : 0;
    }

    public boolean isSentCode() {
        return getView() != null && getView().method() != TwoFactorMethod.TOTP;
    }

    /** Sends a new code; the one sent before stops working. */
    public void resend() {
        Optional<IssueResult> result = SignInSession.pendingToken(request())
                .flatMap(t -> signIn.resendCode(t, ClientAddress.of(request()), Instant.now()));
        view = null;
        if (result.isEmpty()) {
            Navigation.redirect(SignInPages.LOGIN);
        } else if (result.get() == IssueResult.RATE_LIMITED) {
            Messages.error("code.rateLimited");
        } else {
            Messages.info("code.resent");
        }
    }

    public void requirePendingEnrolment() {
        Optional<String> token = SignInSession.pendingToken(request());
        enrolment = token.flatMap(t -> signIn.enrolmentDetails(t, Instant.now())).orElse(null);
        if (enrolment == null) {
            Navigation.redirect(token.isPresent() ? SignInPages.CODE : SignInPages.LOGIN);
        } else {
            CarriedMessages.restore(FacesContext.getCurrentInstance());
        }
    }

    public void verify() {
        String typed = code;
        code = null;
        String page = request().getServletPath();
        AuthenticationCall.authenticate(securityContext, new OneTimeCodeCredential(typed)).ifPresent(outcome -> {
            if (outcome == SignInOutcome.SIGNED_IN) {
                Navigation.redirect(SignInSession.takeReturnTo(request()).orElse(SignInPages.DESK));
                return;
            }
            switch (outcome) {
                case WRONG_CODE -> Messages.error(!OtpCodes.looksLikeACode(typed) ? "code.malformed"
                        : isSentCode() ? "code.wrongSent" : "code.wrong");
                case CODE_EXPIRED -> Messages.error("code.sentExpired");
                case LOCKED -> Messages.error("signin.locked");
                case UNAVAILABLE -> Messages.error("signin.unavailable");
                default -> Messages.error("code.expired");
            }
            // Shown from a fresh GET: the same page while the sign-in goes on (the enrolment page
            // keeps its QR code), else the sign-in page.
            boolean goesOn = outcome == SignInOutcome.WRONG_CODE || outcome == SignInOutcome.CODE_EXPIRED
                    || outcome == SignInOutcome.UNAVAILABLE;
            Navigation.redirectWithMessages(!goesOn ? SignInPages.LOGIN
                    : SignInPages.ENROL.equals(page) ? SignInPages.ENROL : SignInPages.CODE);
        });
    }

    /** Days the user may still put off setting up an app (GitLab's grace period); 0 when not. */
    public long getGraceDaysLeft() {
        if (graceDaysLeft == null) {
            graceDaysLeft = SignInSession.pendingToken(request()).map(t -> deferral.daysLeft(t, Instant.now())).orElse(0L);
        }
        return graceDaysLeft;
    }

    /** Signs in without an app, while the grace period lasts. */
    public void skip() {
        AuthenticationCall.authenticate(securityContext, new SkipEnrolmentCredential()).ifPresent(outcome -> {
            if (outcome == SignInOutcome.SIGNED_IN) {
                Navigation.redirect(SignInSession.takeReturnTo(request()).orElse(SignInPages.DESK));
            } else {
                Messages.error(outcome == SignInOutcome.UNAVAILABLE ? "signin.unavailable" : "code.expired");
            }
        });
    }

    private Optional<Boolean> pendingEnrolling() {
        return SignInSession.pendingToken(request()).flatMap(t -> signIn.isEnrolling(t, Instant.now()));
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public EnrolmentDetails getEnrolment() {
        return enrolment;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
