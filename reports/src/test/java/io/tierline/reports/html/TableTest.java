package io.tierline.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void row_cellStartingWithAMarker_isShownAsItIs() {
    Html html = new Html();
    Table.open(html, "caption", "@Team", "#Cost").row("#1 team", "@5").close();

    assertThat(html.toString())
        .contains("<td class=\"name\">#1 team</td><td class=\"num\">@5</td>")
        .contains("<th>Team</th><th class=\"num\">Cost</th>");
  }

  @Test
  void row_longName_mayWrap() {
    Html html = new Html();
    Table.open(html, "caption", "@Topic").row("a".repeat(41)).close();

    assertThat(html.toString()).contains("<td>" + "a".repeat(41) + "</td>");
  }

  @Test
  void row_wrongNumberOfCells_isAProgrammingError() {
    Table table = Table.open(new Html(), "caption", "A", "B");

    assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
  }
}
