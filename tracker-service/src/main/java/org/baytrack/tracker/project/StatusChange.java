package org.baytrack.tracker.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One published project.status-changed, as published. */
@Entity
@Table(name = "status_change")
public class StatusChange extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "project_id")
    public String projectId;
    public String change;
    public boolean historical;
    /** The event's data (ProjectStatusChanged) as JSON. */
    public String data;
    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;
}
