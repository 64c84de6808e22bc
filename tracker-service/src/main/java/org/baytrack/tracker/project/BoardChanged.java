package org.baytrack.tracker.project;

/** A project's board line changed in the current transaction (fired as a CDI event). */
public record BoardChanged(String projectId) {
}
