package org.twofold.service.useradmin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.twofold.domain.user.Contacts;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.TwoFactorMethod;
import org.twofold.domain.user.User;
import org.twofold.domain.user.UserSource;
import org.twofold.domain.user.UserType;

/**
 * A user as the console's form edits it. Email addresses and phone numbers are typed one
 * per line, the first being where codes go. The password is only set when not blank.
 */
public class UserDraft implements Serializable {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private Long id;
    private String username;
    private String displayName;
    /** Used by the request that submits it; never written with the session to the database. */
    private transient String password;
    private UserType type = UserType.SYSTEM;
    private boolean enabled = true;
    private List<String> roles = new ArrayList<>();
    private String emailAddresses;
    private String phoneNumbers;
    private TwoFactorMethod preferredMethod;
    private String bypassNetworks;
    /** Read only: a directory user's password is the directory's, and their details are refreshed from it. */
    private UserSource source = UserSource.LOCAL;

    public static UserDraft of(User user) {
        UserDraft draft = new UserDraft();
        draft.id = user.getId();
        draft.username = user.getUsername();
        draft.displayName = user.getDisplayName();
        draft.type = user.getType();
        draft.enabled = user.isEnabled();
        // "All" holds everyone whether assigned or not, and is not assignable (see roles in UserAdministration).
        draft.roles = new ArrayList<>(user.getRoles().stream().map(Role::getName)
                .filter(name -> !Role.ALL.equals(name)).sorted().toList());
        draft.emailAddresses = String.join("\n", user.getEmailAddresses());
        draft.phoneNumbers = String.join("\n", user.getPhoneNumbers());
        draft.preferredMethod = user.getPreferredMethod();
        draft.bypassNetworks = user.getBypassNetworks();
        draft.source = user.getSource();
        return draft;
    }

    /** Keys of what is wrong with the typed values; empty when the draft can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (id == null && !Contacts.isUsername(username)) {
            problems.add("users.username.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            problems.add("users.displayName.required");
        }
        boolean passwordGiven = password != null && !password.isEmpty();
        if (source == UserSource.DIRECTORY && passwordGiven) {
            problems.add("users.password.directory");
        }
        if (id == null && !passwordGiven || passwordGiven && (password.length() < MIN_PASSWORD_LENGTH
                || password.length() > 256)) {
            problems.add("users.password.tooShort");
        }
        if (!emails().stream().allMatch(Contacts::isEmail)) {
            problems.add("users.email.invalid");
        }
        if (!phones().stream().allMatch(Contacts::isPhone)) {
            problems.add("users.phone.invalid");
        }
        if (preferredMethod == TwoFactorMethod.EMAIL && emails().isEmpty()) {
            problems.add("users.method.needsEmail");
        }
        if (preferredMethod == TwoFactorMethod.SMS && phones().isEmpty()) {
            problems.add("users.method.needsPhone");
        }
        try {
            org.twofold.domain.network.Cidr.parseList(bypassNetworks);
        } catch (IllegalArgumentException e) {
            problems.add("users.bypassNetworks.invalid");
        }
        return problems;
    }

    public List<String> emails() {
        return Contacts.lines(emailAddresses);
    }

    public List<String> phones() {
        return Contacts.lines(phoneNumbers).stream().map(Contacts::normalizePhone).toList();
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.trim();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.trim();
    }

    public String getPassword() {
        return password;
    }

    public UserSource getSource() {
        return source;
    }

    public boolean isFromDirectory() {
        return source == UserSource.DIRECTORY;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public UserType getType() {
        return type;
    }

    public void setType(UserType type) {
        this.type = type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getEmailAddresses() {
        return emailAddresses;
    }

    public void setEmailAddresses(String emailAddresses) {
        this.emailAddresses = emailAddresses;
    }

    public String getPhoneNumbers() {
        return phoneNumbers;
    }

    public void setPhoneNumbers(String phoneNumbers) {
        this.phoneNumbers = phoneNumbers;
    }

    public TwoFactorMethod getPreferredMethod() {
        return preferredMethod;
    }

    public void setPreferredMethod(TwoFactorMethod preferredMethod) {
        this.preferredMethod = preferredMethod;
    }

    public String getBypassNetworks() {
        return bypassNetworks;
    }

    public void setBypassNetworks(String bypassNetworks) {
        this.bypassNetworks = bypassNetworks;
    }
}
