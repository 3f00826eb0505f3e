package org.twofold.service.factor;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.twofold.domain.challenge.CodeChallenge;
import org.twofold.domain.crypto.Tokens;
import org.twofold.domain.delivery.DeliveryChannel;
import org.twofold.domain.factor.ContactFactor;
import org.twofold.domain.user.User;
import org.twofold.service.BatchDelete;

/**
 * The user's email and SMS factors. A confirmed factor counts only while its address or
 * number is still one of the user's own (an admin may have removed it since).
 */
@Stateless
public class ContactFactorService {

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** The user's confirmed email and SMS factors, email first. */
    public List<ContactFactor> confirmedOf(User user) {
        return em.createNamedQuery(ContactFactor.CONFIRMED_OF_USER, ContactFactor.class)
                .setParameter("userId", user.getId()).getResultStream()
                .filter(factor -> isOwn(user, factor.getChannel(), factor.getDestination()))
                .toList();
    }

    public Optional<ContactFactor> confirmed(User user, DeliveryChannel channel) {
        return confirmedOf(user).stream().filter(factor -> factor.getChannel() == channel).findFirst();
    }

    /**
     * Where a sign-in's code by this channel goes: the confirmed factor, else the user's first
     * address or number, which the code then confirms ({@link #confirmedBySignIn}).
     */
    public Optional<String> signInDestination(User user, DeliveryChannel channel) {
        return confirmed(user, channel).map(ContactFactor::getDestination)
                .or(() -> channel == DeliveryChannel.EMAIL ? user.primaryEmail() : user.primaryPhone());
    }

    /** Whether this is one of the user's own addresses (email) or numbers (SMS). */
    public static boolean isOwn(User user, DeliveryChannel channel, String destination) {
        return (channel == DeliveryChannel.EMAIL ? user.getEmailAddresses() : user.getPhoneNumbers()).contains(destination);
    }

    /** A new unconfirmed factor with a fresh key for its code; an earlier unconfirmed one of the channel goes. */
    public ContactFactor start(User user, DeliveryChannel channel, String destination, Instant now) {
        em.createQuery("DELETE FROM ContactFactor f WHERE f.user.id = :userId AND f.channel = :channel AND f.confirmedAt IS NULL")
                .setParameter("userId", user.getId()).setParameter("channel", channel).executeUpdate();
        ContactFactor factor = new ContactFactor(user, channel, destination, Tokens.digest(Tokens.newToken()), now);
        em.persist(factor);
        return factor;
    }

    public Optional<ContactFactor> unconfirmed(User user, DeliveryChannel channel) {
        return ofChannel(user, channel).stream().filter(factor -> !factor.isConfirmed()).findFirst();
    }

    /** The address or number the user is adding on the Security page, looked up by their name. */
    public Optional<ContactFactor> unconfirmed(String username, DeliveryChannel channel) {
        return em.createQuery("SELECT c FROM ContactFactor c WHERE c.user.username = :username AND c.channel = :channel "
                        + "AND c.confirmedAt IS NULL", ContactFactor.class)
                .setParameter("username", username).setParameter("channel", channel)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Confirms the factor; it replaces the channel's earlier confirmed one. */
    public void confirm(ContactFactor factor, Instant now) {
        removeConfirmed(factor.getUser(), factor.getChannel(), factor.getId());
        em.find(ContactFactor.class, factor.getId()).confirm(now);
    }

    /**
     * A sign-in code sent to {@code destination} was typed back: that address or number is the
     * channel's confirmed factor from now on (it may have been already), last used now.
     */
    public boolean confirmedBySignIn(User user, DeliveryChannel channel, String destination, Instant now) {
        Optional<ContactFactor> current = confirmed(user, channel).filter(f -> f.getDestination().equals(destination));
        if (current.isPresent()) {
            current.get().usedAt(now);
            return false;
        }
        ContactFactor factor = new ContactFactor(user, channel, destination, null, now);
        em.persist(factor);
        em.flush();
        confirm(factor, now);
        factor.usedAt(now);
        return true;
    }

    /** Removes the channel's factor; codes already sent that way stop working at once. */
    public boolean remove(User user, DeliveryChannel channel) {
        int removed = removeConfirmed(user, channel, null);
        em.createNamedQuery(CodeChallenge.SPEND_OPEN_TO)
                .setParameter("userId", user.getId()).setParameter("channel", channel).executeUpdate();
        return removed > 0;
    }

    /** Every email and SMS factor of the user (an admin's reset). */
    public int removeAll(User user) {
        int removed = em.createQuery("DELETE FROM ContactFactor f WHERE f.user.id = :userId")
                .setParameter("userId", user.getId()).executeUpdate();
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            em.createNamedQuery(CodeChallenge.SPEND_OPEN_TO)
                    .setParameter("userId", user.getId()).setParameter("channel", channel).executeUpdate();
        }
        return removed;
    }

    /** Deletes up to {@code max} unconfirmed factors started before {@code cutoff}; returns how many. */
    public int deleteUnconfirmed(Instant cutoff, int max) {
        return BatchDelete.upTo(max, em, "ContactFactor", "id", "e.confirmedAt IS NULL AND e.createdAt < :cutoff",
                Map.of("cutoff", cutoff));
    }

    private int removeConfirmed(User user, DeliveryChannel channel, Long except) {
        return em.createQuery("DELETE FROM ContactFactor f WHERE f.user.id = :userId AND f.channel = :channel "
                        + "AND f.confirmedAt IS NOT NULL AND f.id <> :except")
                .setParameter("userId", user.getId()).setParameter("channel", channel)
                .setParameter("except", except == null ? -1L : except).executeUpdate();
    }

    private List<ContactFactor> ofChannel(User user, DeliveryChannel channel) {
        return em.createNamedQuery(ContactFactor.OF_USER_AND_CHANNEL, ContactFactor.class)
                .setParameter("userId", user.getId()).setParameter("channel", channel).getResultList();
    }
}
