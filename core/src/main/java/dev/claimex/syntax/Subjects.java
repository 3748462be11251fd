package dev.claimex.syntax;

import static dev.claimex.models.WordClass.ASPECT_VERB;
import static dev.claimex.models.WordClass.CONTRACTING_SUBJECT;
import static dev.claimex.models.WordClass.COORDINATOR;
import static dev.claimex.models.WordClass.COPULA;
import static dev.claimex.models.WordClass.DASH;
import static dev.claimex.models.WordClass.GOING_VERB;
import static dev.claimex.models.WordClass.ISSUING_VERB;
import static dev.claimex.models.WordClass.PERSON_RELATIVE;
import static dev.claimex.models.WordClass.QUANTIFIER_SUBJECT;
import static dev.claimex.models.WordClass.TIME_ADVERB;
import static dev.claimex.models.WordClass.VERB_GROUP_WORD;
import static dev.claimex.models.WordClass.VERB_PARTICLE;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * The subject of a verb, read over tags: the noun phrase that performs it, wherever the sentence puts it.
 *
 * <pre>{@code
 * Phrase subject = Subjects.subjectOf(s, verb);           // "Hugh Hill, a doctor at the clinic, said": Hugh Hill
 * Phrase inverted = Subjects.invertedSubject(s, verbLast); // "..., said Mr. Hill": Mr. Hill
 * int relative = Subjects.relativePronounBefore(s, verb);  // "analysts who note": the token "who"
 * }</pre>
 *
 * <p>Left of the verb over auxiliaries, adverbs, "to", time phrases and asides ("The neighbours, however,
 * claim"); through a relative pronoun to its antecedent ("analysts who note"); to the subject of the first verb of
 * coordinated or participial phrases ("met ... and agreed", ", saying"); to the name before an appositive ("Hugh
 * Hill, a doctor, said"); or the subject after the verb ("said Mr. Hill"). Tuned to find who performs a reporting
 * verb; {@link ShallowSyntax#subjectEnd} is the quicker walk claim typing uses.
 */
public final class Subjects {

  private static final WordClasses WORDS = WordClasses.standard();

  private static final int MAX_DEPTH = 3;
  /** Punctuation that ends a restrictive relative clause looked at from its end. */
  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "--", "—", "–");
  private static final Set<String> CLAUSE_BREAK_TAGS = Set.of(",", ":", "-LRB-", "-RRB-");

  private Subjects() {}

  /** The subject phrase of the verb at token {@code verb}, or {@code null}. */
  public static Phrase subjectOf(TaggedSentence s, int verb) {
    return subjectOf(s, verb, 0);
  }

  private static Phrase subjectOf(TaggedSentence s, int verb, int depth) {
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
    if (s.token(verb).tag().equals("VBG") && verb == j + 1 && t.isVerb() && WORDS.is(ASPECT_VERB, t.key())
        && !ShallowSyntax.afterPassiveAuxiliary(s, j, 0, false)) {
      return subjectOf(s, j, depth + 1); // "began calling for", "kept insisting": the subject of the phase verb
    }
    if (WORDS.is(QUANTIFIER_SUBJECT, t.lower()) && !t.isNoun()
        && (j == 0 || !NounPhrases.inside(s.token(j - 1)))) {
      return new Phrase(s.index(), j, j); // "Some say", "Many argue", "Several said"
    }
    if (t.tag().equals("WP") || t.tag().equals("WDT")) { // "analysts who note", "the ministry, which said"
      int k = j - 1;
      if (k >= 0 && s.token(k).word().equals(",")) {
        k--;
      }
      Phrase antecedent = ofObjectIfMeant(s, NounPhrases.phraseEndingAt(s, k), j);
      Phrase named = antecedent == null ? null : namedBy(s, antecedent);
      return named != null ? named : antecedent;
    }
    boolean participle = s.token(verb).tag().equals("VBG");
    if (t.word().equals(",") && !participle) {
      Phrase appositive = Asides.appositive(s, j);
      if (appositive != null) {
        return appositive;
      }
    }
    boolean dash = WORDS.is(DASH, t.word());
    if (dash && !participle) { // "Reilly — who is listed as a lawyer — told ...": the name before the aside
      for (int open = j - 2; open >= 1 && open >= j - Asides.MAX_ASIDE; open--) {
        if (s.token(open).word().equals(t.word())) {
          Phrase before = NounPhrases.canEnd(s, open - 1) ? NounPhrases.phraseEndingAt(s, open - 1) : null;
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
    int listed = isPast(s.token(verb).tag()) && !invertedAfter(s, verb) ? quotationClosedByComma(s, j) : -1;
    int first = listed >= 0 ? sameFormVerb(s, listed, s.token(verb).tag()) : -1;
    if (first >= 0) { // "called the plan “weak,” denounced its cost": a series of acts with one subject
      return subjectOf(s, first, depth + 1);
    }
    Phrase blamed = participle ? objectBeforeFor(s, j) : null;
    if (blamed != null) { // "chastised the governor for refusing": the governor refuses
      return blamed;
    }
    if (WORDS.is(COORDINATOR, t.lower()) || t.word().equals(",") || dash
        || participle && t.tag().equals("IN")) { // "sings to the crowd before asking it": the clause's subject
      int previous = previousVerb(s, j, participle ? null : s.token(verb).tag());
      if (participle && previous >= 0) {
        previous = mainClauseVerb(s, previous);
      }
      return previous >= 0 ? subjectOf(s, previous, depth + 1) : null;
    }
    if (t.tag().equals("VBN") && j >= 1 && j + 1 < verb && WORDS.is(TIME_ADVERB, s.token(j + 1).lower())
        && NounPhrases.canEnd(s, j - 1)) {
      // "A report published Wednesday said": the participle modifies the subject
      return NounPhrases.phraseEndingAt(s, j - 1);
    }
    Phrase phrase = NounPhrases.canEnd(s, j) ? NounPhrases.phraseEndingAt(s, j) : null;
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

  /** The subject right after a verb that ends at token {@code verbLast}: "said Mr. Hill", "said the minister". */
  public static Phrase invertedSubject(TaggedSentence s, int verbLast) {
    int k = verbLast + 1;
    WordToken t = s.tokenOrNull(k);
    boolean counted = t != null && t.tag().equals("CD") && s.tokenOrNull(k + 1) != null
        && s.token(k + 1).isNoun(); // "said one source", "said two officials"
    if (t == null || !(t.isNoun() || t.tag().equals("DT") || t.tag().equals("PRP$") || t.isAdjective() || counted)) {
      return null;
    }
    int end = NounPhrases.endRight(s, k, true);
    return end >= k ? new Phrase(s.index(), k, end) : null;
  }

  /** The relative pronoun that is the verb's local subject ("analysts who note"), or -1. */
  public static int relativePronounBefore(TaggedSentence s, int verb) {
    int j = verb - 1;
    while (j >= 0 && skippable(s, j)) {
      j--;
    }
    return j >= 0 && (s.token(j).tag().equals("WP") || s.token(j).tag().equals("WDT")) ? j : -1;
  }

  /**
   * The antecedent a relative pronoun at {@code relative} stands for when it follows "X of Y": Y, when "which" cannot
   * stand for the people X names ("members of the government, which has denied") or the verb's number is Y's and not
   * X's ("supporters of the senator, who has denied"); otherwise the whole phrase.
   */
  private static Phrase ofObjectIfMeant(TaggedSentence s, Phrase antecedent, int relative) {
    if (antecedent == null) {
      return null;
    }
    int of = -1;
    for (int i = antecedent.first() + 1; i < antecedent.last() && of < 0; i++) {
      of = s.token(i).lower().equals("of") ? i : -1;
    }
    if (of < 0) {
      return antecedent;
    }
    WordToken head = s.token(of - 1);
    WordToken object = s.token(antecedent.last());
    boolean people = head.isNoun() && AnimateNouns.standard().contains(head.lower());
    boolean which = !WORDS.is(PERSON_RELATIVE, s.token(relative).lower());
    boolean plural = head.tag().equals("NNS") || head.tag().equals("NNPS");
    boolean singularObject = object.tag().equals("NN") || object.tag().equals("NNP");
    WordToken verb = null;
    for (int i = relative + 1; i < s.size() && verb == null; i++) {
      verb = s.token(i).isVerb() || s.token(i).tag().equals("MD") ? s.token(i) : null;
    }
    boolean singularVerb = verb != null && (verb.tag().equals("VBZ") || verb.lower().equals("was"));
    return which && people || plural && singularObject && singularVerb
        ? new Phrase(s.index(), of + 1, antecedent.last()) : antecedent;
  }

  /**
   * The text issued before a participle cue, "a letter" in "... posted a letter Friday urging": the speaker to
   * fall back on when whoever issued it cannot be named; or {@code null}.
   */
  public static Phrase issuedText(TaggedSentence s, int verb) {
    if (!s.token(verb).tag().equals("VBG")) {
      return null;
    }
    int j = wordBefore(s, verb, false);
    Phrase phrase = j >= 0 && NounPhrases.canEnd(s, j) ? NounPhrases.phraseEndingAt(s, j) : null;
    return issuedBy(s, phrase) >= 0 ? phrase : null;
  }

  /** The verb that issues a text ("issued", "posted", "put out"), right before its noun phrase; or -1. */
  private static int issuedBy(TaggedSentence s, Phrase text) {
    int k = text == null ? -1 : text.first() - 1;
    if (k > 0 && s.token(k).tag().equals("RP")) {
      k--; // "sent out a press release"
    }
    WordToken governor = s.tokenOrNull(k);
    return governor != null && governor.isVerb() && WORDS.is(ISSUING_VERB, governor.key()) ? k : -1;
  }

  /**
   * The opening mark of a quotation whose closing mark at {@code close} follows a comma (",”" in American
   * punctuation), or -1.
   */
  private static int quotationClosedByComma(TaggedSentence s, int close) {
    if (close < 2 || !QuoteTokens.isClosingToken(s.token(close)) || !s.token(close - 1).word().equals(",")) {
      return -1;
    }
    for (int open = close - 2; open >= 0 && close - open <= Asides.MAX_ASIDE; open--) {
      if (QuoteTokens.isQuoteToken(s.token(open))) {
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
      } else if (Asides.timePhraseStart(s, j) >= 0) {
        j = Asides.timePhraseStart(s, j) - 1;
      } else if (asides && Asides.insertStart(s, j) >= 0) {
        j = Asides.insertStart(s, j) - 1;
      } else if (asides && Asides.bracketedClauseStart(s, j) >= 1) {
        j = Asides.bracketedClauseStart(s, j) - 1;
      } else {
        break;
      }
    }
    return j;
  }

  /** Words between a subject and its verb; a time word only on its own ("Mugabe today accused", not "on Monday"). */
  private static boolean skippable(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    if (isContractedBe(s, i)) {
      return true; // "she's predicting", "he's argued"
    }
    if (WORDS.is(TIME_ADVERB, t.lower())) {
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
        && WORDS.is(CONTRACTING_SUBJECT, before.lower()) && (after.tag().equals("VBG") || after.tag().equals("VBN")
        || after.isAdverb());
  }

  private static boolean skippable(WordToken t) {
    return t.tag().equals("MD") || t.tag().equals("TO") || t.isAdverb()
        || (t.isVerb() && WORDS.is(VERB_GROUP_WORD, t.key())) || WORDS.is(VERB_GROUP_WORD, t.lower());
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
   * The verb whose subject also performs an infinitive after it, from the word {@code j} before "to": a verb in
   * the active ("continued to say", "went on to argue", "failed to mention") or an adjective after a copula ("was
   * quick to add", "are more likely to say"); -1 otherwise, and for passives ("were asked to say"), whose subject
   * is not the speaker.
   */
  private static int governorOfInfinitive(TaggedSentence s, int j) {
    WordToken t = s.token(j);
    if (WORDS.is(VERB_PARTICLE, t.lower()) && j >= 1 && s.token(j - 1).isVerb()) {
      j--; // "went on to say"
      t = s.token(j);
    }
    if (t.isVerb()) {
      boolean passive = ShallowSyntax.afterPassiveAuxiliary(s, j, 0, false); // "were asked", not "were not asked"
      return passive || t.key().equals("be") ? -1 : j;
    }
    int place = t.isNoun() ? NounPhrases.startLeft(s, j) - 1 : -1;
    if (place >= 1 && s.token(place).lower().equals("to") && s.token(place - 1).isVerb()
        && WORDS.is(GOING_VERB, s.token(place - 1).key())
        && !ShallowSyntax.afterPassiveAuxiliary(s, place - 1, 0, false)) {
      return place - 1; // "took to Twitter to say", "went to Iowa to warn": the infinitive says why the subject went
    }
    if (t.isAdjective()) {
      int k = j - 1;
      while (k >= 0 && s.token(k).isAdverb()) { // "are more likely to say"
        k--;
      }
      return k >= 0 && s.token(k).isVerb() && WORDS.is(COPULA, s.token(k).key()) ? k : -1;
    }
    return -1;
  }

  /** Whether the noun phrase after a verb ends its clause, so is its subject: "“...,” said Ann Cole, the mayor." */
  private static boolean invertedAfter(TaggedSentence s, int verb) {
    Phrase after = invertedSubject(s, verb);
    WordToken next = after == null ? null : s.tokenOrNull(after.last() + 1);
    return after != null && (next == null || next.word().equals(",") || next.word().equals("."));
  }

  /** The verb before token {@code from} in its clause when it has the form {@code tag} (past with past), or -1. */
  private static int sameFormVerb(TaggedSentence s, int from, String tag) {
    int previous = previousVerb(s, from, tag);
    return previous >= 0 && isPast(s.token(previous).tag()) ? previous : -1;
  }

  /** Whether a noun phrase follows a verb or preposition, so is its object and no subject. */
  static boolean isObject(TaggedSentence s, Phrase phrase) {
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
    for (int k = last; k >= 1 && last - k <= Asides.MAX_RELATIVE_CLAUSE; k--) {
      WordToken t = s.token(k);
      if (CLAUSE_BREAK_TAGS.contains(t.tag()) || CLAUSE_BREAKS.contains(t.word()) || QuoteTokens.isQuoteToken(t)) {
        return null;
      }
      if (WORDS.is(PERSON_RELATIVE, t.lower())) {
        Phrase antecedent = verb ? NounPhrases.phraseEndingAt(s, k - 1) : null;
        return antecedent != null && !isObject(s, antecedent) && !s.token(antecedent.first()).isPronoun()
            ? antecedent : null;
      }
      verb |= t.isVerb();
    }
    return null;
  }

  /**
   * The object of a verb before "for" at {@code j}, who performs the participle after it: "praised the mayor for
   * refusing", "blamed Ann Park for calling"; {@code null} when the word at {@code j} is no such "for".
   */
  private static Phrase objectBeforeFor(TaggedSentence s, int j) {
    if (j < 2 || !s.token(j).lower().equals("for") || !NounPhrases.canEnd(s, j - 1)) {
      return null;
    }
    Phrase object = NounPhrases.phraseEndingAt(s, j - 1);
    WordToken governor = object == null ? null : s.tokenOrNull(object.first() - 1);
    return governor != null && governor.isVerb() && !WORDS.is(COPULA, governor.key()) ? object : null;
  }

  /**
   * The verb of the clause that a clause opened by "that" depends on: "Hill admitted that troops had fought,
   * saying": Hill says it, not the troops. {@code verb} itself when its clause opens no such way.
   */
  private static int mainClauseVerb(TaggedSentence s, int verb) {
    for (int hops = 0; hops < MAX_DEPTH; hops++) {
      int j = wordBefore(s, verb, false);
      Phrase subject = j >= 0 && NounPhrases.canEnd(s, j) ? NounPhrases.phraseEndingAt(s, j) : null;
      WordToken before = subject == null ? null : s.tokenOrNull(subject.first() - 1);
      if (before == null || !before.lower().equals("that")) {
        return verb;
      }
      int governing = previousVerb(s, subject.first() - 1, null);
      if (governing < 0) {
        return verb;
      }
      verb = governing;
    }
    return verb;
  }

  /**
   * The name a description before a relative pronoun stands for, when the description is set off after it or said
   * of it by a copula: "Green Roots, a group that backed ...", "Ann Park is the lawyer who filed ..."; {@code null}
   * otherwise.
   */
  public static Phrase namedBy(TaggedSentence s, Phrase description) {
    int head = NounPhrases.headEnd(s, description.first(), description.last());
    if (head < 0 || !s.token(head).isNoun() || s.token(head).isProperNoun()) {
      return null;
    }
    WordToken link = s.tokenOrNull(description.first() - 1);
    boolean appositive = link != null && link.word().equals(",");
    boolean copula = link != null && link.isVerb() && WORDS.is(COPULA, link.key());
    int end = description.first() - 2;
    if (!appositive && !copula || end < 0 || !s.token(end).isProperNoun()) {
      return null;
    }
    Phrase name = NounPhrases.phraseEndingAt(s, end);
    WordToken before = name == null ? null : s.tokenOrNull(name.first() - 1);
    boolean opens = before == null || before.word().equals(",") || before.tag().equals("CC");
    return name != null && opens ? name : null;
  }

  private static boolean isPast(String tag) {
    return tag.equals("VBD") || tag.equals("VBN");
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
      if (QuoteTokens.isClosingToken(t)) { // the verbs of a quotation are not the narration's
        int open = i - 1; // the opening mark; a straight one the tagger may have read as closing too
        while (open >= 0 && !QuoteTokens.isQuoteToken(s.token(open))) {
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
          || t.tag().equals("VBN") && before.key().equals("be") && sameTag != null // "were angered ... and said"
          // "Ann Park, a spokeswoman, called on ... and said": the tagger's participle after an appositive
          || t.tag().equals("VBN") && before.word().equals(",") && sameTag != null && Asides.appositive(s, b) != null);
      if (mainVerb && !t.tag().equals("MD") && !WORDS.is(VERB_GROUP_WORD, t.key())) {
        // "came out and endorsed": the tagger often reads a past tense after "and" as a participle
        if (sameTag == null || t.tag().equals(sameTag) || isPast(sameTag) && isPast(t.tag())) {
          return i;
        }
        if (fallback < 0) {
          fallback = i;
        }
      }
    }
    return fallback;
  }
}
