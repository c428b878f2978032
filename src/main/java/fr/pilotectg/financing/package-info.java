/**
 * Financement: the money of a convention — prestations de service, bonus territoire CTG (existing places, new places by
 * the territory's wealth tranche, rattrapage, ALSH, RPE) and the other bonuses (mixité sociale, inclusion handicap,
 * complément inclusif ALSH, trajectoire, mission RPE). Every amount, rate and threshold is a dated, sourced parameter
 * (national values shipped, a Caf's overrides kept with their history, ADR "financing rules as data"); a pure engine
 * ({@link fr.pilotectg.financing.domain.FundingEngine}) computes each line with its explanation from the inputs of each
 * structure and year, and checks the total against the envelope the convention states and the CEJ reference N-1. Asks
 * convention ({@link fr.pilotectg.convention.Conventions}, the one guard of what hangs on a convention) and, to generate a
 * scenario from the schéma de développement, diagnostic ({@link fr.pilotectg.diagnostic.Diagnostics}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Financement",
        allowedDependencies = {
            "shared",
            "platform",
            "territory",
            "directory",
            "convention",
            "equipment",
            "governance",
            "diagnostic"
        })
package fr.pilotectg.financing;
