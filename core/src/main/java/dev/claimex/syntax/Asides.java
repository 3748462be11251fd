package dev.claimex.syntax;

import static dev.claimex.models.WordClass.ASIDE_PREPOSITION;
import static dev.claimex.models.WordClass.PERIOD_DETERMINER;
import static dev.claimex.models.WordClass.PERIOD_NOUN;
import static dev.claimex.models.WordClass.SUBORDINATOR;
import static dev.claimex.models.WordClass.WH_RELATIVE;

import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * What may stand between a subject and its verb, for {@link Subjects} to step over: an appositive or relative
 * clause set off by commas ("Hugh Hill, a doctor at the clinic, said"), a short insert ("X, however, said"), a
 * clause in brackets ("Mr. Reed (who has won two races) said") or a time phrase ("The committee last week said").
 */
final class Asides {

  private static final WordClasses WORDS = WordClasses.standard();

  static final int MAX_ASIDE = 25;
  private static final int MAX_PARENTHETICAL = 15;
  /** A title may run long ("a host and manager at the oldest station in the state"); it holds no finite verb. */
  private static final int MAX_APPOSITIVE = 30;
  static final int MAX_RELATIVE_CLAUSE = 30;
  private static final int MAX_INSERT = 5;
  private static final int MAX_ASIDE_INSERT = 15;

  private Asides() {}

  /**
   * "Hugh Hill, a doctor at the clinic, said", "Trump, speaking to veterans in Virginia, said": the name before a
   * parenthetical set off by commas (an appositive or a participle phrase, with no finite verb of its own); "David
   * Axelrod, who was senior adviser to Obama, tweeted", "the source, whose identity was withheld, said": the noun
   * phrase before a relative clause, which may hold verbs and commas of its own.
   */
  static Phrase appositive(TaggedSentence s, int comma) {
    boolean finite = false;
    for (int open = comma - 2; open >= 1 && open >= comma - MAX_RELATIVE_CLAUSE; open--) {
      WordToken t = s.token(open);
      if (t.word().equals(";") || QuoteTokens.isQuoteToken(t)) {
        return null;
      }
      if (t.isFiniteVerb()) {
        finite = true;
        continue;
      }
      if (t.tag().equals("WP") || t.tag().equals("WDT") || t.tag().equals("WP$")) {
        finite = false; // "a veteran who now is a clerk", "a lawyer whose firm was hired": the relative clause's verbs
        continue;
      }
      if (!t.word().equals(",")) {
        continue;
      }
      WordToken first = s.token(open + 1);
      Phrase outer = NounPhrases.phraseEndingAt(s, open - 1);
      boolean clauseStart = outer != null && (outer.first() == 0 || !s.token(outer.first() - 1).isVerb());
      if (WORDS.is(WH_RELATIVE, first.lower())) {
        // "Ann Park, head of the Farm Union, which represents growers, said": the clause is the title's, she speaks
        Phrase earlier = clauseStart ? nameBeforeTitle(s, outer) : null;
        return clauseStart ? (earlier != null ? earlier : outer) : null;
      }
      boolean nominal = NounPhrases.inside(first) || first.isPronoun();
      if (finite || comma - open > (nominal ? MAX_APPOSITIVE : MAX_PARENTHETICAL)) {
        continue; // no appositive; perhaps a relative clause further back
      }
      // "The mayor, particularly in the last days, has argued": an adjunct set off after a name
      boolean parenthetical = first.tag().equals("VBG") || first.tag().equals("VBN") || nominal
          || first.isAdverb() || first.tag().equals("IN");
      if (outer != null && WORDS.is(ASIDE_PREPOSITION, first.lower())) {
        return outer; // "Local farmers, like their neighbours, say"
      }
      Phrase earlier = outer == null ? null : nameBeforeTitle(s, outer);
      if (earlier != null) { // "Ann Park, head of the Farm Union, a group of growers, said": the first of two
        outer = earlier;
      }
      Phrase named = outer == null ? null : nameBeforeLabel(s, outer);
      if (named != null) { // "Marley Anderson, 21, a student, said", "Sen. Ann Park, D-Ohio, a lawyer, said"
        outer = named;
        clauseStart = outer.first() == 0 || !s.token(outer.first() - 1).isVerb();
      }
      if (parenthetical && clauseStart && endsWithName(s, outer)) {
        int head = NounPhrases.headEnd(s, outer.first(), outer.last());
        boolean described = head >= 0 && !s.token(head).isProperNoun(); // "The head of the Farm Union, Ann Park,"
        return described && isName(s, open + 1, comma - 1) ? new Phrase(s.index(), open + 1, comma - 1) : outer;
      }
      if (clauseStart && isName(s, open + 1, comma - 1)) { // "her senior adviser, Ann Park, said"
        return new Phrase(s.index(), open + 1, comma - 1);
      }
      if (nominal && clauseStart && !Subjects.isObject(s, outer) && s.token(outer.last()).isNoun()) {
        return outer; // "The minister, a lawyer, said": a common noun may head the subject of an appositive too
      }
      if (outer != null && !clauseStart) {
        continue; // "Ed Green, who was a member of the board, a group of owners, said": inside a relative clause
      }
      return null;
    }
    return null;
  }

