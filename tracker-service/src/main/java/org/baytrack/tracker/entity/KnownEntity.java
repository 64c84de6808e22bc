package org.baytrack.tracker.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.baytrack.tracker.persistence.JsonColumns;

import java.util.List;

/** An entity the tracker knows by id: projects, places, organisations (agreement parties resolve to these). */
@Entity
@Table(name = "entity")
public class KnownEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String type;
    public String name;
    @Column(name = "name_hant")
    public String nameHant;
    @Column(name = "name_en")
    public String nameEn;
    @Convert(converter = JsonColumns.StringList.class)
    public List<String> aliases;
}
