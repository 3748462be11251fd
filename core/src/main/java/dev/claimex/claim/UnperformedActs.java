package dev.claimex.claim;

import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.HABITUAL_SUBORDINATOR;
import static dev.claimex.models.WordClass.INTENTION_VERB;
import static dev.claimex.models.WordClass.QUESTION_OPENER;
import static dev.claimex.models.WordClass.QUESTION_VERB;
import static dev.claimex.models.WordClass.SUPPOSING_SUBORDINATOR;

import com.google.common.collect.ListMultimap;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CuePart;
import dev.claimex.models.WordClasses;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Acts a sentence names without reporting them done: the infinitive of an intention, a hope, a request or a
 * commitment ("plans to criticise the budget", "hope to reach a deal", "asked residents to describe the man") and an
 * act a question asks about ("asked whether the minister would
 * reiterate her pledge"). The outer report is the claim; the act inside it makes none of its own.
 *
 * <pre>{@code
 * Set<Report> unperformed = UnperformedActs.of(analysis, framesBySentence);   // "criticise" of "plans to criticise"
 * }</pre>
 */
final class UnperformedActs {

  private static final WordClasses WORDS = WordClasses.standard();
  /** Acts whose infinitive is asked of someone or committed to, not yet done: "urged them to condemn", "vowed to sue". */
  /** How far back from a cue the opener of its clause is looked for. */
  private static final int SUPPOSED_CLAUSE_REACH = 10;
  private static final Set<CueAct> ASKS_OR_VOWS = Set.of(CueAct.APPEAL, CueAct.DEMAND, CueAct.PROMISE, CueAct.THREAT);

  private UnperformedActs() {}

  /** The frames (indexed by sentence) whose cue is an act another frame of the sentence only intends, hopes for or asks about. */
  static Set<Report> of(TextAnalysis analysis, ListMultimap<Integer, Report> bySentence) {
    Set<Report> unperformed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Report frame : bySentence.values()) {
      if (frame.cue() != null && frame.cue().entry().part() == CuePart.VERB
          && inSupposedClause(analysis.sentences().get(frame.sentence()), frame.cue().first(), frame.cue().head())) {
        unperformed.add(frame);
      }
    }
    for (Report outer : bySentence.values()) {
      if (outer.cue() == null || outer.cueSpan() == null) {
        continue;
      }
      TaggedSentence s = analysis.sentences().get(outer.sentence());
      String verb = s.token(outer.cue().head()).key();
      boolean intends = outer.intro() == ContentIntro.TO
          && (WORDS.is(INTENTION_VERB, verb) || ASKS_OR_VOWS.contains(outer.cue().entry().act()));
      boolean asks = WORDS.is(QUESTION_VERB, verb) && asksQuestion(s, outer);
      if (!intends && !asks) {
        continue;
      }
      int intended = intends ? intendedVerb(s, outer.content()) : -1;
      for (Report inner : bySentence.get(outer.sentence())) {
        TextSpan cue = inner.cueSpan();
        if (inner == outer || cue == null) {
          continue;
        }
        boolean inside = outer.content().start() <= cue.start() && cue.end() <= outer.content().end();
        if (asks && inside || intends && intended >= 0 && cue.start() == s.token(intended).start()) {
          unperformed.add(inner);
        }
      }
    }
    return unperformed;
  }

  /**
   * Whether the cue verb stands in a clause that only supposes or asks about its act ("will be strongest if he
   * refuses to give details", "whether he could broker a deal") or tells a habit ("when veterans ask for help"): the
   * opener comes before the cue with no punctuation and no verb of another clause between them. A past act in a
   * "when" clause is reported ("when he lashed out at the press").
   */
  private static boolean inSupposedClause(TaggedSentence s, int cueFirst, int head) {
    for (int i = cueFirst - 1; i >= 0 && cueFirst - i <= SUPPOSED_CLAUSE_REACH; i--) {
      WordToken t = s.token(i);
      if (t.isPunctuation() || t.isQuoteMark()) {
        return false;
      }
      if (WORDS.is(SUPPOSING_SUBORDINATOR, t.lower())) {
        return true;
      }
      if (WORDS.is(HABITUAL_SUBORDINATOR, t.lower())) {
        String tag = s.token(head).tag();
        return tag.equals("VBP") || tag.equals("VBZ");
      }
      WordToken next = s.token(i + 1);
      boolean auxiliary = t.tag().equals("MD") // "could", "has promised", "was to make": no verb of its own clause
          || WORDS.is(AUXILIARY, t.key()) && (next.isVerb() || next.tag().equals("TO") || next.isAdverb());
      if (t.isFiniteVerb() && !auxiliary) {
        // "said he would veto it if ...", "if we are victorious then God has promised": the cue is another clause's
        return false;
      }
    }
    return false;
  }

  /** "asked whether ...", "asked if ...": what is asked is a question, not an act. */
  private static boolean asksQuestion(TaggedSentence s, Report outer) {
    if (outer.intro() == ContentIntro.QUESTION) {
      return true;
    }
    int first = firstTokenFrom(s, outer.content().start());
    return first >= 0 && (WORDS.is(QUESTION_OPENER, s.token(first).lower())
        || first > 0 && WORDS.is(QUESTION_OPENER, s.token(first - 1).lower()));
  }

  /** The verb of the infinitive an intention's content starts with: "criticise" of "(to) criticise the budget". */
  private static int intendedVerb(TaggedSentence s, TextSpan content) {
    int first = firstTokenFrom(s, content.start());
    if (first >= 0 && s.token(first).tag().equals("TO")) {
      first++;
    }
    return first >= 0 && first < s.size() && s.token(first).tag().equals("VB") ? first : -1;
  }

  private static int firstTokenFrom(TaggedSentence s, int offset) {
    for (WordToken t : s.tokens()) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return -1;
  }
}
