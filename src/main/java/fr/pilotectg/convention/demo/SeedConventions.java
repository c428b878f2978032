package fr.pilotectg.convention.demo;

import fr.pilotectg.convention.domain.AuthorisingAct;
import fr.pilotectg.convention.domain.Convention;
import fr.pilotectg.convention.domain.ConventionId;
import fr.pilotectg.convention.domain.ConventionTerms;
import fr.pilotectg.convention.domain.NationalReferenceData;
import fr.pilotectg.convention.domain.PartyKind;
import fr.pilotectg.convention.domain.Period;
import fr.pilotectg.convention.domain.PredecessorContract;
import fr.pilotectg.convention.domain.PredecessorKind;
import fr.pilotectg.convention.domain.Representative;
import fr.pilotectg.convention.domain.RepresentativeRole;
import fr.pilotectg.convention.domain.Signatory;
import fr.pilotectg.shared.InseeCode;
import fr.pilotectg.shared.PartialDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The two real conventions of the Caf du Nord used as seeds, built from their printed text: the CTG Lille –
 * Lomme – Hellemmes 2021-2024 and the CTG Armentières 2023-2026. Organisation ids come from the directory, so they
 * are parameters. People are named as printed, with no contact details. Demo data and tests only: nothing outside this
 * package refers to it.
 */
public final class SeedConventions {

    public static final String CAF_DU_NORD = "Caisse d'allocations familiales du Nord";

    public static final InseeCode LILLE = new InseeCode("59350");
    public static final InseeCode LOMME = new InseeCode("59355");
    public static final InseeCode HELLEMMES = new InseeCode("59298");
    public static final InseeCode ARMENTIERES = new InseeCode("59017");

