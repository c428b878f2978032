package fr.pilotectg.convention.domain;

import java.util.List;
import java.util.Optional;

/**
 * The national texts every CTG of the Caf du Nord template repeats word for word: the ten domaines d'intervention
 * of the preamble and the four missions of the branche Famille with the enjeux listed under each (LLH art. 4,
 * Armentières art. 5; domain-spec §2.4 and §2.5). Labels are copied from the seeds. This list will seed a database
 * table that administrators may edit (add a custom domain, fix a wording), so nothing else should hard-code it.
 *
 * <p>Where the two seeds differ, the label follows LLH 2021 and the other wording is kept in {@code otherWordings}.
 * LLH also prints mission M2 as two headings, "Faciliter la relation parentale" (E3) and "Favoriser le
 * développement de l'enfant et soutenir les jeunes" (E4, E5); Armentières keeps it whole, as here.
 */
public final class NationalReferenceData {

    /** A standard domaine d'intervention, in the order of the Caf list. */
    public record StandardDomain(DomainCode code, String label, int rank) {}

    /** An enjeu, under one Caf mission. */
    public record Enjeu(String code, String label, List<String> otherWordings) {
        public Enjeu {
            otherWordings = List.copyOf(otherWordings);
        }
    }

    /** One of the four missions of the branche Famille, with its enjeux. */
    public record CafMission(String code, String label, int rank, List<Enjeu> enjeux) {
        public CafMission {
            enjeux = List.copyOf(enjeux);
        }

        public List<String> enjeuCodes() {
            return enjeux.stream().map(Enjeu::code).toList();
        }
    }

    /**
     * "petite enfance, enfance, jeunesse, parentalité, accès aux droits et aux services, inclusion numérique,
     * animation de la vie sociale, logement, handicap, accompagnement social, etc." (LLH and Armentières preambles).
     */
    public static final List<StandardDomain> DOMAINS = List.of(
            new StandardDomain(DomainCode.PETITE_ENFANCE, "Petite enfance", 1),
            new StandardDomain(DomainCode.ENFANCE, "Enfance", 2),
            new StandardDomain(DomainCode.JEUNESSE, "Jeunesse", 3),
            new StandardDomain(DomainCode.PARENTALITE, "Parentalité", 4),
            new StandardDomain(DomainCode.ACCES_AUX_DROITS_ET_SERVICES, "Accès aux droits et aux services", 5),
            new StandardDomain(DomainCode.INCLUSION_NUMERIQUE, "Inclusion numérique", 6),
            new StandardDomain(DomainCode.ANIMATION_VIE_SOCIALE, "Animation de la vie sociale", 7),
            new StandardDomain(DomainCode.LOGEMENT, "Logement", 8),
            new StandardDomain(DomainCode.HANDICAP, "Handicap", 9),
            new StandardDomain(DomainCode.ACCOMPAGNEMENT_SOCIAL, "Accompagnement social", 10));

    /** The four missions and their ten enjeux, as printed in LLH art. 4 and Armentières art. 5. */
    public static final List<CafMission> CAF_MISSIONS = List.of(
            new CafMission(
                    "M1",
                    "Aider les familles à concilier vie familiale, vie professionnelle et vie sociale",
                    1,
                    List.of(
                            enjeu(
                                    "E1",
                                    "Poursuivre la structuration d'une offre diversifiée en direction de la petite enfance"),
                            enjeu(
                                    "E2",
                                    "Poursuivre la structuration d'une offre diversifiée en direction des enfants"))),
            new CafMission(
                    "M2",
                    "Faciliter la relation parentale, favoriser le développement de l'enfant et soutenir les jeunes",
                    2,
                    List.of(
                            enjeu("E3", "Compenser les charges familiales et accompagner les parents dans leur rôle"),
                            enjeu(
                                    "E4",
                                    "Contribuer à l'égalité des chances en matière de réussite scolaire et renforcer le lien "
                                            + "entre les familles et l'école"),
                            enjeu("E5", "Faciliter l'autonomie des jeunes, élément de passage à l'âge adulte"))),
            new CafMission(
                    "M3",
                    "Accompagner les familles pour améliorer leur cadre de vie et leurs conditions de logement",
                    3,
                    List.of(
                            enjeu(
                                    "E6",
                                    "Favoriser, pour les familles, des conditions de logement et un cadre de vie de qualité"),
                            new Enjeu(
                                    "E7",
                                    "Faciliter l'intégration des familles dans la vie collective et citoyenne",
                                    List.of(
                                            "Faciliter l'intégration des usagers dans la vie collective et citoyenne")))),
            new CafMission(
                    "M4",
                    "Créer les conditions favorables à l'autonomie, à l'insertion sociale et professionnelle",
                    4,
                    List.of(
                            enjeu("E8", "Soutenir les personnes et les familles confrontées au handicap"),
                            enjeu(
                                    "E9",
                                    "Aider les familles confrontées à des événements ou des difficultés fragilisant la vie familiale"),
                            enjeu(
                                    "E10",
                                    "Accompagner le parcours d'insertion et le retour (et maintien) dans l'emploi des personnes "
                                            + "et des familles en situation de pauvreté"))));

    private NationalReferenceData() {}

    public static Optional<StandardDomain> standardDomain(DomainCode code) {
        return DOMAINS.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public static Optional<CafMission> mission(String code) {
        return CAF_MISSIONS.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    public static Optional<Enjeu> enjeu(String code) {
        return CAF_MISSIONS.stream()
                .flatMap(m -> m.enjeux().stream())
                .filter(e -> e.code().equals(code))
                .findFirst();
    }

    /** The mission an enjeu belongs to. */
    public static Optional<CafMission> missionOf(String enjeuCode) {
        return CAF_MISSIONS.stream()
                .filter(m -> m.enjeuCodes().contains(enjeuCode))
                .findFirst();
    }

    /** The ten standard domain codes, in order. */
    public static List<DomainCode> standardDomainCodes() {
        return DOMAINS.stream().map(StandardDomain::code).toList();
    }

    /** The four missions each with all its enjeux retained, as both Nord seeds list them. */
    public static List<RetainedMission> allMissionsWithAllEnjeux() {
        return CAF_MISSIONS.stream()
                .map(m -> new RetainedMission(m.code(), m.enjeuCodes()))
                .toList();
    }

    private static Enjeu enjeu(String code, String label) {
        return new Enjeu(code, label, List.of());
    }
}
