package org.twofold.domain.user;

/** System users work inside the company; Website users are portal visitors (Frappe's split). */
public enum UserType {
    SYSTEM,
    WEBSITE
}
