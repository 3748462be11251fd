package dev.claimex.quote;

import static dev.claimex.models.WordClass.CLAUSE_COORDINATOR;
import static dev.claimex.models.WordClass.COMMENT_OPENER;
import static dev.claimex.models.WordClass.CONCESSION;
import static dev.claimex.models.WordClass.CONCESSIVE;
import static dev.claimex.models.WordClass.CONTRAST_SUBORDINATOR;
import static dev.claimex.models.WordClass.DASH;
import static dev.claimex.models.WordClass.DAY_NAME;
import static dev.claimex.models.WordClass.EVENT_ADJUNCT_OPENER;
import static dev.claimex.models.WordClass.INCLUSION_WORD;
import static dev.claimex.models.WordClass.LIST_CONJUNCTION;
import static dev.claimex.models.WordClass.LIST_ENDING_WORD;
import static dev.claimex.models.WordClass.MONTH;
import static dev.claimex.models.WordClass.NOUN_CLAUSE_OPENER;
import static dev.claimex.models.WordClass.OPENING_CONJUNCTION;
import static dev.claimex.models.WordClass.PERSON_RELATIVE;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;
import static dev.claimex.models.WordClass.REASON_OR_TIME_SUBORDINATOR;
import static dev.claimex.models.WordClass.SUBORDINATOR;
import static dev.claimex.models.WordClass.TIME_MODIFIER;
import static dev.claimex.models.WordClass.TIME_PERIOD;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.coref.EntityIndex;
import dev.claimex.lexicon.CuePart;
import dev.claimex.ner.EntityType;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.NounPhrases;

import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.models.WordClass;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Where reported content ends: at the end of its sentence, or earlier at a clause that is not part of it — a
 * semicolon, a contrast ("while ..."), a coordinated new cue ("... and indicated that"), a trailing attribution
 * (", he said"), "according to", or an outlet credit in brackets. Quoted stretches are never cut.
 */
public final class ContentBounds {

  private static final WordClasses WORDS = WordClasses.standard();

  private final CueLexicon cues;

  public ContentBounds(CueLexicon cues) {
    this.cues = cues;
  }

