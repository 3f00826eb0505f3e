package org.twofold.domain.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.twofold.domain.crypto.KeyRing;
import org.twofold.domain.user.Role;

/**
 * The company directory connection: one row, id 1. The service account's password is sealed
 * with the deployment's encryption key like the TOTP seeds, never stored plain.
 */
@Entity
@Table(name = "TF_DIRECTORY")
public class DirectorySettings {

    public static final long SINGLETON_ID = 1L;

    @Id
    private Long id = SINGLETON_ID;

    @Column(nullable = false)
    private boolean enabled;

    /** Space-separated, tried in order. */
    @Column(length = 1000)
    private String urls;

    @Column(nullable = false)
    private boolean startTls;

    @Column(length = 500)
    private String bindDn;

    /** AES-GCM of the service account's password; null when there is none. */
    @Column(length = 256)
    private byte[] sealedBindPassword;

    @Column(length = 16)
    private String bindPasswordKeyId;

    @Column(length = 500)
    private String userBaseDn;

    @Column(nullable = false, length = 100)
    private String loginAttribute;

    @Column(length = 500)
    private String userFilter;

    @Column(nullable = false, length = 100)
    private String displayNameAttribute;

    /** Comma-separated attribute names. */
    @Column(length = 300)
    private String emailAttributes;

    @Column(length = 300)
    private String phoneAttributes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GroupLookup groupLookup;

    @Column(length = 500)
    private String groupBaseDn;

    @Column(length = 100)
    private String groupMemberAttribute;

    @Column(nullable = false)
    private int connectTimeoutSeconds;

    @Column(nullable = false)
    private int readTimeoutSeconds;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "TF_DIRECTORY_GROUP_ROLE", joinColumns = @JoinColumn(name = "SETTINGS_ID"))
    @OrderColumn(name = "POSITION")
    private List<GroupRole> groupRoles = new ArrayList<>();

    public DirectorySettings() {
        apply(DirectoryConfig.initial(), name -> null);
    }

    /** Takes these values; the mapping's role names are looked up with {@code roles} (all must exist). */
    public final void apply(DirectoryConfig config, Function<String, Role> roles) {
        enabled = config.enabled();
        urls = String.join(" ", config.urls());
        startTls = config.startTls();
        bindDn = config.bindDn();
        userBaseDn = config.userBaseDn();
        loginAttribute = config.loginAttribute();
        userFilter = config.userFilter();
        displayNameAttribute = config.displayNameAttribute();
        emailAttributes = String.join(",", config.emailAttributes());
        phoneAttributes = String.join(",", config.phoneAttributes());
        groupLookup = config.groupLookup();
        groupBaseDn = config.groupBaseDn();
        groupMemberAttribute = config.groupMemberAttribute();
        connectTimeoutSeconds = config.connectTimeoutSeconds();
        readTimeoutSeconds = config.readTimeoutSeconds();
        groupRoles.clear();
        config.groupRoles().forEach(line -> groupRoles.add(new GroupRole(line.group().trim(), roles.apply(line.role()))));
    }

    public DirectoryConfig config() {
        return new DirectoryConfig(enabled, split(urls, " "), startTls, nullToEmpty(bindDn), nullToEmpty(userBaseDn),
                loginAttribute, nullToEmpty(userFilter), displayNameAttribute, split(emailAttributes, ","),
                split(phoneAttributes, ","), groupLookup, nullToEmpty(groupBaseDn), nullToEmpty(groupMemberAttribute),
                connectTimeoutSeconds, readTimeoutSeconds, groupRoles.stream()
                .map(line -> new DirectoryConfig.GroupRoleName(line.getGroup(), line.getRole().getName())).toList());
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<GroupRole> getGroupRoles() {
        return groupRoles;
    }

    public boolean hasBindPassword() {
        return sealedBindPassword != null;
    }

    public KeyRing.Sealed sealedBindPassword() {
        return sealedBindPassword == null ? null : new KeyRing.Sealed(bindPasswordKeyId, sealedBindPassword);
    }

    public void setSealedBindPassword(KeyRing.Sealed sealed) {
        this.sealedBindPassword = sealed == null ? null : sealed.bytes();
        this.bindPasswordKeyId = sealed == null ? null : sealed.keyId();
    }

    private static List<String> split(String joined, String separator) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(separator)).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
