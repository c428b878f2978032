package fr.pilotectg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.util.unit.DataSize;

/** A request that finds no free database connection is told the service is overloaded (503), not that it failed. */
class OverloadAnswerTests {

    private static ApiExceptionHandler handler() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/platform");
        messages.setDefaultEncoding("UTF-8");
        return new ApiExceptionHandler(new Problems(messages), DataSize.ofMegabytes(2));
    }

    @Test
    void an_exhausted_pool_answers_503_with_retry_after_in_french() {
        var exhausted = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("embedded-postgres - Connection is not available"));

        var response = handler().unexpected(exhausted);

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "SERVICE_OVERLOADED");
        assertThat(problem.getDetail()).startsWith("Le service est momentanément surchargé");
    }

    @Test
    void any_other_failure_stays_an_internal_error() {
        assertThat(handler()
                        .unexpected(new IllegalStateException("bug"))
                        .getStatusCode()
                        .value())
                .isEqualTo(500);
    }
}
