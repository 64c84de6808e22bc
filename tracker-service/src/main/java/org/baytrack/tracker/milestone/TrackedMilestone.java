package org.baytrack.tracker.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.baytrack.events.vocabulary.MilestoneKind;

import java.time.LocalDate;

/** One distinct claim on a project's timeline; its evidence is in {@link MilestoneEvidence}. */
@Entity
@Table(name = "milestone")
public class TrackedMilestone extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "project_id")
    public String projectId;
    public String kind;
    public String date;
    public String precision;
    @Column(name = "date_key")
    public String dateKey;
    @Column(name = "sort_date")
    public LocalDate sortDate;
    @Column(name = "first_published")
    public LocalDate firstPublished;

    public MilestoneKey key() {
        return new MilestoneKey(MilestoneKind.fromCode(kind), dateKey);
    }
}
