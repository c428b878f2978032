package fr.pilotectg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A convention's file names keep the words that name it, not those every CTG title shares. */
class FileNamesConventionTests {

    @Test
    void theSharedWordsOfACtgTitleAreDropped() {
        assertThat(FileNames.conventionSlug("Convention territoriale globale (CTG) entre la Caf du Nord et la Ville de"
                        + " Lille, Lomme et Hellemmes"))
                .isEqualTo("ville-de-lille-lomme-et-hellemmes");
        assertThat(FileNames.ofConvention(
                        "plan-actions", "CTG Armentières 2023–2026", LocalDate.of(2026, 6, 15), "xlsx"))
                .isEqualTo("plan-actions-ctg-armentieres-2023-2026-2026-06-15.xlsx");
        assertThat(FileNames.conventionSlug("Convention territoriale globale"))
                .isEqualTo("convention-territoriale-globale");
    }
}
