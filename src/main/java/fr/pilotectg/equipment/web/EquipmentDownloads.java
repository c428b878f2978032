package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.domain.EquipmentExporter;
import fr.pilotectg.equipment.domain.EquipmentFilter;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The register's export as a download, streamed (pages and API). */
final class EquipmentDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private EquipmentDownloads() {}

    static ResponseEntity<StreamingResponseBody> export(
            EquipmentExporter exporter, String format, EquipmentFilter filter) {
        String name = exporter.fileName();
        HttpHeaders headers = new HttpHeaders();
        switch (format) {
            case "xlsx" -> {
                headers.setContentType(XLSX);
                headers.setContentDisposition(
                        ContentDisposition.attachment().filename(name + ".xlsx").build());
                return ResponseEntity.ok().headers(headers).body(out -> exporter.xlsx(filter, out));
            }
            case "csv" -> {
                headers.setContentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
                headers.setContentDisposition(
                        ContentDisposition.attachment().filename(name + ".csv").build());
                return ResponseEntity.ok().headers(headers).body(out -> exporter.csv(filter, out));
            }
            default -> throw DomainException.invalidFields(List.of(FieldProblem.of("format", "INVALID_VALUE", format)));
        }
    }
}
