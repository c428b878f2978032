package fr.pilotectg.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BeanPropertyBindingResult;

/** Forms and action buttons show the same refusals in place and pass the same ones on to the error page. */
class RefusalsTests {

    /** A form object with one field. */
    public static class Form {
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    private static final StaticMessageSource MESSAGES = new StaticMessageSource();

    static {
        MESSAGES.addMessage("error.CONCURRENT_MODIFICATION", Locale.FRANCE, "Modifié entre-temps.");
        MESSAGES.addMessage("error.ALREADY_SIGNED", Locale.FRANCE, "Déjà signée.");
        MESSAGES.addMessage("error.INCOMPLETE", Locale.FRANCE, "Incomplète.");
        MESSAGES.addMessage("error.REQUIRED", Locale.FRANCE, "Obligatoire.");
    }

    @Test
    void aRuleViolationStaysOnTheFormAndAboveThePage() {
        var result = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.reject(result, DomainException.rule("ALREADY_SIGNED"));
        assertThat(result.getGlobalError().getCode()).isEqualTo("error.ALREADY_SIGNED");
        assertThat(ActionErrors.messages(DomainException.rule("ALREADY_SIGNED"), MESSAGES))
                .containsExactly("Déjà signée.");
    }

    @Test
    void fieldProblemsGoNextToTheirFieldOnAFormAndAfterTheRuleAboveThePage() {
        var refusal = new DomainException(
                ErrorKind.RULE_VIOLATION, "INCOMPLETE", List.of(), List.of(FieldProblem.of("name", "REQUIRED")));
        var result = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.reject(result, refusal);
        assertThat(result.getFieldError("name").getCode()).isEqualTo("error.REQUIRED");
        assertThat(result.getGlobalError().getCode())
                .as("the broken rule is said above the form too")
                .isEqualTo("error.INCOMPLETE");
        var invalid = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.reject(invalid, DomainException.invalidFields(List.of(FieldProblem.of("name", "REQUIRED"))));
        assertThat(invalid.getGlobalErrorCount())
                .as("plain invalid values only next to their field")
                .isZero();
        assertThat(ActionErrors.messages(refusal, MESSAGES)).containsExactly("Incomplète.", "Obligatoire.");
        assertThat(ActionErrors.messages(
                        DomainException.invalidFields(List.of(FieldProblem.of("name", "REQUIRED"))), MESSAGES))
                .containsExactly("Obligatoire.");
    }

    @Test
    void aConcurrentEditIsSaidTheSameWayOnBoth() {
        var result = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.reject(result, new OptimisticLockingFailureException("stale"));
        assertThat(result.getGlobalError().getCode()).isEqualTo("error.CONCURRENT_MODIFICATION");
        assertThat(ActionErrors.messages(new OptimisticLockingFailureException("stale"), MESSAGES))
                .containsExactly("Modifié entre-temps.");
    }

    @Test
    void notFoundDeniedAndUnexpectedGoOnToTheErrorPageFromBoth() {
        for (RuntimeException refusal : List.of(
                DomainException.notFound("X_NOT_FOUND"), AccessControl.denied(), new IllegalStateException("bug"))) {
            assertThatThrownBy(() -> FormErrors.reject(new BeanPropertyBindingResult(new Form(), "form"), refusal))
                    .isSameAs(refusal);
            assertThatThrownBy(() -> ActionErrors.messages(refusal, MESSAGES)).isSameAs(refusal);
        }
    }
}
