package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.internal.SharedModels;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/**
 * Every row of every lexicon and gazetteer carries an example sentence; this replays each one through the whole
 * pipeline and checks that the row does what it says there. A row that can fire also carries a counterexample, a
 * sentence with its words where it must not do its job, replayed to check that it does not.
 */
class LexiconExamplesTest {

  private static final List<String> CUE_COLUMNS = List.of("id", "pattern", "pos", "type", "object", "speech",
      "example", "counterexample");
  /** Marks a counterexample the library still gets wrong: reported as skipped, and failed once it passes. */
  private static final String KNOWN = "KNOWN: ";

  @TestFactory
  Stream<DynamicTest> cueExamplesProduceTheirClaim() {
    return rows("lexicon/cues.tsv", CUE_COLUMNS, row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(firesItsType(row, result), () -> where(row) + " no " + row.get("type") + " claim by rule "
          + row.get("id") + "\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> cueCounterexamplesDoNotProduceTheirClaim() {
    return rows("lexicon/cues.tsv", CUE_COLUMNS, row -> {
      String cell = row.get("counterexample");
      boolean known = cell.startsWith(KNOWN);
      ExtractionResult result = Pipeline.extract(known ? cell.substring(KNOWN.length()) : cell);
      boolean fires = firesItsType(row, result);
      String listing = where(row) + " " + row.get("type") + " claim by rule " + row.get("id") + " in its counterexample\n"
          + Pipeline.listing(result);
      if (known) {
        assertTrue(fires, () -> where(row) + " the KNOWN counterexample no longer fires: drop the prefix\n"
            + Pipeline.listing(result));
        Assumptions.abort("known near miss: " + listing);
      }
      assertFalse(fires, () -> listing);
    });
  }

  /** Whether a claim of the row's type comes from the row's cue. */
  private static boolean firesItsType(TsvRow row, ExtractionResult result) {
    return result.claims().stream().anyMatch(c -> c.rule().startsWith(row.get("id") + "/")
        && c.type().name().equals(row.get("type")));
  }

  @TestFactory
  Stream<DynamicTest> hedgeExamplesReportWithoutASpeaker() {
    return rows("lexicon/hedges.tsv", List.of("id", "pattern", "shape", "then", "example", "counterexample"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(result.attributions().stream().anyMatch(a -> a.speaker() == null
          && a.rule().startsWith(row.get("id") + "/")), () -> where(row) + " no unsourced report by rule "
          + row.get("id") + ": " + result.attributions());
    });
  }

  @TestFactory
  Stream<DynamicTest> conditionExamplesSplitTheirClaim() {
    return rows("lexicon/conditions.tsv", List.of("id", "marker", "strength", "example", "counterexample"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(result.claims().stream().anyMatch(c -> c.condition() != null),
          () -> where(row) + " no claim with a condition\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> modalityExamplesGiveTheirModality() {
    return rows("lexicon/modality.tsv", List.of("id", "word", "modality", "example", "counterexample"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(result.claims().stream().anyMatch(c -> c.modality().name().equals(row.get("modality"))),
          () -> where(row) + " no " + row.get("modality") + " claim\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> harmfulActsMakeThreats() {
    return rows("lexicon/harm.tsv", List.of("id", "lemma", "warning", "example", "counterexample"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(result.claims().stream().anyMatch(c -> c.type() == ClaimType.THREAT),
          () -> where(row) + " no THREAT claim\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> hedgeCounterexamplesMakeNoReportByTheirRow() {
    return counterexamples("lexicon/hedges.tsv", List.of("id", "pattern", "shape", "then", "example", "counterexample"), (row, text) -> {
      ExtractionResult result = Pipeline.extract(text);
      assertFalse(result.attributions().stream().anyMatch(a -> a.speaker() == null
          && a.rule().startsWith(row.get("id") + "/")), () -> where(row) + " counterexample makes an unsourced report"
          + " by rule " + row.get("id") + ": " + result.attributions());
    });
  }

  @TestFactory
  Stream<DynamicTest> conditionCounterexamplesKeepTheirClaimWhole() {
    return counterexamples("lexicon/conditions.tsv", List.of("id", "marker", "strength", "example", "counterexample"), (row, text) -> {
      ExtractionResult result = Pipeline.extract(text);
      assertFalse(result.claims().isEmpty(), () -> where(row) + " counterexample makes no claim to test");
      assertFalse(result.claims().stream().anyMatch(c -> c.condition() != null),
          () -> where(row) + " counterexample makes a claim with a condition\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> modalityCounterexamplesLackTheirModality() {
    return counterexamples("lexicon/modality.tsv", List.of("id", "word", "modality", "example", "counterexample"), (row, text) -> {
      ExtractionResult result = Pipeline.extract(text);
      assertFalse(result.claims().isEmpty(), () -> where(row) + " counterexample makes no claim to test");
      assertFalse(result.claims().stream().anyMatch(c -> c.modality().name().equals(row.get("modality"))),
          () -> where(row) + " counterexample makes a " + row.get("modality") + " claim\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> harmfulWordsInCounterexamplesMakeNoThreat() {
    return counterexamples("lexicon/harm.tsv", List.of("id", "lemma", "warning", "example", "counterexample"), (row, text) -> {
      ExtractionResult result = Pipeline.extract(text);
      assertFalse(result.claims().isEmpty(), () -> where(row) + " counterexample makes no claim to test");
      assertFalse(result.claims().stream().anyMatch(c -> c.type() == ClaimType.THREAT),
          () -> where(row) + " counterexample makes a THREAT\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> gazetteerNamesAreRecognisedInTheirExamples() {
    List<DynamicTest> tests = new ArrayList<>();
    tests.addAll(names("gazetteer/outlets.tsv", List.of("id", "name", "aliases", "match", "example"), "name", "aliases", EntityType.OUTLET));
    tests.addAll(names("gazetteer/countries.tsv", List.of("id", "name", "aliases", "capital", "example"), "name", "aliases", EntityType.COUNTRY));
    tests.addAll(names("gazetteer/nationalities.tsv", List.of("id", "demonym", "plural", "country", "example"), "demonym", "plural", EntityType.NATIONALITY));
    tests.addAll(names("gazetteer/cities.tsv", List.of("id", "name", "aliases", "country", "example"), "name", "aliases", EntityType.CITY));
    tests.addAll(names("gazetteer/regions.tsv", List.of("id", "name", "aliases", "country", "example"), "name", "aliases", EntityType.STATE_OR_PROVINCE));
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> titlesAreTitlesInTheirExamples() {
    return rows("gazetteer/titles.tsv", List.of("id", "title", "example"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      String title = row.get("title").toLowerCase(Locale.ROOT);
      boolean found = result.entities().stream().anyMatch(e -> e.type() == EntityType.TITLE
          && e.text().toLowerCase(Locale.ROOT).contains(title))
          || result.claims().stream().anyMatch(c -> mentions(c, title));
      assertTrue(found, () -> where(row) + " title not recognised: " + result.entities());
    });
  }

  private static final List<String> DESCRIPTION_COLUMNS = List.of("id", "description", "denotes", "example",
      "counterexample");

  @TestFactory
  Stream<DynamicTest> descriptionsReferBackInTheirExamples() {
    return rows("gazetteer/descriptions.tsv", DESCRIPTION_COLUMNS, row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(describedSpeakerIsNamed(result, row.get("description")),
          () -> where(row) + " '" + row.get("description") + "' does not refer back to a name\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> descriptionsStayUnresolvedInTheirCounterexamples() {
    return counterexamples("gazetteer/descriptions.tsv", DESCRIPTION_COLUMNS, (row, text) -> {
      ExtractionResult result = Pipeline.extract(text);
      assertFalse(describedSpeakerIsNamed(result, row.get("description")),
          () -> where(row) + " '" + row.get("description") + "' refers back in its counterexample\n" + Pipeline.listing(result));
    });
  }

  /** Whether a claim spoken by the description ("the senator") names as its speaker an entity of the text. */
  private static boolean describedSpeakerIsNamed(ExtractionResult result, String description) {
    return result.claims().stream().anyMatch(c -> mentions(c, description)
        && result.entities().stream().anyMatch(e -> e.canonical().equals(c.speaker().canonical())
            && e.type() != EntityType.TITLE));
  }

  @TestFactory
  Stream<DynamicTest> speakerNounsSpeakInTheirExamples() {
    return rows("gazetteer/speaker-nouns.tsv", List.of("id", "noun", "type", "example"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      String noun = row.get("noun").toLowerCase(Locale.ROOT);
      assertTrue(result.claims().stream().anyMatch(c -> mentions(c, noun)),
          () -> where(row) + " no claim spoken by '" + noun + "'\n" + Pipeline.listing(result));
    });
  }

  @TestFactory
  Stream<DynamicTest> groupPhrasesNameSeveralParties() {
    return rows("gazetteer/group-phrases.tsv", List.of("id", "phrase", "size", "example"), row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      assertTrue(result.claims().stream().anyMatch(c -> isGroup(c.speaker()) || isGroup(c.addressee()) || isGroup(c.target())),
          () -> where(row) + " no claim by or to a group\n" + Pipeline.listing(result));
    });
  }

  private static boolean isGroup(Actor actor) {
    return actor != null && actor.type() == EntityType.GROUP;
  }

  private static boolean mentions(Claim claim, String word) {
    return claim.speaker() != null && claim.speaker().mention().text().toLowerCase(Locale.ROOT).contains(word);
  }

  /**
   * A name listed in two files ("Georgia" the country and the state) takes the type the gazetteer gives it; the
   * example must show that type.
   */
  private static List<DynamicTest> names(String file, List<String> columns, String nameColumn, String aliasColumn,
      EntityType listedType) {
    return rows(file, columns, row -> {
      ExtractionResult result = Pipeline.extract(row.get("example"));
      List<String> forms = new ArrayList<>(row.list(aliasColumn));
      forms.add(row.get(nameColumn));
      boolean found = false;
      for (EntityMention mention : result.entities()) {
        for (String form : forms) {
          Gazetteer.NameEntry entry = SharedModels.get().gazetteer.lookup(form);
          EntityType type = entry == null ? listedType : entry.type();
          found |= mention.type() == type && mention.text().equalsIgnoreCase(form);
        }
      }
      boolean recognised = found;
      assertTrue(recognised, () -> where(row) + " none of " + forms + " is recognised: " + result.entities());
    }).toList();
  }

  /**
   * Replays each row's counterexample. One marked "KNOWN: " is a known failure of the library: its failure shows as
   * a skipped test naming it, and once it passes the mark must go.
   */
  private static Stream<DynamicTest> counterexamples(String file, List<String> columns,
      BiConsumer<TsvRow, String> check) {
    return rows(file, columns, row -> {
      String text = row.get("counterexample");
      if (!text.startsWith(KNOWN)) {
        check.accept(row, text);
        return;
      }
      try {
        check.accept(row, text.substring(KNOWN.length()));
      } catch (AssertionFailedError e) {
        assumeTrue(false, "known failure: " + e.getMessage());
      }
      fail(where(row) + " the known failure now passes: remove '" + KNOWN.strip() + "'");
    });
  }

  private static Stream<DynamicTest> rows(String file, List<String> columns, Consumer<TsvRow> check) {
    TsvTable table = TsvTable.load(file, columns.toArray(String[]::new));
    return table.rows().stream().map(row -> DynamicTest.dynamicTest(where(row) + " " + row.get("id"), () -> check.accept(row)));
  }

  private static String where(TsvRow row) {
    return row.source() + ":" + row.line();
  }
}
