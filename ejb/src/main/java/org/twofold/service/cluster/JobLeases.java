package org.twofold.service.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.twofold.domain.cluster.JobLease;
import org.twofold.service.config.DeploymentConfig;

/**
 * Lets one node of several run a piece of background work that every node schedules: the
 * delivery sweep, the hourly clean-up, the first start's seeding.
 */
@Stateless
public class JobLeases {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    @Inject
    private DeploymentConfig config;

    /**
     * Takes the job's lease until {@code now + length} when no node holds it at {@code now}; in
     * its own transaction, so the lease is visible to every node at once. A node that takes it
     * runs the job; the others skip this turn.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String job, Duration length, Instant now) {
        return em.createNamedQuery(JobLease.TAKE)
                .setParameter("node", config.nodeName())
                .setParameter("until", now.plus(length))
                .setParameter("job", job)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /**
     * Waits for, then holds until the caller's transaction ends, the job's row lock: two nodes
     * starting at once on an empty database create its first rows one after the other.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdForThisTransaction(String job) {
        em.find(JobLease.class, job, LockModeType.PESSIMISTIC_WRITE);
    }
}
