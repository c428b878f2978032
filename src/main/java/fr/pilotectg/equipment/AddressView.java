package fr.pilotectg.equipment;

/** One site of an equipment, as printed: street (with number), postal code, city. */
public record AddressView(String street, String postalCode, String city) {

    /** "2 rue André Gide, 59000 Lille". */
    public String oneLine() {
        StringBuilder line = new StringBuilder(street == null ? "" : street);
        String place = ((postalCode == null ? "" : postalCode) + " " + (city == null ? "" : city)).trim();
        if (!place.isEmpty()) line.append(line.isEmpty() ? "" : ", ").append(place);
        return line.toString();
    }
}
