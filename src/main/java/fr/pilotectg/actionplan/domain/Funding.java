package fr.pilotectg.actionplan.domain;

import java.math.BigDecimal;

/** A funder and its amount in euros (two decimals; the shared kernel has no money type). */
public record Funding(String funder, BigDecimal amount) {

    public Funding {
        funder = funder == null ? "" : funder.strip();
    }
}
