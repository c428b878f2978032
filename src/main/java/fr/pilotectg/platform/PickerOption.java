package fr.pilotectg.platform;

/**
 * One suggestion of a type-ahead picker (the fragment {@code fragments/picker :: options}): the value a form sends
 * (an INSEE code, a SIREN, an organisation id), the label the field shows once picked, and a detail line
 * (département, EPCI, kind) to tell homonyms apart.
 */
public record PickerOption(String value, String label, String detail) {}
