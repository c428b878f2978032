package fr.pilotectg.evaluation.demo;

import fr.pilotectg.convention.ConventionSummary;
import fr.pilotectg.convention.Conventions;
import fr.pilotectg.evaluation.domain.Computations;
import fr.pilotectg.evaluation.domain.Direction;
import fr.pilotectg.evaluation.domain.EvaluationRepository;
import fr.pilotectg.evaluation.domain.Indicator;
import fr.pilotectg.evaluation.domain.IndicatorData;
import fr.pilotectg.evaluation.domain.IndicatorService;
import fr.pilotectg.evaluation.domain.IndicatorUnit;
import fr.pilotectg.evaluation.domain.Review;
import fr.pilotectg.evaluation.domain.ReviewService;
import fr.pilotectg.evaluation.domain.YearSpan;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo evaluation of the CTG Lille – Lomme – Hellemmes 2021-2024, after the demo action plans (order 70), with fixed
 * ids so that loading twice changes nothing: places created (computed from the schéma de développement), actions late
 * (computed from the plan), and three indicators with a baseline, targets and values. The convention's article
 * "Évaluation" names no figure: every baseline, target and value entered here is invented and says so in its source.
 * Also the 2022 annual review (not frozen) and a draft of the final bilan with the objectives to carry over.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoEvaluation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);
    static final UUID LLH = UUID.fromString("6c1f0f1e-2021-4c71-8a11-0000000000a1");
    static final UUID FICHE_LILLE = UUID.fromString("6c1f0f1e-5000-4c71-8a11-0000000f1001");
    static final String DEMO = "Contenu de démonstration : valeurs inventées, la convention n’en donne pas";
    private static final OffsetDateTime ENTERED = OffsetDateTime.of(2023, 1, 15, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    private final EvaluationRepository repository;
    private final Conventions conventions;
    private final AuditTrail audit;
    private final MessageSource messages;

    DemoEvaluation(EvaluationRepository repository, Conventions conventions, AuditTrail audit, MessageSource messages) {
        this.repository = repository;
        this.conventions = conventions;
        this.audit = audit;
        this.messages = messages;
    }

    /** Fixed ids: 6c1f0f1e-6000-4c71-8a11-00000000e<nnn>. */
    static UUID id(int n) {
        return UUID.fromString("6c1f0f1e-6000-4c71-8a11-00000000e%03d".formatted(n));
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        conventions.find(LLH).ifPresent(this::load);
    }

    private void load(ConventionSummary c) {
        YearSpan span = YearSpan.of(c.start(), c.end());
        registerIndicator(
                Indicator.create(
                        id(1),
                        LLH,
                        "I09",
                        Computations.PLACES_CREATED,
                        1,
                        new IndicatorData(
                                "Places créées",
                                "Places d’accueil ouvertes depuis le début de la convention (cumul au 31 décembre), "
                                        + "à comparer aux places prévues par le schéma de développement (cibles).",
                                IndicatorUnit.PLACES,
                                Direction.HIGHER_IS_BETTER,
                                "Cibles : " + DEMO,
                                null,
                                null,
                                List.of(),
                                Map.of(2021, bd("10"), 2022, bd("25"), 2023, bd("40"), 2024, bd("60"))),
                        span),
                c);

        Indicator coverage = Indicator.create(
                id(2),
                LLH,
                "I06",
                null,
                2,
                new IndicatorData(
                        "Taux de couverture petite enfance",
                        "Places d’accueil formel pour les enfants de moins de 3 ans / enfants "
                                + "de moins de 3 ans × 100.",
                        IndicatorUnit.PERCENT,
                        Direction.HIGHER_IS_BETTER,
                        "Cnaf / ONPE — " + DEMO,
                        bd("55.0"),
                        2020,
                        List.of(),
                        Map.of(2022, bd("57"), 2024, bd("60"))),
                span);
        coverage.record(2021, bd("55.4"), "system", ENTERED, span);
        coverage.record(2022, bd("56.1"), "system", ENTERED, span);
        coverage.record(2023, bd("57.8"), "system", ENTERED, span);
        registerIndicator(coverage, c);

        Indicator governance = Indicator.create(
                id(3),
                LLH,
                "I13",
                null,
                3,
                new IndicatorData(
                        "Instances de gouvernance tenues",
                        "Comités de pilotage et comités techniques tenus dans l’année "
                                + "(1 COPIL en juin, 2 COTECH en mai et novembre prévus par la convention).",
                        IndicatorUnit.NUMBER,
                        Direction.HIGHER_IS_BETTER,
                        "Comptes rendus — " + DEMO,
                        null,
                        null,
                        List.of(FICHE_LILLE),
                        Map.of(2021, bd("3"), 2022, bd("3"), 2023, bd("3"), 2024, bd("3"))),
                span);
        governance.record(2021, bd("2"), "system", ENTERED, span);
        governance.record(2022, bd("3"), "system", ENTERED, span);
        registerIndicator(governance, c);

        Indicator laep = Indicator.create(
                id(4),
                LLH,
                "I10",
                null,
                4,
                new IndicatorData(
                        "Actes LAEP / ludothèque",
                        "Actes réalisés dans l’année par les lieux d’accueil enfants-parents et "
                                + "ludothèques du territoire.",
                        IndicatorUnit.ACTES,
                        Direction.HIGHER_IS_BETTER,
                        "Gestionnaires — " + DEMO,
                        bd("1200"),
                        2020,
                        List.of(),
                        Map.of(2022, bd("1400"), 2024, bd("1600"))),
                span);
        laep.record(2021, bd("1150"), "system", ENTERED, span);
        laep.record(2022, bd("1320"), "system", ENTERED, span);
        registerIndicator(laep, c);

        registerIndicator(
                Indicator.create(
                        id(5),
                        LLH,
                        "A02",
                        Computations.ACTIONS_LATE,
                        5,
                        new IndicatorData(
                                "Actions en retard",
                                "Fiches action dont une échéance est passée sans être réalisée.",
                                IndicatorUnit.NUMBER,
                                Direction.LOWER_IS_BETTER,
                                "Plan d’actions",
                                null,
                                null,
                                List.of(),
                                Map.of(2024, bd("0"))),
                        span),
                c);

        Review review = Review.open(LLH, Review.Kind.ANNUAL, 2022);
        review.write(new Review.Texts(
                "Contenu de démonstration. Le diagnostic partagé est engagé à l’échelle des trois communes ; "
                        + "les instances prévues ont été tenues. L’échéance du 31/12/2022 n’est pas entièrement tenue.",
                "Reporter au premier semestre 2023 la finalisation du diagnostic partagé ; présenter le plan d’actions au comité de "
                        + "pilotage de juin 2023.",
                "",
                List.of()));
        registerReview(review, c);

        Review bilan = Review.open(LLH, Review.Kind.FINAL, null);
        bilan.write(new Review.Texts(
                "Contenu de démonstration (projet de bilan). La convention a permis de structurer la coopération "
                        + "entre les trois communes et la Caf.",
                "",
                "Les instances de pilotage se sont installées ; l’offre d’accueil du jeune enfant a progressé sans atteindre la cible.",
                List.of(
                        "Atteindre un taux de couverture petite enfance de 60 %",
                        "Finaliser et partager le diagnostic à l’échelle des trois communes",
                        "Développer les actions de soutien à la parentalité (LAEP, ludothèques)")));
        registerReview(bilan, c);
        log.info(
                "Demo evaluation loaded (CTG Lille – Lomme – Hellemmes: indicators, 2022 annual review, final bilan draft).");
    }

    /** Stores an indicator whoever runs it (no access check: demo data), if it does not exist yet. */
    private void registerIndicator(Indicator indicator, ConventionSummary convention) {
        if (repository.indicatorExists(indicator.id())) return;
        repository.insertIndicator(indicator, "system");
        audit.record(new AuditRecord(
                IndicatorService.ENTITY,
                indicator.id().toString(),
                "created",
                text("evaluation.audit.indicator.loaded", indicator.data().name()),
                List.of(),
                convention.footprint()));
    }

    /** Stores a review's texts whoever runs it, if it does not exist yet. */
    private void registerReview(Review review, ConventionSummary convention) {
        boolean exists = review.kind() == Review.Kind.FINAL
                ? repository.findFinal(convention.id()).isPresent()
                : repository.findAnnual(convention.id(), review.year()).isPresent();
        if (exists) return;
        repository.insertReview(review, "system");
        audit.record(new AuditRecord(
                ReviewService.ENTITY,
                review.id().toString(),
                "created",
                text("evaluation.audit.review.loaded." + review.kind().name(), review.year()),
                List.of(),
                convention.footprint()));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRANCE);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
