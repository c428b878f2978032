package fr.pilotectg.deliberation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids of the three real deliberations of the seed documents, as the demo data loads them: derived from each
 * record (its ACTES identifier, or its number for Lomme, which has none), so they are the same on every machine and
 * another module's demo data can link to them (a convention's authorising act).
 */
public final class SeedDeliberationIds {

    /** Lens, conseil municipal of 14/12/2022, 062-216204982-20221214-DLB13_14122022-DE. */
    public static final UUID LENS = of("062-216204982-20221214-DLB13_14122022-DE");
    /** Armentières, conseil municipal of 09/02/2023, DE23.027, 059-215900176-20230209-DE23027-DE. */
    public static final UUID ARMENTIERES = of("059-215900176-20230209-DE23027-DE");
    /** Lomme, conseil communal of 23/06/2021, délibération 2021/58. */
    public static final UUID LOMME = of("lomme-2021/58");

    private SeedDeliberationIds() {}

    /** The id of the seed record known by {@code record}. */
    public static UUID of(String record) {
        return UUID.nameUUIDFromBytes(("pilote-ctg:deliberation:" + record).getBytes(StandardCharsets.UTF_8));
    }
}
