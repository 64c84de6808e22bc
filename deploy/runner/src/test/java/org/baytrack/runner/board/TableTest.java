package org.baytrack.runner.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TableTest {
    @Test
    void chineseCharactersTakeTwoColumnsSoColumnsLineUp() {
        String out = new Table("ID", "NAME", "STATUS")
                .row("huangmaohai-passage", "黄茅海跨海通道", "opened")
                .row("x", "Zhongkai", "planned")
                .render();
        String[] lines = out.split("\\R");
        assertThat(Table.width(lines[2].substring(0, lines[2].indexOf("opened"))))
                .isEqualTo(Table.width(lines[3].substring(0, lines[3].indexOf("planned"))));
    }

    @Test
    void longCellsAreCutWithAnEllipsisAtTheColumnLimit() {
        String cut = Table.truncate("这标志着这条连接珠海高栏港与江门台山的跨海通道", 10);
        assertThat(cut).endsWith("…");
        assertThat(Table.width(cut)).isLessThanOrEqualTo(10);
    }

    @Test
    void emptyCellsShowADash() {
        assertThat(new Table("A", "B").row("a", null).render()).contains("a  -");
    }
}