  /**
   * The last token of content that starts at {@code first}; {@code clausal} content (a that-clause, a quotation)
   * runs over coordinated verbs, a noun-phrase object stops at them ("denies this and views ...").
   */
  public int end(TaggedSentence s, int first, boolean clausal, EntityIndex entities) {
    boolean quoted = false;
    boolean insideClause = clausal;
    boolean predicateSeen = false;
    boolean quoteSeen = false;
    int last = s.size() - 1;
    boolean subordinate = inOpeningSubordinateClause(s, first);
    for (int i = first; i < s.size(); i++) {
      WordToken t = s.token(i);
      if (QuoteTokens.isQuoteToken(t)) {
        quoteSeen = true;
        boolean wasQuoted = quoted;
        if (QuoteTokens.isOpeningToken(t)) {
          quoted = true;
        } else if (QuoteTokens.isClosingToken(t) && !QuoteTokens.isDoubledApostrophe(t)) {
          quoted = false;
        } else {
          quoted = !quoted; // a straight mark opens and closes
        }
        if (wasQuoted && !quoted && i > first && s.token(i - 1).word().equals(".") && startsCapitalized(s, i + 1)
            && !QuoteTokens.isQuoteToken(s.token(first))) {
          last = i; // "every leader was ''careful and bold.'' Pope Leo ...": the next sentence starts
          break;
        }
        if (wasQuoted && !quoted && i > first && startsDash(s, i + 1) && !QuoteTokens.isQuoteToken(s.token(first))) {
          last = i; // "called it the “expectations game” — a phrase ...": the writer's aside after the quotation
          break;
        }
        boolean commaClosed = wasQuoted && !quoted && i > first && s.token(i - 1).word().equals(",");
        if (commaClosed && (leavesAfterQuotation(s, i + 1)
            || subordinate && predicateSeen && ComplementReader.startsClause(s, i + 1))) {
          // "he has “grown the economy,” claiming that ...", "While she said it was “fair,” the council ...": the
          // comma inside the closing mark ends the report as a bare comma would
          last = i;
          break;
        }
        continue;
      }
      boolean subjectStillOpen = clausal && !predicateSeen && !quoteSeen; // "said donors and firms wanted ..."
      predicateSeen |= t.isVerb() || t.tag().equals("MD");
      if (quoted || i == first) {
        continue;
      }
      // "X was “a failure” while Y is “a mess”": between quotations a contrast word stays in one mixed report;
      // without a comma before it ("rents rose while wages fell") the contrast is part of the report, unless a
      // new speaker reports after it ("... while the council denies this")
      boolean contrast = WORDS.is(CONTRAST_SUBORDINATOR, t.lower()) && !t.tag().startsWith("N")
          && (s.token(i - 1).word().equals(",") || startsAttributedClause(s, i + 1))
          && !(quoteSeen && QuoteTokens.anyQuoteToken(s, i + 1, s.size() - 1));
      if (t.word().equals(";") || contrast) {
        last = i - 1;
        break;
      }
      if (!predicateSeen && WORDS.is(REASON_OR_TIME_SUBORDINATOR, t.lower()) && !s.token(i - 1).word().equals(",")
          && i + 1 < s.size() && !s.token(i + 1).tag().equals("CD") && ComplementReader.startsClause(s, i + 1)) {
        last = i - 1; // "called for his resignation because she believed ...": why or when, not what is called for
        break;
      }
      if (t.word().equals(",") && (startsAccordingTo(s, i + 1) || startsTrailingAttribution(s, i + 1)
          || startsAttributedClause(s, i + 1))) { // "..., he added that ...": a new report of its own
        last = i - 1;
        break;
      }
      if (clausal && predicateSeen && t.word().equals(",") && describesNamedPerson(s, i)) {
        last = i - 1; // "the vote helped Mayor Lee, who had trailed all year": the writer's note on the person
        break;
      }
      if (clausal && predicateSeen && t.word().equals(",") && commentsOnClause(s, i + 1)) {
        last = i - 1; // "he was fired for his service, a claim that his employer disputes": the writer's comment
        break;
      }
      if (clausal && predicateSeen && t.word().equals(",") && startsConcessionOrComparison(s, i + 1)) {
        last = i - 1; // "most said they were better off, compared with a third in May": the writer sets it beside
        break;
      }
      if (subordinate && predicateSeen && t.word().equals(",") && ComplementReader.startsClause(s, i + 1)) {
        last = i - 1; // "Although she said taxes would rise, the council ...": the sentence's main clause
        break;
      }
      if (t.word().equals("(") && creditInBrackets(s, i, entities)) {
        last = i - 1;
        break;
      }
      if (WORDS.is(CLAUSE_COORDINATOR, t.lower()) && (!subjectStillOpen || startsShare(s, i + 1))
          && startsAttributedClause(s, i + 1)) {
        last = i - 1; // "he had talks, but officials said ...": a new speaker's report
        break;
      }
      if (WORDS.is(CLAUSE_COORDINATOR, t.lower()) && s.token(i - 1).word().equals(",")
          && ComplementReader.startsClause(s, i + 1)) {
        last = i - 1; // "he said taxes would rise, and the council has already sued": the writer's own clause
        break;
      }
      if (WORDS.is(CLAUSE_COORDINATOR, t.lower()) && startsNewPredicate(s, i + 1, clausal)) {
        last = i - 1;
        break;
      }
      if (WORDS.is(NOUN_CLAUSE_OPENER, t.lower()) || t.tag().equals("VBG") || opensReducedRelative(s, first, i)) {
        insideClause = true;
      } else if (!insideClause && t.isFiniteVerb()) { // a noun-phrase content ends where the sentence's verb starts
        last = i - 1;
        break;
      }
    }
    return trimEnd(s, first, last);
  }

  private static boolean describesNamedPerson(TaggedSentence s, int comma) {
    WordToken next = s.tokenOrNull(comma + 1);
    return comma > 0 && s.token(comma - 1).isProperNoun() && next != null
        && WORDS.is(PERSON_RELATIVE, next.lower());
  }

  private static final int MAX_COMMENT_NOUN_WORDS = 4;

