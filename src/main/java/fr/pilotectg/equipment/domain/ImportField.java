package fr.pilotectg.equipment.domain;

import fr.pilotectg.shared.SearchText;
import java.util.Arrays;
import java.util.List;

/**
 * What a column of an imported file can hold, with the French headers it is recognised by (accent- and case-insensitive)
 * and the header the export writes (so that an exported file imports back unchanged).
 */
public enum ImportField {
    TYPE(true, "Type", "type", "type de structure", "type d equipement", "nature", "type equipement"),
    NAME(
            true,
            "Nom",
            "nom",
            "nom de la structure",
            "nom de l equipement",
            "structure",
            "equipement",
            "denomination",
            "libelle"),
    OPERATOR(
            false,
            "Gestionnaire",
            "gestionnaire",
            "organisme gestionnaire",
            "porteur",
            "structure gestionnaire",
            "operateur"),
    OPERATOR_CATEGORY(
            false,
            "Catégorie du gestionnaire",
            "categorie du gestionnaire",
            "categorie gestionnaire",
            "categorie",
            "statut",
            "statut du gestionnaire",
            "secteur"),
    ADDRESS(false, "Adresse", "adresse", "adresse 1", "rue", "adresse principale", "adresse de la structure"),
    POSTAL_CODE(false, "Code postal", "code postal", "cp"),
    CITY(false, "Ville", "ville", "localite"),
    OTHER_ADDRESSES(false, "Autres adresses", "autres adresses", "adresse 2", "autres sites", "adresses secondaires"),
    COMMUNE(true, "Commune", "commune", "code commune", "code insee", "insee", "code insee commune", "commune insee"),
    QUARTIER(false, "Quartier", "quartier"),
    LATITUDE(false, "Latitude", "latitude", "lat"),
    LONGITUDE(false, "Longitude", "longitude", "lon", "lng"),
    QPV(false, "QPV", "qpv", "code qpv", "quartier prioritaire"),
    CAPACITY(false, "Capacité", "capacite", "capacite d accueil", "places", "nombre de places", "nb places"),
    UNIT(false, "Unité", "unite", "unite de capacite"),
    CAPACITY_DATE(false, "Date de la capacité", "date de la capacite", "date capacite", "capacite au"),
    OPENED_ON(false, "Date d’ouverture", "date d ouverture", "ouverture", "ouvert le", "date ouverture"),
    CLOSED_ON(false, "Date de fermeture", "date de fermeture", "fermeture", "ferme le", "date fermeture"),
    SUPPORTED(
            false,
            "Soutien de la collectivité",
            "soutien de la collectivite",
            "soutien collectivite",
            "soutenu",
            "soutien financier",
            "soutenu par la collectivite",
            "soutien"),
    REMARKS(false, "Remarques", "remarques", "remarque", "observations", "commentaire", "commentaires"),
    SOURCE(false, "Source", "source", "source de la capacite");

    private final boolean required;
    private final String exportHeader;
    private final List<String> headers;

    ImportField(boolean required, String exportHeader, String... headers) {
        this.required = required;
        this.exportHeader = exportHeader;
        this.headers = Arrays.stream(headers).map(SearchText::fold).toList();
    }

    public boolean required() {
        return required;
    }

    public String exportHeader() {
        return exportHeader;
    }

    /** Whether a header names this field: exact folded match first (see {@link ColumnMapping#guess}). */
    boolean recognises(String header) {
        return headers.contains(SearchText.fold(header));
    }
}
