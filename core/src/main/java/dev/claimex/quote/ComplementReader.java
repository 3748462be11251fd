package dev.claimex.quote;

import static dev.claimex.models.WordClass.ANSWER_WORD;
import static dev.claimex.models.WordClass.ARTICLE;
import static dev.claimex.models.WordClass.ACQUAINTANCE_ADVERB;
import static dev.claimex.models.WordClass.CONTENT_PREPOSITION;
import static dev.claimex.models.WordClass.DURATION_WORD;
import static dev.claimex.models.WordClass.EMBEDDED_QUESTION_WORD;
import static dev.claimex.models.WordClass.LIST_CONJUNCTION;
import static dev.claimex.models.WordClass.NOUN_MODIFYING_PREPOSITION;
import static dev.claimex.models.WordClass.PARTITIVE_QUANTIFIER;
import static dev.claimex.models.WordClass.REFLEXIVE_PRONOUN;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;
import static dev.claimex.models.WordClass.TIME_WORD;

import dev.claimex.models.WordClasses;
import dev.claimex.syntax.QuoteTokens;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.CueAct;
import dev.claimex.coref.EntityIndex;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CueSense;
import dev.claimex.lexicon.CuePart;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Reads what a cue verb or noun governs, to its right: an object (addressee or target) where the cue takes one,
 * adjuncts to pass over ("in a statement", "on Tuesday"), then the content — a colon, a that-clause, a
 * quotation, an infinitive, a prepositional object ("warned of ...", "accused X of ..."), a bare clause
 * ("alleges the rebels hide ..."), or a noun-phrase object ("confirmed both ceasefires").
 *
 * <pre>{@code
 * Complement c = new ComplementReader(new ContentBounds(cues)).read(s, cue, entities);   // "warned of war"
 * c.intro();                                                                             // ContentIntro.PREPOSITION
 * }</pre>
 */
public final class ComplementReader {

  private static final WordClasses WORDS = WordClasses.standard();

  /** Farthest a "that" may stand behind adjuncts: "says at a campaign stop in Toledo, Ohio, that ...". */
  static final int MAX_ADJUNCT_WORDS = 12;

  private final ContentBounds bounds;

  public ComplementReader(ContentBounds bounds) {
    this.bounds = bounds;
  }

  /** The complement of a verb or noun cue, or {@code null} when nothing follows it. */
  public Complement read(TaggedSentence s, CueMatch cue, EntityIndex entities) {
    return read(s, cue, entities, false);
  }

