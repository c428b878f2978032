package fr.pilotectg.territory.domain;

import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled reference datasets at start-up. Idempotent: a dataset whose millésime is already recorded is
 * skipped. Each dataset is replaced in one transaction, so a failed import leaves the previous millésime intact.
 * Runs before every other start-up task (demo data needs the communes).
 */
@Component
@Order(0)
public class ReferenceDataImporter implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<ReferenceSource> sources;

    ReferenceDataImporter(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            List<ReferenceSource> sources) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.sources = sources;
    }

    @Override
    public void run(ApplicationArguments args) {
        sources.forEach(this::importIfNew);
    }

    /** Imports the source unless its millésime is already loaded; returns whether it imported. */
    public boolean importIfNew(ReferenceSource source) {
        Optional<String> loaded = jdbc.sql("SELECT millesime FROM territory.reference_import WHERE dataset = :dataset")
                .param("dataset", source.dataset())
                .query(String.class)
                .optional();
        if (loaded.filter(source.millesime()::equals).isPresent()) {
            log.debug("Reference dataset {} {} already loaded", source.dataset(), source.millesime());
            return false;
        }
        long start = System.nanoTime();
        Integer rows = transactions.execute(status -> {
            try {
                int count = source.replace(jdbc);
                jdbc.sql("DELETE FROM territory.reference_import WHERE dataset = :dataset")
                        .param("dataset", source.dataset())
                        .update();
                jdbc.sql("""
                                INSERT INTO territory.reference_import (dataset, millesime, source, row_count, imported_at)
                                VALUES (:dataset, :millesime, :source, :rows, :at)""")
                        .param("dataset", source.dataset())
                        .param("millesime", source.millesime())
                        .param("source", source.description())
                        .param("rows", count)
                        .param("at", OffsetDateTime.now(clock))
                        .update();
                audit.record(new AuditRecord(
                        "reference-data",
                        source.dataset(),
                        "imported",
                        "Import du référentiel " + source.dataset() + " millésime " + source.millesime() + " (" + count
                                + " lignes)",
                        List.of(new fr.pilotectg.platform.AuditChange(
                                "millesime", loaded.orElse(null), source.millesime())),
                        Footprint.nationalData()));
                return count;
            } catch (IOException e) {
                throw new ReferenceImportFailed(source.dataset(), e);
            }
        });
        log.info(
                "Reference dataset {} {} imported: {} rows in {} ms",
                source.dataset(),
                source.millesime(),
                rows,
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** A bundled file could not be read; the transaction rolls back and the previous data stays. */
    public static class ReferenceImportFailed extends RuntimeException {
        ReferenceImportFailed(String dataset, Exception cause) {
            super("Import of reference dataset " + dataset + " failed", cause);
        }
    }
}
