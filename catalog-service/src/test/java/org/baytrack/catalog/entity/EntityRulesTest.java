package org.baytrack.catalog.entity;

import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityRulesTest {
    static final List<Entity> EXISTING = List.of(
            Entity.project("huangmaohai-passage", "黄茅海跨海通道", "Huangmaohai Passage", List.of("黄茅海通道")));

    @Test
    void aWellFormedRegistrationBecomesAnEntity() {
        Entity e = EntityRules.validate(new EntityRegistration("zhuzhao-hsr", "project", " 珠肇高铁 ", null,
                "Zhuhai-Zhaoqing HSR", List.of("珠肇铁路")), EXISTING);
        assertThat(e.name()).isEqualTo("珠肇高铁");
        assertThat(e.aliases()).containsExactly("珠肇铁路");
    }

    @Test
    void malformedIdsAndUnknownTypesAreRefusedWithTheRule() {
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("Bad Id", "project", "x", null, null, null),
                EXISTING)).isInstanceOf(ProblemException.class).hasMessageContaining("a-z, 0-9");
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("x-1", "bridge", "x", null, null, null),
                EXISTING)).hasMessageContaining("type must be one of");
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("x-1", "project", " ", null, null, null),
                EXISTING)).hasMessageContaining("name is required");
    }

    @Test
    void aNameAnotherEntityUsesInEitherScriptIsAConflict() {
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("hmh-2", "project", "黃茅海通道", null, null,
                null), EXISTING))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining("huangmaohai-passage");
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("huangmaohai-passage", "project", "新", null,
                null, null), EXISTING)).hasMessageContaining("already exists");
    }
}
