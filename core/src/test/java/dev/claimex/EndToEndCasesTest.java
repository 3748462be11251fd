package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.models.ModelResourceException;
import java.io.StringReader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The end-to-end specification: every row of {@code cases.tsv} is a sentence or two run through the whole pipeline,
 * and the attribution or claim that must (or must not) come out of it. The columns are explained at the top of the
 * file; a malformed row stops the whole table, naming its {@code file:line}.
 */
class EndToEndCasesTest {

  static Stream<EndToEndCase> cases() {
    return EndToEndCase.load("cases.tsv").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCaseHolds(EndToEndCase endToEndCase) {
    endToEndCase.check(Pipeline.extract(endToEndCase.text()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "bad.check\tThe mayor said so.\tquote\t*\t*\t*\t-",
      "bad.columns\tThe mayor said so.\tattribution\t*\tmayor\tso",
      "bad.empty-cell\tThe mayor said so.\tattribution\t*\t\tso\t-",
      "bad.attribution-type\tThe mayor said so.\tattribution\tSTATEMENT\tmayor\tso\t-",
      "bad.claim-type\tThe mayor said so.\tclaim\tSAYING\tmayor\tso\t-",
      "bad.key\tThe mayor said so.\tattribution\t*\tmayor\tso\tverb=said",
      "bad.claim-key-on-attribution\tThe mayor said so.\tattribution\t*\tmayor\tso\tpolarity=POSITIVE",
      "bad.kind\tThe mayor said so.\tattribution\t*\tmayor\tso\tkind=QUOTED",
      "bad.all\tThe mayor said so.\tattribution\t*\tmayor\tso\tall=0",
      "bad.must-not-fire-with-more\tThe mayor said so.\tattribution\t-\tmayor\t*\tcue=said",
      "bad.unsourced-speaker\tIt is expected to rain.\tunsourced\t*\tmayor\t*\t-",
      "bad.escape\tThe mayor said\\qso.\tattribution\t*\tmayor\tso\t-"})
  void aMalformedRowFailsNamingItsFileAndLine(String row) {
    String table = "# a comment\nid\ttext\tcheck\ttype\tspeaker\tcontent\talso\n" + row + "\n";
    ModelResourceException e = assertThrows(ModelResourceException.class,
        () -> EndToEndCase.parse("bad.tsv", new StringReader(table)));
    assertTrue(e.getMessage().startsWith("bad.tsv:3: "), e::getMessage);
  }
}
