package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** A problem on an item of a list is shown under the nearest field the form has. */
class FormErrorsTests {

    public static class Form {
        private String steps = "";
        private List<Row> rows = new ArrayList<>(List.of(new Row()));

        public String getSteps() {
            return steps;
        }

        public List<Row> getRows() {
            return rows;
        }
    }

    public static class Row {
        private String label = "";

        public String getLabel() {
            return label;
        }
    }

    @Test
    void a_list_item_typed_one_per_line_is_shown_under_its_list() {
        var result = new BeanPropertyBindingResult(new Form(), "form");

        FormErrors.reject(
                result,
                DomainException.invalidFields(List.of(
                        FieldProblem.of("steps[3]", "TEXT_TOO_LONG", 300),
                        FieldProblem.of("rows[0].label", "TEXT_TOO_LONG", 300),
                        FieldProblem.of("partners[2].name", "TEXT_TOO_LONG", 200))));

        assertThat(result.getFieldError("steps")).isNotNull();
        assertThat(result.getFieldError("steps").getCode()).isEqualTo("error.TEXT_TOO_LONG");
        assertThat(result.getFieldError("rows[0].label")).isNotNull();
        assertThat(result.getGlobalErrors())
                .as("a field the form has not is said above the form")
                .hasSize(1);
    }
}
