package fr.pilotectg.financing.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The forms of the financing inputs pages: every value is the text typed (French numbers « 1 250,50 », days
 * « 2023-01-01 »), read by {@link InputsFormReading}; a blank field is « non renseigné », never 0. The names of the
 * fields are those of the problems of {@code FinancingInputsEditing} (relative to the structure on its page), so that a
 * refusal shows next to its field.
 */
final class InputsForms {

    private InputsForms() {}

    /** The envelope, the amounts cited and the territories, as typed. */
    public static class GeneralForm {
        private Integer version;
        private EnvelopeRow envelope = new EnvelopeRow();
        private List<TerritoryRow> territories = new ArrayList<>();
        private List<StatedRow> statedAmounts = new ArrayList<>();

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public EnvelopeRow getEnvelope() {
            return envelope;
        }

        public void setEnvelope(EnvelopeRow envelope) {
            this.envelope = envelope;
        }

        public List<TerritoryRow> getTerritories() {
            return territories;
        }

        public void setTerritories(List<TerritoryRow> territories) {
            this.territories = territories;
        }

        public List<StatedRow> getStatedAmounts() {
            return statedAmounts;
        }

        public void setStatedAmounts(List<StatedRow> statedAmounts) {
            this.statedAmounts = statedAmounts;
        }
    }

    /** The envelope: amount, period (ANNUAL, CONTRACT or blank: not said), source. */
    public static class EnvelopeRow {
        private String amount;
        private String period;
        private String source;

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getPeriod() {
            return period;
        }

        public void setPeriod(String period) {
            this.period = period;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    /** A territory; an empty row is none. */
    public static class TerritoryRow {
        private String key;
        private String label;
        private String cejReferenceTotal;
        private String cejReferenceEaje;
        private String tranche;
        private String trancheHypothesis;
        private String rattrapagePerPlace;
        private String cofinancedPlaces2023;
        private String cofinancedPlaces2027;
        private String source;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getCejReferenceTotal() {
            return cejReferenceTotal;
        }

        public void setCejReferenceTotal(String cejReferenceTotal) {
            this.cejReferenceTotal = cejReferenceTotal;
        }

        public String getCejReferenceEaje() {
            return cejReferenceEaje;
        }

        public void setCejReferenceEaje(String cejReferenceEaje) {
            this.cejReferenceEaje = cejReferenceEaje;
        }

        public String getTranche() {
            return tranche;
        }

        public void setTranche(String tranche) {
            this.tranche = tranche;
        }

        public String getTrancheHypothesis() {
            return trancheHypothesis;
        }

        public void setTrancheHypothesis(String trancheHypothesis) {
            this.trancheHypothesis = trancheHypothesis;
        }

        public String getRattrapagePerPlace() {
            return rattrapagePerPlace;
        }

        public void setRattrapagePerPlace(String rattrapagePerPlace) {
            this.rattrapagePerPlace = rattrapagePerPlace;
        }

        public String getCofinancedPlaces2023() {
            return cofinancedPlaces2023;
        }

        public void setCofinancedPlaces2023(String cofinancedPlaces2023) {
            this.cofinancedPlaces2023 = cofinancedPlaces2023;
        }

        public String getCofinancedPlaces2027() {
            return cofinancedPlaces2027;
        }

        public void setCofinancedPlaces2027(String cofinancedPlaces2027) {
            this.cofinancedPlaces2027 = cofinancedPlaces2027;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    /** An amount the convention cites; an empty row is none. */
    public static class StatedRow {
        private String kind;
        private String year;
        private String amount;
        private String label;
        private String inhabitants;
        private String allocataires;
        private String source;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getInhabitants() {
            return inhabitants;
        }

        public void setInhabitants(String inhabitants) {
            this.inhabitants = inhabitants;
        }

        public String getAllocataires() {
            return allocataires;
        }

        public void setAllocataires(String allocataires) {
            this.allocataires = allocataires;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }

    /** One structure, as typed: its identity, support, zoning, places, new places and the figures of each year. */
    public static class StructureForm {
        private Integer version;
        private String name;
        private String kind;
        private String territory;
        private String supporterId;
        private String supportFrom;
        private String operatorName;
        private String qpv;
        private String zrr;
        private String existingPlaces;
        private String existingHours;
        private String cejReference;
        private List<OpeningRow> openings = new ArrayList<>();
        private List<YearRow> years = new ArrayList<>();

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getTerritory() {
            return territory;
        }

        public void setTerritory(String territory) {
            this.territory = territory;
        }

        public String getSupporterId() {
            return supporterId;
        }

        public void setSupporterId(String supporterId) {
            this.supporterId = supporterId;
        }

        public String getSupportFrom() {
            return supportFrom;
        }

        public void setSupportFrom(String supportFrom) {
            this.supportFrom = supportFrom;
        }

        public String getOperatorName() {
            return operatorName;
        }

        public void setOperatorName(String operatorName) {
            this.operatorName = operatorName;
        }

        public String getQpv() {
            return qpv;
        }

        public void setQpv(String qpv) {
            this.qpv = qpv;
        }

        public String getZrr() {
            return zrr;
        }

        public void setZrr(String zrr) {
            this.zrr = zrr;
        }

        public String getExistingPlaces() {
            return existingPlaces;
        }

        public void setExistingPlaces(String existingPlaces) {
            this.existingPlaces = existingPlaces;
        }

        public String getExistingHours() {
            return existingHours;
        }

        public void setExistingHours(String existingHours) {
            this.existingHours = existingHours;
        }

        public String getCejReference() {
            return cejReference;
        }

        public void setCejReference(String cejReference) {
            this.cejReference = cejReference;
        }

        public List<OpeningRow> getOpenings() {
            return openings;
        }

        public void setOpenings(List<OpeningRow> openings) {
            this.openings = openings;
        }

        public List<YearRow> getYears() {
            return years;
        }

        public void setYears(List<YearRow> years) {
            this.years = years;
        }
    }

    /** New places opened in a year; an empty row is none. */
    public static class OpeningRow {
        private String places;
        private String year;
        private String month;
        private String note;

        public String getPlaces() {
            return places;
        }

        public void setPlaces(String places) {
            this.places = places;
        }

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getMonth() {
            return month;
        }

        public void setMonth(String month) {
            this.month = month;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The figures of one year of the convention; an empty row is none. */
    public static class YearRow {
        private String year;
        private String places;
        private String hours;
        private String openingMonth;
        private String closingMonth;
        private String fee;
        private String disability;
        private String costPerPlace;
        private String ps;

        public String getYear() {
            return year;
        }

        public void setYear(String year) {
            this.year = year;
        }

        public String getPlaces() {
            return places;
        }

        public void setPlaces(String places) {
            this.places = places;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }

        public String getOpeningMonth() {
            return openingMonth;
        }

        public void setOpeningMonth(String openingMonth) {
            this.openingMonth = openingMonth;
        }

        public String getClosingMonth() {
            return closingMonth;
        }

        public void setClosingMonth(String closingMonth) {
            this.closingMonth = closingMonth;
        }

        public String getFee() {
            return fee;
        }

        public void setFee(String fee) {
            this.fee = fee;
        }

        public String getDisability() {
            return disability;
        }

        public void setDisability(String disability) {
            this.disability = disability;
        }

        public String getCostPerPlace() {
            return costPerPlace;
        }

        public void setCostPerPlace(String costPerPlace) {
            this.costPerPlace = costPerPlace;
        }

        public String getPs() {
            return ps;
        }

        public void setPs(String ps) {
            this.ps = ps;
        }
    }
}
