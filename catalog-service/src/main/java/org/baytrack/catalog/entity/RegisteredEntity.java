package org.baytrack.catalog.entity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A canonical entity in the registry: seeded from the gazetteer data, or registered through the API. */
@Entity
@Table(name = "entity")
public class RegisteredEntity extends PanacheEntityBase {
    public static final String FROM_GAZETTEER = "gazetteer";
    public static final String FROM_API = "api";

    @Id
    public String id;
    public String type;
    public String name;
    public String nameHant;
    public String nameEn;
    public String[] aliases;
    public String origin;
    public Instant registeredAt;

    public org.baytrack.analysis.gazetteer.Entity toGazetteerEntity() {
        return new org.baytrack.analysis.gazetteer.Entity(id, type, name, nameHant, nameEn,
                aliases == null ? List.of() : Arrays.asList(aliases));
    }

    static RegisteredEntity of(org.baytrack.analysis.gazetteer.Entity e, String origin) {
        var row = new RegisteredEntity();
        row.id = e.id();
        row.type = e.type();
        row.name = e.name();
        row.nameHant = e.nameHant();
        row.nameEn = e.nameEn();
        row.aliases = e.aliases().toArray(String[]::new);
        row.origin = origin;
        row.registeredAt = Instant.now();
        return row;
    }
}
