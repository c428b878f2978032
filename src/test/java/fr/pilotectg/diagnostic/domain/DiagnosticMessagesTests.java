package fr.pilotectg.diagnostic.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every error code the module raises and every value it shows has its French text; no straight apostrophe. */
class DiagnosticMessagesTests {

    private static final Properties MESSAGES = new Properties();
    private static final Pattern CODE = Pattern.compile(
            "(?:FieldProblem\\.of\\(\"[^\"]+\", |DomainException\\.(?:notFound|invalid|rule|conflict)\\()\"([A-Z0-9_]+)\"");

    @BeforeAll
    static void load() throws IOException {
        for (String file : new String[] {
            "/messages/diagnostic.properties", "/messages/platform.properties", "/messages/convention.properties"
        }) {
            try (Reader reader = new InputStreamReader(
                    DiagnosticMessagesTests.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
                MESSAGES.load(reader);
            }
        }
    }

    @Test
    void everyErrorCodeRaisedByTheModuleHasAMessage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/pilotectg/diagnostic"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) codes.add(m.group(1));
            }
        }
        assertThat(codes).contains("FIGURE_SHARE_OVER_100", "SCHEMA_COMMUNE_UNKNOWN", "SCHEMA_ALREADY_REALISED");
        assertThat(codes).allSatisfy(code -> assertThat(MESSAGES).as(code).containsKey("error." + code));
    }

    @Test
    void everyValueShownHasALabel() {
        for (FigureKind k : FigureKind.values()) assertThat(MESSAGES).containsKey("diagnostic.kind." + k);
        for (FigureScope s : FigureScope.values()) assertThat(MESSAGES).containsKey("diagnostic.scope." + s);
        for (FigureOrigin o : FigureOrigin.values()) assertThat(MESSAGES).containsKey("diagnostic.origin." + o);
        for (AnalysisSection s : AnalysisSection.values()) assertThat(MESSAGES).containsKey("diagnostic.section." + s);
        for (AnalysisStatus s : AnalysisStatus.values()) assertThat(MESSAGES).containsKey("diagnostic.status." + s);
        for (AnalysisSection.QualityPoint p : AnalysisSection.QualityPoint.values())
            assertThat(MESSAGES).containsKey("diagnostic.point." + p);
        for (Thematic t : Thematic.values()) assertThat(MESSAGES).containsKey("schema.thematic." + t);
        for (ActionNature n : ActionNature.values()) assertThat(MESSAGES).containsKey("schema.nature." + n);
        for (ActionStatus s : ActionStatus.values()) assertThat(MESSAGES).containsKey("schema.status." + s);
        for (MilestoneKind k : MilestoneKind.values()) assertThat(MESSAGES).containsKey("schema.step." + k);
    }

    @Test
    void messagesSurviveMessageFormat() {
        String share = new MessageFormat(MESSAGES.getProperty("diagnostic.caf.share"), Locale.FRANCE)
                .format(new Object[] {"68,4 %"});
        assertThat(share).isEqualTo("68,4 % de la population couverte par la Caf");
        String source = new MessageFormat(MESSAGES.getProperty("diagnostic.sourceYear"), Locale.FRANCE)
                .format(new Object[] {"CTG", 2023});
        assertThat(source).isEqualTo("Source : CTG, 2023");
        Properties own = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/messages/diagnostic.properties"), StandardCharsets.UTF_8)) {
            own.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(own.stringPropertyNames())
                .allSatisfy(key -> assertThat(own.getProperty(key)).as(key).doesNotContain("'"));
    }
}
