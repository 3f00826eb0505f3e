package org.twofold.service.audit;

/** The administrator making a change, and from where; every change is audited under this name. */
public record Actor(String username, String clientIp) {
}
