package fr.pilotectg.deliberation.demo;

import fr.pilotectg.deliberation.SeedDeliberationIds;
import fr.pilotectg.deliberation.domain.ActesIdentifier;
import fr.pilotectg.deliberation.domain.ActesMatiere;
import fr.pilotectg.deliberation.domain.Attendance;
import fr.pilotectg.deliberation.domain.CouncilBody;
import fr.pilotectg.deliberation.domain.Deliberation;
import fr.pilotectg.deliberation.domain.Issuer;
import fr.pilotectg.deliberation.domain.MemberName;
import fr.pilotectg.deliberation.domain.PrefectureTransmission;
import fr.pilotectg.deliberation.domain.Seance;
import fr.pilotectg.deliberation.domain.Vote;
import fr.pilotectg.shared.Siren;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The three real deliberations of the seed documents, typed as printed (persons' names only, in the records' own
 * spelling), for the demo data and the tests. The caller gives the organisation each one belongs to; the deliberation
 * ids are derived from the records so that loading them twice gives the same ids.
 * <p>
 * Where a list prints "MM. MAZURE et GHEYSSENS" or "Mmes CHOCHOI et MAZEREUW", each member gets his or her own entry
 * with the singular civility ("M. MAZURE", "M. GHEYSSENS").
 */
public final class SeedDeliberations {

    public static final String LENS_ACTES_ID = "062-216204982-20221214-DLB13_14122022-DE";
    /** Printed on the stamp of the Armentières CTG (seed 003), which was transmitted as the annex of DE23.027. */
    public static final String ARMENTIERES_ACTES_ID = "059-215900176-20230209-DE23027-DE";

    private SeedDeliberations() {}

    /**
     * Lens, conseil municipal of 14 December 2022, 18:00 (seed 002): 39 in office, 30 present, 5 proxies, 3 excused
     * without proxy, 1 absent; adopted unanimously; received by the préfet on 19/12/2022; posted on 15/12/2022.
     */
    public static Deliberation lens(UUID organisationId) {
        var deliberation = Deliberation.record(
                idOf(LENS_ACTES_ID),
                organisationId,
                new Issuer("Ville de Lens", new Siren("216204982")),
                CouncilBody.CONSEIL_MUNICIPAL,
                "DLB13_14122022",
                "CONVENTION TERRITORIALE GLOBALE ENTRE LA VILLE DE LENS ET LA CAISSE D'ALLOCATIONS FAMILIALES DU PAS DE "
                        + "CALAIS – PERIODE 2022-2026",
                new Seance(LocalDate.of(2022, 12, 14), LocalTime.of(18, 0), "Hôtel de ville"));
        deliberation.recordConvocation(LocalDate.of(2022, 12, 7));
        deliberation.classify(ActesMatiere.parse("09.01"));
        deliberation.assignRapporteur(MemberName.of("Madame Sandrine LAGNIEZ"));
        deliberation.recordAttendance(Attendance.builder(39)
                .president("Sylvain ROBERT")
                .secretary("Jordan LOURDEL")
                .present(
                        "M. ROBERT",
                        "Mme AIT CHIKHEBBIH",
                        "M. MAZURE",
                        "M. GHEYSSENS",
                        "Mme CORRE",
                        "M. CECAK",
                        "Mme LEFEBVRE",
                        "M. OUDJANI",
                        "Mme LAGNIEZ",
                        "M. BOUKERCHA",
                        "Mme MEPHU NGUIFO",
                        "M. DESOUTTER",
                        "Mme CHOCHOI",
                        "Mme MAZEREUW",
                        "M. CUGIER",
                        "Mme NION",
                        "M. DAUBRESSE",
                        "M. REAL",
                        "Mme MASSET",
                        "M. HOJNATZKI",
                        "Mme LOURDELLE",
                        "Mme GLEMBA",
                        "Mme BRAET",
                        "M. LOURDEL",
                        "Mme JACKOWSKI",
                        "M. NYCZ",
                        "Mme LEROY",
                        "Mme LAUWERS",
                        "M. PACH",
                        "M. CLAVET")
                .proxy("M. HANON", "M. ROBERT")
                .proxy("Mme BOURDON", "M. NYCZ")
                .proxy("Mme VAIRON", "M. BOUKERCHA")
                .proxy("Mme BRASSART", "Mme CHOCHOI")
                .proxy("Mme BEDNARSKA", "M. CUGIER")
                .excused("M. DUCASTEL", "M. BERNA", "Mme VINCENT")
                .absent("M. DESMARETZ")
                .build());
        deliberation.recordVote(Vote.unanimity());
        deliberation.recordTransmission(
                new PrefectureTransmission(ActesIdentifier.parse(LENS_ACTES_ID), null, LocalDate.of(2022, 12, 19)));
        deliberation.publish(LocalDate.of(2022, 12, 15));
        return deliberation;
    }

