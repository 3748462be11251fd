package dev.claimex.syntax;

import static dev.claimex.models.WordClass.LIST_CONJUNCTION;
import static dev.claimex.models.WordClass.PASSIVE_AUXILIARY;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;

import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Verb groups read over tags alone: passives, perfects, and a quick subject and object around a verb.
 *
 * <pre>{@code
 * ShallowSyntax.isPassive(s, head);                  // "were urged", "the officials recommended by the board"
 * int end = ShallowSyntax.subjectEnd(s, verb - 1);   // last token of the subject, or -1
 * int first = ShallowSyntax.npStart(s, end);         // first token of that noun phrase
 * }</pre>
 *
 * <p>The subject here is found by a short, greedy walk over the verb group ("has been pressuring"), through a
 * relative pronoun or a coordinated verb, to a word tagged as a noun; enough to name the parties of a claim the
 * attribution stage left unframed. {@link Subjects} reads a speaker's subject with far more care (asides,
 * appositives, infinitives, participle clauses); the two answer differently and each stage is tuned to its own.
 */
public final class ShallowSyntax {

  private static final WordClasses WORDS = WordClasses.standard();

  private static final Set<String> SUBJECT_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD");
  public static final Set<String> NP_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "DT", "PRP$",
      "POS", "CD", "HYPH", "VBN");
  private static final int MAX_NP = 8;

  private ShallowSyntax() {}

  /** The index of the last word at or before {@code i} that is not an adverb, or -1. */
  public static int previousWord(TaggedSentence s, int i) {
    while (i >= 0 && s.token(i).isAdverb()) {
      i--;
    }
    return i;
  }

  /** "has urged", "had promised": a participle after a form of "have" (adverbs between). */
  public static boolean isPerfect(TaggedSentence s, int head) {
    int k = previousWord(s, head - 1);
    return k >= 0 && s.token(k).key().equals("have");
  }

  /** The subject of the sentence's first finite verb before {@code limit}: the agent of "..., urging them to". */
  public static int mainSubjectEnd(TaggedSentence s, int limit) {
    for (int v = 0; v < limit; v++) {
      if (s.token(v).isFiniteVerb()) {
        return subjectEnd(s, v - 1);
      }
    }
    return -1;
  }

  /**
   * The last token of the subject of a verb group ending before {@code i}: back over auxiliaries, adverbs and
   * governing verbs ("has been pressuring", "refused to pledge"), through a relative pronoun ("agents who demanded")
   * or a coordinated verb ("pledged to deport them, and vowed") to the noun phrase.
   */
  public static int subjectEnd(TaggedSentence s, int i) {
    int j = i;
    int verbs = 0;
    while (j >= 0) {
      WordToken t = s.token(j);
      if (t.isAdverb() || t.tag().equals("MD") || t.tag().equals("TO") || t.lower().equals("not")
          || t.lower().equals("n't")) {
        j--;
      } else if (t.isVerb() && verbs < 3) {
        verbs++;
        j--;
      } else if (WORDS.is(RELATIVE_PRONOUN, t.lower()) && t.tag().startsWith("W")) {
        j--;
        if (j >= 0 && s.token(j).word().equals(",")) {
          j--;
        }
        return j;
      } else if ((WORDS.is(LIST_CONJUNCTION, t.lower()) || t.word().equals(",")) && j > 0) {
        int relative = relativeOpening(s, j);
        if (relative >= 0) { // "Cole, who came out and endorsed ...": the relative clause's subject
          j = relative;
          continue;
        }
        // a verb coordinated with the main one shares its subject: "He has claimed ..., and vowed to ..."
        int main = 0;
        while (main < j && !s.token(main).isFiniteVerb()) {
          main++;
        }
        if (main >= j) {
          return leadingNounPhraseEnd(s); // "Greece, like most members, plans to ..."
        }
        j = main;
      } else {
        break;
      }
    }
    return j >= 0 && SUBJECT_TAGS.contains(s.token(j).tag()) ? j : -1;
  }

  /**
   * The relative pronoun that opens the clause a coordinator at {@code j} stands in, with no comma between them and
   * verbs of one tense on both sides: "who" in "Cole, who came out and endorsed"; -1 otherwise, as in "met a man who
   * lives nearby and praised", where the tenses tell the coordinated verb from the relative clause.
   */
  private static int relativeOpening(TaggedSentence s, int j) {
    for (int k = j - 1; k >= 0; k--) {
      WordToken t = s.token(k);
      if (t.isPunctuation()) {
        return -1;
      }
      if (WORDS.is(RELATIVE_PRONOUN, t.lower()) && t.tag().startsWith("W")) {
        String inside = firstVerbTag(s, k + 1);
        String after = firstVerbTag(s, j + 1);
        return inside != null && after != null && tense(inside).equals(tense(after)) ? k : -1;
      }
    }
    return -1;
  }

  private static String firstVerbTag(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + MAX_NP; i++) {
      if (s.token(i).isVerb()) {
        return s.token(i).tag();
      }
    }
    return null;
  }

  /** A verb tag's tense, the tagger's past participle counted as past: "came out and endorsed". */
  private static String tense(String tag) {
    return tag.equals("VBN") ? "VBD" : tag;
  }

  /** The end of a noun phrase that opens the sentence and is set off by a comma ("The group, ..."), or -1. */
  static int leadingNounPhraseEnd(TaggedSentence s) {
    int k = 0;
    while (k < s.size() && k < MAX_NP && NP_TAGS.contains(s.token(k).tag()) && !s.token(k).tag().equals("VBN")) {
      k++;
    }
    return k > 0 && k < s.size() && s.token(k).word().equals(",") && s.token(k - 1).isNoun() ? k - 1 : -1;
  }

  /** The last token of the noun phrase that starts at {@code i}, or {@code i - 1} when none does. */
  public static int npEnd(TaggedSentence s, int i) {
    int j = i;
    while (j < s.size() && j < i + MAX_NP && (NP_TAGS.contains(s.token(j).tag()) && !s.token(j).tag().equals("VBN")
        || s.token(j).isPronoun())) {
      if (s.token(j).isPronoun() && j > i) {
        break;
      }
      j++;
      if (s.token(j - 1).isPronoun()) {
        break;
      }
    }
    return j - 1;
  }

  /**
   * The first token of the noun phrase that ends at {@code end}: back over up to eight words with noun-phrase
   * tags ("The paper", "the interior ministry's spokesman"); a pronoun stands alone.
   */
  public static int npStart(TaggedSentence s, int end) {
    int start = end;
    if (!s.token(end).isPronoun()) {
      while (start > 0 && start > end - MAX_NP && NP_TAGS.contains(s.token(start - 1).tag())) {
        start--;
      }
    }
    return start;
  }

  /**
   * "were urged", "has been advised", "been bribed or blackmailed by", and the reduced relative "the officials
   * recommended by the board": a past participle after a form of "be" or "get" within four words (adverbs or an
   * earlier participle and "or"/"and"), or after a noun and before "by". Claim typing reads passives this way.
   */
  public static boolean isPassive(TaggedSentence s, int head) {
    WordToken t = s.token(head);
    if (t.tag().equals("VBN") && head > 0 && s.token(head - 1).isNoun() && head + 1 < s.size()
        && s.token(head + 1).lower().equals("by")) {
      return true;
    }
    return afterPassiveAuxiliary(s, head, 4, true);
  }

  /**
   * "was told", "were never warned": a past participle after a form of "be" or "get" with at most two adverbs
   * between. Narrower than {@link #isPassive}: no reduced relative ("the officials recommended by the board") and no
   * second participle ("been bribed or blackmailed"). The attribution stage reads a cue's voice this way: a cue read
   * as passive takes its speaker from a "by" phrase and its subject as addressee or target, and those rules were
   * tuned with this narrower reading; the wider one would route reduced relatives there too.
   */
  public static boolean isAuxiliaryPassive(TaggedSentence s, int head) {
    return afterPassiveAuxiliary(s, head, 2, false);
  }

  /**
   * Whether the past participle at {@code head} follows a form of "be" or "get" with at most {@code between}
   * adverbs between (and, {@code overCoordination}, an earlier participle and "or"/"and": "been bribed or
   * blackmailed").
   */
  static boolean afterPassiveAuxiliary(TaggedSentence s, int head, int between, boolean overCoordination) {
    if (!s.token(head).tag().equals("VBN")) {
      return false;
    }
    for (int i = head - 1; i >= 0 && i >= head - 1 - between; i--) {
      WordToken t = s.token(i);
      if (WORDS.is(PASSIVE_AUXILIARY, t.key())) {
        return true;
      }
      boolean coordinated = overCoordination && WORDS.is(LIST_CONJUNCTION, t.lower()) && i > 0
          && s.token(i - 1).tag().equals("VBN"); // "been bribed or blackmailed by"
      if (coordinated) {
        i--;
      } else if (!t.isAdverb()) {
        return false;
      }
    }
    return false;
  }
}
