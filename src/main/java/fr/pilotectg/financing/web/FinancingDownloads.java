package fr.pilotectg.financing.web;

import fr.pilotectg.financing.domain.FinancingReport;
import fr.pilotectg.financing.domain.FinancingText;
import fr.pilotectg.shared.FileNames;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The financing files a user downloads, named after the convention and the day (« echeancier-ctg-…-2026-06-15.xlsx »). */
final class FinancingDownloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private FinancingDownloads() {}

    static ResponseEntity<byte[]> schedule(FinancingReport report, FinancingText text, Clock clock) {
        byte[] workbook = ScheduleWorkbook.of(report, ScheduleView.of(report, text), text);
        String name = FileNames.of("echeancier", report.convention().title(), LocalDate.now(clock), "xlsx");
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(workbook);
    }
}
