package fr.pilotectg.directory.web;

import fr.pilotectg.directory.OrganisationKind;
import fr.pilotectg.directory.OrganisationView;
import fr.pilotectg.directory.domain.OrganisationService.OrganisationData;
import fr.pilotectg.shared.Codes;

/** The organisation form; codes are typed as text separated by commas or spaces. */
public class OrganisationForm {

    private OrganisationKind kind;
    private String name;
    private String shortName;
    private String siren;
    // Null when the form did not show the field (the user may not change that part): the service keeps the stored
    // value.
    private String departements;
    private String communes;
    private String epcis;
    private int version;

    static OrganisationForm of(OrganisationView view) {
        var form = new OrganisationForm();
        form.kind = view.kind();
        form.name = view.name();
        form.shortName = view.shortName();
        form.siren = view.siren();
        form.departements = String.join(", ", view.departements());
        form.communes = String.join(", ", view.communes());
        form.epcis = String.join(", ", view.epcis());
        form.version = view.version();
        return form;
    }

    /** A form prefilled from the reference data (issue 12, point 8). */
    static OrganisationForm of(OrganisationData data) {
        var form = new OrganisationForm();
        form.kind = data.kind();
        form.name = data.name();
        form.shortName = data.shortName();
        form.siren = data.siren();
        form.departements = data.departements() == null ? "" : String.join(", ", data.departements());
        form.communes = data.communes() == null ? "" : String.join(", ", data.communes());
        form.epcis = data.epcis() == null ? "" : String.join(", ", data.epcis());
        return form;
    }

    /** The data of the entry form: a Caf agent's form shows no départements (an administrator's classification). */
    OrganisationData data(boolean admin) {
        OrganisationData data = data();
        return admin
                ? data
                : new OrganisationData(
                        data.kind(), data.name(), data.shortName(), data.siren(), null, data.communes(), data.epcis());
    }

    OrganisationData data() {
        return new OrganisationData(kind, name, shortName, siren, codes(departements), codes(communes), codes(epcis));
    }

    private static java.util.Set<String> codes(String text) {
        return text == null ? null : Codes.split(text);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getSiren() {
        return siren;
    }

    public void setSiren(String siren) {
        this.siren = siren;
    }

    public String getDepartements() {
        return departements;
    }

    public void setDepartements(String departements) {
        this.departements = departements;
    }

    public String getCommunes() {
        return communes;
    }

    public void setCommunes(String communes) {
        this.communes = communes;
    }

    public String getEpcis() {
        return epcis;
    }

    public void setEpcis(String epcis) {
        this.epcis = epcis;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
