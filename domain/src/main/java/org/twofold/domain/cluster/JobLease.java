package org.twofold.domain.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One piece of background work that every node schedules and one runs: the node that moves
 * {@code heldUntil} forward, in one conditional update, runs it until then. A node that dies
 * holding it holds it only until then. The rows are written by the schema (changeset 17).
 */
@Entity
@Table(name = "TF_JOB_LEASE")
@NamedQuery(name = JobLease.TAKE,
        query = "UPDATE JobLease l SET l.holder = :node, l.heldUntil = :until WHERE l.job = :job AND l.heldUntil <= :now")
public class JobLease {

    public static final String TAKE = "JobLease.take";

    /** Re-queues outbound messages whose JMS message was lost (StuckMessageSweeper). */
    public static final String STUCK_MESSAGES = "stuck-messages";
    /** The hourly clean-up (RetentionSweeper). */
    public static final String RETENTION = "retention";
    /** Held, as a row lock, while a starting node creates what the first start creates. */
    public static final String FIRST_START = "first-start";

    @Id
    @Column(length = 64)
    private String job;

    @Column(length = 128)
    private String holder;

    @Column(nullable = false)
    private Instant heldUntil;

    protected JobLease() {
    }

    public String getJob() {
        return job;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getHeldUntil() {
        return heldUntil;
    }
}
