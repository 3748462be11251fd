package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.OPENING_CONJUNCTION;
import static dev.claimex.models.WordClass.PARTICIPLE_PREPOSITION;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.quote.Complement;
import dev.claimex.quote.ContentIntro;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Word orders around a cue verb that move its subject or where its content starts: "X was quoted as saying",
 * "Hill, an analyst, said", "what critics called", "After saying ..., the mayor", "No new label, he said, “...”",
 * "As the minister noted, ...".
 *
 * <pre>{@code
 * int start = VerbShapes.namedByRelative(s, subject.first());   // "a bill that critics called unfair": "a bill"
 * }</pre>
 */
final class VerbShapes {

  private static final WordClasses WORDS = WordClasses.standard();


  private VerbShapes() {}

  /** "X was quoted as saying": the cue verb at {@code head} is the participle after "quoted as". */
  static boolean isQuotedAsSaying(TaggedSentence s, int head) {
    return head >= 2 && s.token(head).tag().equals("VBG") && s.token(head - 1).lower().equals("as")
        && s.token(head - 2).key().equals("quote");
  }

  /** "Hill, an analyst, said": the subject stands before the cue with an aside between commas. */
  static boolean setOff(TaggedSentence s, Phrase subject, CueMatch cue) {
    return subject.last() + 1 < cue.first() - 1 && s.token(subject.last() + 1).word().equals(",")
        && s.token(cue.first() - 1).word().equals(",");
  }

  /**
   * Whether what the complement reader took after a cue is rather an adjunct of the saying: "as she left", or an
   * infinitive behind other words ("said during his speech to the chamber").
   */
  static boolean adjunctAfterTrailingCue(CueMatch cue, Complement complement) {
    ContentIntro intro = complement.intro();
    return intro == ContentIntro.AS || intro == ContentIntro.TO && complement.object() == null
        && complement.first() > cue.last() + 2;
  }

  /**
   * The comma after "As the minister noted (in May)," at the start of a sentence or after "but"/"and"; or -1. The
   * clause after it is what the speaker noted; after "As the mayor asked," it is only what was done.
   */
  static int commaAfterFrontedAs(TaggedSentence s, CueMatch cue, Phrase subject) {
    if (subject == null || cue.entry().act() != CueAct.STATEMENT || subject.last() >= cue.first()
        || subject.first() < 1
        || !s.token(subject.first() - 1).lower().equals("as")) {
      return -1;
    }
    int as = subject.first() - 1;
    boolean opens = as == 0 || Clauses.atClauseStart(s, as)
        || as == 1 && WORDS.is(OPENING_CONJUNCTION, s.token(0).lower());
    int comma = Clauses.commaAfterAttribution(s, cue.last() + 1);
    return opens && comma >= 0 && comma + 1 < s.size() ? comma : -1;
  }

  /**
   * "what critics called “a power grab”", "a bill that critics called unfair": the relative clause names what it
   * follows, and from the relative word (or its noun phrase) on it is the claim. The start, or -1.
   */
  static int namedByRelative(TaggedSentence s, int subjectStart) {
    WordToken relative = s.tokenOrNull(subjectStart - 1);
    if (relative == null) {
      return -1;
    }
    if (relative.lower().equals("what") || relative.lower().equals("which")) {
      return subjectStart - 1;
    }
    if (relative.lower().equals("that") && subjectStart >= 2 && s.token(subjectStart - 2).isNoun()) {
      int start = NounPhrases.startLeft(s, subjectStart - 2);
      return start >= 0 ? start : subjectStart - 1;
    }
    return -1;
  }

  /**
   * A participle cue that opens the sentence, alone or after a preposition of time or means ("After thanking the
   * crowd, the mayor ...", "By promising to cut taxes, the senator ..."): its speaker is the subject after the comma.
   */
  static boolean opensParticipleClause(TaggedSentence s, CueMatch cue) {
    int before = cue.first() - 1;
    return Clauses.atClauseStart(s, cue.first()) || before >= 0 && Clauses.atClauseStart(s, before)
        && WORDS.is(PARTICIPLE_PREPOSITION, s.token(before).lower());
  }

  /**
   * "Noting that exports fell, the minister said ...": the subject of the clause after a fronted participle clause
   * (the comma at {@code comma}, then a noun phrase and a finite verb), or {@code null}.
   */
  static Phrase subjectAfterParticipleClause(TaggedSentence s, int comma) {
    if (comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
      return null;
    }
    int end = NounPhrases.endRight(s, comma + 1, true);
    int verb = end + 1;
    while (verb < s.size() && s.token(verb).isAdverb()) {
      verb++;
    }
    return end > comma && verb < s.size() && s.token(verb).isFiniteVerb() ? new Phrase(s.index(), comma + 1, end)
        : null;
  }

  /**
   * Where the words before an attribution set into a sentence start, when the quotation after it goes on with them:
   * "No new label, he said, “hides what the group is”" — the quotation opens in lowercase, and the words from the
   * sentence start to the comma before the speaker hold no comma or quotation of their own; or -1.
   */
  static int frontedPartOfQuotation(TaggedSentence s, CueMatch cue, Phrase subject, Complement complement) {
    if (subject == null || subject.last() + 1 != cue.first() || subject.first() < 2
        || !s.token(subject.first() - 1).word().equals(",")) {
      return -1;
    }
    WordToken opening = s.token(complement.first());
    WordToken quoted = s.tokenOrNull(complement.first() + 1);
    if (!QuoteTokens.isQuoteToken(opening) || quoted == null || !Character.isLowerCase(quoted.word().charAt(0))) {
      return -1;
    }
    int start = 0;
    for (int i = subject.first() - 2; i >= 0; i--) {
      if (s.token(i).word().equals(";")) {
        start = i + 1;
        break;
      }
    }
    WordToken head = s.tokenOrNull(start);
    if (start >= subject.first() - 1 || head == null || head.tag().equals("VBG") || head.tag().equals("VBN")) {
      return -1; // "Speaking in Ohio, he said, “...”": the speaker's own participle clause
    }
    for (int i = start; i < subject.first() - 1; i++) {
      if (s.token(i).word().equals(",") || QuoteTokens.isQuoteToken(s.token(i))) {
        return -1;
      }
    }
    return start;
  }
}