    /** LLH art. 10: "conclue à compter du 01/01/2021 jusqu'au 31 décembre 2024". */
    public static final Period LLH_PERIOD = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31));
    /** Armentières art. 11: "du 01/01/2023 jusqu'au 31 décembre 2026". */
    public static final Period ARMENTIERES_PERIOD = Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
    /** "Fait à Lille, le 18/01/2023" — before the council deliberation of 9 February 2023. */
    public static final LocalDate ARMENTIERES_SIGNED_ON = LocalDate.of(2023, 1, 18);

    /** LLH art. 3, the collectivité's fields of action, in the printed order. */
    public static final List<String> LLH_COLLECTIVITE_FIELDS = List.of(
            "Éducation",
            "Jeunesse",
            "Petite enfance",
            "Parentalité",
            "Animation de la vie sociale",
            "Culture",
            "Loisirs",
            "Solidarité",
            "Accessibilité",
            "Handicap",
            "Logement",
            "Accès aux droits",
            "Développement durable",
            "Santé");

    private SeedConventions() {}

    /**
     * The terms of the CTG between the Caf du Nord and the Ville de Lille and its communes associées of Hellemmes
     * and Lomme, 2021-2024. Only Lille signs for the three communes; its authorising acts are the Lille – Hellemmes
     * – Lomme deliberation of 29 June 2021 cited in the convention (annexe 3) and the Lomme conseil communal
     * deliberation 2021/58 of 23 June 2021.
     */
    public static ConventionTerms lilleLommeHellemmes2021Terms(UUID cafDuNord, UUID villeDeLille) {
        Signatory caf = Signatory.of(
                PartyKind.CAF,
                cafDuNord,
                CAF_DU_NORD,
                Representative.of(
                        "Lydie LIBRIZZI", RepresentativeRole.BOARD_CHAIR, "Présidente du conseil d'administration"),
                Representative.of("Luc GRARD", RepresentativeRole.DIRECTOR, "Directeur général"));
        Signatory lille = Signatory.of(
                        PartyKind.COMMUNE,
                        villeDeLille,
                        "Ville de Lille",
                        Representative.of("Martine AUBRY", RepresentativeRole.MAYOR, "Maire"))
                .withAuthorisations(
                        AuthorisingAct.of(
                                "Délibération du conseil municipal de la ville de Lille – Hellemmes – Lomme du "
                                        + "29 juin 2021 (annexe 3)",
                                LocalDate.of(2021, 6, 29),
                                null),
                        AuthorisingAct.of(
                                "Délibération du conseil communal de Lomme n° 2021/58 du 23 juin 2021",
                                LocalDate.of(2021, 6, 23),
                                "2021/58"));
        var cej = new PredecessorContract(
                PredecessorKind.CEJ,
                "Contrat enfance jeunesse 2016-2019, prolongé par avenant jusqu'au 31 décembre 2020 "
                        + "(délibération n° 20/466 du 11 décembre 2020)",
                PartialDate.ofYear(2016),
                PartialDate.ofYear(2019),
                PartialDate.of(LocalDate.of(2020, 12, 31)));
        return new ConventionTerms(
                "Convention Territoriale Globale (CTG) entre la Caf du Nord et la Ville de Lille et ses communes "
                        + "associées d'Hellemmes et de Lomme",
                LLH_PERIOD,
                List.of(LILLE, LOMME, HELLEMMES),
                List.of(),
                List.of(caf, lille),
                List.of(),
                NationalReferenceData.standardDomainCodes(),
                NationalReferenceData.allMissionsWithAllEnjeux(),
                LLH_COLLECTIVITE_FIELDS,
                cej);
    }

    /**
     * The LLH convention, signed. The printed text leaves the date blank ("Fait à LILLE Le…………2021"), so the
     * caller gives it. Lille's deliberation is taken as adopted; the Caf needs none.
     */
    public static Convention lilleLommeHellemmes2021(
            ConventionId id, UUID cafDuNord, UUID villeDeLille, LocalDate signedOn) {
        Convention convention = Convention.draft(id, lilleLommeHellemmes2021Terms(cafDuNord, villeDeLille));
        convention.submitForSignature();
        convention.sign(signedOn, "Lille", Set.of(villeDeLille));
        return convention;
    }

    /**
     * The terms of the CTG between the Caf du Nord and the commune d'Armentières, 2023-2026. It follows the first
     * CTG 2020-2022 (authorised by the council on 17 December 2020, 3 years, ended on 31 December 2022). The
     * "(et autres partenaires financeurs/décideurs éventuels, en particulier la MSA)" line is a template prompt:
     * no MSA signs. Art. 3 lists no fields of its own, so the collectivité fields are empty.
     */
    public static ConventionTerms armentieres2023Terms(UUID cafDuNord, UUID armentieres) {
        Signatory caf = Signatory.of(
                PartyKind.CAF,
                cafDuNord,
                CAF_DU_NORD,
                Representative.of(
                        "Véronique DELCOURT", RepresentativeRole.BOARD_CHAIR, "Présidente du conseil d'administration"),
                Representative.of("Audrey MATHON-DEBETENCOURT", RepresentativeRole.DIRECTOR, "Directrice par intérim"));
        Signatory commune = Signatory.of(
                        PartyKind.COMMUNE,
                        armentieres,
                        "Commune d'Armentières",
                        Representative.of("Bernard HAESEBROECK", RepresentativeRole.MAYOR, "Maire"))
                .withAuthorisations(AuthorisingAct.of(
                        "Délibération du conseil municipal d'Armentières DE23.027 du 9 février 2023 (annexe 3)",
                        LocalDate.of(2023, 2, 9),
                        "059-215900176-20230209-DE23027-DE"));
        var firstCtg = new PredecessorContract(
                PredecessorKind.CTG,
                "Première convention territoriale globale Caf du Nord – Ville d'Armentières 2020-2022 "
                        + "(délibération du conseil municipal du 17 décembre 2020)",
                PartialDate.ofYear(2020),
                PartialDate.ofYear(2022),
                null);
        return new ConventionTerms(
                "Convention Territoriale Globale (CTG) entre la Caisse d'allocations familiales du Nord et la commune "
                        + "d'Armentières 2023-2026",
                ARMENTIERES_PERIOD,
                List.of(ARMENTIERES),
                List.of(),
                List.of(caf, commune),
                List.of(),
                NationalReferenceData.standardDomainCodes(),
                NationalReferenceData.allMissionsWithAllEnjeux(),
                List.of(),
                firstCtg);
    }

    /** The Armentières convention, signed at Lille on 18/01/2023 (its council deliberation is dated 09/02/2023). */
    public static Convention armentieres2023(ConventionId id, UUID cafDuNord, UUID armentieres) {
        Convention convention = Convention.draft(id, armentieres2023Terms(cafDuNord, armentieres));
        convention.submitForSignature();
        convention.sign(ARMENTIERES_SIGNED_ON, "Lille", Set.of(armentieres));
        return convention;
    }
}
