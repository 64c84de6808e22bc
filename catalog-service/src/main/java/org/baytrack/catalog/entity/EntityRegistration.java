package org.baytrack.catalog.entity;

import java.util.List;

/** POST /entities: a new canonical entity; English name, Traditional name and aliases are optional. */
public record EntityRegistration(String id, String type, String name, String nameHant, String nameEn,
                                 List<String> aliases) {
}
