package org.twofold.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A role; its flag says whether holding it requires a second factor. */
@Entity
@Table(name = "TF_ROLE")
@NamedQuery(name = Role.BY_NAME, query = "SELECT r FROM Role r WHERE r.name = :name")
public class Role {

    public static final String BY_NAME = "Role.byName";
    /** Everyone holds this role implicitly. */
    public static final String ALL = "All";
    public static final String ADMINISTRATOR = "Administrator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean requiresTwoFactor;

    @Column(nullable = false)
    private boolean builtIn;

    protected Role() {
    }

    public Role(String name, boolean requiresTwoFactor, boolean builtIn) {
        this.name = name;
        this.requiresTwoFactor = requiresTwoFactor;
        this.builtIn = builtIn;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public boolean isRequiresTwoFactor() {
        return requiresTwoFactor;
    }

    public void setRequiresTwoFactor(boolean requiresTwoFactor) {
        this.requiresTwoFactor = requiresTwoFactor;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }
}
