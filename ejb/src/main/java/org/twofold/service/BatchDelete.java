package org.twofold.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;

/**
 * Deletes at most a given number of rows that match a condition, so that a big backlog is
 * cleared in many short transactions, never one long one. JPQL's DELETE has no row limit, so
 * the keys are selected first; the DELETE checks the condition again, in case a row changed
 * in between (an app confirmed just then stays).
 */
public final class BatchDelete {

    private BatchDelete() {
    }

    /**
     * @param entity    the entity's name, aliased {@code e} in {@code condition}
     * @param key       its key attribute
     * @param condition which rows go, in JPQL over {@code e}
     * @return how many rows were deleted; fewer than {@code max} means none are left
     */
    public static int upTo(int max, EntityManager em, String entity, String key, String condition,
                           Map<String, ?> parameters) {
        Query select = em.createQuery("SELECT e." + key + " FROM " + entity + " e WHERE " + condition);
        parameters.forEach(select::setParameter);
        List<?> keys = select.setMaxResults(max).getResultList();
        if (keys.isEmpty()) {
            return 0;
        }
        Query delete = em.createQuery("DELETE FROM " + entity + " e WHERE e." + key + " IN :keys AND (" + condition + ")");
        parameters.forEach(delete::setParameter);
        return delete.setParameter("keys", keys).executeUpdate();
    }
}