  /**
   * The name before {@code title} when the title is itself an appositive set off by a comma and opens with a
   * common word ("Ann Park, head of the Farm Union,"); {@code null} otherwise, and after a preposition ("In
   * Paris, the minister,").
   */
  private static Phrase nameBeforeTitle(TaggedSentence s, Phrase title) {
    if (title.first() < 2 || !s.token(title.first() - 1).word().equals(",")
        || s.token(title.first()).isProperNoun()) {
      return null;
    }
    Phrase name = NounPhrases.phraseEndingAt(s, title.first() - 2);
    if (name == null || !endsWithName(s, name) || !isName(s, name.first(), name.last())) {
      return null;
    }
    WordToken before = s.tokenOrNull(name.first() - 1);
    boolean opens = before == null || !before.isVerb() && !before.tag().equals("IN") && !before.tag().equals("TO");
    return opens ? name : null;
  }

  /**
   * The name before a short label set off by commas, when {@code label} is one: an age ("Marley Anderson, 21,")
   * or a party and state ("Ann Park, D-Ohio,"); {@code null} otherwise.
   */
  private static Phrase nameBeforeLabel(TaggedSentence s, Phrase label) {
    if (label.first() < 2 || !s.token(label.first() - 1).word().equals(",") || label.last() - label.first() > 3) {
      return null;
    }
    boolean age = label.first() == label.last() && s.token(label.first()).tag().equals("CD");
    String first = s.token(label.first()).word();
    WordToken next = s.tokenOrNull(label.first() + 1);
    boolean party = first.matches("[RDI]-\\p{Lu}.*")
        || first.matches("[RDI]") && next != null && next.word().equals("-") && label.last() > label.first();
    Phrase name = age || party ? NounPhrases.phraseEndingAt(s, label.first() - 2) : null;
    return name != null && (age || s.token(name.last()).isProperNoun()) ? name : null;
  }

  /** Whether a phrase ends with a name, perhaps followed by a bracket: "Ann Park", "Rep. Ann Park (D-Md.)". */
  private static boolean endsWithName(TaggedSentence s, Phrase phrase) {
    int last = phrase.last();
    if (s.token(last).word().equals(")")) {
      while (last > phrase.first() && !s.token(last).word().equals("(")) {
        last--;
      }
      last--;
    }
    return last >= phrase.first() && s.token(last).isProperNoun();
  }

