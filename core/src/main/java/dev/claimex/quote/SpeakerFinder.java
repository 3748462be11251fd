package dev.claimex.quote;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;

import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Finds who performs a cue: the subject left of a verb (over auxiliaries, adverbs and "to"), the antecedent of a
 * relative pronoun ("analysts who note"), the subject of the first verb of coordinated or participial phrases
 * ("met ... and agreed", ", saying"), an appositive's name ("Hugh Hill, a doctor, said"), or the inverted subject
 * after the cue ("said Mr. Hill").
 */
public final class SpeakerFinder {

  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "also", "not", "n't", "never", "again",
      "still", "repeatedly", "reportedly", "allegedly", "publicly", "privately", "later", "once", "further");
  private static final Set<String> COORDINATORS = Set.of("and", "but", "or", "yet");
  /** "Mugabe today accused ...", "The minister on Tuesday said ...": time words between subject and verb. */
  private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tonight", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "recently", "previously");
  /** Conjunctions that open a clause set off between a subject and its verb: "Smith, after the vote was delayed,". */
  private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "although", "though",
      "since", "because", "as", "once", "until", "whereas");
  /** Prepositions that open an aside between a subject and its verb. */
  private static final Set<String> ASIDES = Set.of("like", "unlike", "including", "along", "together");
  /** A hyphen standing alone between spaces is a dash too: "Ann Park - a lawyer - said". */
  private static final Set<String> DASHES = Set.of("—", "–", "--", "-");
  private static final int MAX_DEPTH = 3;
  private static final int MAX_ASIDE = 25;
  private static final int MAX_PARENTHETICAL = 15;
  /** A title may run long ("a host and manager at the oldest station in the state"); it holds no finite verb. */
  private static final int MAX_APPOSITIVE = 30;
  private static final int MAX_RELATIVE_CLAUSE = 30;
  /** Punctuation that ends a restrictive relative clause looked at from its end. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "--", "—", "–");
  private static final Set<String> CLAUSE_BREAK_TAGS = Set.of(",", ":", "-LRB-", "-RRB-");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whose", "which");
  /** Quantifiers that stand alone as a subject: "Some say", "Many argue", "Several said". */
  public static final Set<String> QUANTIFIER_SUBJECTS = Set.of("some", "many", "several", "most", "few", "others");
  private static final Set<String> PARTICLES = Set.of("on", "up", "out", "ahead");
  private static final Set<String> COPULA_VERBS = Set.of("be", "seem", "appear", "remain", "become");
  private static final Set<String> TIME_NOUNS = Set.of("week", "weekend", "month", "year", "night", "morning",
      "afternoon", "evening", "spring", "summer", "fall", "autumn", "winter");
  private static final Set<String> TIME_DETERMINERS = Set.of("last", "this", "next", "past");
  private static final int MAX_INSERT = 5;
  private static final int MAX_ASIDE_INSERT = 15;
  private static final Set<String> CONTRACTING = Set.of("he", "she", "it", "who", "that");
  /** Verbs that put out a text: the speaker of "issued a statement saying" is who issued it. */
  private static final Set<String> ISSUING = Set.of("issue", "release", "send", "post", "publish", "sign", "write",
      "deliver", "file", "give", "tweet", "air", "run", "put");

  /** The subject phrase of the verb at token {@code verb}, or {@code null}. */
  Phrase subjectOf(TaggedSentence s, int verb) {
    return subjectOf(s, verb, 0);
  }

  private Phrase subjectOf(TaggedSentence s, int verb, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    int j = wordBefore(s, verb, true);
    if (j < 0) {
      return null;
    }
    boolean infinitive = hasTo(s, j + 1, verb - 1); // "went on to say"
    WordToken t = s.token(j);
    if (infinitive && s.token(verb).tag().equals("VB")) {
      int governor = governorOfInfinitive(s, j);
      if (governor >= 0) { // "He went on to say", "continued to insist", "was quick to add": the governor's subject
        return subjectOf(s, governor, depth + 1);
      }
    }
    if (QUANTIFIER_SUBJECTS.contains(t.lower()) && !t.isNoun() && (j == 0 || !NounPhrases.inside(s.token(j - 1)))) {
      return new Phrase(s.index(), j, j); // "Some say", "Many argue", "Several said"
    }
    if (t.tag().equals("WP") || t.tag().equals("WDT")) { // "analysts who note", "the ministry, which said"
      int k = j - 1;
      if (k >= 0 && s.token(k).word().equals(",")) {
        k--;
      }
      return phraseEndingAt(s, k);
    }
    boolean participle = s.token(verb).tag().equals("VBG");
    if (t.word().equals(",") && !participle) {
      Phrase appositive = appositive(s, j);
      if (appositive != null) {
        return appositive;
      }
    }
    boolean dash = DASHES.contains(t.word());
    if (dash && !participle) { // "Reilly — who is listed as a lawyer — told ...": the name before the aside
      for (int open = j - 2; open >= 1 && open >= j - MAX_ASIDE; open--) {
        if (s.token(open).word().equals(t.word())) {
          Phrase before = NounPhrases.canEnd(s, open - 1) ? phraseEndingAt(s, open - 1) : null;
          if (before != null) {
            return before;
          }
          break;
        }
      }
    }
    dash &= participle; // "flipped his choice – saying"
    int quoted = participle ? quotationClosedByComma(s, j) : -1;
    if (quoted >= 0) { // "defended “city values,” saying": the verb before the quotation heads the clause
      int previous = previousVerb(s, quoted, null);
      return previous >= 0 ? subjectOf(s, previous, depth + 1) : null;
    }
    if (COORDINATORS.contains(t.lower()) || t.word().equals(",") || dash
        || participle && t.tag().equals("IN")) { // "sings to the crowd before asking it": the clause's subject
      int previous = previousVerb(s, j, participle ? null : s.token(verb).tag());
      return previous >= 0 ? subjectOf(s, previous, depth + 1) : null;
    }
    if (t.tag().equals("VBN") && j >= 1 && j + 1 < verb && TIME_WORDS.contains(s.token(j + 1).lower())
        && NounPhrases.canEnd(s, j - 1)) {
      return phraseEndingAt(s, j - 1); // "A report published Wednesday said": the participle modifies the subject
    }
    Phrase phrase = NounPhrases.canEnd(s, j) ? phraseEndingAt(s, j) : null;
    if (!participle && (phrase == null || isObject(s, phrase))) {
      Phrase antecedent = antecedentOfClauseEndingAt(s, j);
      if (antecedent != null) { // "Voters who watched the debate said": not "the debate"
        return antecedent;
      }
    }
    if (participle && issuedBy(s, phrase) >= 0) {
      return subjectOf(s, issuedBy(s, phrase), depth + 1); // "Smith issued a statement saying": Smith says it
    }
    return phrase;
  }

  /**
   * The opening mark of a quotation whose closing mark at {@code close} follows a comma (",”" in American
   * punctuation), or -1.
   */
  private static int quotationClosedByComma(TaggedSentence s, int close) {
    if (close < 2 || !QuoteMarks.isClosingToken(s.token(close)) || !s.token(close - 1).word().equals(",")) {
      return -1;
    }
    for (int open = close - 2; open >= 0 && close - open <= MAX_ASIDE; open--) {
      if (QuoteMarks.isQuoteToken(s.token(open))) {
        return open;
      }
    }
    return -1;
  }

  /**
   * The word before a verb group, past auxiliaries, adverbs, "to", time phrases ("The committee last week said")
   * and, with {@code asides}, short asides ("The neighbours, however, claim"); -1 at the start of the sentence.
   */
  private static int wordBefore(TaggedSentence s, int verb, boolean asides) {
    int j = verb - 1;
    while (j >= 0) {
      if (skippable(s, j)) {
        j--;
      } else if (timePhraseStart(s, j) >= 0) {
        j = timePhraseStart(s, j) - 1;
      } else if (asides && insertStart(s, j) >= 0) {
        j = insertStart(s, j) - 1;
      } else if (asides && bracketedClauseStart(s, j) >= 1) {
        j = bracketedClauseStart(s, j) - 1;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean hasTo(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).tag().equals("TO")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text issued before a participle cue, "a letter" in "... posted a letter Friday urging": the speaker to
   * fall back on when whoever issued it cannot be named; or {@code null}.
   */
  Phrase issuedText(TaggedSentence s, int verb) {
    if (!s.token(verb).tag().equals("VBG")) {
      return null;
    }
    int j = wordBefore(s, verb, false);
    Phrase phrase = j >= 0 && NounPhrases.canEnd(s, j) ? phraseEndingAt(s, j) : null;
    return issuedBy(s, phrase) >= 0 ? phrase : null;
  }

  /** The verb that issues a text ("issued", "posted"), right before its noun phrase; or -1. */
  private static int issuedBy(TaggedSentence s, Phrase text) {
    WordToken governor = text == null ? null : s.tokenOrNull(text.first() - 1);
    return governor != null && governor.isVerb() && ISSUING.contains(governor.key()) ? text.first() - 1 : -1;
  }

  /**
   * The verb whose subject also performs an infinitive after it, from the word {@code j} before "to": a verb in
   * the active ("continued to say", "went on to argue", "failed to mention") or an adjective after a copula ("was
   * quick to add", "are more likely to say"); -1 otherwise, and for passives ("were asked to say"), whose subject
   * is not the speaker.
   */
  private static int governorOfInfinitive(TaggedSentence s, int j) {
    WordToken t = s.token(j);
    if (PARTICLES.contains(t.lower()) && j >= 1 && s.token(j - 1).isVerb()) {
      j--; // "went on to say"
      t = s.token(j);
    }
    if (t.isVerb()) {
      boolean passive = t.tag().equals("VBN") && j >= 1 && (s.token(j - 1).key().equals("be")
          || s.token(j - 1).key().equals("get"));
      return passive || t.key().equals("be") ? -1 : j;
    }
    if (t.isAdjective()) {
      int k = j - 1;
      while (k >= 0 && s.token(k).isAdverb()) { // "are more likely to say"
        k--;
      }
      return k >= 0 && s.token(k).isVerb() && COPULA_VERBS.contains(s.token(k).key()) ? k : -1;
    }
    return -1;
  }

  /**
   * The first token of a time phrase ending at token {@code j} ("last week", "this past month", "earlier this
   * year"), or -1.
   */
  private static int timePhraseStart(TaggedSentence s, int j) {
    if (!TIME_NOUNS.contains(s.token(j).lower()) || j < 1 || !TIME_DETERMINERS.contains(s.token(j - 1).lower())) {
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

  /**
   * The opening comma of an aside set off by commas before a verb that holds no noun phrase of its own to be the
   * subject, or -1: a few adverbs ("X, however, said"), an age ("X, then 41, said"), or a phrase with no finite
   * verb opened by a preposition ("X, in an effort to improve safety, has said"), "when" or "while" ("X, when
   * reached by phone, said") or a participle ("X, also speaking in Dayton, Ohio, said"); a comma between a city
   * and its state stays inside.
   */
  private static int insertStart(TaggedSentence s, int j) {
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
      boolean phrase = (first.tag().equals("IN") && !ASIDES.contains(first.lower())
          || first.tag().equals("WRB") && !first.lower().equals("how") && !first.lower().equals("why")
          || head.tag().equals("VBG")) && noFiniteVerb(s, open + 1, j - 1);
      // "Smith, after the vote was delayed, said": a subordinate clause may hold its own verb
      boolean clause = SUBORDINATORS.contains(first.lower()) && !QuoteMarks.anyQuoteToken(s, open + 1, j - 1);
      boolean aside = open + 1 < j && (adverbs || phrase || clause);
      return aside && NounPhrases.canEnd(s, open - 1) ? open : -1;
    }
    return -1;
  }

  /**
   * The opening bracket of a clause in brackets that closes at token {@code j} ("Mr. Reed (who has won two races)
   * said"): it holds a finite verb, so it is no part of a name like "(D-Ohio)"; -1 otherwise.
   */
  private static int bracketedClauseStart(TaggedSentence s, int j) {
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
    for (int i = first; i <= last; i++) {
      if (s.token(i).isFiniteVerb() || QuoteMarks.isQuoteToken(s.token(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyAdverbs(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!s.token(i).isAdverb()) {
        return false;
      }
    }
    return true;
  }

  /** Whether a noun phrase follows a verb or preposition, so is its object and no subject. */
  private static boolean isObject(TaggedSentence s, Phrase phrase) {
    WordToken before = s.tokenOrNull(phrase.first() - 1);
    return before != null && (before.isVerb() || before.tag().equals("IN") || before.tag().equals("TO"));
  }

  /**
   * The noun phrase before a restrictive relative clause that ends at token {@code last} ("voters who watched the
   * debate", "officials whose laws were struck down"): the clause opens with "who" or "whose", holds a verb of its
   * own and no punctuation; {@code null} otherwise.
   */
  private static Phrase antecedentOfClauseEndingAt(TaggedSentence s, int last) {
    boolean verb = false;
    for (int k = last; k >= 1 && last - k <= MAX_RELATIVE_CLAUSE; k--) {
      WordToken t = s.token(k);
      if (CLAUSE_BREAK_TAGS.contains(t.tag()) || CLAUSE_BREAKS.contains(t.word()) || QuoteMarks.isQuoteToken(t)) {
        return null;
      }
      if (t.lower().equals("who") || t.lower().equals("whose")) {
        Phrase antecedent = verb ? phraseEndingAt(s, k - 1) : null;
        return antecedent != null && !isObject(s, antecedent) && !s.token(antecedent.first()).isPronoun()
            ? antecedent : null;
      }
      verb |= t.isVerb();
    }
    return null;
  }

  /** The relative pronoun that is the verb's local subject ("analysts who note"), or -1. */
  int relativePronounBefore(TaggedSentence s, int verb) {
    int j = verb - 1;
    while (j >= 0 && skippable(s, j)) {
      j--;
    }
    return j >= 0 && (s.token(j).tag().equals("WP") || s.token(j).tag().equals("WDT")) ? j : -1;
  }

  /**
   * "Hugh Hill, a doctor at the clinic, said", "Trump, speaking to veterans in Virginia, said": the name before a
   * parenthetical set off by commas (an appositive or a participle phrase, with no finite verb of its own); "David
   * Axelrod, who was senior adviser to Obama, tweeted", "the source, whose identity was withheld, said": the noun
   * phrase before a relative clause, which may hold verbs and commas of its own.
   */
  private static Phrase appositive(TaggedSentence s, int comma) {
    boolean finite = false;
    for (int open = comma - 2; open >= 1 && open >= comma - MAX_RELATIVE_CLAUSE; open--) {
      WordToken t = s.token(open);
      if (t.word().equals(";") || QuoteMarks.isQuoteToken(t)) {
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
      Phrase outer = phraseEndingAt(s, open - 1);
      boolean clauseStart = outer != null && (outer.first() == 0 || !s.token(outer.first() - 1).isVerb());
      if (RELATIVE_PRONOUNS.contains(first.lower())) {
        return clauseStart ? outer : null;
      }
      boolean nominal = NounPhrases.inside(first) || first.isPronoun();
      if (finite || comma - open > (nominal ? MAX_APPOSITIVE : MAX_PARENTHETICAL)) {
        continue; // no appositive; perhaps a relative clause further back
      }
      // "The mayor, particularly in the last days, has argued": an adjunct set off after a name
      boolean parenthetical = first.tag().equals("VBG") || first.tag().equals("VBN") || nominal
          || first.isAdverb() || first.tag().equals("IN");
      if (outer != null && ASIDES.contains(first.lower())) {
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
        return outer;
      }
      if (clauseStart && isName(s, open + 1, comma - 1)) { // "her senior adviser, Ann Park, said"
        return new Phrase(s.index(), open + 1, comma - 1);
      }
      if (nominal && clauseStart && !isObject(s, outer) && s.token(outer.last()).isNoun()) {
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
    Phrase name = phraseEndingAt(s, title.first() - 2);
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
    Phrase name = age || party ? phraseEndingAt(s, label.first() - 2) : null;
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
   * "..., said Tom Baker, an analyst." closes a sentence: after a comma a saying verb with no complement of its
   * own is followed by its subject, which ends the sentence or opens an appositive. {@code null} otherwise.
   */
  Phrase closingInvertedSubject(TaggedSentence s, dev.claimex.lexicon.CueMatch cue) {
    WordToken before = s.tokenOrNull(cue.first() - 1);
    if (before == null || !before.word().equals(",") || !s.token(cue.head()).isFiniteVerb()
        || !cue.entry().objectRole().opensClause()) {
      return null;
    }
    Phrase subject = invertedSubject(s, cue.last());
    // "..., said a spokesman for the agency.": the subject's modifiers come before what closes it
    int next = subject == null ? -1 : NounPhrases.modifiersEnd(s, subject.last()) + 1;
    WordToken after = subject == null ? null : s.tokenOrNull(next);
    boolean closes = after == null || after.word().equals(",") || after.word().equals(".")
        || after.tag().equals("WP") // "..., said a city official who asked not to be named."
        || Adjuncts.startsSpeechAdjunct(s, next); // "..., said Mr. Hill in a statement."
    return subject != null && closes && s.token(subject.last()).isNoun() ? subject : null;
  }

  /** The subject after a cue: "said Mr. Hill", "said the minister". */
  Phrase invertedSubject(TaggedSentence s, int cueLast) {
    int k = cueLast + 1;
    WordToken t = s.tokenOrNull(k);
    boolean counted = t != null && t.tag().equals("CD") && s.tokenOrNull(k + 1) != null
        && s.token(k + 1).isNoun(); // "said one source", "said two officials"
    if (t == null || !(t.isNoun() || t.tag().equals("DT") || t.tag().equals("PRP$") || t.isAdjective() || counted)) {
      return null;
    }
    int end = NounPhrases.endRight(s, k, true);
    return end >= k ? new Phrase(s.index(), k, end) : null;
  }

  /** Words between a subject and its verb; a time word only on its own ("Mugabe today accused", not "on Monday"). */
  private static boolean skippable(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    if (isContractedBe(s, i)) {
      return true; // "she's predicting", "he's argued"
    }
    if (TIME_WORDS.contains(t.lower())) {
      WordToken before = s.tokenOrNull(i - 1);
      return before == null || !before.tag().equals("IN");
    }
    return skippable(t);
  }

  /** "’s" after a personal or relative pronoun before a participle: "is" or "has", not a possessive. */
  private static boolean isContractedBe(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken before = s.tokenOrNull(i - 1);
    WordToken after = s.tokenOrNull(i + 1);
    return (t.word().equals("’s") || t.word().equals("'s")) && before != null && after != null
        && CONTRACTING.contains(before.lower()) && (after.tag().equals("VBG") || after.tag().equals("VBN")
        || after.isAdverb());
  }

  private static boolean skippable(WordToken t) {
    return t.tag().equals("MD") || t.tag().equals("TO") || t.isAdverb()
        || (t.isVerb() && AUXILIARIES.contains(t.key())) || AUXILIARIES.contains(t.lower());
  }

  /**
   * The verb that heads the first conjunct: the nearest finite verb of the same form ("met ... and agreed"),
   * else the nearest finite verb; the search stops at a clause mark.
   */
  private static int previousVerb(TaggedSentence s, int from, String sameTag) {
    int fallback = -1;
    for (int i = from - 1; i >= 0; i--) {
      WordToken t = s.token(i);
      if (t.word().equals(";") || t.word().equals(":")) {
        break;
      }
      if (QuoteMarks.isClosingToken(t)) { // the verbs of a quotation are not the narration's
        int open = i - 1; // the opening mark; a straight one the tagger may have read as closing too
        while (open >= 0 && !QuoteMarks.isQuoteToken(s.token(open))) {
          open--;
        }
        if (open < 0) {
          break;
        }
        i = open;
        continue;
      }
      int b = i - 1;
      while (b > 0 && s.token(b).isAdverb()) {
        b--; // "has also announced", "is now telling"
      }
      WordToken before = s.tokenOrNull(b);
      boolean mainVerb = t.isFiniteVerb() || before != null && (t.tag().equals("VBN") && before.key().equals("have")
          || t.tag().equals("VBG") && before.key().equals("be") // "has mocked", "is telling"
          || t.tag().equals("VBN") && before.key().equals("be") && sameTag != null); // "were angered ... and said"
      if (mainVerb && !t.tag().equals("MD") && !AUXILIARIES.contains(t.key())) {
        if (sameTag == null || t.tag().equals(sameTag)) {
          return i;
        }
        if (fallback < 0) {
          fallback = i;
        }
      }
    }
    return fallback;
  }

  static Phrase phraseEndingAt(TaggedSentence s, int last) {
    if (last < 0) {
      return null;
    }
    int first = NounPhrases.startLeft(s, last);
    return first >= 0 ? new Phrase(s.index(), first, last) : null;
  }
}
