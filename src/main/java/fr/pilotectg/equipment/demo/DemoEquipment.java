package fr.pilotectg.equipment.demo;

import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.domain.Capacity;
import fr.pilotectg.equipment.domain.ColumnMapping;
import fr.pilotectg.equipment.domain.DeclaredInventory;
import fr.pilotectg.equipment.domain.Equipment;
import fr.pilotectg.equipment.domain.EquipmentRepository;
import fr.pilotectg.equipment.domain.EquipmentSeeding;
import fr.pilotectg.equipment.domain.EquipmentService;
import fr.pilotectg.equipment.domain.ImportReport;
import fr.pilotectg.equipment.domain.ImportTable;
import fr.pilotectg.platform.AuditChange;
import fr.pilotectg.platform.AuditRecord;
import fr.pilotectg.platform.AuditTrail;
import fr.pilotectg.platform.Footprint;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo register (profile {@code demo} only): the whole annex 1 / 1 bis of the CTG Caf du Nord – Lille, Hellemmes and
 * Lomme 2021-2024 (262 structures with their type, gestionnaire and address as printed), loaded through the register's
 * own import from {@code equipment/ctg-lille-lomme-hellemmes-2021-annexe-1.csv}, and the inventory its preamble
 * declares for each commune. Loaded once: nothing happens when the declared inventory is already there.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "pilote.demo.enabled", havingValue = "true")
class DemoEquipment implements ApplicationRunner {

    static final String ANNEX = "equipment/ctg-lille-lomme-hellemmes-2021-annexe-1.csv";
    static final String SOURCE =
            "CTG Caf du Nord – Ville de Lille et ses communes associées d’Hellemmes et de Lomme 2021-2024, préambule";
    static final LocalDate SIGNED = LocalDate.of(2021, 6, 29);
    private static final Logger log = LoggerFactory.getLogger(DemoEquipment.class);

    private static final List<EquipmentType> COLLECTIVE_EAJE = List.of(
            EquipmentType.EAJE_MULTI_ACCUEIL,
            EquipmentType.EAJE_CRECHE_COLLECTIVE,
            EquipmentType.EAJE_CRECHE_PARENTALE,
            EquipmentType.EAJE_HALTE_GARDERIE,
            EquipmentType.EAJE_LIEU_ACCUEIL,
            EquipmentType.MICRO_CRECHE_PSU,
            EquipmentType.CRECHE_ENTREPRISE);
    private static final List<EquipmentType> MICRO =
            List.of(EquipmentType.MICRO_CRECHE_PAJE, EquipmentType.MICRO_CRECHE_PSU);

    /** One declared line: a label as printed, a count, the register types and gestionnaire category it stands for. */
    record Line(String label, int count, List<EquipmentType> types, OperatorCategory category) {}

    private final EquipmentSeeding seeding;
    private final EquipmentRepository repository;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final JdbcClient jdbc;

