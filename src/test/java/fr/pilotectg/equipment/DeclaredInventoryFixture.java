package fr.pilotectg.equipment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own declared inventory (what a commune declared in a convention's préamble): written straight in the table,
 * as the demo loader does, since declaring is not a use case of the application (only revising is).
 */
public final class DeclaredInventoryFixture {

    /** One declared line: a label as printed, a count, the register types and gestionnaire category it stands for. */
    public record Line(String label, int count, List<EquipmentType> types, OperatorCategory category) {}

    private DeclaredInventoryFixture() {}

    public static void declare(
            JdbcClient jdbc, String communeCode, String source, LocalDate declaredOn, List<Line> lines) {
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
    }
}
