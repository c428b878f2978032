package fr.pilotectg.territory;

/** A département with its région. */
public record DepartementView(String code, String name, String regionCode, String regionName) {}
