package org.twofold.domain.factor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.twofold.domain.user.User;

/**
 * One of a user's recovery codes, for signing in when their second factor is lost. Only the
 * SHA-256 of the code is kept; {@code usedAt} is set once, by a conditional update.
 */
@Entity
@Table(name = "TF_RECOVERY_CODE")
@NamedQuery(name = RecoveryCode.UNUSED_COUNT,
        query = "SELECT COUNT(c) FROM RecoveryCode c WHERE c.user.id = :userId AND c.usedAt IS NULL")
@NamedQuery(name = RecoveryCode.DELETE_OF_USER, query = "DELETE FROM RecoveryCode c WHERE c.user.id = :userId")
@NamedQuery(name = RecoveryCode.USE,
        query = "UPDATE RecoveryCode c SET c.usedAt = :now"
                + " WHERE c.user.id = :userId AND c.codeHash = :codeHash AND c.usedAt IS NULL")
public class RecoveryCode {

    public static final String UNUSED_COUNT = "RecoveryCode.unusedCount";
    public static final String DELETE_OF_USER = "RecoveryCode.deleteOfUser";
    public static final String USE = "RecoveryCode.use";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "USER_ID")
    private User user;

    @Column(nullable = false, length = 64)
    private String codeHash;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(User user, String codeHash, Instant createdAt) {
        this.user = user;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
