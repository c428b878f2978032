/** Background work on PostgreSQL (db-scheduler): the one scheduler every module's tasks run on (ADR 0019). */
@org.jspecify.annotations.NullMarked
package fr.pilotectg.platform.jobs;
