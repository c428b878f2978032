package fr.pilotectg.equipment.domain;

import fr.pilotectg.directory.Directory;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.platform.AccessControl;
import fr.pilotectg.shared.PageQuery;
import fr.pilotectg.shared.SearchText;
import fr.pilotectg.territory.CommuneKind;
import fr.pilotectg.territory.CommuneView;
import fr.pilotectg.territory.Territories;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Look-ups asked once per distinct value of a file, not once per line; the system (demo data) may write anywhere. */
final class ImportLookups {

    private static final Pattern INSEE = Pattern.compile("(?<![0-9A-Z])(\\d{5}|2[AB]\\d{3})(?![0-9])");

    record CommuneResolution(CommuneView commune, String ambiguous) {}

    private final Map<String, CommuneResolution> communes = new HashMap<>();
    private final Map<String, Boolean> writable = new HashMap<>();
    private final Map<String, Boolean> qpvs = new HashMap<>();
    private final Map<String, Optional<UUID>> organisations = new HashMap<>();
    private final boolean system;
    private final Territories territories;
    private final Directory directory;
    private final EquipmentService service;
    private final AccessControl access;

    ImportLookups(
            boolean system,
            Territories territories,
            Directory directory,
            EquipmentService service,
            AccessControl access) {
        this.system = system;
        this.territories = territories;
        this.directory = directory;
        this.service = service;
        this.access = access;
    }

    CommuneResolution commune(String text) {
        return communes.computeIfAbsent(text.trim(), this::resolve);
    }

    private CommuneResolution resolve(String text) {
        Matcher code = INSEE.matcher(text.toUpperCase(java.util.Locale.ROOT));
        if (code.find()) {
            return new CommuneResolution(
                    territories
                            .findCommune(code.group(1))
                            .filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL)
                            .orElse(null),
                    null);
        }
        String folded = SearchText.fold(text);
        List<CommuneView> found = territories.searchCommunes(text, new PageQuery(0, 50)).content().stream()
                .filter(c -> c.kind() != CommuneKind.ARRONDISSEMENT_MUNICIPAL)
                .toList();
        List<CommuneView> exact = found.stream()
                .filter(c -> SearchText.fold(c.name()).equals(folded))
                .toList();
        if (exact.isEmpty())
            exact = found.stream()
                    .filter(c -> SearchText.fold(c.name()).startsWith(folded + " "))
                    .toList();
        if (exact.size() == 1) return new CommuneResolution(exact.get(0), null);
        if (exact.size() > 1) {
            return new CommuneResolution(
                    null,
                    exact.stream()
                            .map(c -> c.inseeCode() + " " + c.departementName())
                            .collect(Collectors.joining(", ")));
        }
        return new CommuneResolution(null, null);
    }

    boolean writable(String code) {
        return system || writable.computeIfAbsent(code, service::canWriteIn);
    }

    boolean qpvExists(String code) {
        return qpvs.computeIfAbsent(code, service::qpvExists);
    }

    UUID organisation(String name) {
        return organisations
                .computeIfAbsent(
                        name,
                        k -> directory
                                .findOrganisationByName(name)
                                .filter(o -> system || access.canRead(Directory.footprintOf(o)))
                                .map(OrganisationView::id))
                .orElse(null);
    }
}
