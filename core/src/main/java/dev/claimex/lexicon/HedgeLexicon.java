package dev.claimex.lexicon;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.List;
import java.util.Set;

/**
 * Hedges and agentless reports, from {@code lexicon/hedges.tsv} in {@code claimex-models}: words that mark a clause
 * as reported or inferred without saying who reports it ("is expected to", "reportedly", "seems", "was asked
 * whether").
 *
 * <pre>{@code
 * HedgeLexicon hedges = HedgeLexicon.load();
 * hedges.match(sentence, 2);   // Match[entry=hedge.expected ...] if tokens 2-4 are "is expected to"
 * }</pre>
 */
public final class HedgeLexicon {

  static final String RESOURCE = "lexicon/hedges.tsv";
  /** Words that may stand between the words of a pattern: "is not expected to", "is widely seen as". */
  private static final int MAX_ADVERBS = 2;
  /** Longest adjunct between a hedge and the word it expects: "asked at a briefing on Monday whether". */
  private static final int MAX_ADJUNCT = 7;
  /** Words of such an adjunct: adverbs, prepositions and the noun phrases they govern. */
  private static final Set<String> ADJUNCT_TAGS = Set.of("RB", "IN", "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD",
      "POS", "PRP$");
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();
  private static final Splitter ALTERNATIVES = Splitter.on('|').omitEmptyStrings();

  /** Where the reported content lies relative to the hedge. */
  public enum Shape {
    /** The clause the hedge sits in, from its subject: "[The bank is expected to raise rates]". */
    CLAUSE,
    /** What follows the hedge: "It appears that [the storm will miss the coast]". */
    AFTER,
    /**
     * What a report noun with no named source governs: "allegations that [the vote was rigged]", "questions about
     * [the budget]".
     */
    OBJECT
  }

  /** One row: a pattern, the shape of its content and what must come right after it. */
  public record Entry(String id, ImmutableList<ImmutableSet<String>> pattern, Shape shape, ImmutableSet<String> then) {}

  /** A hedge found in a sentence, over tokens {@code first..last}. */
  public record Match(Entry entry, int first, int last) {}

  private final ImmutableList<Entry> entries;
  private final String version;

  private HedgeLexicon(ImmutableList<Entry> entries, String version) {
    this.entries = entries;
    this.version = version;
  }

  /** Loads the lexicon of {@code claimex-models}. */
  public static HedgeLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "pattern", "shape", "then", "example", "counterexample");
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    for (TsvRow row : table.rows()) {
      entries.add(parse(row));
    }
    return new HedgeLexicon(entries.build(), table.version());
  }

  private static Entry parse(TsvRow row) {
    ImmutableList.Builder<ImmutableSet<String>> pattern = ImmutableList.builder();
    for (String position : WORDS.split(row.get("pattern"))) {
      pattern.add(words(position));
    }
    Shape shape = switch (row.get("shape")) {
      case "clause" -> Shape.CLAUSE;
      case "after" -> Shape.AFTER;
      case "object" -> Shape.OBJECT;
      default -> throw row.error("shape must be clause, after or object: " + row.get("shape"));
    };
    String then = row.get("then");
    return new Entry(row.get("id"), pattern.build(), shape, then.equals("-") ? ImmutableSet.of() : words(then));
  }

  private static ImmutableSet<String> words(String alternatives) {
    return ImmutableSet.copyOf(ALTERNATIVES.splitToList(alternatives));
  }

  public String version() {
    return version;
  }

  /** The longest hedge that starts at token {@code i}, or {@code null}. */
  public Match match(TaggedSentence sentence, int i) {
    checkNotNull(sentence, "sentence");
    Match best = null;
    for (Entry entry : entries) {
      Match match = matchFrom(sentence, i, entry);
      if (match != null && (best == null || match.last() > best.last())) {
        best = match;
      }
    }
    return best;
  }

  private static Match matchFrom(TaggedSentence s, int first, Entry entry) {
    int i = first;
    List<ImmutableSet<String>> pattern = entry.pattern();
    for (int p = 0; p < pattern.size(); p++) {
      int skipped = 0;
      while (p > 0 && i < s.size() && !accepts(pattern.get(p), s.token(i)) && skipped < MAX_ADVERBS
          && (s.token(i).isAdverb() || s.token(i).lower().equals("n't"))) {
        i++;
        skipped++;
      }
      if (i >= s.size() || !accepts(pattern.get(p), s.token(i))) {
        return null;
      }
      i++;
    }
    if (entry.then().isEmpty()) {
      return new Match(entry, first, i - 1);
    }
    int next = entry.shape() == Shape.AFTER ? afterAdjunct(s, i, entry.then()) : i;
    WordToken nextWord = next < 0 ? null : s.tokenOrNull(next);
    if (nextWord != null && nextWord.lower().equals("to") && !infinitive(s, next)) {
      return null; // "was asked to the wedding", "the call to prayer": "to" before a noun reports nothing
    }
    return expected(entry.then(), nextWord) ? new Match(entry, first, next - 1) : null;
  }

  /**
   * The word the row expects after an adjunct of the hedge ("Asked on Monday whether ...", "asked specifically
   * what ..."): adverbs and a prepositional phrase of at most {@value #MAX_ADJUNCT} words, then one of the row's
   * words (a tag counts only at once); {@code i} itself when the expected word follows at once, -1 when it does not
   * come.
   */
  private static int afterAdjunct(TaggedSentence s, int i, ImmutableSet<String> then) {
    WordToken opening = s.tokenOrNull(i);
    if (opening == null || expected(then, opening)) {
      return i;
    }
    if (!opening.isAdverb() && !opening.tag().equals("IN")) {
      return -1;
    }
    for (int j = i + 1; j < s.size() && j <= i + MAX_ADJUNCT; j++) {
      WordToken t = s.token(j);
      if (then.contains(t.lower())) {
        return j; // a word, not a tag: "it appeared in the local paper" has an adjective, not what it appears
      }
      if (!ADJUNCT_TAGS.contains(t.tag())) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the "to" at {@code i} opens an infinitive ("asked to leave", "calls to end the war"). */
  private static boolean infinitive(TaggedSentence s, int i) {
    WordToken next = s.tokenOrNull(i + 1);
    while (next != null && next.isAdverb()) {
      next = s.tokenOrNull(next.index() + 1);
    }
    return next != null && next.tag().equals("VB");
  }

  private static boolean accepts(ImmutableSet<String> words, WordToken token) {
    return words.contains(token.key()) || words.contains(token.lower());
  }

  /** Whether a token is one the row expects after its hedge, by word or by tag. */
  private static boolean expected(ImmutableSet<String> then, WordToken token) {
    return token != null && (then.contains(token.lower()) || then.contains(token.tag()));
  }

  @Override
  public String toString() {
    return "HedgeLexicon[" + RESOURCE + " v" + version + ", " + entries.size() + " hedges]";
  }
}
