package org.baytrack.tracker.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.baytrack.events.ProjectStatusChanged;
import org.baytrack.events.vocabulary.PartialDate;
import org.baytrack.events.vocabulary.Precision;
import org.baytrack.tracker.persistence.JsonColumns;

import java.time.Instant;
import java.time.LocalDate;

/** A followed project and its board row. The board columns change only through {@link ProjectBoard#apply}. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public String id;
    public String name;
    @Column(name = "name_hant")
    public String nameHant;
    @Column(name = "name_en")
    public String nameEn;
    public String status;
    @Column(name = "status_date")
    public String statusDate;
    @Column(name = "forecast_opening")
    public String forecastOpening;
    @Column(name = "forecast_precision")
    public String forecastPrecision;
    @Column(name = "forecast_published")
    public LocalDate forecastPublished;
    @Column(name = "last_evidence")
    @Convert(converter = JsonColumns.Evidence.class)
    public ProjectStatusChanged.Evidence lastEvidence;
    @Column(name = "last_evidence_published")
    public LocalDate lastEvidencePublished;
    public boolean stale;
    @Column(name = "followed_at", insertable = false, updatable = false)
    public Instant followedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public ProjectBoard.Row row() {
        return new ProjectBoard.Row(status, statusDate, forecastOpening, forecastPrecision, forecastPublished,
                lastEvidence, lastEvidencePublished, stale);
    }

    public void setRow(ProjectBoard.Row row) {
        status = row.status();
        statusDate = row.statusDate();
        forecastOpening = row.forecastOpening();
        forecastPrecision = row.forecastPrecision();
        forecastPublished = row.forecastPublished();
        lastEvidence = row.lastEvidence();
        lastEvidencePublished = row.lastEvidencePublished();
        stale = row.stale();
        updatedAt = Instant.now();
    }

    public ProjectProgress.State progressState() {
        return new ProjectProgress.State(id, name, Stage.of(status), statusDate,
                forecastOpening == null ? null : PartialDate.parse(forecastOpening, Precision.fromLabel(forecastPrecision)),
                forecastPublished, lastEvidencePublished, stale);
    }
}
