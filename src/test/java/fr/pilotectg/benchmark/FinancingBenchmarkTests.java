package fr.pilotectg.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.financing.ParameterCode;
import fr.pilotectg.financing.domain.EnvelopePeriod;
import fr.pilotectg.financing.domain.FinancingInputs;
import fr.pilotectg.financing.domain.FinancingInputs.Opening;
import fr.pilotectg.financing.domain.FinancingInputs.Structure;
import fr.pilotectg.financing.domain.FinancingInputs.Support;
import fr.pilotectg.financing.domain.FinancingInputs.Territory;
import fr.pilotectg.financing.domain.FinancingInputs.YearFigures;
import fr.pilotectg.financing.domain.FundingEngine;
import fr.pilotectg.financing.domain.FundingPlan;
import fr.pilotectg.financing.domain.ParameterVersion;
import fr.pilotectg.financing.domain.Parameters;
import fr.pilotectg.financing.domain.StructureKind;
import fr.pilotectg.financing.domain.YearParameters;
import fr.pilotectg.shared.Euros;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The financing engine at national scale (run with `./mvnw -Pbenchmark verify`): 100 000 structures (60 % EAJE, 25 %
 * ALSH, 10 % RPE, 5 % LAEP) spread over the real communes of the reference list (one territory each), over 4 years,
 * every line with its explanation and the plan's totals — against a plain Java loop over the same inputs that computes
 * the same amounts with no explanation, no parameter lookup and no totals by structure, both measured in the same run
 * (3 warm-up rounds, then the median of 5). The targets: under 2 s, heap under 512 MB, within 3× the loop. A
 * benchmark reports figures; it fails only if the two do not find the same total.
 */
@Tag("benchmark")
class FinancingBenchmarkTests {

    private static final Logger log = LoggerFactory.getLogger(FinancingBenchmarkTests.class);
    static final int STRUCTURES = 100_000;
    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

    /** The heap the computation must fit in (the target): the measuring JVM is started with it as its maximum. */
    static final String MAX_HEAP = "-Xmx512m";