    /**
     * Armentières, conseil municipal of 9 February 2023, 19:30, délibération DE23.027 (seed 004): 35 in office,
     * "Conseillers présents : 28", 28 names in the PRESENTS list — Philémon BRUNET among them although he also gave his
     * proxy to Arnaud MARIE — and the presiding mayor outside it, 7 proxies; adopted unanimously. ACTES identifier and
     * préfecture dates (sent and received 14/02/2023, "Publié le" left blank) from the stamp of seed 003.
     */
    public static Deliberation armentieres(UUID organisationId) {
        var deliberation = Deliberation.record(
                idOf(ARMENTIERES_ACTES_ID),
                organisationId,
                new Issuer("Ville d'Armentières", new Siren("215900176")),
                CouncilBody.CONSEIL_MUNICIPAL,
                "DE23.027",
                "CONVENTION TERRITORIALE GLOBALE 2023/2026 – RENOUVELLEMENT DE CONVENTION – Autorisation - Approbation",
                new Seance(LocalDate.of(2023, 2, 9), LocalTime.of(19, 30), "Hôtel de Ville"));
        deliberation.recordConvocation(LocalDate.of(2023, 2, 3));
        deliberation.recordAttendance(Attendance.builder(35)
                .declaredPresent(28)
                .president("Bernard HAESBROECK")
                .secretary("Alexis DEBUISSON")
                .present(
                        "Jean-Michel MONPAYS",
                        "Sylvie GUSTIN",
                        "Arnaud MARIE",
                        "Céline LEROUX",
                        "Catherine DE PARIS",
                        "Jean-Louis MERTEN",
                        "Martine DUBREU",
                        "Thomas BLACTOT",
                        "Ibtissam MARZAK-AFFAOUI",
                        "Rut LERNER-BERTRAND",
                        "Valérie PRINGUEZ",
                        "Grégory PICKEU",
                        "Philippe CATTOIRE",
                        "Alexis DEBUISSON",
                        "Dominique BAILLEUL",
                        "Véronique NAEYE",
                        "Pierre VANNESTE",
                        "Sophie TANGHE",
                        "Cristiane DELESTREZ",
                        "Philémon BRUNET",
                        "Michel PLOUY",
                        "Jean-Jacques DERUYTER",
                        "Caroline BAURANCE",
                        "Hans LANDLER",
                        "Bruno VANGAEVEREN",
                        "Benjamin TISON-BEERNAERT",
                        "Mylène MERAD",
                        "Mélanie DEZEURE")
                .proxy("Laurent DERONNE", "Bernard HAESBROECK")
                .proxy("Hugues QUESTE", "Jean-Michel MONPAYS")
                .proxy("Martine COBBAERT", "Sylvie GUSTIN")
                .proxy("Lahcem AIT EL HAJ", "Céline LEROUX")
                .proxy("Carolé CASIER", "Catherine DE PARIS")
                .proxy("Philémon BRUNET", "Arnaud MARIE")
                .proxy("Désiré BAILLON", "Michel PLOUY")
                .build());
        deliberation.recordVote(Vote.unanimity());
        deliberation.recordTransmission(new PrefectureTransmission(
                ActesIdentifier.parse(ARMENTIERES_ACTES_ID), LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 14)));
        return deliberation;
    }

    /**
     * Lomme, conseil communal of 23 June 2021, délibération 2021/58 (printed "2021/ 58", seed 000): adopted unanimously,
     * signed by the mayor only. The extract gives no time, attendance, ACTES identifier nor préfecture date.
     */
    public static Deliberation lomme(UUID organisationId) {
        var deliberation = Deliberation.record(
                idOf("lomme-2021/58"),
                organisationId,
                new Issuer("Commune associée de Lomme", null),
                CouncilBody.CONSEIL_COMMUNAL,
                "2021/58",
                "CONVENTION TERRITORIALE GLOBALE (CTG) 2021-2024 ENTRE LA CAISSE D'ALLOCATIONS FAMILIALES DU NORD ET LA "
                        + "VILLE",
                Seance.on(LocalDate.of(2021, 6, 23)));
        deliberation.recordVote(Vote.unanimity());
        return deliberation;
    }

    /** See {@link SeedDeliberationIds}: the same record always gives the same id. */
    private static UUID idOf(String record) {
        return SeedDeliberationIds.of(record);
    }
}
