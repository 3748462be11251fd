package dev.claimex.quote.readers;

import static dev.claimex.models.WordClass.ADJUNCT_SUBORDINATOR;
import static dev.claimex.models.WordClass.LIST_OPENER;
import static dev.claimex.models.WordClass.RELATIVE_OPENER;
import static dev.claimex.models.WordClass.THOUGHT_WORD;
import static dev.claimex.models.WordClass.TRAILING_TIME_WORD;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.coref.EntityIndex;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.quote.ComplementReader;
import dev.claimex.quote.ContentBounds;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Content before a cue with nothing after it: "The talks will resume, he said." The content runs from the start
 * of the sentence (or the last semicolon) to the comma before the attribution; a mid-sentence attribution ("The
 * talks, he said, will resume") takes the whole sentence.
 *
 * <pre>{@code
 * int[] content = new ContentBeforeCue(cues, bounds).read(s, cue, subject, entities);   // {first, last} or null
 * }</pre>
 */
final class ContentBeforeCue {

  private static final WordClasses WORDS = WordClasses.standard();


  private final CueLexicon cues;
  private final ContentBounds bounds;

  ContentBeforeCue(CueLexicon cues, ContentBounds bounds) {
    this.cues = cues;
    this.bounds = bounds;
  }

  /** The content tokens {@code {first, last}} the cue reports before it, or {@code null}. */
  int[] read(TaggedSentence s, CueMatch cue, Phrase subject, EntityIndex entities) {
    boolean inverted = subject != null && subject.first() > cue.last();
    boolean addressed = cue.entry().objectRole() == ObjectRole.ADDRESSEE; // "..., he told reporters."
    if (!cue.entry().speech() || !inverted && !addressed && takesObjectOfItsOwn(s, cue.last() + 1)) {
      return null;
    }
    int attributionStart = subject != null && subject.last() < cue.first() ? subject.first() : cue.first();
    int attributionEnd = subject == null ? cue.last()
        : inverted ? NounPhrases.modifiersEnd(s, subject.last()) : Math.max(cue.last(), subject.last());
    int comma = Clauses.commaAfterAttribution(s, attributionEnd + 1);
    boolean parenthetical = comma >= 0 && continuesSentence(s, comma + 1, inverted);
    boolean statement = cue.entry().act() == CueAct.STATEMENT; // not "The council met, as the mayor asked"
    if ((parenthetical || statement) && attributionStart > 1 && s.token(attributionStart - 1).lower().equals("as")
        && s.token(attributionStart - 2).word().equals(",")) {
      attributionStart--; // "Prices, as the minister said, will rise", "Prices rose, as she said": "as" opens it
    }
    int k = attributionStart - 1;
    boolean afterQuote = k >= 0 && (QuoteTokens.isClosingToken(s.token(k)) || s.token(k).word().equals("\""));
    if (afterQuote) {
      k--;
    }
    boolean afterComma = k >= 0 && s.token(k).word().equals(",");
    if (!afterComma && !afterQuote || k < 1) {
      return null;
    }
    if (!afterComma) {
      k++; // "“...” he said": the content ends at the closing mark
    }
    int start = 0;
    for (int i = k - 1; i >= 0; i--) {
      if (s.token(i).word().equals(";")) {
        start = i + 1;
        break;
      }
    }
    int last = k - 1;
    if (!afterQuote && parenthetical) {
      last = s.size() - 1; // a parenthetical attribution inside the sentence: "The talks, he said, will resume"
    } else if (afterQuote && parenthetical && startsPredicate(s, comma + 1)) {
      last = bounds.end(s, comma + 1, true, entities); // "“Only you,” she said, would think of that."
    }
    last = ContentBounds.trimEnd(s, start, last);
    if (last < start || !Clauses.isClauseOrQuotation(s, start, last)) {
      return null;
    }
    WordToken next = s.tokenOrNull(start + 1);
    if (s.token(start).tag().equals("VBG") && WORDS.is(THOUGHT_WORD, s.token(start).key()) && next != null
        && next.lower().equals("that") && next.tag().equals("IN")) {
      return null; // "Fearing that the dam would burst, officials ordered ...": the main clause's motive
    }
    return new int[] {start, last};
  }

  /**
   * Whether the cue has a predicate or object of its own after it, so that it reports nothing before it: "When the
   * talks began, he felt blindsided", "Despite the loss, experts see other paths".
   */
  private static boolean takesObjectOfItsOwn(TaggedSentence s, int i) {
    while (s.tokenOrNull(i) != null && s.token(i).isAdverb()) {
      i++;
    }
    WordToken t = s.tokenOrNull(i);
    if (t == null || !(t.isAdjective() || t.tag().equals("VBN") || t.tag().equals("DT") || t.tag().equals("PRP$"))) {
      return false;
    }
    for (int k = i; k <= i + 2 && k < s.size(); k++) {
      if (WORDS.is(TRAILING_TIME_WORD, s.token(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * After "The talks, he said," the sentence goes on with more of what was said: its own verb ("will resume"), a
   * new clause ("Back home, she said, the mood is grim") or an adjunct ("..., he said, including ..."); a new cue
   * (", adding that ...") or "according to" starts another attribution instead. After a speaker named last
   * (", said Tom Baker, a local agent, ...") a noun phrase describes the speaker, and the sentence goes on only
   * after it.
   */
  boolean continuesSentence(TaggedSentence s, int i, boolean speakerLast) {
    WordToken t = s.tokenOrNull(i);
    if (t == null || t.isPunctuation() && !QuoteTokens.isQuoteToken(t)) {
      return false;
    }
    WordToken next = s.tokenOrNull(i + 1);
    // "..., she said, referring to the bank", "..., he said, as the vote began": how or when it was said; but a
    // gerund subject ("..., he said, replacing her would be hard") or a fronted clause (", when ..., a boss ...")
    // goes on with the report
    boolean adjunct = t.tag().equals("VBG") && !WORDS.is(LIST_OPENER, t.lower()) && !finiteVerbBeforeComma(s, i + 1)
        || WORDS.is(ADJUNCT_SUBORDINATOR, t.lower()) && ComplementReader.startsClause(s, i + 1)
            && !commaAfter(s, i + 1);
    if (adjunct || t.tag().equals("VBG") && cues.match(s, i) != null || t.lower().equals("according")
        || Adjuncts.startsSpeechAdjunct(s, i) // "..., he said, on condition of anonymity"
        || WORDS.is(RELATIVE_OPENER, t.lower()) // "..., said Ann Lee, who chairs the panel": the speaker described
        || t.lower().equals("on") && next != null && WORDS.is(TRAILING_TIME_WORD, next.lower())) { // "..., on Monday."
      return false;
    }
    if (speakerLast && ComplementReader.startsNounPhrase(s, i) && !ComplementReader.startsClause(s, i)) {
      for (int k = i + 1; k < s.size() && !s.token(k).isFiniteVerb(); k++) {
        if (s.token(k).word().equals(",")) {
          // ", said Ann Lee, head of the Farm Union, which ...": the relative clause still describes the speaker
          return !WORDS.is(RELATIVE_OPENER, s.token(k + 1 < s.size() ? k + 1 : k).lower())
              && continuesSentence(s, k + 1, false);
        }
      }
      return false;
    }
    return true;
  }

  private static boolean finiteVerbBeforeComma(TaggedSentence s, int from) {
    for (int k = from; k < s.size() && !s.token(k).word().equals(","); k++) {
      if (s.token(k).isFiniteVerb() || s.token(k).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean commaAfter(TaggedSentence s, int from) {
    for (int k = from; k < s.size(); k++) {
      if (s.token(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verb phrase with no subject of its own, which goes on with the quoted words before the attribution: "would
   * think", "is a fine example", "to raise taxes".
   */
  private static boolean startsPredicate(TaggedSentence s, int i) {
    int k = QuoteTokens.isQuoteToken(s.tokenOrNull(i)) ? i + 1 : i;
    WordToken t = s.tokenOrNull(k);
    WordToken next = s.tokenOrNull(k + 1);
    // a past form may be a participle describing the speaker (", said Jo Wu, angered that ..."): not taken
    return t != null && (t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD")
        || t.isFiniteVerb() && (t.key().equals("be") || t.key().equals("have"))
        || t.tag().equals("TO") && next != null && next.tag().equals("VB"));
  }
}