    @Test
    void oneHundredThousandStructuresOverFourYears() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        MAX_HEAP,
                        "-cp",
                        classPath,
                        FinancingBenchmarkTests.class.getName())
                .redirectErrorStream(true)
                .start();
        String output;
        try (var in = child.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = child.waitFor();
        log.info("Financing benchmark (JVM {}): {}", MAX_HEAP, output.strip());
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("same total");
    }

    /** Runs in a JVM of {@link #MAX_HEAP}: running out of it fails the benchmark. */
    public static void main(String[] args) throws Exception {
        List<String> communes = communes();
        FinancingInputs inputs = synthetic(communes);
        Parameters parameters = new Parameters(national());
        List<YearParameters> years =
                YEARS.stream().map(y -> parameters.forYear(y, null)).toList();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long inputsHeap = memory.getHeapMemoryUsage().getUsed();
        long[] engine = new long[8];
        long[] loop = new long[8];
        Euros engineTotal = null;
        BigDecimal loopTotal = null;
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            FundingPlan plan = FundingEngine.plan(inputs, years, EnvelopePeriod.UNKNOWN, false);
            engine[round] = System.nanoTime() - t0;
            engineTotal = plan.total().amount();
            long t1 = System.nanoTime();
            loopTotal = plainLoop(inputs, years);
            loop[round] = System.nanoTime() - t1;
        }
        long engineMs = median(engine) / 1_000_000;
        long loopMs = median(loop) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        System.out.printf(
                java.util.Locale.ROOT,
                "%d structures x %d years over %d communes: engine %d ms (median of 5, every line with its explanation, folded into totals by year, structure and source), plain loop %d ms, ratio %.2f; heap: inputs %d MB, peak of the pools %d MB, max %d MB; %s%n",
                STRUCTURES,
                YEARS.size(),
                communes.size(),
                engineMs,
                loopMs,
                (double) engineMs / Math.max(1, loopMs),
                inputsHeap / (1024 * 1024),
                peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                engineTotal.amount().compareTo(loopTotal) == 0
                        ? "same total"
                        : "DIFFERENT totals " + engineTotal + " / " + loopTotal);
    }

    /** The same amounts as the engine, computed directly: the floor the engine is measured against. */
    static BigDecimal plainLoop(FinancingInputs inputs, List<YearParameters> years) {
        BigDecimal total = BigDecimal.ZERO;
        for (Structure s : inputs.structures()) {
            for (YearParameters p : years) {
                int year = p.year();
                YearFigures y = s.year(year).orElse(null);
                if (y != null && y.ps() != null) total = total.add(y.ps().amount());
                switch (s.kind()) {
                    case EAJE -> {
                        int places = s.existingPlaces();
                        for (Opening o : s.openings()) {
                            if (o.year() > year) continue;
                            places += o.places();
                            BigDecimal perPlace = Boolean.TRUE.equals(s.qpv())
                                    ? p.number(ParameterCode.BT_NEW_PLACE_TRANCHE_1)
                                    : p.number(ParameterCode.BT_NEW_PLACE_TRANCHE_3);
                            BigDecimal amount = perPlace.multiply(BigDecimal.valueOf(o.places()));
                            if (o.year() == year)
                                amount = amount.multiply(BigDecimal.valueOf(13 - o.month()))
                                        .divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
                            total = total.add(amount.setScale(2, RoundingMode.HALF_UP));
                        }
                        if (y != null && y.averageFeePerHour() != null) {
                            BigDecimal fee = y.averageFeePerHour();
                            BigDecimal perPlace = fee.compareTo(new BigDecimal("0.75")) <= 0
                                    ? new BigDecimal("2100")
                                    : fee.compareTo(BigDecimal.ONE) <= 0
                                            ? new BigDecimal("800")
                                            : fee.compareTo(new BigDecimal("1.25")) <= 0
                                                    ? new BigDecimal("300")
                                                    : BigDecimal.ZERO;
                            total = total.add(perPlace.multiply(BigDecimal.valueOf(places)));
                        }
                    }
                    case ALSH -> {
                        BigDecimal floor = s.existingHours().multiply(new BigDecimal("0.15"));
                        if (y != null && y.btFlat() != null)
                            floor = floor.max(y.btFlat().amount());
                        total = total.add(floor.setScale(2, RoundingMode.HALF_UP));
                    }
                    case RPE -> {
                        if (y != null && y.btFlat() != null)
                            total = total.add(y.btFlat().amount());
                        if (y != null && y.rpeMissions() != null) total = total.add(new BigDecimal("3229"));
                    }
                    default -> {
                        if (y != null && y.btFlat() != null)
                            total = total.add(y.btFlat().amount());
                    }
                }
            }
        }
        return total;
    }

    static FinancingInputs synthetic(List<String> communes) {
        Random random = new Random(42);
        List<Territory> territories = new ArrayList<>();
        for (String c : communes)
            territories.add(new Territory(c, c, null, null, 3, false, null, null, null, "synthétique"));
        List<Structure> structures = new ArrayList<>(STRUCTURES);
        Support support = new Support(UUID.randomUUID(), "Commune", LocalDate.of(2020, 1, 1));
        for (int i = 0; i < STRUCTURES; i++) {
            String territory = communes.get(i % communes.size());
            int draw = i % 20;
            StructureKind kind = draw < 12
                    ? StructureKind.EAJE
                    : draw < 17 ? StructureKind.ALSH : draw < 19 ? StructureKind.RPE : StructureKind.LAEP;
            List<YearFigures> figures = new ArrayList<>();
            for (int y : YEARS) {
                figures.add(new YearFigures(
                        y,
                        Euros.of(BigDecimal.valueOf(20_000 + random.nextInt(200_000))),
                        BigDecimal.valueOf(50 + random.nextInt(100), 2),
                        BigDecimal.ZERO,
                        null,
                        null,
                        null,
                        Euros.of(BigDecimal.valueOf(1_000 + random.nextInt(9_000))),
                        kind == StructureKind.RPE ? 1 : null,
                        null,
                        null));
            }
            List<Opening> openings = kind == StructureKind.EAJE && random.nextInt(4) == 0
                    ? List.of(
                            new Opening(1 + random.nextInt(20), 2023 + random.nextInt(4), 1 + random.nextInt(12), null))
                    : List.of();
            structures.add(new Structure(
                    "S" + i,
                    "Structure " + i,
                    kind,
                    territory,
                    null,
                    support,
                    random.nextInt(10) == 0,
                    false,
                    10 + random.nextInt(60),
                    BigDecimal.valueOf(10_000 + random.nextInt(90_000)),
                    null,
                    openings,
                    figures,
                    "synthétique",
                    null));
        }
        return new FinancingInputs(null, territories, structures, List.of());
    }

    static List<String> communes() throws Exception {
        List<String> codes = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(
                        FinancingBenchmarkTests.class.getResourceAsStream("/reference-data/communes.csv.gz")),
                StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cells = line.split(",", 4);
                if (cells.length > 2 && cells[2].equals("commune-actuelle")) codes.add(cells[0]);
            }
        }
        return codes;
    }

    /** The national values as the migration ships them. */
    static List<ParameterVersion> national() throws Exception {
        String sql;
        try (var in = FinancingBenchmarkTests.class.getResourceAsStream(
                "/db/migration/financing/V1__financing_parameters_and_inputs.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var matcher = java.util.regex.Pattern.compile(
                        "\\('(\\w+)', '([\\d-]+)', (NULL|'[\\d-]+'), (NULL|'[^']*'), '((?:[^']|'')*)', (true|false)\\)")
                .matcher(sql);
        List<ParameterVersion> versions = new ArrayList<>();
        while (matcher.find()) {
            versions.add(new ParameterVersion(
                    UUID.randomUUID(),
                    ParameterCode.valueOf(matcher.group(1)),
                    null,
                    LocalDate.parse(matcher.group(2)),
                    matcher.group(3).equals("NULL")
                            ? null
                            : LocalDate.parse(matcher.group(3).replace("'", "")),
                    matcher.group(4).equals("NULL") ? null : matcher.group(4).replace("'", ""),
                    matcher.group(5),
                    Boolean.parseBoolean(matcher.group(6)),
                    null));
        }
        return versions;
    }

    private static long median(long[] rounds) {
        long[] measured = Arrays.copyOfRange(rounds, 3, rounds.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
