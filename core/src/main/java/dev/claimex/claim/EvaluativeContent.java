package dev.claimex.claim;

import static dev.claimex.models.WordClass.DISAPPROVAL_ADJECTIVE;
import static dev.claimex.models.WordClass.DISAPPROVAL_NOUN;
import static dev.claimex.models.WordClass.NEGATIVE_WORD;
import static dev.claimex.models.WordClass.HONORIFIC;
import static dev.claimex.models.WordClass.OBJECT_PRONOUN;
import static dev.claimex.models.WordClass.PRAISE_ADJECTIVE;
import static dev.claimex.models.WordClass.PRAISE_NOUN;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.quote.Report;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.List;

/**
 * The judgement a reported content carries. Most criticism and praise in news has no cue verb of its own: the
 * speaker says something judging ("“It was offensive,” she said", "called the senator a lightweight"), and the
 * judging word decides the act. A word of disapproval makes a CRITICISM, a word of praise a SUPPORT. A judgement
 * that is negated ("not a racist"), asked ("is that not absurd?") or mixed with its opposite decides nothing: the
 * content stays a statement.
 *
 * <pre>{@code
 * EvaluativeContent.Judgement j = EvaluativeContent.judge(analysis, content);   // CRITICISM, "absurd" ...
 * }</pre>
 */
final class EvaluativeContent {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How far before a judging word a negation turns it ("not really a bully", "never unfair"). */
  private static final int NEGATION_REACH = 3;

  /** A judgement: the type it makes and the first word that judges. */
  record Judgement(ClaimType type, WordToken word) {}

  private EvaluativeContent() {}

  /** The judgement of the content, or {@code null} when it judges nothing, both ways, or only in questions. */
  static Judgement judge(TextAnalysis analysis, TextSpan content) {
    WordToken disapproval = null;
    WordToken praise = null;
    List<TaggedSentence> sentences = analysis.sentences();
    // only the sentences the content spans: this runs for every plain statement of a document
    for (int i = Math.max(0, analysis.sentenceIndexFrom(content.start()));
        i < sentences.size() && sentences.get(i).span().start() < content.end(); i++) {
      TaggedSentence s = sentences.get(i);
      if (!s.span().overlaps(content) || asks(s)) {
        continue;
      }
      for (WordToken t : s.tokens()) {
        if (t.start() < content.start() || t.end() > content.end()) {
          continue;
        }
        // "is rigged": a participle judges like an adjective, in its own form (its lemma is the verb "rig")
        boolean adjective = t.isAdjective() || t.tag().equals("VBN");
        String form = t.tag().equals("VBN") ? t.lower() : t.key();
        boolean disapproves = adjective && WORDS.is(DISAPPROVAL_ADJECTIVE, form)
            || t.isNoun() && WORDS.is(DISAPPROVAL_NOUN, t.key());
        boolean praises = !disapproves && adjective && WORDS.is(PRAISE_ADJECTIVE, form);
        if ((disapproves || praises) && negated(s, t)) {
          continue;
        }
        if (disapproves) {
          disapproval = disapproval == null ? t : disapproval;
        } else if (praises) {
          praise = praise == null ? t : praise;
        }
      }
    }
    if (disapproval != null && praise == null) {
      return new Judgement(ClaimType.CRITICISM, disapproval);
    }
    if (praise != null && disapproval == null) {
      return new Judgement(ClaimType.SUPPORT, praise);
    }
    return null;
  }

  /**
   * A name given to a person as the judgement: "called Rubio a lightweight", "calling me ‘Little Marco’", "called him
   * a genius". News gives a person a name to judge them: a name with a word of praise makes a SUPPORT, any other a
   * CRITICISM, about the person. {@code content} is a named content ({@code ContentIntro.NAMED}): the one named, then
   * the name. {@code null} when the one named is no person (a plan, a holiday) or no name follows.
   */
  static Epithet epithet(TextAnalysis analysis, TextSpan content) {
    TaggedSentence s = analysis.sentenceAt(content.start());
    if (s == null) {
      return null;
    }
    int first = s.tokenAt(content.start());
    while (first >= 0 && first < s.size() && s.token(first).isQuoteMark()) {
      first++;
    }
    int named = first < 0 ? -1 : NounPhrases.endRight(s, first, false);
    if (named < first || named + 1 >= s.size() || s.token(named + 1).start() >= content.end()) {
      return null;
    }
    WordToken head = s.token(named);
    boolean person = WORDS.is(OBJECT_PRONOUN, head.lower())
        || head.isProperNoun() && s.token(first).isProperNoun()
        || head.isNoun() && AnimateNouns.standard().contains(head.lower());
    if (!person || WORDS.is(HONORIFIC, s.token(named + 1).lower())) {
      return null; // "called it a plan"; "called him Mr. Cole": a form of address, no judgement
    }
    boolean praise = false;
    boolean words = false;
    for (int i = named + 1; i < s.size() && s.token(i).end() <= content.end(); i++) {
      WordToken t = s.token(i);
      words |= Character.isLetter(t.word().charAt(0));
      praise |= t.isAdjective() && WORDS.is(PRAISE_ADJECTIVE, t.lower()) || t.isNoun() && WORDS.is(PRAISE_NOUN, t.key());
    }
    return words ? new Epithet(praise ? ClaimType.SUPPORT : ClaimType.CRITICISM, s.spanOf(analysis.text(), first, named))
        : null;
  }

  /** A name given to a person: the type of the act and the person named. */
  record Epithet(ClaimType type, TextSpan named) {}

  /**
   * Whom the judgement is about, when the content names it before the judging word: the last name before it in
   * the content ("Trump is a racist bigot", "called Rubio a lightweight"), not the speaker's own name.
   */
  static TextSpan judged(TextAnalysis analysis, TextSpan content, Judgement judgement, Report frame) {
    TaggedSentence s = analysis.sentenceAt(judgement.word().start());
    if (s == null) {
      return null;
    }
    int end = -1;
    for (int i = judgement.word().index() - 1; i >= 0 && s.token(i).start() >= content.start(); i--) {
      WordToken t = s.token(i);
      if (t.isProperNoun() && end < 0) {
        end = i;
      } else if (!t.isProperNoun() && end >= 0) {
        return party(analysis.text(), s, i + 1, end, frame);
      }
    }
    return end < 0 ? null : party(analysis.text(), s, firstIn(s, content), end, frame);
  }

  private static TextSpan party(String text, TaggedSentence s, int from, int to, Report frame) {
    TextSpan name = s.spanOf(text, from, to);
    return isSpeaker(frame.speaker(), name) ? null : name;
  }

  /** Whether a name in the content is the speaker's own: their mention, or a part of their name. */
  static boolean isSpeaker(Actor speaker, TextSpan name) {
    return speaker != null && (speaker.mention().overlaps(name) || speaker.canonical().contains(name.text()));
  }

  private static int firstIn(TaggedSentence s, TextSpan content) {
    for (WordToken t : s.tokens()) {
      if (t.start() >= content.start()) {
        return t.index();
      }
    }
    return 0;
  }

  /** Whether the sentence asks: a judgement or a wrong asked about is claimed by no one. */
  static boolean asks(TaggedSentence s) {
    return s.tokens().stream().anyMatch(t -> t.word().equals("?"));
  }

  private static boolean negated(TaggedSentence s, WordToken t) {
    for (int i = Math.max(0, t.index() - NEGATION_REACH); i < t.index(); i++) {
      if (WORDS.is(NEGATIVE_WORD, s.token(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
