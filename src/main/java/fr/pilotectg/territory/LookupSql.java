package fr.pilotectg.territory;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of a type-ahead on a folded name column: each typed word (at most {@link #MAX_WORDS}) must occur in it, and a
 * rank puts the exact name first, then names that start with the text, then names with a word that starts with it.
 * The territory's suggestions and the directory's (organisations, whose names are folded the same way) use it.
 */
public final class LookupSql {

    static final int MAX_WORDS = 6;
    private final String column;
    private final Lookup lookup;
    private final List<String> words;

    public LookupSql(String column, Lookup lookup) {
        this.column = column;
        this.lookup = lookup;
        List<String> all =
                lookup.folded().isEmpty() ? List.of() : List.of(lookup.folded().split(" "));
        this.words = all.subList(0, Math.min(all.size(), MAX_WORDS));
    }

    /** Every word in the column (FALSE when the text folds to nothing, e.g. « -- »). */
    public String where() {
        if (words.isEmpty()) return "FALSE";
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) sql.append(" AND ");
            sql.append(column).append(" LIKE :w").append(i);
        }
        return sql.append(")").toString();
    }

    /** 1 exact name, 2 starts with the text, 3 a word starts with it, 4 elsewhere. */
    public String rank() {
        return "CASE WHEN %1$s = :folded THEN 1 WHEN %1$s LIKE :prefix THEN 2 WHEN %1$s LIKE :wordPrefix THEN 3 ELSE 4 END"
                .formatted(column);
    }

    /** Sets {@code :code}, {@code :folded}, {@code :prefix}, {@code :wordPrefix}, {@code :limit} and the words. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        String folded = lookup.folded();
        spec = spec.param("code", lookup.code())
                .param("folded", folded)
                .param("prefix", escapeLike(folded) + "%")
                .param("wordPrefix", "% " + escapeLike(folded) + "%")
                .param("limit", lookup.limit());
        for (int i = 0; i < words.size(); i++) spec = spec.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        return spec;
    }

    /** LIKE's wildcards typed by the user are matched literally (backslash is PostgreSQL's default escape). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
