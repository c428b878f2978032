@org.jspecify.annotations.NullMarked
package fr.pilotectg.territory.domain;
