package dev.claimex.quote;

import static dev.claimex.models.WordClass.COMMA_CLAUSE_OPENER;
import static dev.claimex.models.WordClass.FRONTING_SUBORDINATOR;
import static dev.claimex.models.WordClass.HEDGE_COMPLEMENTIZER;
import static dev.claimex.models.WordClass.NOUN_QUESTION_WORD;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.coref.EntityIndex;
import dev.claimex.lexicon.HedgeLexicon;
import dev.claimex.syntax.NounPhrases;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.EntityMention;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports whose source the text does not name: the writer's hedges and agentless reports ("The bank is expected to
 * raise rates", "The firm has reportedly hired a new chief", "It appears that the storm will miss the coast", "She
 * was asked whether taxes would rise"), and report nouns with no named source ("allegations that the vote was
 * rigged", "questions about the budget"). Each becomes an attribution with no speaker, so that a reader can tell a
 * hedged statement from the writer's own; none becomes a typed claim, since nobody is known to claim it.
 *
 * <pre>{@code
 * UnsourcedReports unsourced = new UnsourcedReports(HedgeLexicon.load(), CueLexicon.load());
 * ImmutableList<Attribution> hedged = unsourced.find(analysis, entities, attributions);
 * }</pre>
 */
public final class UnsourcedReports {

  private static final double CONFIDENCE = 0.6;
  /** Words before a hedge that belong to its verb group, not its subject: "has reportedly", "might seem". */
  private static final Set<String> AUXILIARY_TAGS = Set.of("MD", "VBZ", "VBP", "VBD", "RB");
  private static final WordClasses WORDS = WordClasses.standard();
  /** Longest stretch of determiners and modifiers before a report noun: "the growing public". */
  /** A reported clause shorter than this is no claim ("it seems so"). */
  private static final int MIN_WORDS = 3;

  private final HedgeLexicon hedges;
  private final ContentBounds bounds;

  public UnsourcedReports(HedgeLexicon hedges, CueLexicon cues) {
    this.hedges = checkNotNull(hedges, "hedges");
    this.bounds = new ContentBounds(checkNotNull(cues, "cues"));
  }

  /**
   * The unsourced reports of a document, leaving out those that {@code sourced} attributions already report: a
   * hedge on a named speaker's act ("the senator seemed to suggest that ...") is that speaker's report.
   */
  public ImmutableList<Attribution> find(TextAnalysis analysis, List<EntityMention> entities,
      List<Attribution> sourced) {
    return find(analysis, entities, sourced, StageBudget.unlimited());
  }

