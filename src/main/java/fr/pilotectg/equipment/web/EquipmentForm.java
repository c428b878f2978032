package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.AddressView;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.equipment.EquipmentView;
import fr.pilotectg.equipment.OperatorCategory;
import fr.pilotectg.equipment.QpvOrigin;
import fr.pilotectg.equipment.domain.Address;
import fr.pilotectg.equipment.domain.EquipmentData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of an entry; addresses are typed one per line ("2 rue André Gide, 59000 Lille"). */
public class EquipmentForm {

    private EquipmentType type;
    private String name;
    private UUID operatorOrganisationId;
    private String operatorName;
    private OperatorCategory operatorCategory;
    private String addresses = "";
    private String communeCode;
    private String quartier;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String qpv;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;

    private boolean supportedByCollectivite;
    private String remarks;
    private BigDecimal capacity;
    private CapacityUnit capacityUnit;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate capacityOn;

    private int version;

    static EquipmentForm of(EquipmentView v) {
        EquipmentForm form = new EquipmentForm();
        form.type = v.type();
        form.name = v.name();
        form.operatorOrganisationId = v.operator().organisationId();
        form.operatorName = v.operator().name();
        form.operatorCategory = v.operator().category();
        form.addresses = v.addresses().stream().map(AddressView::oneLine).collect(Collectors.joining("\n"));
        form.communeCode = v.communeCode();
        form.quartier = v.quartier();
        form.latitude = v.latitude();
        form.longitude = v.longitude();
        form.qpv = v.qpvOrigin() == QpvOrigin.MANUAL
                ? (v.qpvCode() == null ? EquipmentData.OUTSIDE_QPV : v.qpvCode())
                : "";
        form.openedOn = v.openedOn();
        form.closedOn = v.closedOn();
        form.supportedByCollectivite = v.supportedByCollectivite();
        form.remarks = v.remarks();
        form.version = v.version();
        return form;
    }

    EquipmentData data() {
        List<Address> sites = addresses == null
                ? List.of()
                : Arrays.stream(addresses.split("\\R"))
                        .filter(s -> !s.isBlank())
                        .map(s -> Address.parse(s, null, null))
                        .toList();
        return new EquipmentData(
                type,
                name,
                operatorOrganisationId,
                operatorName,
                operatorCategory,
                sites,
                communeCode,
                quartier,
                latitude,
                longitude,
                qpv,
                openedOn,
                closedOn,
                supportedByCollectivite,
                remarks,
                capacity == null ? null : new EquipmentData.CapacityInput(capacity, capacityUnit, capacityOn, null));
    }

    public EquipmentType getType() {
        return type;
    }

    public void setType(EquipmentType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getOperatorOrganisationId() {
        return operatorOrganisationId;
    }

    public void setOperatorOrganisationId(UUID operatorOrganisationId) {
        this.operatorOrganisationId = operatorOrganisationId;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = operatorName;
    }

    public OperatorCategory getOperatorCategory() {
        return operatorCategory;
    }

    public void setOperatorCategory(OperatorCategory operatorCategory) {
        this.operatorCategory = operatorCategory;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getQuartier() {
        return quartier;
    }

    public void setQuartier(String quartier) {
        this.quartier = quartier;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getQpv() {
        return qpv;
    }

    public void setQpv(String qpv) {
        this.qpv = qpv;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public void setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public boolean isSupportedByCollectivite() {
        return supportedByCollectivite;
    }

    public void setSupportedByCollectivite(boolean supportedByCollectivite) {
        this.supportedByCollectivite = supportedByCollectivite;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public BigDecimal getCapacity() {
        return capacity;
    }

    public void setCapacity(BigDecimal capacity) {
        this.capacity = capacity;
    }

    public CapacityUnit getCapacityUnit() {
        return capacityUnit;
    }

    public void setCapacityUnit(CapacityUnit capacityUnit) {
        this.capacityUnit = capacityUnit;
    }

    public LocalDate getCapacityOn() {
        return capacityOn;
    }

    public void setCapacityOn(LocalDate capacityOn) {
        this.capacityOn = capacityOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
