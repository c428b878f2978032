package fr.pilotectg.territory.domain;

import java.io.IOException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A bundled reference dataset: its name, millésime, provenance, and how to replace its rows. */
public interface ReferenceSource {

    String dataset();

    String millesime();

    String description();

    /** Deletes the dataset's rows and writes the bundled ones, inside the caller's transaction; returns the row count. */
    int replace(JdbcClient jdbc) throws IOException;
}
