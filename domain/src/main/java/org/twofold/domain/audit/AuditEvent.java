package org.twofold.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit log. Keeps names as text so they outlive the users: {@code username}
 * is whom the event is about, {@code actor} the admin who made a change (null for a user's
 * own sign-in).
 */
@Entity
@Table(name = "TF_AUDIT_EVENT")
@NamedQuery(name = AuditEvent.OF_USER,
        query = "SELECT e FROM AuditEvent e WHERE e.username = :username ORDER BY e.id DESC")
public class AuditEvent {

    public static final String OF_USER = "AuditEvent.ofUser";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditEventType type;

    @Column(length = 100)
    private String username;

    @Column(length = 45)
    private String clientIp;

    @Column(length = 500)
    private String detail;

    @Column(length = 100)
    private String actor;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditEventType type, String username, String clientIp, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.username = username;
        this.clientIp = clientIp;
        this.detail = detail;
    }

    public AuditEvent byActor(String actorName) {
        this.actor = actorName;
        return this;
    }

    public String getActor() {
        return actor;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditEventType getType() {
        return type;
    }

    public String getUsername() {
        return username;
    }

    public String getClientIp() {
        return clientIp;
    }

    public String getDetail() {
        return detail;
    }
}
