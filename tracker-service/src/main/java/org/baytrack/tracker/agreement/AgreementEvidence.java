package org.baytrack.tracker.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One story reporting an agreement, with the progress figures it gave, if any. */
@Entity
@Table(name = "agreement_evidence")
public class AgreementEvidence extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "agreement_id")
    public String agreementId;
    @Column(name = "story_id")
    public String storyId;
    @Column(name = "article_id")
    public String articleId;
    public String source;
    public LocalDate published;
    public String title;
    public String url;
    public String sentence;
    /** The sentence in the article's own script when it differs from {@link #sentence}, else null. */
    @Column(name = "original_sentence")
    public String originalSentence;
    public Integer items;
    public Integer done;
}
