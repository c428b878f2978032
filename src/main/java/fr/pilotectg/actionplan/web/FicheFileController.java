package fr.pilotectg.actionplan.web;

import fr.pilotectg.actionplan.domain.FicheFiles;
import fr.pilotectg.platform.ActionErrors;
import fr.pilotectg.platform.Flash;
import fr.pilotectg.platform.Upload;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A fiche's attached files: added and removed from the fiche page (back to it, a refusal said in French), downloaded
 * as an attachment (never shown inline) with the type recognised when it was stored.
 */
@Controller
class FicheFileController {

    private final FicheFiles files;
    private final MessageSource messages;

    FicheFileController(FicheFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @PostMapping("/fiches/{id}/pieces-jointes")
    String attach(
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        try {
            files.attach(id, file == null ? null : Upload.of(file));
            Flash.success(redirect, "actionplan.files.attached");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + id + "#pieces-jointes";
    }

    @GetMapping("/fiches/{id}/pieces-jointes/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID fileId) {
        FicheFiles.Download file = files.download(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.kind().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping("/fiches/{id}/pieces-jointes/{fileId}/supprimer")
    String remove(@PathVariable UUID id, @PathVariable UUID fileId, RedirectAttributes redirect) {
        try {
            files.remove(id, fileId);
            Flash.success(redirect, "actionplan.files.removed");
        } catch (RuntimeException e) {
            ActionErrors.flash(redirect, e, messages);
        }
        return "redirect:/fiches/" + id + "#pieces-jointes";
    }
}