  /**
   * As {@link #read(TaggedSentence, CueMatch, EntityIndex)}; with {@code setOffSubject}, the cue's subject stands
   * before it with an aside set off by commas ("Hill, an analyst, said"), so a noun phrase after the cue opens the
   * reported clause even where it runs into a comma ("said the deal, which was signed in May, would fail").
   */
  public Complement read(TaggedSentence s, CueMatch cue, EntityIndex entities, boolean setOffSubject) {
    int k = skipAdverbs(s, cue.last() + 1);
    ObjectRole role = cue.entry().objectRole();
    if (role == ObjectRole.JUDGED) {
      return judged(s, k, entities);
    }
    if (role == ObjectRole.NAMED) {
      return named(s, k, entities);
    }
    Phrase object = null;
    int described = addresseeWithParticiple(s, cue, k);
    int told = described < 0 ? addresseeBeforeClause(s, cue, k) : -1;
    if (described >= 0) { // "told supporters gathered in the gym (that ...)": the people told, not what was told
      int place = NounPhrases.endRight(s, described + 3, true); // the object of the participle's preposition
      if (place < described + 3) {
        return null;
      }
      object = new Phrase(s.index(), k, described);
      k = skipAdverbs(s, place + 1);
    } else if ((role == ObjectRole.ADDRESSEE || role == ObjectRole.TARGET) && startsNounPhrase(s, k)
        && (!startsClause(s, k) || told >= 0)) {
      int end = told >= 0 ? told : coordinated(s, NounPhrases.endRight(s, k, false));
      if (end >= k && role == ObjectRole.ADDRESSEE && cue.entry().act() == CueAct.STATEMENT
          && s.tokenOrNull(end + 1) != null && s.token(end + 1).lower().equals("of")
          && s.tokenOrNull(end + 2) != null && s.token(end + 2).isProperNoun()) {
        end = NounPhrases.endRight(s, k, true); // "told The Daily Star of Beirut she would ..."
      }
      if (end >= k) {
        object = new Phrase(s.index(), k, end);
        k = skipAdverbs(s, end + 1);
        WordToken after = s.tokenOrNull(k + 1);
        if (s.tokenOrNull(k) != null && s.token(k).tag().equals("VBN") && after != null
            && (after.tag().equals("TO") || after.lower().equals("that"))) {
          k++; // "all parties involved to ...", "those concerned that ..."
        }
      }
    }
    k = CueAdjuncts.skip(s, k);
    if (cue.entry().act() == CueAct.STATEMENT && role != ObjectRole.TARGET && s.tokenOrNull(k) != null
        && s.token(k).lower().equals("to") && startsNounPhrase(s, k + 1) && !s.token(k + 1).tag().equals("VB")) {
      // "said to the TV": an addressee
      int end = NounPhrases.endRight(s, k + 1, false);
      if (end > k) {
        object = object != null ? object : new Phrase(s.index(), k + 1, end);
        k = CueAdjuncts.skip(s, end + 1);
      }
    }
    int that = CueAdjuncts.thatBehind(s, k);
    if (that > k) {
      k = that;
    }
    WordToken t = s.tokenOrNull(k);
    if (t == null) {
      return null;
    }
    if (t.isFiniteVerb() && role.opensClause() && cue.entry().part() == CuePart.VERB && gapSubjectStart(s, cue) >= 0) {
      // "a plan which officials said will cost billions": the relative clause's subject is the gap before the cue
      return content(s, k, true, object, ContentIntro.GAP, "gap", entities);
    }
    if (t.word().equals(":") || t.word().equals(",") && QuoteTokens.isQuoteToken(next(s, k))) {
      boolean colon = t.word().equals(":");
      return content(s, k + 1, true, object, colon ? ContentIntro.COLON : ContentIntro.QUOTE, colon ? "colon" : "quote",
          entities);
    }
    if (QuoteTokens.isOpeningToken(t) || t.word().equals("\"") || t.word().equals("``")) {
      return content(s, k, true, object, ContentIntro.QUOTE, "quote", entities);
    }
    if (answers(s, cue, k)) { // "Asked if he was bullied, the candidate said no.": the answer, not the question
      return new Complement(k, k, object, ContentIntro.OBJECT, "answer");
    }
    if (t.lower().equals("that") && !t.tag().equals("DT") || t.lower().equals("that") && startsClause(s, k + 1)) {
      boolean comma = next(s, k) != null && next(s, k).word().equals(","); // "that, while prices fell, wages rose"
      return content(s, comma ? k + 2 : k + 1, true, object, ContentIntro.THAT, "that", entities);
    }
    if (WORDS.is(EMBEDDED_QUESTION_WORD, t.lower()) && (t.tag().startsWith("W") || t.tag().equals("IN"))
        && k + 1 < s.size()) {
      // "told reporters how surprised he was"
      return content(s, k, true, object, ContentIntro.QUESTION, "wh", entities);
    }
    if (t.tag().equals("TO") && next(s, k) != null && next(s, k).tag().equals("VB")) {
      // after a noun the infinitive belongs to its noun phrase: a finite verb after it is the sentence's own
      // ("the mayor's promise to fix the roads angered drivers")
      return content(s, k + 1, cue.entry().part() != CuePart.NOUN, object, ContentIntro.TO, "to", entities);
    }
    if (cue.entry().part() == CuePart.NOUN && t.isVerb() && t.key().equals("be") && k + 1 < s.size()) {
      // "the union's main demand is a pay rise"
      return content(s, k + 1, false, object, ContentIntro.COPULA, "is", entities);
    }
    boolean timeAdjunct = next(s, k) != null && WORDS.is(TIME_WORD, next(s, k).lower()); // "praised X on Monday"
    // "said of the plan", "said in a talk with local reporters": what a plain saying verb is said of or with is no
    // content
    boolean aside = (t.lower().equals("of") || t.lower().equals("with")) && role.opensClause()
        && cue.entry().act() == CueAct.STATEMENT && cue.entry().part() == CuePart.VERB;
    if (WORDS.is(CONTENT_PREPOSITION, t.lower()) && (t.tag().equals("IN") || t.tag().equals("TO")) && !timeAdjunct
        && !aside) {
      if (t.lower().equals("as") && s.token(cue.head()).tag().equals("VBN") && cue.entry().objectRole().opensClause()) {
        return null; // "a deal known as the accord": a name given, not words reported
      }
      if (k + 1 < s.size()) {
        // the object of a preposition is a noun phrase: a verb after it is the sentence's own ("X's endorsement of Y indicates")
        return content(s, k + 1, next(s, k).tag().equals("VBG"), object, prepositionIntro(t), t.lower(), entities);
      }
      return null;
    }
    boolean reducedRelative = inSubjectNounPhrase(s, cue);
    if (reducedRelative && object == null && startsNounPhrase(s, k)) {
      // "a group backing the governor spent ...": the verb after the object is the sentence's own
      return content(s, k, false, null, ContentIntro.OBJECT, "object", entities);
    }
    if (startsClause(s, k)) {
      return content(s, k, true, object, ContentIntro.CLAUSE, "clause", entities);
    }
    if (role.opensClause() && cue.entry().part() == CuePart.VERB && t.tag().equals("VBG")
        && finiteVerbAhead(s, k + 1)) { // "said leaving the party was a mistake": a gerund subject
      return content(s, k, true, object, ContentIntro.CLAUSE, "clause", entities);
    }
    boolean afterCuePreposition = s.token(cue.last()).tag().equals("IN") || s.token(cue.last()).tag().equals("TO");
    if ((role == ObjectRole.CONTENT || afterCuePreposition) && cue.entry().part() == CuePart.VERB
        && t.tag().equals("VBG") && k + 1 < s.size()) {
      // "proposed barring lobbyists", "denied taking bribes", "called for raising the fees"
      return content(s, k, false, null, ContentIntro.OBJECT, "object", entities);
    }
    if (role == ObjectRole.CLAUSE) {
      return null; // "maintains a wide lead": with no verb of its own the noun phrase is a plain object
    }
    if (role == ObjectRole.NONE && cue.entry().part() == CuePart.VERB && startsNounPhrase(s, k) && !startsClause(s, k)
        && acquaintance(s, NounPhrases.endRight(s, k, false) + 1)) {
      return null; // "has known the senator for decades", "knows the mayor personally": a person, not a claim
    }
    if (object == null && startsNounPhrase(s, k) && !(role == ObjectRole.NONE && !setOffSubject && inverted(s, cue))) {
      // after a saying verb a noun phrase opens the reported clause ("said Democrats and the media are to blame")
      boolean clausal = role == ObjectRole.NONE && cue.entry().part() == CuePart.VERB;
      if (clausal && WORDS.is(REFLEXIVE_PRONOUN, t.lower())) {
        return null; // "found himself at the centre of the storm": the subject's state, not a report
      }
      return content(s, k, clausal, null, clausal ? ContentIntro.CLAUSE : ContentIntro.OBJECT,
          clausal ? "clause" : "object", entities);
    }
    if (object != null && role == ObjectRole.TARGET) { // "condemned the attack": the object is what is judged
      return content(s, object.first(), false, null, ContentIntro.OBJECT, "object", entities);
    }
    return null;
  }

