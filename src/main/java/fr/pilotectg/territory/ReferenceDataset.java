package fr.pilotectg.territory;

import java.time.Instant;

/** One loaded reference dataset and its millésime. */
public record ReferenceDataset(String dataset, String millesime, String source, int rowCount, Instant importedAt) {}
