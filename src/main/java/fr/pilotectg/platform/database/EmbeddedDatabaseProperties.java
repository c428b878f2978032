package fr.pilotectg.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code pilote.embedded-db.*}).
 *
 * @param persistent keep the cluster on disk between runs (true for {@code run}, false for tests)
 * @param dataDirectory where the persistent cluster lives; relative paths start at the working directory
 * @param port fixed port for the persistent cluster, or 0 for any free port
 */
@ConfigurationProperties("pilote.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean persistent,
        @DefaultValue("data/postgres") String dataDirectory,
        @DefaultValue("0") int port) {}
