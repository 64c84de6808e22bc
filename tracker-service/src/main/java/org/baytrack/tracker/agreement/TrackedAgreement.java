package org.baytrack.tracker.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.baytrack.events.AgreementChanged;
import org.baytrack.tracker.persistence.JsonColumns;

import java.time.LocalDate;
import java.util.List;

/** A signed agreement, its merged terms and its latest progress figures. */
@Entity
@Table(name = "agreement")
public class TrackedAgreement extends PanacheEntityBase {
    @Id
    public String id;
    public String title;
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> parties;
    public String signed;
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> fields;
    public Integer count;
    public String status;
    public Integer items;
    public Integer done;
    @Column(name = "progress_published")
    public LocalDate progressPublished;
    @Column(name = "first_published")
    public LocalDate firstPublished;
    @Column(name = "last_published")
    public LocalDate lastPublished;
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> projects;

    AgreementChanged.State state() {
        return new AgreementChanged.State(status, items, done);
    }

    AgreementPolicy.Terms terms() {
        return new AgreementPolicy.Terms(title, parties, signed, fields, count);
    }

    void setTerms(AgreementPolicy.Terms terms) {
        title = terms.title();
        parties = terms.parties();
        signed = terms.signed();
        fields = terms.fields();
        count = terms.count();
    }
}
