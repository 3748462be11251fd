package dev.claimex.lexicon;


import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cues of claims, from {@code lexicon/cues.tsv} in {@code claimex-models}: which words introduce a claim of
 * which type. A pattern is lemmas separated by spaces, alternatives by {@code |}, and {@code *} for a gap of up to
 * four modifier words ("reach * agreement" matches "reached a landmark peace agreement").
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.load();
 * cues.match(sentence, 3);    // CueMatch[entry=cue.warn ...] if token 3 is "warned"
 * }</pre>
 */
public final class CueLexicon {

  static final String RESOURCE = "lexicon/cues.tsv";
  private static final int MAX_GAP = 4;
  /** Suffix of an object role whose words an attribution reports with its content ("target+reported"). */
  private static final String REPORTED = "+reported";
  /** Tags of the words a gap may hold: determiners, adjectives, adverbs, numbers, nouns used as modifiers. */
  private static final Set<String> GAP_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "RB", "RBR", "CD",
      "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN", "VBG", "POS");
  private static final Splitter WORDS = Splitter.on(' ').omitEmptyStrings();
  private static final Splitter ALTERNATIVES = Splitter.on('|').omitEmptyStrings();

  private final ImmutableList<CueEntry> entries;
  private final ImmutableListMultimap<String, CueEntry> byFirstWord;
  private final String version;

  private CueLexicon(ImmutableList<CueEntry> entries, String version) {
    this.entries = entries;
    this.version = version;
    ImmutableListMultimap.Builder<String, CueEntry> index = ImmutableListMultimap.builder();
    for (CueEntry entry : entries) {
      for (String word : entry.pattern().get(0)) {
        index.put(word, entry);
      }
    }
    this.byFirstWord = index.build();
  }

  /** Loads the lexicon of {@code claimex-models}. */
  public static CueLexicon load() {
    TsvTable table = TsvTable.load(RESOURCE, "id", "pattern", "pos", "type", "object", "speech", "example",
        "counterexample");
    ImmutableList.Builder<CueEntry> entries = ImmutableList.builder();
    for (TsvRow row : table.rows()) {
      entries.add(parse(row));
    }
    return new CueLexicon(entries.build(), table.version());
  }

  private static CueEntry parse(TsvRow row) {
    ImmutableList.Builder<ImmutableSet<String>> pattern = ImmutableList.builder();
    for (String position : WORDS.split(row.get("pattern"))) {
      pattern.add(position.equals("*") ? ImmutableSet.of()
          : ImmutableSet.copyOf(ALTERNATIVES.splitToList(position.toLowerCase(Locale.ROOT))));
    }
    CuePart part = switch (row.get("pos")) {
      case "V" -> CuePart.VERB;
      case "N" -> CuePart.NOUN;
      case "A" -> CuePart.ADJECTIVE;
      case "P" -> CuePart.PREPOSITION;
      case "L" -> CuePart.LABEL;
      case "S" -> CuePart.SOURCE;
      default -> throw row.error("pos must be V, N, A, P, S or L: " + row.get("pos"));
    };
    boolean speech = switch (row.get("speech")) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw row.error("speech must be yes or no: " + row.get("speech"));
    };
    String object = row.get("object");
    boolean objectReported = object.endsWith(REPORTED);
    if (objectReported) {
      object = object.substring(0, object.length() - REPORTED.length());
    }
    try {
      return new CueEntry(row.get("id"), pattern.build(), part, CueAct.valueOf(row.get("type")),
          ObjectRole.valueOf(object.toUpperCase(Locale.ROOT)), objectReported, speech, row.get("example"));
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }

  public ImmutableList<CueEntry> entries() {
    return entries;
  }

  public String version() {
    return version;
  }

  /**
   * The longest cue that starts at token {@code i}, or {@code null}; none where the word is used in a sense that
   * reports nothing ("Rebels attacked an army convoy", see {@link CueSense}).
   */
  public CueMatch match(TaggedSentence sentence, int i) {
    checkNotNull(sentence, "sentence");
    WordToken token = sentence.token(i);
    CueMatch best = null;
    for (String key : List.of(token.key(), token.lower())) {
      for (CueEntry entry : byFirstWord.get(key)) {
        CueMatch match = matchFrom(sentence, i, entry);
        if (match != null && (best == null || match.length() > best.length())) {
          best = match;
        }
      }
      if (token.key().equals(token.lower())) {
        break;
      }
    }
    return best == null || CueSense.reportsNothing(sentence, best) ? null : best;
  }

  /**
   * Whether the last word of a pattern with a gap ("hold * responsible", "lodge * protest") modifies a common noun
   * after it, so that it is not the object the pattern needs. A preposition ends no noun phrase ("charge * with").
   */
  private static boolean modifiesNoun(TaggedSentence sentence, CueEntry entry, int last) {
    if (!entry.pattern().contains(ImmutableSet.of()) || last + 1 >= sentence.size()
        || sentence.token(last).tag().equals("IN")) {
      return false;
    }
    WordToken next = sentence.token(last + 1);
    ImmutableSet<String> lastWords = entry.pattern().get(entry.pattern().size() - 1);
    return (next.tag().equals("NN") || next.tag().equals("NNS")) && !accepts(lastWords, next);
  }

  private static CueMatch matchFrom(TaggedSentence sentence, int first, CueEntry entry) {
    int i = first;
    int last = first;
    List<ImmutableSet<String>> pattern = entry.pattern();
    for (int p = 0; p < pattern.size(); p++) {
      if (entry.isGap(p)) {
        ImmutableSet<String> next = pattern.get(p + 1);
        int gap = 0;
        while (i < sentence.size() && !accepts(next, sentence.token(i)) && gap < MAX_GAP
            && GAP_TAGS.contains(sentence.token(i).tag())) {
          i++;
          gap++;
        }
        continue;
      }
      if (i >= sentence.size() || !accepts(pattern.get(p), sentence.token(i))) {
        return null;
      }
      last = i;
      i++;
    }
    if (modifiesNoun(sentence, entry, last)) {
      return null; // "held responsible positions", "registered the protest march": the last word is a modifier
    }
    int head = switch (entry.part()) {
      case VERB, PREPOSITION, SOURCE, LABEL -> first;
      case NOUN, ADJECTIVE -> last;
    };
    return hasPart(sentence.token(head), entry.part()) ? new CueMatch(entry, first, last, head) : null;
  }

  private static boolean accepts(Set<String> words, WordToken token) {
    return words.contains(token.key()) || words.contains(token.lower());
  }

  private static boolean hasPart(WordToken token, CuePart part) {
    return switch (part) {
      case VERB -> token.isVerb();
      case NOUN -> token.isNoun();
      case ADJECTIVE -> token.isAdjective() || token.isNoun() || token.isVerb(); // taggers waver on "non-negotiable"
      case PREPOSITION, SOURCE, LABEL -> true;
    };
  }

  @Override
  public String toString() {
    return "CueLexicon[" + RESOURCE + " v" + version + ", " + entries.size() + " cues]";
  }
}
