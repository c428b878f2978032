package fr.pilotectg.actionplan.domain;

import fr.pilotectg.actionplan.FunderKind;
import java.math.BigDecimal;

/**
 * A funder and its amount in euros (two decimals; the shared kernel has no money type), with its kind and the year the
 * amount is for (within the convention's period); a kind or a year not given is « non renseigné » (null).
 */
public record Funding(String funder, BigDecimal amount, FunderKind kind, Integer year) {

    public Funding {
        funder = funder == null ? "" : funder.strip();
    }

    /** A funding line whose kind and year are not said. */
    public Funding(String funder, BigDecimal amount) {
        this(funder, amount, null, null);
    }
}