  /**
   * A participle cue right after a noun, with no finite verb before it: it modifies the sentence's subject ("voters
   * opposing the plan marched"), so it reports only its object.
   */
  private static boolean inSubjectNounPhrase(TaggedSentence s, CueMatch cue) {
    WordToken before = s.tokenOrNull(cue.first() - 1);
    if (cue.entry().part() != CuePart.VERB || !s.token(cue.head()).tag().equals("VBG") || before == null
        || !before.isNoun()) {
      return false;
    }
    for (int i = 0; i < cue.first(); i++) {
      if (s.token(i).isFiniteVerb()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether what stands at {@code i}, right after a noun phrase with no verb of its own, says how long or how well
   * that person or thing is known rather than going on with a reported clause.
   */
  private static boolean acquaintance(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    if (t == null) {
      return false;
    }
    if (WORDS.is(ACQUAINTANCE_ADVERB, t.lower()) && t.isAdverb()) {
      return true;
    }
    if (t.lower().equals("since")) { // "since 1998", "since the 1970s", "since then"; not "since 2004 has failed"
      WordToken next = s.tokenOrNull(i + 1);
      WordToken year = next != null && next.lower().equals("the") ? s.tokenOrNull(i + 2) : next;
      return year != null && (Character.isDigit(year.word().charAt(0)) || year.lower().equals("then"))
          && !finiteVerbAhead(s, i + 1);
    }
    if (t.lower().equals("for")) {
      for (int j = i + 1; j <= i + 3 && j < s.size(); j++) {
        if (WORDS.is(DURATION_WORD, s.token(j).lower())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the cue's subject starts when it follows a relative word or a noun ("a plan which officials said", "a
   * probe the agency said": the noun before is the subject of the reported clause, which starts right after the
   * cue), or -1.
   */
  public static int gapSubjectStart(TaggedSentence s, CueMatch cue) {
    if (cue.entry().part() != CuePart.VERB || !cue.entry().objectRole().opensClause()) {
      return -1;
    }
    int i = cue.first() - 1;
    while (i >= 0 && (s.token(i).isAdverb() || isAuxiliary(s.token(i)))) {
      i--; // "which critics have long said was"
    }
    if (i < 0 || !(s.token(i).isNoun() || s.token(i).isPronoun())) {
      return -1;
    }
    while (i > 0 && (s.token(i - 1).isNoun() || s.token(i - 1).isAdjective() || s.token(i - 1).tag().equals("CD"))) {
      i--;
    }
    if (i > 0 && (s.token(i - 1).tag().equals("DT") || s.token(i - 1).tag().equals("PRP$"))) {
      i--;
    }
    WordToken before = s.tokenOrNull(i - 1);
    // "praised what several doctors said were signs of progress": a free relative inside the sentence; "What she said was true"
    // at its start is a cleft
    boolean freeRelative = before != null && before.lower().equals("what") && i - 1 > 0
        && !s.token(i - 2).isPunctuation();
    boolean gap = before != null && (WORDS.is(RELATIVE_PRONOUN, before.lower()) && !before.tag().equals("IN")
        || before.isNoun() && !before.isProperNoun() || freeRelative);
    return gap ? i : -1;
  }

  private static boolean isAuxiliary(WordToken t) {
    return t.tag().equals("MD") || t.isFiniteVerb() && (t.key().equals("have") || t.key().equals("do"));
  }

  /**
   * "called the plan “a disaster”", "called it shameful": what is named and its name, up to another verb phrase of
   * the subject.
   */
  private Complement named(TaggedSentence s, int k, EntityIndex entities) {
    WordToken t = s.tokenOrNull(k);
    int object = t != null && t.lower().equals("both") && startsNounPhrase(s, k + 1) ? k + 1 : k; // "both X and Y"
    if (t == null || !startsNounPhrase(s, object) && !QuoteTokens.isQuoteToken(t) && !t.isAdjective()) {
      return null;
    }
    int resume = afterNamingAside(s, object);
    int from = resume > 0 ? resume : k;
    int last = ContentBounds.phraseEnd(s, from, bounds.end(s, from, false, entities), false);
    for (int i = k + 1; i < last; i++) {
      if (opensVerbPhrase(s, i)) {
        last = ContentBounds.trimEnd(s, k, i - 1); // "called it shameful and demanded ...": the naming ends
        break;
      }
    }
    return last < k ? null : new Complement(k, last, null, ContentIntro.NAMED, "named");
  }

  /** "said no", "said yes, over and over", "said so": a saying verb's one-word answer, ending its clause. */
  private static boolean answers(TaggedSentence s, CueMatch cue, int k) {
    WordToken after = s.tokenOrNull(k + 1);
    return cue.entry().act() == CueAct.STATEMENT && cue.entry().part() == CuePart.VERB
        && WORDS.is(ANSWER_WORD, s.token(k).lower()) && (after == null || after.isPunctuation() || after.tag().equals("CC"));
  }

  /**
   * Where the naming goes on after an aside that describes the one named: "called Clinton, [his Democratic
   * presidential challenger,] an ISIS co-founder"; -1 when no such aside follows the object.
   */
  private static int afterNamingAside(TaggedSentence s, int object) {
    int end = startsNounPhrase(s, object) ? NounPhrases.endRight(s, object, false) : -1;
    WordToken comma = end < object ? null : s.tokenOrNull(end + 1);
    int close = comma != null && comma.word().equals(",") ? CueSense.namingAsideEnd(s, end + 1) : -1;
    return close < 0 ? -1 : close + 1;
  }

  /** "and said", ", vowing": a conjunction or comma before a verb, where a new verb phrase of the subject starts. */
  private static boolean opensVerbPhrase(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken after = next(s, i);
    return after != null && (t.tag().equals("CC") && after.isVerb() || t.word().equals(",") && after.tag().equals("VBG"));
  }

  /** "saw the vote as a test": a noun phrase, then "as" and what it is taken for; or {@code null}. */
  private Complement judged(TaggedSentence s, int k, EntityIndex entities) {
    if (!startsNounPhrase(s, k) || startsClause(s, k)) {
      return null;
    }
    int as = skipAdverbs(s, coordinated(s, NounPhrases.endRight(s, k, true)) + 1);
    if (as <= k || as + 1 >= s.size() || !s.token(as).lower().equals("as")) {
      return null;
    }
    return content(s, k, false, null, ContentIntro.JUDGED, "judged", entities);
  }

  /**
   * "knew the mayor", "maintains a lead": a cue that reports only clauses, followed by a noun phrase that opens none.
   * The verb is used in another sense, so it reports neither what follows nor the clause before it.
   */
  public static boolean takesPlainObject(TaggedSentence s, CueMatch cue) {
    int k = skipAdverbs(s, cue.last() + 1);
    return cue.entry().objectRole() == ObjectRole.CLAUSE && startsNounPhrase(s, k) && !startsClause(s, k);
  }

  /**
   * "..., said Hugh Hill": after a comma or quotation, a name after a finite saying verb is its subject, not its
   * object (", saying the talks ..." is no inversion).
   */
  public static boolean inverted(TaggedSentence s, CueMatch cue) {
    WordToken before = s.tokenOrNull(cue.first() - 1);
    boolean afterBreak = before == null || before.word().equals(",") || QuoteTokens.isQuoteToken(before);
    if (!afterBreak || !s.token(cue.head()).isFiniteVerb()) {
      return false;
    }
    // "X, a supporter, said Clinton's acceptance of donations was ...": a noun phrase that runs on is no subject
    int end = NounPhrases.endRight(s, cue.last() + 1, true);
    int next = end < 0 ? -1 : NounPhrases.modifiersEnd(s, end) + 1;
    WordToken after = end < 0 ? null : s.tokenOrNull(next);
    return end < 0 || after == null || after.isPunctuation() || QuoteTokens.isQuoteToken(after)
        || after.tag().equals("WP") // "..., said a city official who asked not to be named"
        || Adjuncts.startsSpeechAdjunct(s, next); // "..., said Mr. Hill in a statement"
  }

  private Complement content(TaggedSentence s, int first, boolean clausal, Phrase object, ContentIntro intro,
      String name, EntityIndex entities) {
    if (first >= s.size()) {
      return null;
    }
    int last = bounds.end(s, first, clausal, entities);
    boolean phrase = intro == ContentIntro.TO || intro == ContentIntro.GAP;
    if (!clausal || phrase) { // "which engineers say is unsafe, will close"
      last = ContentBounds.phraseEnd(s, first, last, phrase);
    }
    if (last < first || onlyPunctuation(s, first, last)) {
      return null;
    }
    return new Complement(first, last, object, intro, name);
  }

  /** "To" and "as" each have behaviour of their own; the other prepositions introduce alike. */
  private static ContentIntro prepositionIntro(WordToken t) {
    return switch (t.lower()) {
      case "to" -> ContentIntro.TO;
      case "as" -> ContentIntro.AS;
      default -> ContentIntro.PREPOSITION;
    };
  }

  private static boolean onlyPunctuation(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (!s.token(i).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  /** A finite verb within a few words, before any clause break: the gerund phrase is a subject. */
  private static boolean finiteVerbAhead(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + MAX_ADJUNCT_WORDS; i++) {
      WordToken t = s.token(i);
      if (t.isFiniteVerb()) {
        return true;
      }
      boolean determiner = t.lower().equals("that") && t.tag().equals("DT") && next(s, i) != null
          && next(s, i).isNoun(); // "cutting that fee would be ...": "that" of a noun, no clause
      if (t.isPunctuation() || t.lower().equals("that") && !determiner || t.tag().startsWith("W")) {
        return false;
      }
    }
    return false;
  }

  private static WordToken next(TaggedSentence s, int k) {
    return s.tokenOrNull(k + 1);
  }

  private static int skipAdverbs(TaggedSentence s, int k) {
    while (k < s.size() && (s.token(k).isAdverb() && !s.token(k).lower().equals("so")
        && !NounPhrases.existentialThere(s, k) || s.token(k).tag().equals("RP"))) {
      k++;
    }
    return k;
  }

  /** "Azerbaijan and Armenia": the end of a noun phrase, taking in one coordinated noun phrase. */
  private static int coordinated(TaggedSentence s, int end) {
    WordToken and = s.tokenOrNull(end + 1);
    if (end >= 0 && and != null && WORDS.is(LIST_CONJUNCTION, and.lower())
        && startsNounPhrase(s, end + 2) && !startsClause(s, end + 2)) {
      int second = NounPhrases.endRight(s, end + 2, false);
      return second > end ? second : end;
    }
    return end;
  }

  /** Whether a noun phrase starts at token {@code k}: "the deal", "most of them", "rising costs". */
  public static boolean startsNounPhrase(TaggedSentence s, int k) {
    WordToken t = s.tokenOrNull(k);
    WordToken after = s.tokenOrNull(k + 1);
    boolean participleModifier = t != null && (t.tag().equals("VBG") || t.tag().equals("VBN")) && after != null
        && (after.isNoun() || after.isAdjective()); // "cited rising costs", "rejected proposed Israeli changes"
    return t != null && (NounPhrases.inside(t) || t.isPronoun() || NounPhrases.existentialThere(s, k) || participleModifier
        || NounPhrases.quantifierLength(s, k) > 0 || NounPhrases.compoundPart(s, k))
        && !t.tag().equals("POS");
  }

  /**
   * The last token of the people a verb of telling addresses when a past participle phrase describes them, not a
   * clause ("told 2,000 people gathered at the university", "told supporters seated in the hall"): a regular
   * participle ("-ed") right after a person or a name, then a preposition; -1 otherwise ("told reporters prices
   * jumped in May" has no person before "jumped").
   */
  private static int addresseeWithParticiple(TaggedSentence s, CueMatch cue, int k) {
    if (!tells(cue) || cue.entry().part() != CuePart.VERB || !startsNounPhrase(s, k)) {
      return -1;
    }
    int end = NounPhrases.endRight(s, k, false);
    WordToken participle = s.tokenOrNull(end + 1);
    WordToken preposition = s.tokenOrNull(end + 2);
    if (end < k || participle == null || preposition == null || !participle.lower().endsWith("ed")
        || !participle.tag().equals("VBD") && !participle.tag().equals("VBN") || !preposition.tag().equals("IN")
        || preposition.lower().equals("that")) {
      return -1;
    }
    WordToken head = s.token(end);
    // one name or one noun of people: "told reporters Smith resigned in May", "told reporters protesters gathered in
    // the square" tell reporters a clause
    boolean people = head.isProperNoun()
        ? s.tokens().subList(k, end + 1).stream().allMatch(t -> t.isProperNoun() || t.tag().equals("DT"))
        : isPerson(head) && s.tokens().subList(k, end).stream().noneMatch(WordToken::isNoun);
    return people ? end : -1;
  }

  /** A cue that tells someone something: "told", "informed", "assured". */
  private static boolean tells(CueMatch cue) {
    return cue.entry().objectRole() == ObjectRole.ADDRESSEE && cue.entry().act() == CueAct.STATEMENT;
  }

  /** A name, or a noun that denotes people ("reporters", "supporters"). */
  private static boolean isPerson(WordToken t) {
    return t.isProperNoun() || t.isNoun() && AnimateNouns.standard().contains(t.lower());
  }

  /**
   * The last token of the person or name a verb of telling addresses when the clause told follows with no "that" and
   * opens with an article, which the noun phrase reader runs on into ("told reporters the plan was dead", "told host
   * Sean Hannity a loss is likely"); -1 otherwise. An inanimate noun before the article heads a relative clause
   * instead ("things the agency is doing").
   */
  private static int addresseeBeforeClause(TaggedSentence s, CueMatch cue, int k) {
    if (!tells(cue)) {
      return -1;
    }
    int end = NounPhrases.endRight(s, k, false);
    for (int i = k + 1; i <= end; i++) {
      if (WORDS.is(ARTICLE, s.token(i).lower()) && isPerson(s.token(i - 1)) && startsClause(s, i)) {
        return i - 1;
      }
    }
    return -1;
  }

  /** A noun phrase followed by a finite verb: "the rebels hide", "Democrats and the media are", "talks would". */
  public static boolean startsClause(TaggedSentence s, int k) {
    WordToken of = s.tokenOrNull(k + 1);
    if (s.tokenOrNull(k) != null && WORDS.is(PARTITIVE_QUANTIFIER, s.token(k).lower()) && of != null
        && of.lower().equals("of")) {
      return startsClause(s, k + 2); // "feared most of it was lost": the verb agrees past the of-phrase
    }
    if (!startsNounPhrase(s, k)) {
      return false;
    }
    int end = NounPhrases.endRight(s, k, true);
    if (end < k) {
      return false;
    }
    WordToken and = s.tokenOrNull(end + 1);
    if (and != null && WORDS.is(LIST_CONJUNCTION, and.lower()) && startsNounPhrase(s, end + 2)) {
      int second = NounPhrases.endRight(s, end + 2, true);
      end = second > end ? second : end;
    }
    WordToken preposition = s.tokenOrNull(end + 1);
    if (preposition != null && preposition.tag().equals("IN")
        && WORDS.is(NOUN_MODIFYING_PREPOSITION, preposition.lower())
        && startsNounPhrase(s, end + 2)) { // "his plan for the city makes ...": the subject's own phrase
      int object = NounPhrases.endRight(s, end + 2, true);
      end = object > end ? object : end;
    }
    int verb = end + 1;
    while (verb < s.size() && s.token(verb).isAdverb()) {
      verb++;
    }
    WordToken v = s.tokenOrNull(verb);
    return v != null && v.isFiniteVerb();
  }
}
