package org.twofold.service.admin;

/** The administrator making a change, and from where; every change is audited under this name. */
public record Actor(String username, String clientIp) {
}
