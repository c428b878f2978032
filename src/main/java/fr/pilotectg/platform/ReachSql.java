package fr.pilotectg.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access rule of {@link Reach#covers(Footprint)} in SQL, for lists that filter in the database. A query names
 * the reach with the parameters {@code :all}, {@code :orgs}, {@code :communes} and {@code :deps}, which
 * {@link #bind} sets; a table stores its rows' footprint as three array columns ({@code uuid[]}, {@code text[]},
 * {@code text[]}), written from {@link Footprint#organisationArray()} and its siblings, and takes the whole filter
 * from {@link #covers}. A stored footprint is never national: rows with three empty arrays are seen by
 * administrators only (e.g. the audit of national reference lists). {@code ReachSqlEquivalenceTests} proves that the
 * two rules select the same rows.
 */
public final class ReachSql {

    private ReachSql() {}

    /** "The reach covers the row": all, or one organisation, commune or département in common. */
    public static String covers(String organisations, String communes, String departements) {
        return "(:all OR " + organisations + " && CAST(:orgs AS uuid[]) OR " + communes
                + " && CAST(:communes AS text[]) OR " + departements + " && CAST(:deps AS text[]))";
    }

    /** Sets {@code :all}, {@code :orgs}, {@code :communes} and {@code :deps} to the reach. */
    public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Reach reach) {
        return spec.param("all", reach.all())
                .param("orgs", reach.organisationArray())
                .param("communes", reach.communeArray())
                .param("deps", reach.departementArray());
    }
}