    DemoEquipment(
            EquipmentSeeding seeding,
            EquipmentRepository repository,
            AuditTrail audit,
            MessageSource messages,
            JdbcClient jdbc) {
        this.seeding = seeding;
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        long loaded = jdbc.sql("SELECT count(*) FROM equipment.declared_inventory WHERE source = :s")
                .param("s", SOURCE)
                .query(Long.class)
                .single();
        if (loaded > 0) return;
        byte[] content;
        try (InputStream in = new ClassPathResource(ANNEX).getInputStream()) {
            content = in.readAllBytes();
        }
        ImportTable table = seeding.readAsSystem(
                fr.pilotectg.platform.Upload.of("annexe-1-ctg-lille-lomme-hellemmes.csv", content));
        ImportReport report = seeding.importAsSystem(table, ColumnMapping.guess(table.headers()));
        // Annexe 4 bis: "Popelines 60 places financées CEJ → 73 places financées CTG" (2021).
        jdbc.sql(
                        "SELECT id FROM equipment.equipment WHERE name = 'Multi Accueil municipal les Popelines' AND commune_code = '59298'")
                .query(UUID.class)
                .optional()
                .ifPresent(id -> recordCapacity(
                        id,
                        new Capacity(
                                LocalDate.of(2021, 1, 1),
                                BigDecimal.valueOf(73),
                                CapacityUnit.PLACES,
                                "CTG 2021-2024, annexe 4 bis : 60 places financées CEJ → 73 places financées CTG")));
        declare(
                "59350",
                SOURCE,
                SIGNED,
                List.of(
                        line("EAJE municipaux", 12, COLLECTIVE_EAJE, OperatorCategory.MUNICIPAL),
                        line("EAJE associatifs", 25, COLLECTIVE_EAJE, OperatorCategory.ASSOCIATIF),
                        line("EAJE privés", 17, COLLECTIVE_EAJE, OperatorCategory.PRIVE),
                        line("micro crèches PAJE", 30, List.of(EquipmentType.MICRO_CRECHE_PAJE), null),
                        line(
                                "crèche familiale municipale",
                                1,
                                List.of(EquipmentType.EAJE_CRECHE_FAMILIALE),
                                OperatorCategory.MUNICIPAL),
                        line("ludothèques", 7, List.of(EquipmentType.LUDOTHEQUE), null),
                        line("RAM couvrant les trois communes", 1, List.of(EquipmentType.RPE), null),
                        line("ALSH extrascolaires", 55, List.of(EquipmentType.ALSH_EXTRA), null),
                        line(
                                "ALSH extrascolaires municipaux (dont)",
                                37,
                                List.of(EquipmentType.ALSH_EXTRA),
                                OperatorCategory.MUNICIPAL),
                        line("ALSH périscolaires", 90, List.of(EquipmentType.ALSH_PERI), null),
                        line(
                                "ALSH périscolaires municipaux (dont)",
                                71,
                                List.of(EquipmentType.ALSH_PERI),
                                OperatorCategory.MUNICIPAL),
                        line("ALSH accueil ados", 12, List.of(EquipmentType.ALSH_ADOS), null),
                        line("écoles élémentaires publiques", 39, List.of(), null),
                        line("écoles maternelles publiques", 42, List.of(), null)));
        declare(
                "59298",
                SOURCE,
                SIGNED,
                List.of(
                        line("EAJE", 3, eajeWithFamiliale(), null),
                        line("EAJE municipaux (dont)", 2, eajeWithFamiliale(), OperatorCategory.MUNICIPAL),
                        line("micro crèches privées", 2, MICRO, OperatorCategory.PRIVE),
                        line("LAEP", 1, List.of(EquipmentType.LAEP), null),
                        line("ludothèque", 1, List.of(EquipmentType.LUDOTHEQUE), null),
                        line("ALSH extrascolaires", 8, List.of(EquipmentType.ALSH_EXTRA), null),
                        line("ALSH périscolaires", 7, List.of(EquipmentType.ALSH_PERI), null),
                        line("ALSH accueil ados", 1, List.of(EquipmentType.ALSH_ADOS), null),
                        line("écoles élémentaires publiques", 3, List.of(), null),
                        line("écoles maternelles", 5, List.of(), null)));
        declare(
                "59355",
                SOURCE,
                SIGNED,
                List.of(
                        line(
                                "MAC municipaux",
                                3,
                                List.of(EquipmentType.EAJE_MULTI_ACCUEIL),
                                OperatorCategory.MUNICIPAL),
                        line(
                                "MAC associatif",
                                1,
                                List.of(EquipmentType.EAJE_MULTI_ACCUEIL),
                                OperatorCategory.ASSOCIATIF),
                        line("LAEP", 1, List.of(EquipmentType.LAEP), null),
                        line("ludothèques", 3, List.of(EquipmentType.LUDOTHEQUE), null),
                        line("ALSH extrascolaires", 8, List.of(EquipmentType.ALSH_EXTRA), null),
                        line("ALSH périscolaires", 10, List.of(EquipmentType.ALSH_PERI), null)));
        log.info(
                "Demo register loaded: {} entries of the Lille–Lomme–Hellemmes CTG annex 1 ({} with a warning), declared inventories of 3 communes",
                report.created() + report.updated() + report.unchanged(),
                report.withWarnings());
    }

    private static List<EquipmentType> eajeWithFamiliale() {
        var types = new java.util.ArrayList<>(COLLECTIVE_EAJE);
        types.add(EquipmentType.EAJE_CRECHE_FAMILIALE);
        return types;
    }

    private static Line line(String label, int count, List<EquipmentType> types, OperatorCategory category) {
        return new Line(label, count, types, category);
    }

    /** Writes a capacity in an entry's history whoever runs the loader (no user is signed in at start-up), audited. */
    private void recordCapacity(UUID id, Capacity capacity) {
        Equipment equipment = repository.find(id).orElseThrow();
        equipment.recordCapacity(capacity);
        repository.save(equipment);
        String amount = text(
                "capacity.amount",
                capacity.value().toPlainString(),
                text("unit." + capacity.unit().name()));
        audit.record(new AuditRecord(
                "equipment",
                id.toString(),
                "capacity-recorded",
                text("capacityRecorded", equipment.name(), capacity.effectiveOn(), amount),
                List.of(new AuditChange(text("capacity.field", capacity.effectiveOn()), null, amount)),
                EquipmentService.footprintOf(equipment)));
    }

    /** Replaces what a source declared for a commune (loading twice changes nothing), audited. */
    private void declare(String communeCode, String source, LocalDate declaredOn, List<Line> lines) {
        jdbc.sql("DELETE FROM equipment.declared_inventory WHERE commune_code = :c AND source = :s")
                .param("c", communeCode)
                .param("s", source)
                .update();
        int position = 0;
        for (Line line : lines) {
            jdbc.sql("""
                            INSERT INTO equipment.declared_inventory (id, commune_code, position, label, declared_count, types, operator_category,
                                                                      source, declared_on)
                            VALUES (:id, :c, :p, :label, :n, :types, :category, :s, :on)""")
                    .param("id", UUID.randomUUID())
                    .param("c", communeCode)
                    .param("p", position++)
                    .param("label", line.label())
                    .param("n", line.count())
                    .param("types", line.types().stream().map(Enum::name).toArray(String[]::new))
                    .param(
                            "category",
                            line.category() == null ? null : line.category().name())
                    .param("s", source)
                    .param("on", declaredOn)
                    .update();
        }
        audit.record(new AuditRecord(
                DeclaredInventory.AUDIT_TYPE,
                communeCode,
                "declared",
                text("inventory.declared", communeCode, String.valueOf(lines.size()), source),
                List.of(new AuditChange(text("field.source"), null, source)),
                Footprint.ofCommune(communeCode)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage("equipment.audit." + key, args, Locale.FRANCE);
    }
}
