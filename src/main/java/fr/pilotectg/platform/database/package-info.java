@org.jspecify.annotations.NullMarked
package fr.pilotectg.platform.database;
