package org.baytrack.catalog.entity;

import org.baytrack.analysis.gazetteer.Entity;
import org.baytrack.commons.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

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
        assertThatThrownBy(() -> EntityRules.validate(new EntityRegistration("huangmaohai-passage", "project", "新航道", null,
                null, null), EXISTING)).hasMessageContaining("already exists");
    }

    record Bad(String why, EntityRegistration registration, String detail) {
        @Override
        public String toString() {
            return why;
        }
    }

    static List<Bad> badNames() {
        List<String> fiftyOne = IntStream.range(0, 51).mapToObj(i -> "别名" + i).toList();
        return List.of(
                new Bad("a one-character name", reg("港", null, null), "name '港' has 1 characters"),
                new Bad("a one-character alias", reg("港珠澳大桥二期", null, List.of("港珠澳二期", "桥")), "aliases[1]"),
                new Bad("a name past 100 characters", reg("长".repeat(101), null, null), "need 2 to 100"),
                new Bad("an English name past 100 characters", reg("深茂铁路", "A".repeat(101), null), "nameEn"),
                new Bad("51 aliases", reg("深茂铁路", null, fiftyOne), "at most 50"),
                new Bad("a line feed in a name", reg("深茂\n铁路", null, null), "name contains the control character U+000A"),
                new Bad("a tab in an alias", reg("深茂铁路", null, List.of("深茂\t线")), "aliases[0] contains the control character U+0009"),
                new Bad("an escape in an alias", reg("深茂铁路", null, List.of("深茂\u001b线")), "U+001B"),
                new Bad("an empty alias", reg("深茂铁路", null, Collections.singletonList(" ")), "empty names (aliases[0])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badNames")
    void namesAndAliasesAreBoundedAndOnOneLine(Bad bad) {
        assertThatThrownBy(() -> EntityRules.validate(bad.registration(), EXISTING))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining(bad.detail());
    }

    @Test
    void fiftyAliasesOfTwoCharactersAreAccepted() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "别" + (char) ('甲' + i)).toList();
        assertThat(EntityRules.validate(reg("深茂铁路", null, fifty), EXISTING).aliases()).hasSize(50);
    }

    private static EntityRegistration reg(String name, String nameEn, List<String> aliases) {
        return new EntityRegistration("shenmao-railway", "project", name, null, nameEn, aliases);
    }
}
