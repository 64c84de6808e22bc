package org.baytrack.tracker.milestone;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One story backing one milestone. */
@Entity
@Table(name = "milestone_evidence")
public class MilestoneEvidence extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "milestone_id")
    public Long milestoneId;
    @Column(name = "story_id")
    public String storyId;
    @Column(name = "article_id")
    public String articleId;
    public String source;
    public String url;
    public LocalDate published;
    public String title;
    public String sentence;
    /** The sentence in the article's own script when it differs from {@link #sentence}, else null. */
    @Column(name = "original_sentence")
    public String originalSentence;
}
