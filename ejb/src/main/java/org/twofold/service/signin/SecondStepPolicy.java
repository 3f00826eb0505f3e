package org.twofold.service.signin;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.twofold.domain.network.Cidr;
import org.twofold.domain.policy.TwoFactorPolicy;
import org.twofold.domain.settings.SystemSettings;
import org.twofold.domain.user.Role;
import org.twofold.domain.user.User;

/** Whether a user signs in with a second step: the settings, the roles, the user's own choice, the networks. */
@Stateless
public class SecondStepPolicy {

    private static final Logger LOG = Logger.getLogger(SecondStepPolicy.class.getName());

    @PersistenceContext(unitName = "twofold")
    private EntityManager em;

    /** For a sign-in from {@code clientIp}. */
    public boolean requires(User user, SystemSettings settings, String clientIp) {
        return TwoFactorPolicy.requiresSecondFactor(request(user, settings, clientIp));
    }

    /** Whether the roles ask it of the user, whatever the user chose: then they may not switch it off. */
    public boolean requiredByRoles(User user, SystemSettings settings) {
        return TwoFactorPolicy.requiredByRoles(request(user, settings, null));
    }

    private TwoFactorPolicy.Request request(User user, SystemSettings settings, String clientIp) {
        boolean allRoleFlagged = em.createNamedQuery(Role.BY_NAME, Role.class)
                .setParameter("name", Role.ALL)
                .getResultStream()
                .anyMatch(Role::isRequiresTwoFactor);
        List<Boolean> userRoleFlags = user.getRoles().stream().map(Role::isRequiresTwoFactor).toList();
        return new TwoFactorPolicy.Request(settings.isTwoFactorEnabled(), allRoleFlagged, userRoleFlags,
                user.isSecondStepChosen(), user.isAdministrator(), user.getType(), settings.isWebsiteUsersIncluded(),
                settings.getNetwork().isIpBypassAllowed(), clientIp == null ? List.of() : bypassNetworks(settings, user), clientIp);
    }

    /** The global and the user's networks; a list that does not parse counts as empty (fail closed). */
    private static List<Cidr> bypassNetworks(SystemSettings settings, User user) {
        try {
            List<Cidr> networks = new ArrayList<>(Cidr.parseList(settings.getNetwork().getBypassNetworks()));
            networks.addAll(Cidr.parseList(user.getBypassNetworks()));
            return networks;
        } catch (IllegalArgumentException e) {
            LOG.warning("Ignoring the IP bypass lists for " + user.getUsername() + ": " + e.getMessage());
            return List.of();
        }
    }
}
