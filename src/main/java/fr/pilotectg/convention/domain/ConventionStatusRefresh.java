package fr.pilotectg.convention.domain;

import fr.pilotectg.convention.ConventionStatus;
import fr.pilotectg.convention.domain.ConventionChanges.Change;
import fr.pilotectg.platform.Footprint;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's use case: brings every recorded status up to date (SIGNED → ACTIVE → EXPIRED, terminations taking
 * effect). Run by the system ({@link ConventionCalendar}), not by a user: no access check, the version saved is the one
 * just read.
 */
@Service
public class ConventionStatusRefresh {

    private final ConventionChanges changes;
    private final ConventionRepository repository;
    private final ConventionFootprints footprints;
    private final ConventionAuditTexts texts;

    ConventionStatusRefresh(
            ConventionChanges changes,
            ConventionRepository repository,
            ConventionFootprints footprints,
            ConventionAuditTexts texts) {
        this.changes = changes;
        this.repository = repository;
        this.footprints = footprints;
        this.texts = texts;
    }

    /** Returns how many conventions changed status. */
    @Transactional
    public int refreshStatuses() {
        LocalDate today = changes.today();
        int changed = 0;
        for (ConventionId id : repository.refreshCandidates(today)) {
            ConventionRepository.Stored stored = repository.find(id).orElseThrow();
            Convention convention = stored.convention();
            ConventionStatus before = convention.status();
            if (convention.refresh(today) == before) continue;
            Footprint footprint = footprints.of(stored);
            repository.update(convention, stored.version(), footprint, "system");
            changes.record(
                    convention,
                    footprint,
                    new Change(
                            "status-refreshed",
                            texts.summary("status-refreshed", texts.status(convention.status())),
                            List.of(texts.statusChange(before, convention.status()))));
            changed++;
        }
        return changed;
    }
}