  /** A name of at most five proper nouns, initials' full stops allowed: "Ann Park", "Howard J. Ingram". */
  private static boolean isName(TaggedSentence s, int first, int last) {
    if (last < first || last - first > 4) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      if (!s.token(i).isProperNoun() && !s.token(i).word().equals(".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The opening comma of an aside set off by commas before a verb that holds no noun phrase of its own to be the
   * subject, or -1: a few adverbs ("X, however, said"), an age ("X, then 41, said"), or a phrase with no finite
   * verb opened by a preposition ("X, in an effort to improve safety, has said"), "when" or "while" ("X, when
   * reached by phone, said") or a participle ("X, also speaking in Dayton, Ohio, said"); a comma between a city
   * and its state stays inside.
   */
  static int insertStart(TaggedSentence s, int j) {
    if (QuoteTokens.isQuoteToken(s.token(j)) && j >= 1 && s.token(j - 1).word().equals(",")) {
      int open = insertStart(s, j - 1); // "X, citing “the magic of Trump,” said": the comma closes inside the quotation
      return open >= 0 && s.token(participleAt(s, open + 1)).tag().equals("VBG") ? open : -1;
    }
    if (!s.token(j).word().equals(",")) {
      return -1;
    }
    for (int open = j - 1; open >= 1 && j - open <= MAX_ASIDE_INSERT + 1; open--) {
      if (!s.token(open).word().equals(",") || isPlaceComma(s, open, j)) {
        continue;
      }
      WordToken first = s.token(open + 1);
      int opener = first.isAdverb() && open + 2 < j ? open + 2 : open + 1; // "also speaking"
      WordToken head = s.token(opener);
      boolean adverbs = first.isAdverb() && onlyAdverbs(s, open + 1, j - 1) && j - open <= MAX_INSERT + 1
          || first.isAdverb() && j - open == 3 && s.token(j - 1).tag().equals("CD"); // an age: "Mr. Lane, then 38,"
      boolean phrase = (first.tag().equals("IN") && !WORDS.is(ASIDE_PREPOSITION, first.lower())
          || first.tag().equals("WRB") && !first.lower().equals("how") && !first.lower().equals("why")
          || head.tag().equals("VBG")) && noFiniteVerb(s, open + 1, j - 1);
      // "Smith, after the vote was delayed, said": a subordinate clause may hold its own verb
      boolean clause = WORDS.is(SUBORDINATOR, first.lower()) && !QuoteTokens.anyQuoteToken(s, open + 1, j - 1);
      boolean aside = open + 1 < j && (adverbs || phrase || clause);
      return aside && NounPhrases.canEnd(s, open - 1) ? open : -1;
    }
    return -1;
  }

  /** "in Dayton, Ohio, said": the comma at {@code comma} parts a place from its state, which ends at {@code close}. */
  private static boolean isPlaceComma(TaggedSentence s, int comma, int close) {
    if (close - comma - 1 < 1 || close - comma - 1 > 2 || !s.token(comma - 1).isProperNoun()) {
      return false;
    }
    for (int i = comma + 1; i < close; i++) {
      if (!s.token(i).isProperNoun() && !s.token(i).word().equals(".")) {
        return false;
      }
    }
    return true;
  }

  private static boolean noFiniteVerb(TaggedSentence s, int first, int last) {
    int marks = 0;
    for (int i = first; i <= last; i++) {
      marks += QuoteTokens.isQuoteToken(s.token(i)) ? 1 : 0;
      if (s.token(i).isFiniteVerb() && !reducedRelative(s, i, first)) {
        return false;
      }
    }
    // "X, calling the plan “a disaster,” said": a participle may quote words, closed after the aside's comma
    return marks == 0 || marks == 1 && s.token(participleAt(s, first)).tag().equals("VBG")
        && QuoteTokens.isQuoteToken(s.tokenOrNull(last + 2));
  }

  /** The token after an adverb that may open a participle aside ("also citing"), or {@code first} itself. */
  private static int participleAt(TaggedSentence s, int first) {
    return s.token(first).isAdverb() && first + 1 < s.size() ? first + 1 : first;
  }

  /**
   * "wearing a shirt covered in buttons": a past form right after the noun of a participle phrase, before a
   * preposition, modifies the noun (the tagger often reads it as a past tense).
   */
  private static boolean reducedRelative(TaggedSentence s, int i, int first) {
    WordToken t = s.token(i);
    return t.tag().equals("VBD") && s.token(participleAt(s, first)).tag().equals("VBG") && i > first + 1
        && i + 1 < s.size()
        && s.token(i - 1).isNoun() && s.token(i + 1).tag().equals("IN");
  }

  private static boolean onlyAdverbs(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!s.token(i).isAdverb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The opening bracket of a clause in brackets that closes at token {@code j} ("Mr. Reed (who has won two races)
   * said"): it holds a finite verb, so it is no part of a name like "(D-Ohio)"; -1 otherwise.
   */
  static int bracketedClauseStart(TaggedSentence s, int j) {
    if (!s.token(j).word().equals(")")) {
      return -1;
    }
    boolean finite = false;
    for (int open = j - 1; open >= 0 && j - open <= MAX_ASIDE; open--) {
      WordToken t = s.token(open);
      if (t.word().equals("(")) {
        return finite ? open : -1;
      }
      finite |= t.isFiniteVerb();
    }
    return -1;
  }

  /**
   * The first token of a time phrase ending at token {@code j} ("last week", "this past month", "earlier this
   * year"), or -1.
   */
  static int timePhraseStart(TaggedSentence s, int j) {
    if (!WORDS.is(PERIOD_NOUN, s.token(j).lower()) || j < 1
        || !WORDS.is(PERIOD_DETERMINER, s.token(j - 1).lower())) {
      return -1;
    }
    int first = j - 1;
    if (first >= 1 && s.token(first).lower().equals("past") && s.token(first - 1).lower().equals("this")) {
      first--;
    }
    if (first >= 1 && (s.token(first - 1).lower().equals("earlier") || s.token(first - 1).lower().equals("late"))) {
      first--;
    }
    return first >= 1 ? first : -1; // a time phrase that opens the sentence is no insert
  }
}
