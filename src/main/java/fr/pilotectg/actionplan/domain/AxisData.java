package fr.pilotectg.actionplan.domain;

import java.util.List;

/** What a user gives to create an axis. */
public record AxisData(String title, String commune, List<String> domains, List<String> enjeux) {}