  /** The same, for the sentences the budget allows. */
  public ImmutableList<Attribution> find(TextAnalysis analysis, List<EntityMention> entities,
      List<Attribution> sourced, StageBudget budget) {
    checkNotNull(analysis, "analysis");
    EntityIndex index = new EntityIndex(analysis, checkNotNull(entities, "entities"));
    Sourced known = new Sourced(sourced);
    List<Attribution> found = new ArrayList<>();
    for (TaggedSentence s : analysis.sentences()) {
      if (!budget.allows(s.index())) {
        break;
      }
      if (RuleBasedAttributionFinder.NO_CLAIMS.contains(s.segmentKind()) || s.segmentKind() == SegmentKind.HEADLINE) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        HedgeLexicon.Match hedge = hedges.match(s, i);
        if (hedge == null) {
          continue;
        }
        Attribution report = read(analysis.text(), s, hedge, index, known);
        if (report != null && !known.alreadyReport(report)) {
          found.add(report);
        }
        i = hedge.last();
      }
    }
    return ImmutableList.copyOf(found);
  }

  private Attribution read(String text, TaggedSentence s, HedgeLexicon.Match hedge, EntityIndex index,
      Sourced sourced) {
    if (hedge.entry().shape() == HedgeLexicon.Shape.OBJECT) {
      return governed(text, s, hedge, index);
    }
    int first = hedge.entry().shape() == HedgeLexicon.Shape.CLAUSE ? subjectStart(s, hedge.first())
        : afterHedge(s, hedge.last());
    if (first < 0 || first >= s.size()) {
      return null;
    }
    int last = clauseEnd(s, first, Math.max(first, hedge.last()), index);
    if (hedge.entry().shape() == HedgeLexicon.Shape.CLAUSE) {
      TextSpan whole = TextSpan.of(text, s.token(first).start(), s.token(last).end());
      if (sourced.holdsCue(whole)) {
        return null; // the hedge belongs to the named speaker's report that follows it
      }
      last = beforeTrailingPhrase(s, hedge.last(), first, last);
    }
    if (fronted(s, hedge.first()) && hedge.entry().shape() == HedgeLexicon.Shape.AFTER) {
      last = beforeComma(s, first, last); // "(When) asked whether the plant would close, the manager shrugged"
    }
    return report(text, s, hedge, first, last);
  }

  /**
   * What a report noun governs: a that-clause ("allegations that [the vote was rigged]"), an embedded question
   * ("questions about [whether the plant will close]") or the object of its preposition ("concerns about [the
   * cost of the bridge]"). A "that" with no subject after it opens a relative clause ("an idea that was dropped").
   */
  private Attribution governed(String text, TaggedSentence s, HedgeLexicon.Match noun, EntityIndex index) {
    int k = noun.last() + 1;
    WordToken opener = s.tokenOrNull(k);
    WordToken next = s.tokenOrNull(k + 1);
    if (opener == null || next == null || !s.token(noun.last()).isNoun()) {
      return null;
    }
    if (opener.lower().equals("that")) {
      boolean relative = opener.tag().equals("WDT") || next.isVerb() || next.tag().equals("MD");
      return relative ? null : report(text, s, noun, k + 1, clauseOfNoun(s, noun.first(), k + 1, index));
    }
    if (WORDS.is(NOUN_QUESTION_WORD, opener.lower())) {
      return report(text, s, noun, k, clauseOfNoun(s, noun.first(), k, index));
    }
    if (WORDS.is(NOUN_QUESTION_WORD, next.lower())) {
      return report(text, s, noun, k + 1, clauseOfNoun(s, noun.first(), k + 1, index));
    }
    int last = ContentBounds.phraseEnd(s, k + 1, bounds.end(s, k + 1, false, index), false);
    return report(text, s, noun, k + 1, last);
  }

  /** The last token of a clause that a report noun governs from {@code first}. */
  private int clauseOfNoun(TaggedSentence s, int noun, int first, EntityIndex index) {
    return ContentBounds.beforeMainVerb(s, noun, first, clauseEnd(s, first, first, index));
  }

  private static Attribution report(String text, TaggedSentence s, HedgeLexicon.Match hedge, int first, int last) {
    if (last - first + 1 < MIN_WORDS) {
      return null;
    }
    TextSpan content = TextSpan.of(text, s.token(first).start(), s.token(last).end());
    TextSpan cue = TextSpan.of(text, s.token(hedge.first()).start(), s.token(hedge.last()).end());
    return new Attribution(ReportKind.INDIRECT, content, null, cue, null, s.index(), CONFIDENCE,
        hedge.entry().id() + "/" + hedge.entry().shape().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** The first token of the subject of the clause whose verb group holds the hedge at {@code hedge}. */
  private static int subjectStart(TaggedSentence s, int hedge) {
    int k = hedge - 1;
    while (k >= 0 && AUXILIARY_TAGS.contains(s.token(k).tag()) && !s.token(k).isPronoun()) {
      k--; // "has reportedly", "might seem", "does n't appear"
    }
    if (k < 0) {
      return -1;
    }
    if (WORDS.is(RELATIVE_PRONOUN, s.token(k).lower())) {
      return k; // "a match which is expected to draw crowds": the relative clause reports
    }
    int start = NounPhrases.startLeft(s, k);
    if (start >= 0) {
      return start;
    }
    boolean appositive = s.token(k).word().equals(",");
    boolean coordinated = s.token(k).tag().equals("CC"); // "She is moving but is expected to stay"
    return appositive || coordinated ? clauseStart(s, k) : -1;
  }

  /**
   * The start of the sentence part that holds token {@code k}, after any semicolon or colon: "The chief, a veteran
   * of the firm, is expected to resign" reports from its subject, before the apposition.
   */
  private static int clauseStart(TaggedSentence s, int k) {
    for (int i = k - 1; i >= 0; i--) {
      String w = s.token(i).word();
      if (w.equals(";") || w.equals(":")) {
        return i + 1 < k ? i + 1 : -1;
      }
    }
    return k > 0 ? 0 : -1;
  }

  /** The first token after the hedge, skipping a complementizer: "It appears [that] ...". */
  private static int afterHedge(TaggedSentence s, int last) {
    int i = last + 1;
    while (i < s.size() && (WORDS.is(HEDGE_COMPLEMENTIZER, s.token(i).lower()) || s.token(i).word().equals(",")
        && i == last + 1)) {
      i++;
    }
    return i;
  }

  /**
   * The hedged clause without what a comma after the hedge adds to it: the writer's own comment on the reported
   * fact (", leaving the town without a bank", ", with sharp costs for farmers", ", the first in a decade"). A
   * list goes on across its commas ("to cut taxes, raise wages and ..."), an adverb set off by commas (", however,")
   * and a run of adjectives ("a long, bitter strike") stay, as do commas inside quotation marks.
   */
  private static int beforeTrailingPhrase(TaggedSentence s, int hedge, int first, int last) {
    boolean quoted = false;
    for (int i = hedge + 1; i < last; i++) {
      WordToken t = s.token(i);
      if (QuoteTokens.isQuoteToken(t)) {
        quoted = QuoteTokens.isOpeningToken(t) || !QuoteTokens.isClosingToken(t) && !quoted;
        continue;
      }
      if (quoted || !t.word().equals(",")) {
        continue;
      }
      WordToken next = s.token(i + 1);
      WordToken beyond = s.tokenOrNull(i + 2);
      boolean setOffAdverb = next.isAdverb() && beyond != null && beyond.word().equals(",");
      boolean adjectives = (s.token(i - 1).isAdjective() || s.token(i - 1).isAdverb()) && next.isAdjective();
      if (setOffAdverb) {
        i += 2;
      } else if (!adjectives && !ContentBounds.continuesList(s, i + 1, last)) {
        int end = s.token(i - 1).tag().equals("CC") ? i - 2 : i - 1; // "... by the end of June and, if ..."
        return ContentBounds.trimEnd(s, first, end);
      }
    }
    return last;
  }

  /** Whether the hedge at {@code first} opens its sentence, alone or after "when", "if", "once" or "after". */
  private static boolean fronted(TaggedSentence s, int first) {
    return first == 0 || first == 1 && WORDS.is(FRONTING_SUBORDINATOR, s.token(0).lower());
  }

  /** The last token before the first comma of {@code first..last}, or {@code last}. */
  private static int beforeComma(TaggedSentence s, int first, int last) {
    for (int i = first + 1; i <= last; i++) {
      if (s.token(i).word().equals(",")) {
        return ContentBounds.trimEnd(s, first, i - 1);
      }
    }
    return last;
  }

  /** Where the hedged clause ends: where reported content ends, or earlier at a comma that opens a new clause. */
  private int clauseEnd(TaggedSentence s, int first, int from, EntityIndex index) {
    int last = bounds.end(s, first, true, index);
    for (int i = from + 1; i < last; i++) {
      WordToken next = s.token(i + 1);
      boolean newClause = s.token(i).word().equals(",") && WORDS.is(COMMA_CLAUSE_OPENER, next.lower());
      if (newClause || s.token(i).word().equals(":")) {
        return ContentBounds.trimEnd(s, first, i - 1);
      }
    }
    return last;
  }

  /** The attributions of named speakers, by the spans of their contents and cues. */
  private static final class Sourced {
    private final SpanIndex<Attribution> contents;
    private final SpanIndex<Attribution> cues;

    Sourced(List<Attribution> sourced) {
      this.contents = SpanIndex.of(sourced, Attribution::content);
      this.cues = SpanIndex.of(sourced, Attribution::cue);
    }

    /**
     * Whether a named speaker's attribution already reports this clause, the clause holds that speaker's cue, or
     * the speaker's content holds the hedge.
     */
    boolean alreadyReport(Attribution report) {
      for (int other : contents.overlapping(report.content())) {
        if (overlapShare(contents.get(other).content(), report.content()) >= 0.8) {
          return true;
        }
      }
      // "The mayor said there were fears that ...": a hedge inside a speaker's report is part of what was reported
      return holdsCue(report.content()) || contents.anyContaining(report.cue());
    }

    boolean holdsCue(TextSpan clause) {
      return cues.inside(clause).length > 0;
    }
  }

  private static double overlapShare(TextSpan a, TextSpan b) {
    int common = Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
    return union == 0 ? 0 : (double) common / union;
  }
}
