package org.twofold.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.UserType;
import org.twofold.service.RefusedException;
import org.twofold.service.account.AccountOverview;
import org.twofold.service.account.AccountOverviews;
import org.twofold.service.apikey.ApiKeyLine;
import org.twofold.service.apikey.NewApiKey;
import org.twofold.service.role.RoleAdministration;
import org.twofold.service.useradmin.UserAdministration;
import org.twofold.service.useradmin.UserApiKeyAdministration;
import org.twofold.service.useradmin.UserDeletion;
import org.twofold.service.useradmin.UserDraft;
import org.twofold.service.useradmin.UserFactorAdministration;
import org.twofold.service.useradmin.UserPasskeyAdministration;
import org.twofold.service.useradmin.UserRow;
import org.twofold.web.i18n.Messages;

/** Users: search page by page, create and edit, and the actions on one user. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration users;

    @Inject
    private UserApiKeyAdministration apiKeyAdministration;

    @Inject
    private UserFactorAdministration factorAdministration;

    @Inject
    private UserPasskeyAdministration passkeyAdministration;

    @Inject
    private RoleAdministration roles;

    @Inject
    private ConsoleActor console;

    @Inject
    private AccountOverviews overviews;

    @Inject
    private UserDeletion deletion;

    private String search;
    private UserDraft draft;
    /** The edited user's second factors, shown beside the form; each can be removed. */
    private AccountOverview factors;
    /** The edited user's API keys, and the one just made (its secret shown once). */
    private List<ApiKeyLine> apiKeys;
    private NewApiKey newApiKey;
    private String apiKeyLabel;
    private List<String> roleNames;
    private final LazyDataModel<UserRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) users.count(search);
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return users.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(UserRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void load() {
        roleNames = roles.assignableNames();
    }

    public void newUser() {
        draft = new UserDraft();
        factors = null;
        apiKeys = null;
        newApiKey = null;
    }

    public void edit(UserRow row) {
        try {
            draft = users.draft(row.id());
            factors = overviews.of(draft.getUsername(), Instant.now()).orElse(null);
            apiKeys = apiKeyAdministration.of(row.id());
            newApiKey = null;
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void save() {
        try {
            users.save(draft, console.actor());
            Messages.info("users.saved", draft.getUsername());
            draft = null;
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void cancel() {
        draft = null;
    }

    public void setEnabled(UserRow row, boolean enabled) {
        act(() -> users.setEnabled(row.id(), enabled, console.actor()),
                enabled ? "users.enabledNow" : "users.disabledNow", row.username());
    }

    /** Deletes the user and what is theirs; their audit events stay (UserDeletion). */
    public void delete(UserRow row) {
        act(() -> deletion.delete(row.id(), console.actor()), "users.deleted", row.username());
    }

    public void unlock(UserRow row) {
        act(() -> users.unlock(row.id(), console.actor()), "users.unlocked", row.username());
    }

    public void resetFactors(UserRow row) {
        act(() -> factorAdministration.resetFactors(row.id(), console.actor()), "users.reset", row.username());
    }

    /** Removes one passkey of the user being edited. */
    public void removePasskey(long passkeyId) {
        act(() -> passkeyAdministration.remove(draft.getId(), passkeyId, console.actor()), "users.factorRemoved", draft.getUsername());
        factors = overviews.of(draft.getUsername(), Instant.now()).orElse(null);
    }

    /** Removes one app of the user being edited (the factors panel's "Remove"). */
    public void removeApp(long appId) {
        act(() -> factorAdministration.removeApp(draft.getId(), appId, console.actor()), "users.factorRemoved", draft.getUsername());
        factors = overviews.of(draft.getUsername(), Instant.now()).orElse(null);
    }

    /** Removes the email ({@code EMAIL}) or SMS factor of the user being edited. */
    public void removeContact(String method) {
        act(() -> factorAdministration.removeContact(draft.getId(), TwoFactorMethod.valueOf(method), console.actor()),
                "users.factorRemoved", draft.getUsername());
        factors = overviews.of(draft.getUsername(), Instant.now()).orElse(null);
    }

    /** A key for the user being edited, made by the admin: its secret is shown on this page once. */
    public void createApiKey() {
        try {
            newApiKey = apiKeyAdministration.create(draft.getId(), apiKeyLabel, console.actor());
            apiKeyLabel = null;
            apiKeys = apiKeyAdministration.of(draft.getId());
            Messages.info("security.apiKeyCreated");
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public void revokeApiKey(String keyId) {
        act(() -> apiKeyAdministration.revoke(draft.getId(), keyId, console.actor()), "users.apiKeyRevoked", draft.getUsername());
        newApiKey = null;
        try {
            apiKeys = apiKeyAdministration.of(draft.getId());
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    public List<ApiKeyLine> getApiKeys() {
        return apiKeys;
    }

    public NewApiKey getNewApiKey() {
        return newApiKey;
    }

    public String getApiKeyLabel() {
        return apiKeyLabel;
    }

    public void setApiKeyLabel(String apiKeyLabel) {
        this.apiKeyLabel = apiKeyLabel;
    }

    public void endSessions(UserRow row) {
        act(() -> factorAdministration.endSessions(row.id(), console.actor()), "users.sessionsEnded", row.username());
    }

    private void act(Action action, String doneKey, String username) {
        try {
            action.run();
            Messages.info(doneKey, username);
        } catch (RefusedException refused) {
            ConsoleActor.show(refused);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws RefusedException;
    }

    public LazyDataModel<UserRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public AccountOverview getFactors() {
        return factors;
    }

    public UserDraft getDraft() {
        return draft;
    }

    public List<String> getRoleNames() {
        return roleNames;
    }

    public UserType[] getTypes() {
        return UserType.values();
    }

    public TwoFactorMethod[] getMethods() {
        return TwoFactorMethod.values();
    }
}