  /**
   * Whether a noun phrase with a relative clause follows, commenting on the whole clause before the comma: ", a
   * move that could split the party", ", one that will dominate the meeting".
   */
  private static boolean commentsOnClause(TaggedSentence s, int i) {
    WordToken opener = s.tokenOrNull(i);
    if (opener == null || !WORDS.is(COMMENT_OPENER, opener.lower())) {
      return false;
    }
    for (int k = i + 1; k < s.size() && k <= i + MAX_COMMENT_NOUN_WORDS; k++) {
      WordToken t = s.token(k);
      if (WORDS.is(RELATIVE_PRONOUN, t.lower())) {
        return k > i + 1 && s.token(k - 1).isNoun() || opener.lower().equals("one") && k == i + 1;
      }
      if (t.isVerb() || t.isPunctuation() || QuoteTokens.isQuoteToken(t)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "cited remarks Trump had made": a name or pronoun right after a common noun, with a finite verb after it, opens
   * a relative clause without "that", whose verb belongs to the noun phrase.
   */
  private static boolean opensReducedRelative(TaggedSentence s, int first, int i) {
    WordToken t = s.token(i);
    WordToken before = s.tokenOrNull(i - 1);
    if (i <= first || before == null || !(before.tag().equals("NN") || before.tag().equals("NNS"))) {
      return false;
    }
    int k = i;
    if (t.tag().equals("PRP") && !t.lower().equals("it") && !t.lower().equals("you")) {
      k++;
    } else {
      while (k < s.size() && s.token(k).tag().equals("NNP")) {
        k++;
      }
    }
    while (k < s.size() && (s.token(k).tag().equals("MD") || s.token(k).isAdverb())) {
      k++;
    }
    return k > i && k < s.size() && s.token(k).isFiniteVerb();
  }

  /** ", though ...", ", even though ...", ", compared with ...": the writer's concession or comparison. */
  private static boolean startsConcessionOrComparison(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    WordToken next = s.tokenOrNull(i + 1);
    if (t == null || next == null) {
      return false;
    }
    return WORDS.is(CONCESSION, t.lower()) || t.lower().equals("even") && WORDS.is(CONCESSION, next.lower())
        || t.lower().equals("compared") && (next.lower().equals("with") || next.lower().equals("to"));
  }

  private static boolean startsCapitalized(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    return t != null && !t.isPunctuation() && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean startsDash(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    return t != null && WORDS.is(DASH, t.word());
  }

  /**
   * Whether what follows a quotation closed with a comma ("“...,”") is the writer's, not the report's: a
   * participle clause (", adding that", ", echoing"), "according to", or a concession (", though ...").
   */
  private static boolean leavesAfterQuotation(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    return t != null && (t.tag().equals("VBG") || startsAccordingTo(s, i)
        || WORDS.is(CONCESSIVE, t.lower()) && !t.tag().startsWith("N"));
  }

  /**
   * Whether the words before the content stand in a subordinate clause that opens the sentence, with no comma yet:
   * "While officials said the plan would fail, ...".
   */
  private static boolean inOpeningSubordinateClause(TaggedSentence s, int first) {
    int k = 0;
    while (k < first && (QuoteTokens.isQuoteToken(s.token(k)) || WORDS.is(OPENING_CONJUNCTION, s.token(k).lower())
        || s.token(k).lower().equals("even"))) { // "But even as she said ..."
      k++;
    }
    if (k >= first || !WORDS.is(SUBORDINATOR, s.token(k).lower())
        || !(s.token(k).tag().equals("IN") || s.token(k).tag().equals("WRB"))) {
      return false;
    }
    for (int i = k + 1; i < first; i++) {
      if (s.token(i).word().equals(",") || s.token(i).word().equals(":") || s.token(i).word().equals(";")) {
        return false;
      }
    }
    return true;
  }


  /**
   * Where phrasal content ("condemned the attack", "urged him to resign") ends, within {@code last}: before a
   * comma or colon that leaves it (", which ...", ", providing ...", ", but ..."), unless a list goes on ("to
   * cut taxes, raise wages and ..."); a dash goes on ("to ban all imports — 40 percent of the market — from ...").
   * A noun phrase also ends before a time adjunct ("last week", "on Friday") or an adjunct of the event ("at a
   * rally"); an infinitive keeps them ("to work at the bank").
   */
  static int phraseEnd(TaggedSentence s, int first, int last, boolean infinitive) {
    boolean quoted = false;
    for (int i = first + 1; i <= last; i++) {
      WordToken t = s.token(i);
      if (QuoteTokens.isQuoteToken(t)) {
        quoted = QuoteTokens.isOpeningToken(t)
            || (!QuoteTokens.isClosingToken(t) || QuoteTokens.isDoubledApostrophe(t)) && !quoted;
        continue;
      }
      if (quoted) {
        continue;
      }
      WordToken next = s.tokenOrNull(i + 1);
      boolean inclusion = next != null && WORDS.is(INCLUSION_WORD, next.lower()); // "new taxes, including ..."
      boolean stop = t.word().equals(":") || t.word().equals(",") && !continuesList(s, i + 1, last) && !inclusion;
      if (!infinitive) { // "to work at the bank", "to roll out before the convention": the act's own adjuncts
        stop |= WORDS.is(EVENT_ADJUNCT_OPENER, t.lower()) && (t.tag().equals("IN") || t.tag().equals("WRB"))
            || t.lower().equals("at") && Adjuncts.namesSpeechEvent(s, i + 1, last)
            || t.lower().equals("in") && (Adjuncts.namesSpeechMedium(s, i + 1, last)
                || next != null && WORDS.is(MONTH, next.lower()) && next.tag().equals("NNP"))
            || WORDS.is(DAY_NAME, t.lower()) && i > first + 1
            || t.lower().equals("on") && next != null && WORDS.is(DAY_NAME, next.lower())
            || WORDS.is(TIME_MODIFIER, t.lower()) && next != null && WORDS.is(TIME_PERIOD, next.lower());
      }
      if (stop) {
        return trimEnd(s, first, i - 1);
      }
    }
    return last;
  }

  /** After a comma: another item of a list ("cut taxes, raise wages and ...", "the NRA, the ACLU and ..."). */
  static boolean continuesList(TaggedSentence s, int i, int last) {
    WordToken t = s.tokenOrNull(i);
    if (t == null || WORDS.is(LIST_ENDING_WORD, t.lower()) || t.tag().equals("VBG")) {
      return false;
    }
    for (int k = i + 1; k <= last && k <= i + 6; k++) {
      WordToken w = s.token(k);
      if (WORDS.is(LIST_CONJUNCTION, w.lower())) {
        return true;
      }
      if (w.isPunctuation() || w.isFiniteVerb()) {
        return false;
      }
    }
    return false;
  }

  /**
   * Where the clause that a report noun at {@code noun} governs from {@code first} ends, when the noun stands
   * before the sentence's own verb: "The idea that [taxes would fall] was dropped", "Contrary to his claim that
   * [people would learn nothing], there would be ...". The first verb group after {@code first} is the clause's own,
   * the next is the sentence's; a comma before that one's subject closes the clause. {@code last} otherwise.
   */
  public static int beforeMainVerb(TaggedSentence s, int noun, int first, int last) {
    for (int i = 0; i < noun; i++) {
      if (s.token(i).isFiniteVerb() || s.token(i).tag().equals("MD")) {
        return last;
      }
    }
    int ownVerb = -1;
    int mainVerb = -1;
    for (int i = first; i <= last; i++) {
      WordToken t = s.token(i);
      boolean finite = t.isFiniteVerb() || t.tag().equals("MD");
      int b = i - 1;
      while (b > first && QuoteTokens.isQuoteToken(s.token(b))) {
        b--; // "would ''learn nothing''": the verb group goes on inside the quotation
      }
      WordToken before = s.token(b);
      boolean groupStart = finite && !(before.isFiniteVerb() || before.tag().equals("MD") || before.isAdverb());
      if (groupStart && ownVerb < 0) {
        ownVerb = i;
      } else if (groupStart) {
        mainVerb = i;
        break;
      }
    }
    if (mainVerb <= first) {
      return last;
    }
    int end = mainVerb - 1;
    for (int k = mainVerb - 1; k > ownVerb; k--) {
      if (s.token(k).word().equals(",")) {
        end = k - 1;
        break;
      }
    }
    return trimEnd(s, first, end);
  }

  /** The content without closing punctuation (keeps a closing quote mark whose opening mark is inside). */
  public static int trimEnd(TaggedSentence s, int first, int last) {
    while (last > first) {
      WordToken t = s.token(last);
      boolean punctuation = t.isPunctuation() && !QuoteTokens.isQuoteToken(t) && !t.word().equals(")")
          || t.word().equals("-") || t.word().equals("--");
      if (!punctuation) {
        break;
      }
      last--;
    }
    return last;
  }

  private static boolean startsAccordingTo(TaggedSentence s, int i) {
    WordToken a = s.tokenOrNull(i);
    WordToken b = s.tokenOrNull(i + 1);
    return a != null && b != null && a.lower().equals("according") && b.lower().equals("to");
  }

  /** ", he said." / ", said the minister." / ", the ministry said in a statement." */
  private boolean startsTrailingAttribution(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    if (t == null) {
      return false;
    }
    if (t.isVerb() && isSayingCue(s, i)) {
      return true;
    }
    int verb = verbAfterSubject(s, i);
    return verb >= 0 && s.token(verb).isVerb() && isSayingCue(s, verb) && endsClauseSoon(s, verb);
  }

  /** The token after the noun phrase at {@code i} and its adverbs, modals and "have" ("officials have said"), or -1. */
  private static int verbAfterSubject(TaggedSentence s, int i) {
    int end = NounPhrases.endRight(s, i, true);
    if (end < i) {
      return -1;
    }
    int verb = end + 1;
    while (verb < s.size() && (s.token(verb).isAdverb() || s.token(verb).tag().equals("MD")
        || s.token(verb).key().equals("have"))) {
      verb++;
    }
    return verb < s.size() ? verb : -1;
  }

  private boolean isSayingCue(TaggedSentence s, int i) {
    CueMatch match = cues.match(s, i);
    return match != null && match.entry().speech() && match.entry().part() == dev.claimex.lexicon.CuePart.VERB;
  }

  /** The attribution clause ends within a few words (", he said in a statement on Tuesday."). */
  private static boolean endsClauseSoon(TaggedSentence s, int verb) {
    for (int i = verb + 1; i < s.size() && i <= verb + 8; i++) {
      String w = s.token(i).word();
      if (w.equals("that") || QuoteTokens.isQuoteToken(s.token(i))) {
        return false;
      }
      if (s.token(i).isPunctuation()) {
        return true;
      }
    }
    return verb + 8 >= s.size() - 1;
  }

  private static boolean creditInBrackets(TaggedSentence s, int open, EntityIndex entities) {
    for (int i = open + 1; i < s.size() && i <= open + 6; i++) {
      if (s.token(i).word().equals(")")) {
        return false;
      }
      EntityIndex.Located located = entities.at(s.index(), i);
      if (located != null && located.mention().type() == dev.claimex.ner.EntityType.OUTLET) {
        return true;
      }
    }
    return false;
  }

  /** After "and"/"but": a new cue verb, or (for noun-phrase content) any finite verb. */
  private boolean startsNewPredicate(TaggedSentence s, int i, boolean clausal) {
    int k = i;
    while (k < s.size() && s.token(k).isAdverb()) {
      k++;
    }
    WordToken t = s.tokenOrNull(k);
    if (t == null || !t.isVerb()) {
      return false;
    }
    if ((t.isFiniteVerb() || t.tag().equals("VBG")) && isSayingOrCue(s, k)) {
      return true; // "... saying the bridge was safe but conceding that ...": a second report of the same speaker
    }
    return t.isFiniteVerb() && (!clausal || isCueVerb(s, k));
  }

  /**
   * A coordinated cue verb that introduces speech of its own ("... and added that", "... and warned:") ends the
   * content; one that shares the content's subject ("he was alarmed and wanted to see") does not.
   */
  private boolean isSayingOrCue(TaggedSentence s, int i) {
    CueMatch match = cues.match(s, i);
    if (match == null || match.entry().part() != dev.claimex.lexicon.CuePart.VERB) {
      return false;
    }
    WordToken after = s.tokenOrNull(match.last() + 1);
    return after == null || after.lower().equals("that") || after.isPunctuation() || QuoteTokens.isQuoteToken(after);
  }

  /**
   * A cue verb of the speaker's own after "and" ("... and praised their courage"); one with an infinitive ("he was
   * alarmed and wanted to see") may share the reported clause's subject and stays inside.
   */
  private boolean isCueVerb(TaggedSentence s, int i) {
    CueMatch match = cues.match(s, i);
    WordToken after = match == null ? null : s.tokenOrNull(match.last() + 1);
    return match != null && match.entry().part() == dev.claimex.lexicon.CuePart.VERB
        && (after == null || !after.tag().equals("TO"));
  }

  /** "... and 15 percent backed ...": a share of a poll, which reports on its own. */
  private static boolean startsShare(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    return t != null && (t.tag().equals("CD") || NounPhrases.quantifierLength(s, i) > 0);
  }

  /** "but officials said ...": a subject and a speech cue of its own after a coordinator. */
  private boolean startsAttributedClause(TaggedSentence s, int i) {
    int verb = verbAfterSubject(s, i);
    return verb >= 0 && s.token(verb).isFiniteVerb() && isSayingCue(s, verb);
  }
}
