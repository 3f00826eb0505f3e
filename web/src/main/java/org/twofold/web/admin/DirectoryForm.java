package org.twofold.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.twofold.domain.directory.DirectoryConfig;
import org.twofold.domain.directory.DirectoryPreset;
import org.twofold.domain.directory.GroupLookup;

/** What the Directory page edits: the connection as text fields, turned into a {@link DirectoryConfig} to save or test. */
public class DirectoryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean enabled;
    private String urls;
    private boolean startTls;
    private String bindDn;
    /** Write only: blank keeps the stored password. */
    /** Used by the request that submits it; never written with the session to the database. */
    private transient String bindPassword;
    private boolean removeBindPassword;
    private String userBaseDn;
    private String loginAttribute;
    private String userFilter;
    private String displayNameAttribute;
    private String emailAttributes;
    private String phoneAttributes;
    private GroupLookup groupLookup;
    private String groupBaseDn;
    private String groupMemberAttribute;
    private int connectTimeoutSeconds;
    private int readTimeoutSeconds;
    private final List<GroupRoleRow> groupRoles = new ArrayList<>();

    static DirectoryForm of(DirectoryConfig config) {
        DirectoryForm form = new DirectoryForm();
        form.enabled = config.enabled();
        form.urls = String.join("\n", config.urls());
        form.startTls = config.startTls();
        form.bindDn = config.bindDn();
        form.userBaseDn = config.userBaseDn();
        form.fill(config);
        form.groupBaseDn = config.groupBaseDn();
        form.connectTimeoutSeconds = config.connectTimeoutSeconds();
        form.readTimeoutSeconds = config.readTimeoutSeconds();
        config.groupRoles().forEach(line -> form.groupRoles.add(new GroupRoleRow(line.group(), line.role())));
        return form;
    }

    /** The attribute names of a preset; the server, accounts and mapping stay as typed. */
    void apply(DirectoryPreset preset) {
        fill(config().with(preset));
    }

    private void fill(DirectoryConfig config) {
        loginAttribute = config.loginAttribute();
        userFilter = config.userFilter();
        displayNameAttribute = config.displayNameAttribute();
        emailAttributes = String.join(", ", config.emailAttributes());
        phoneAttributes = String.join(", ", config.phoneAttributes());
        groupLookup = config.groupLookup();
        groupMemberAttribute = config.groupMemberAttribute();
    }

    DirectoryConfig config() {
        return new DirectoryConfig(enabled, lines(urls, "[\\s,]+"), startTls, trim(bindDn), trim(userBaseDn),
                trim(loginAttribute), trim(userFilter), trim(displayNameAttribute), lines(emailAttributes, "[\\s,]+"),
                lines(phoneAttributes, "[\\s,]+"), groupLookup, trim(groupBaseDn), trim(groupMemberAttribute),
                connectTimeoutSeconds, readTimeoutSeconds, groupRoles.stream()
                .map(row -> new DirectoryConfig.GroupRoleName(trim(row.getGroup()), trim(row.getRole()))).toList());
    }

    /** Empty: keep the stored password; an empty string: remove it. */
    Optional<String> newBindPassword() {
        if (removeBindPassword) {
            return Optional.of("");
        }
        return bindPassword == null || bindPassword.isEmpty() ? Optional.empty() : Optional.of(bindPassword);
    }

    private static List<String> lines(String text, String separators) {
        return text == null ? List.of() : Arrays.stream(text.split(separators)).filter(part -> !part.isBlank()).toList();
    }

    private static String trim(String text) {
        return text == null ? "" : text.trim();
    }

    /** One line of the group → role mapping. */
    public static class GroupRoleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String group;
        private String role;

        GroupRoleRow(String group, String role) {
            this.group = group;
            this.role = role;
        }

        public String getGroup() {
            return group;
        }

        public void setGroup(String group) {
            this.group = group;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public List<GroupRoleRow> getGroupRoles() {
        return groupRoles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUrls() {
        return urls;
    }

    public void setUrls(String urls) {
        this.urls = urls;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public void setStartTls(boolean startTls) {
        this.startTls = startTls;
    }

    public String getBindDn() {
        return bindDn;
    }

    public void setBindDn(String bindDn) {
        this.bindDn = bindDn;
    }

    public String getBindPassword() {
        return bindPassword;
    }

    /** The field is never shown again, so a postback (say, "Add mapping") sends it empty: that keeps what was typed. */
    public void setBindPassword(String bindPassword) {
        if (bindPassword != null && !bindPassword.isEmpty()) {
            this.bindPassword = bindPassword;
        }
    }

    public boolean isRemoveBindPassword() {
        return removeBindPassword;
    }

    public void setRemoveBindPassword(boolean removeBindPassword) {
        this.removeBindPassword = removeBindPassword;
    }

    public String getUserBaseDn() {
        return userBaseDn;
    }

    public void setUserBaseDn(String userBaseDn) {
        this.userBaseDn = userBaseDn;
    }

    public String getLoginAttribute() {
        return loginAttribute;
    }

    public void setLoginAttribute(String loginAttribute) {
        this.loginAttribute = loginAttribute;
    }

    public String getUserFilter() {
        return userFilter;
    }

    public void setUserFilter(String userFilter) {
        this.userFilter = userFilter;
    }

    public String getDisplayNameAttribute() {
        return displayNameAttribute;
    }

    public void setDisplayNameAttribute(String displayNameAttribute) {
        this.displayNameAttribute = displayNameAttribute;
    }

    public String getEmailAttributes() {
        return emailAttributes;
    }

    public void setEmailAttributes(String emailAttributes) {
        this.emailAttributes = emailAttributes;
    }

    public String getPhoneAttributes() {
        return phoneAttributes;
    }

    public void setPhoneAttributes(String phoneAttributes) {
        this.phoneAttributes = phoneAttributes;
    }

    public GroupLookup getGroupLookup() {
        return groupLookup;
    }

    public void setGroupLookup(GroupLookup groupLookup) {
        this.groupLookup = groupLookup;
    }

    public String getGroupBaseDn() {
        return groupBaseDn;
    }

    public void setGroupBaseDn(String groupBaseDn) {
        this.groupBaseDn = groupBaseDn;
    }

    public String getGroupMemberAttribute() {
        return groupMemberAttribute;
    }

    public void setGroupMemberAttribute(String groupMemberAttribute) {
        this.groupMemberAttribute = groupMemberAttribute;
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
    }
}
