package fr.pilotectg.diagnostic.web;

import fr.pilotectg.diagnostic.domain.ActionData;
import fr.pilotectg.diagnostic.domain.ActionNature;
import fr.pilotectg.diagnostic.domain.MilestoneKind;
import fr.pilotectg.diagnostic.domain.Thematic;
import fr.pilotectg.equipment.CapacityUnit;
import fr.pilotectg.equipment.EquipmentType;
import fr.pilotectg.shared.DomainException;
import fr.pilotectg.shared.FieldProblem;
import fr.pilotectg.shared.FrenchNumbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The form of a row of the schéma; capacities are read as typed so that "abc" gets its own French message. */
public class ActionForm {

    private String communeCode;
    private Thematic thematic = Thematic.PETITE_ENFANCE_PARENTALITE;
    private ActionNature nature = ActionNature.DEVELOPPEMENT;
    private String title;
    private String address;
    private String quartier;
    private String description;
    private UUID equipmentId;
    private EquipmentType equipmentType;
    private String capacityBefore;
    private String capacityAdded;
    private String capacityAfter;
    private CapacityUnit unit = CapacityUnit.PLACES;
    private boolean capacityUndefined;
    private String plannedStart;
    private Map<MilestoneKind, String> steps = new EnumMap<>(MilestoneKind.class);
    private String referent;
    private String comments;
    private int version;

    static ActionForm of(ActionData d, int version) {
        ActionForm f = new ActionForm();
        f.communeCode = d.communeCode();
        f.thematic = d.thematic();
        f.nature = d.nature();
        f.title = d.title();
        f.address = d.address();
        f.quartier = d.quartier();
        f.description = d.description();
        f.equipmentId = d.equipmentId();
        f.equipmentType = d.equipmentType();
        f.capacityBefore = FrenchNumbers.plain(d.capacityBefore());
        f.capacityAdded = FrenchNumbers.plain(d.capacityAdded());
        f.capacityAfter = FrenchNumbers.plain(d.capacityAfter());
        f.unit = d.unit();
        f.capacityUndefined = d.capacityUndefined();
        f.plannedStart = d.plannedStart();
        f.steps.putAll(d.steps());
        f.referent = d.referent();
        f.comments = d.comments();
        f.version = version;
        return f;
    }

    ActionData data() {
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal before = Numbers.parse(capacityBefore, "capacityBefore", "SCHEMA_CAPACITY_NOT_A_NUMBER", problems);
        BigDecimal added = Numbers.parse(capacityAdded, "capacityAdded", "SCHEMA_CAPACITY_NOT_A_NUMBER", problems);
        BigDecimal after = Numbers.parse(capacityAfter, "capacityAfter", "SCHEMA_CAPACITY_NOT_A_NUMBER", problems);
        if (!problems.isEmpty()) throw DomainException.invalidFields(problems);
        return new ActionData(
                blank(communeCode),
                thematic,
                nature,
                title,
                blank(address),
                blank(quartier),
                blank(description),
                equipmentId,
                equipmentType,
                before,
                added,
                after,
                unit,
                capacityUndefined,
                blank(plannedStart),
                steps,
                blank(referent),
                blank(comments));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public Thematic getThematic() {
        return thematic;
    }

    public void setThematic(Thematic thematic) {
        this.thematic = thematic;
    }

    public ActionNature getNature() {
        return nature;
    }

    public void setNature(ActionNature nature) {
        this.nature = nature;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getQuartier() {
        return quartier;
    }

    public void setQuartier(String quartier) {
        this.quartier = quartier;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getEquipmentId() {
        return equipmentId;
    }

    public void setEquipmentId(UUID equipmentId) {
        this.equipmentId = equipmentId;
    }

    public EquipmentType getEquipmentType() {
        return equipmentType;
    }

    public void setEquipmentType(EquipmentType equipmentType) {
        this.equipmentType = equipmentType;
    }

    public String getCapacityBefore() {
        return capacityBefore;
    }

    public void setCapacityBefore(String capacityBefore) {
        this.capacityBefore = capacityBefore;
    }

    public String getCapacityAdded() {
        return capacityAdded;
    }

    public void setCapacityAdded(String capacityAdded) {
        this.capacityAdded = capacityAdded;
    }

    public String getCapacityAfter() {
        return capacityAfter;
    }

    public void setCapacityAfter(String capacityAfter) {
        this.capacityAfter = capacityAfter;
    }

    public CapacityUnit getUnit() {
        return unit;
    }

    public void setUnit(CapacityUnit unit) {
        this.unit = unit;
    }

    public boolean isCapacityUndefined() {
        return capacityUndefined;
    }

    public void setCapacityUndefined(boolean capacityUndefined) {
        this.capacityUndefined = capacityUndefined;
    }

    public String getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(String plannedStart) {
        this.plannedStart = plannedStart;
    }

    public Map<MilestoneKind, String> getSteps() {
        return steps;
    }

    public void setSteps(Map<MilestoneKind, String> steps) {
        this.steps = steps;
    }

    public String getReferent() {
        return referent;
    }

    public void setReferent(String referent) {
        this.referent = referent;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
