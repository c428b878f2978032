package fr.pilotectg.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.pilotectg.deliberation.domain.DeliberationInput.ProxyInput;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.ErrorKind;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The form's text areas: one name per line, one proxy per line with an arrow or a colon. */
class DeliberationFormTests {

    @Test
    void namesAreOnePerLineBlankLinesIgnored() {
        assertThat(DeliberationForm.lines("  M. ROBERT \r\n\nMme AIT CHIKHEBBIH\n  \n"))
                .containsExactly("M. ROBERT", "Mme AIT CHIKHEBBIH");
        assertThat(DeliberationForm.lines(null)).isEmpty();
    }

    @Test
    void proxiesAcceptAnArrowAnAsciiArrowOrAColon() {
        assertThat(DeliberationForm.proxyLines(
                        "M. HANON → M. ROBERT\nMme BOURDON -> M. NYCZ\nMme VAIRON : M. BOUKERCHA\n"
                                + "Ibtissam MARZAK-AFFAOUI->Jean-Michel MONPAYS\nMme BRASSART"))
                .containsExactly(
                        new ProxyInput("M. HANON", "M. ROBERT"),
                        new ProxyInput("Mme BOURDON", "M. NYCZ"),
                        new ProxyInput("Mme VAIRON", "M. BOUKERCHA"),
                        new ProxyInput("Ibtissam MARZAK-AFFAOUI", "Jean-Michel MONPAYS"),
                        new ProxyInput("Mme BRASSART", null));
    }

    @Test
    void aFormShowsIndexedProblemsOnTheirTextArea() {
        var refusal = new DomainException(
                ErrorKind.INVALID,
                "VALIDATION_FAILED",
                List.of(),
                List.of(
                        FieldProblem.of("present[3]", "REQUIRED"),
                        FieldProblem.of("proxies[1].holder", "PROXY_TO_SELF", "X"),
                        FieldProblem.of("seanceDate", "DELIBERATION_DATE_INVALID", "2023-02-30")));

        var forForm = (DomainException) DeliberationResources.forForm(refusal);

        assertThat(forForm.fields())
                .extracting(FieldProblem::field)
                .containsExactly("seanceDate", "present", "proxies");
        assertThat(forForm.code()).isEqualTo("VALIDATION_FAILED");
    }
}
