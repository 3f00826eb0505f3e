package org.twofold.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.service.factor.EnrolmentDetails;
import org.twofold.service.signin.AnotherWayStep;
import org.twofold.service.signin.CodeStepView;
import org.twofold.service.signin.EnrolmentDeferral;
import org.twofold.service.signin.FirstPasskeyStep;
import org.twofold.service.signin.PendingSignInView;
import org.twofold.service.signin.SignInStep;
import org.twofold.web.security.CarriedMessages;
import org.twofold.web.security.ClientAddress;
import org.twofold.web.security.FirstPasskeyCredential;
import org.twofold.web.security.OneTimeCodeCredential;
import org.twofold.web.security.PasskeyCredential;
import org.twofold.web.security.RecoveryCodeCredential;
import org.twofold.web.security.SignInPages;
import org.twofold.web.security.SignInRoutes;
import org.twofold.web.security.SignInSession;
import org.twofold.web.security.SkipEnrolmentCredential;

/** The second step: a code from the app, which also confirms a first enrolment, a sent code, or a passkey. */
@Named
@RequestScoped
public class CodeBean {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private PendingSignInView pendingView;

    @Inject
    private AnotherWayStep anotherWay;

    @Inject
    private EnrolmentDeferral deferral;

    @Inject
    private FirstPasskeyStep firstPasskey;

    private String code;
    private String recoveryCode;
    private String passkeyAnswer;
    private boolean rememberDevice;
    private EnrolmentDetails enrolment;
    private CodeStepView view;
    private Long graceDaysLeft;

    /** The code page, for a sign-in waiting for a code; any other goes to the page of its step. */
    public void requirePendingCode() {
        onPageOfDueStep(SignInPages.CODE, Optional.ofNullable(getView()).map(CodeStepView::due));
    }

    /** Which method the code page is for and, for a sent code, where it went and whether it did. */
    public CodeStepView getView() {
        if (view == null) {
            view = SignInSession.pendingToken(request()).flatMap(t -> pendingView.codeStepView(t, Instant.now())).orElse(null);
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

    /** For how many days the page offers to remember this browser; 0 when it does not. */
    public int getRememberDeviceDays() {
        return getView() != null ? getView().rememberDeviceDays() : 0;
    }

    public boolean isRememberDevice() {
        return rememberDevice;
    }

    public void setRememberDevice(boolean rememberDevice) {
        this.rememberDevice = rememberDevice;
    }

    public boolean isSentCode() {
        return getView() != null && getView().method().isSent();
    }

    /** Sends a new code; the one sent before stops working. */
    public void resend() {
        goTo(SignInSession.pendingToken(request())
                .map(t -> anotherWay.resend(t, ClientAddress.of(request()), Instant.now()))
                .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED)));
    }

    /** The ways "Try another way" offers instead of this one. */
    public List<TwoFactorMethod> getOtherMethods() {
        return getView() != null ? getView().otherMethods() : List.of();
    }

    /** "Try another way": a code by that method from now on (sent, for email and SMS). */
    public void switchTo(TwoFactorMethod method) {
        goTo(SignInSession.pendingToken(request())
                .map(t -> anotherWay.switchTo(t, method, ClientAddress.of(request()), Instant.now()))
                .orElse(new SignInStep.Refused(SignInStep.Reason.EXPIRED)));
    }

    /** A fresh GET shows the step's page with its message (and a reload does not send or switch again). */
    private static void goTo(SignInStep step) {
        SignInRoutes.Route route = SignInRoutes.of(step);
        route.carryMessage(request());
        Navigation.redirect(route.page());
    }

    /** The enrolment page, for a sign-in setting up an app on screen. */
    public void requirePendingEnrolment() {
        if (onPageOfDueStep(SignInPages.ENROL, SignInSession.pendingToken(request())
                .flatMap(t -> pendingView.dueStep(t, Instant.now())))) {
            enrolment = SignInSession.pendingToken(request())
                    .flatMap(t -> pendingView.enrolmentDetails(t, Instant.now())).orElse(null);
        }
    }

    /** The code (or the code that confirms a new app); the mechanism sends the browser on. */
    public void verify() {
        String typed = code;
        code = null;
        AuthenticationCall.authenticate(securityContext, new OneTimeCodeCredential(typed, rememberDevice));
    }

    /** The sign-in waits for a passkey (the page's script asks the browser for it). */
    public boolean isPasskey() {
        return getView() != null && getView().method() == TwoFactorMethod.PASSKEY;
    }

    /** The passkey's answer, which the page's script put in the form (blank when the person cancelled); the mechanism sends the browser on. */
    public void usePasskey() {
        String answer = passkeyAnswer;
        passkeyAnswer = null;
        AuthenticationCall.authenticate(securityContext, new PasskeyCredential(answer, rememberDevice));
    }

    /** Whether the enrolment page offers a passkey instead of the app (the administrator allows passkeys). */
    public boolean isFirstPasskeyOffered() {
        return firstPasskey.offered();
    }

    /** A passkey as the first factor: its answer, which the page's script put in the form; the mechanism sends the browser on. */
    public void addFirstPasskey() {
        String answer = passkeyAnswer;
        passkeyAnswer = null;
        AuthenticationCall.authenticate(securityContext, new FirstPasskeyCredential(answer));
    }

    public String getPasskeyAnswer() {
        return null; // never rendered back into the page
    }

    public void setPasskeyAnswer(String passkeyAnswer) {
        this.passkeyAnswer = passkeyAnswer;
    }

    /** A recovery code instead of the code, for a lost second factor; the mechanism sends the browser on. */
    public void useRecoveryCode() {
        String typed = recoveryCode;
        recoveryCode = null;
        AuthenticationCall.authenticate(securityContext, new RecoveryCodeCredential(typed));
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
        AuthenticationCall.authenticate(securityContext, new SkipEnrolmentCredential());
    }

    /**
     * Whether this page is the one for the step the sign-in waits for (then it shows the
     * messages the last step left); if not, the browser goes to that page, or to the password
     * when nothing is pending.
     */
    private boolean onPageOfDueStep(String page, Optional<SignInStep.Due> dueStep) {
        String due = dueStep.map(step -> SignInRoutes.of(step).page()).orElse(SignInPages.LOGIN);
        if (!due.equals(page)) {
            Navigation.redirect(due);
            return false;
        }
        CarriedMessages.restore(FacesContext.getCurrentInstance());
        return true;
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

    public String getRecoveryCode() {
        return null; // never rendered back into the page
    }

    public void setRecoveryCode(String recoveryCode) {
        this.recoveryCode = recoveryCode;
    }
}
