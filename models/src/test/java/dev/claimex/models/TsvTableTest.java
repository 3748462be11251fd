package dev.claimex.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  private static TsvTable parse(String text) {
    return TsvTable.parse("test.tsv", text, "id", "name", "aliases", "example");
  }

  private static String failure(String text) {
    return assertThrows(ModelResourceException.class, () -> parse(text)).getMessage();
  }

  @Test
  void readsRowsWithVersionListsAndAbsentValues() {
    TsvTable table = parse("# a list\n# version: 3\nid\tname\taliases\texample\n\n"
        + "x.a\tAlpha\tA|Al\tAlpha said so.\nx.b\tBeta\t-\tBeta agreed.\n");
    assertEquals("3", table.version());
    assertEquals(2, table.rows().size());
    assertEquals(List.of("A", "Al"), table.rows().get(0).list("aliases"));
    assertEquals(List.of(), table.rows().get(1).list("aliases"));
    assertNull(table.rows().get(1).optional("aliases"));
    assertEquals(5, table.rows().get(0).line());
  }

  @Test
  void wrongHeaderNamesFileAndLine() {
    assertTrue(failure("# c\nid\tname\texample\n").startsWith("test.tsv:2: header must be"));
  }

  @Test
  void wrongColumnCountNamesFileAndLine() {
    assertEquals("test.tsv:2: expected 4 tab-separated columns, found 3",
        failure("id\tname\taliases\texample\nx.a\tAlpha\tA\n"));
  }

  @Test
  void emptyCellIsAnError() {
    assertTrue(failure("id\tname\taliases\texample\nx.a\tAlpha\t\tAlpha said.\n").contains("'aliases' is empty"));
  }

  @Test
  void duplicateIdIsAnError() {
    assertEquals("test.tsv:3: duplicate id 'x.a'",
        failure("id\tname\taliases\texample\nx.a\tA\t-\te\nx.a\tB\t-\te\n"));
  }

  @Test
  void missingHeaderIsAnError() {
    assertEquals("test.tsv: no header line", failure("# only comments\n"));
  }

  @Test
  void rowErrorsStartWithFileAndLine() {
    TsvRow row = parse("id\tname\taliases\texample\nx.a\tA\t-\te\n").rows().get(0);
    assertEquals("test.tsv:2: bad value", row.error("bad value").getMessage());
  }

  @Test
  void missingResourceSaysWhatToAdd() {
    String message = assertThrows(ModelResourceException.class,
        () -> TsvTable.load("lexicon/no-such.tsv", "id", "example")).getMessage();
    assertTrue(message.contains("dev/claimex/models/lexicon/no-such.tsv"), message);
  }

  @Test
  void catalogKnowsTheVersions() {
    assertTrue(ModelCatalog.versions().containsKey("corenlp"));
    assertTrue(ModelCatalog.libraryVersion().matches("\\d+\\.\\d+\\.\\d+.*"), ModelCatalog.libraryVersion());
  }
}
