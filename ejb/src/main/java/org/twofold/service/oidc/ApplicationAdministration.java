package org.twofold.service.oidc;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.audit.AuditEventType;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.oidc.Application;
import org.twofold.domain.oidc.ApplicationRules;
import org.twofold.domain.user.Role;
import org.twofold.service.RefusedException;
import org.twofold.service.audit.Actor;
import org.twofold.service.audit.AuditLog;

/**
 * Registering the intranet's applications: the same rules and audit whether the console, the
 * API or the command line asks. A confidential application's secret is made here, answered
 * once, and kept only as its SHA-256.
 */
@Stateless
public class ApplicationAdministration {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private Applications applications;

    @Inject
    private AuditLog audit;

    public List<ApplicationSummary> list() {
        return em.createNamedQuery(Application.ALL, Application.class).getResultStream().map(ApplicationSummary::of).toList();
    }

    public Optional<ApplicationSummary> find(String clientId) {
        return applications.any(clientId).map(ApplicationSummary::of);
    }

    /** Registers it; answers the secret of a confidential application (shown once), empty for a public one. */
    public Optional<String> create(ApplicationDraft draft, Instant now, Actor actor) throws RefusedException {
        List<String> problems = new ArrayList<>(ApplicationRules.clientIdProblems(draft.clientId()));
        if (problems.isEmpty() && applications.any(draft.clientId()).isPresent()) {
            throw new RefusedException("applications.clientId.taken");
        }
        Application application = new Application(draft.clientId(), Boolean.TRUE.equals(draft.publicClient()), now);
        if (draft.redirectUris() == null) {
            problems.add("applications.redirectUris.missing");
        }
        problems.addAll(apply(application, withDefaults(draft)));
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        String secret = application.isPublicClient() ? null : Tokens.newToken();
        application.setSecretDigest(secret == null ? null : Tokens.digest(secret));
        em.persist(application);
        audit.recordChange(actor, AuditEventType.APPLICATION_CREATED, null, describe(application));
        return Optional.ofNullable(secret);
    }

    /** Changes what the draft gives (null fields stay); the client id and the kind (public or not) stay. */
    public ApplicationSummary update(String clientId, ApplicationDraft draft, Actor actor) throws RefusedException {
        Application application = existing(clientId);
        if (draft.clientId() != null && !draft.clientId().equals(clientId)) {
            throw new RefusedException("applications.clientId.fixed");
        }
        if (draft.publicClient() != null && draft.publicClient() != application.isPublicClient()) {
            throw new RefusedException("applications.kind.fixed");
        }
        List<String> problems = apply(application, draft);
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        audit.recordChange(actor, AuditEventType.APPLICATION_CHANGED, null, describe(application));
        return ApplicationSummary.of(application);
    }

    /** Removes it; its codes and tokens go with it (the database cascades), so it signs no one in any more. */
    public void delete(String clientId, Actor actor) throws RefusedException {
        Application application = existing(clientId);
        em.remove(application);
        audit.recordChange(actor, AuditEventType.APPLICATION_DELETED, null, clientId);
    }

    /** A new secret for a confidential application; the old one stops working at once. */
    public String newSecret(String clientId, Actor actor) throws RefusedException {
        Application application = existing(clientId);
        if (application.isPublicClient()) {
            throw new RefusedException("applications.secret.public");
        }
        String secret = Tokens.newToken();
        application.setSecretDigest(Tokens.digest(secret));
        audit.recordChange(actor, AuditEventType.APPLICATION_SECRET_CHANGED, null, clientId);
        return secret;
    }

    private Application existing(String clientId) throws RefusedException {
        return applications.any(clientId).orElseThrow(() -> new RefusedException("applications.gone"));
    }

    private static ApplicationDraft withDefaults(ApplicationDraft draft) {
        return new ApplicationDraft(draft.clientId(), draft.name() == null ? draft.clientId() : draft.name(), draft.redirectUris(),
                draft.postLogoutRedirectUris() == null ? List.of() : draft.postLogoutRedirectUris(), draft.backchannelLogoutUri(),
                draft.publicClient(),
                draft.requireSecondFactor() == null ? Boolean.FALSE : draft.requireSecondFactor(),
                draft.allowedRoles() == null ? List.of() : draft.allowedRoles(),
                draft.enabled() == null ? Boolean.TRUE : draft.enabled());
    }

    /** Copies the given fields after checking them all; answers every problem, or none and the copy is made. */
    private List<String> apply(Application application, ApplicationDraft draft) {
        List<String> problems = new ArrayList<>();
        List<String> redirects = draft.redirectUris() == null ? null : cleaned(draft.redirectUris());
        List<String> postLogout = draft.postLogoutRedirectUris() == null ? null : cleaned(draft.postLogoutRedirectUris());
        List<String> roles = draft.allowedRoles() == null ? null : cleaned(draft.allowedRoles());
        if (draft.name() != null) {
            problems.addAll(ApplicationRules.nameProblems(draft.name()));
        }
        if (redirects != null) {
            problems.addAll(ApplicationRules.redirectUriProblems(redirects));
        }
        if (postLogout != null) {
            problems.addAll(ApplicationRules.postLogoutUriProblems(postLogout));
        }
        String backchannel = draft.backchannelLogoutUri() == null ? null : draft.backchannelLogoutUri().strip();
        if (backchannel != null) {
            problems.addAll(ApplicationRules.backchannelLogoutUriProblems(backchannel));
        }
        if (roles != null && !roles.stream().allMatch(this::roleExists)) {
            problems.add("applications.roles.unknown");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (draft.name() != null) {
            application.setName(draft.name().strip());
        }
        if (redirects != null) {
            application.setRedirectUris(redirects);
        }
        if (postLogout != null) {
            application.setPostLogoutRedirectUris(postLogout);
        }
        if (roles != null) {
            application.setAllowedRoles(roles);
        }
        if (backchannel != null) {
            application.setBackchannelLogoutUri(backchannel.isEmpty() ? null : backchannel);
        }
        if (draft.requireSecondFactor() != null) {
            application.setRequireSecondFactor(draft.requireSecondFactor());
        }
        if (draft.enabled() != null) {
            application.setEnabled(draft.enabled());
        }
        return List.of();
    }

    private boolean roleExists(String name) {
        return em.createNamedQuery(Role.BY_NAME, Role.class).setParameter("name", name).getResultStream().findFirst().isPresent();
    }

    /** Each entry stripped, blanks and repeats dropped. */
    private static List<String> cleaned(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static String describe(Application application) {
        return application.getClientId() + (application.isPublicClient() ? ", public" : ", confidential")
                + (application.isRequireSecondFactor() ? ", second factor required" : "")
                + (application.getAllowedRoles().isEmpty() ? "" : ", roles " + String.join(" ", application.getAllowedRoles()))
                + (application.isEnabled() ? "" : ", disabled");
    }
}
