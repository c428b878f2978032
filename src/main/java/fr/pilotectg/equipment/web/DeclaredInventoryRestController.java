package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.DeclaredCount;
import fr.pilotectg.equipment.domain.DeclaredInventory;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inventory a commune declared, next to the register, through the API. A revision carries each line's
 * {@code version} (a stale one gets 409 {@code CONCURRENT_MODIFICATION} and nothing is changed).
 */
@RestController
@RequestMapping("/api/v1/equipments/communes/{code}/declared")
@Tag(name = "Équipements et services")
class DeclaredInventoryRestController {

    private final DeclaredInventory declared;
    private final Territories territories;

    DeclaredInventoryRestController(DeclaredInventory declared, Territories territories) {
        this.declared = declared;
        this.territories = territories;
    }

    record RevisionRequest(List<DeclaredInventory.Revision> lines) {}

    @GetMapping
    @Operation(summary = "L’inventaire déclaré par la commune (nombre, source) comparé au registre")
    List<DeclaredCount> get(@PathVariable String code) {
        CommuneView commune = territories.commune(code);
        return declared.compare(commune.inseeCode());
    }

    @PutMapping
    @Operation(
            summary =
                    "Corriger des nombres déclarés et leur source (lignes : id, version, count, source) ; tout ou rien")
    List<DeclaredCount> revise(@PathVariable String code, @RequestBody RevisionRequest request) {
        CommuneView commune = territories.commune(code);
        declared.revise(commune.inseeCode(), request.lines() == null ? List.of() : request.lines());
        return declared.compare(commune.inseeCode());
    }
}
