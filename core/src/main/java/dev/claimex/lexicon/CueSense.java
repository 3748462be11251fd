package dev.claimex.lexicon;

import static dev.claimex.models.WordClass.ACCOUNTS_MODIFIER;
import static dev.claimex.models.WordClass.ADMITTED_PERSON;
import static dev.claimex.models.WordClass.ADMITTING_VERB;
import static dev.claimex.models.WordClass.ARMED_ACT_VERB;
import static dev.claimex.models.WordClass.ASSERTING_VERB;
import static dev.claimex.models.WordClass.AUTHORITY_NOUN;
import static dev.claimex.models.WordClass.AUTOGRAPH_VERB;
import static dev.claimex.models.WordClass.BALLOT_NOUN;
import static dev.claimex.models.WordClass.CHARGING_VERB;
import static dev.claimex.models.WordClass.COMMEMORATED;
import static dev.claimex.models.WordClass.COMMEMORATING_VERB;
import static dev.claimex.models.WordClass.COMMODITY_NOUN;
import static dev.claimex.models.WordClass.COMPETING_VERB;
import static dev.claimex.models.WordClass.COMPLAINING_VERB;
import static dev.claimex.models.WordClass.CURSING_VERB;
import static dev.claimex.models.WordClass.CUSTOMS_DECLARING_VERB;
import static dev.claimex.models.WordClass.DECLARED_GOODS;
import static dev.claimex.models.WordClass.DISMISSAL_VERB;
import static dev.claimex.models.WordClass.DISTANCE_NOUN;
import static dev.claimex.models.WordClass.FINANCIAL_RESULT;
import static dev.claimex.models.WordClass.HELD_PERSON;
import static dev.claimex.models.WordClass.MARKET_NOUN_CUE;
import static dev.claimex.models.WordClass.OBJECT_PRONOUN;
import static dev.claimex.models.WordClass.OBSERVED_RULE;
import static dev.claimex.models.WordClass.OBSERVING_VERB;
import static dev.claimex.models.WordClass.OFFSPRING_NOUN;
import static dev.claimex.models.WordClass.OPERATED_THING;
import static dev.claimex.models.WordClass.OPERATING_VERB;
import static dev.claimex.models.WordClass.PHONING_VERB;
import static dev.claimex.models.WordClass.PHYSICAL_TARGET;
import static dev.claimex.models.WordClass.THOUGHT_WORD;
import static dev.claimex.models.WordClass.POST_HOLDER;
import static dev.claimex.models.WordClass.PREGNANCY_VERB;
import static dev.claimex.models.WordClass.PROJECTED_IMAGE;
import static dev.claimex.models.WordClass.PROJECTING_VERB;
import static dev.claimex.models.WordClass.PUNISHMENT_NOUN;
import static dev.claimex.models.WordClass.QUESTIONING_VERB;
import static dev.claimex.models.WordClass.RECOUNT_VERB;
import static dev.claimex.models.WordClass.RESULT_POSTING_VERB;
import static dev.claimex.models.WordClass.RETRACING_VERB;
import static dev.claimex.models.WordClass.SCORE_NOUN;
import static dev.claimex.models.WordClass.SCORING_VERB;
import static dev.claimex.models.WordClass.SENTENCING_VERB;
import static dev.claimex.models.WordClass.SIGNED_KEEPSAKE;
import static dev.claimex.models.WordClass.SKILL_VERB;
import static dev.claimex.models.WordClass.SYMPTOM_NOUN;
import static dev.claimex.models.WordClass.TRANSPLANT_NOUN;
import static dev.claimex.models.WordClass.TRANSPLANT_REJECTION_CUE;
import static dev.claimex.models.WordClass.WEAPON_NOUN;

import dev.claimex.models.WordClass;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.List;
import java.util.Set;

/**
 * Whether a cue word is used here in a sense that reports nothing, told by what it governs: "Rebels attacked an army
 * convoy" (weapons, not words), "backed the lorry into a wall", "turned down the heating", "conceded two goals",
 * "is expecting her second child", "Police questioned two suspects", "recounted the ballots", "the body rejected the
 * new kidney", "Europe's demand for gas", "condemned the two men to death", "called the governor on Sunday night"
 * (a telephone call), "dismissed its coach", "admitted forty patients", "posted a record loss", "observe the speed
 * limit", "contending for the title", "learned to live with drought", "projected images onto a wall", "swore at the
 * referee", "complained of chest pain", "remember the victims", "charged the crowd with batons", "backtrack two
 * kilometres", "declare any cash", "asserted his authority", "signed the book of condolence", "financial
 * statements". Such a word is no cue: it makes neither an attribution nor a claim.
 *
 * <pre>{@code
 * CueSense.reportsNothing(sentence, match);   // "Soldiers defended the bridge" -> true
 * }</pre>
 */
public final class CueSense {

  private static final WordClasses WORDS = WordClasses.standard();
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "NN",
      "NNS", "NNP", "NNPS", "POS");
  /** A verb cue and the class of object that takes it out of speech: the object alone decides the sense. */
  private static final List<WordClass[]> VERB_OBJECTS = List.of(
      new WordClass[] {ARMED_ACT_VERB, PHYSICAL_TARGET},
      new WordClass[] {OPERATING_VERB, OPERATED_THING},
      new WordClass[] {SCORING_VERB, SCORE_NOUN},
      new WordClass[] {PREGNANCY_VERB, OFFSPRING_NOUN},
      new WordClass[] {QUESTIONING_VERB, HELD_PERSON},
      new WordClass[] {RECOUNT_VERB, BALLOT_NOUN},
      new WordClass[] {TRANSPLANT_REJECTION_CUE, TRANSPLANT_NOUN},
      new WordClass[] {DISMISSAL_VERB, POST_HOLDER},
      new WordClass[] {ADMITTING_VERB, ADMITTED_PERSON},
      new WordClass[] {RESULT_POSTING_VERB, FINANCIAL_RESULT},
      new WordClass[] {OBSERVING_VERB, OBSERVED_RULE},
      new WordClass[] {PROJECTING_VERB, PROJECTED_IMAGE},
      new WordClass[] {COMMEMORATING_VERB, COMMEMORATED},
      new WordClass[] {CHARGING_VERB, WEAPON_NOUN}, // "charged the crowd with batons": the object after the cue's "with"
      new WordClass[] {RETRACING_VERB, DISTANCE_NOUN},
      new WordClass[] {CUSTOMS_DECLARING_VERB, DECLARED_GOODS},
      new WordClass[] {ASSERTING_VERB, AUTHORITY_NOUN},
      new WordClass[] {AUTOGRAPH_VERB, SIGNED_KEEPSAKE});

  private CueSense() {}

  /** Whether {@code cue} is, here, a word in another sense than the one its lexicon row reports. */
  static boolean reportsNothing(TaggedSentence s, CueMatch cue) {
    String lemma = s.token(cue.first()).key();
    int after = cue.last() + 1;
    if (motive(s, cue)) {
      return true;
    }
    if (s.token(cue.head()).isNoun()) {
      WordToken before = s.tokenOrNull(cue.first() - 1);
      if (before != null && WORDS.is(ACCOUNTS_MODIFIER, before.lower()) && cue.entry().act() == CueAct.STATEMENT) {
        return true; // "the company's financial statements", "a bank statement": records of accounts, not words
      }
      WordToken next = s.tokenOrNull(after);
      if (next == null || !(next.lower().equals("of") || next.lower().equals("for"))) {
        return false;
      }
      int head = head(s, after + 1);
      if (head < 0) {
        return false;
      }
      String object = s.token(head).key();
      // "the patient's rejection of the donor kidney"; "Europe's demand for gas", "an order for 30 new jets"
      return WORDS.is(TRANSPLANT_REJECTION_CUE, lemma) && WORDS.is(TRANSPLANT_NOUN, object)
          || next.lower().equals("for") && WORDS.is(MARKET_NOUN_CUE, lemma) && WORDS.is(COMMODITY_NOUN, object);
    }
    WordToken next = s.tokenOrNull(after);
    if (next != null && (WORDS.is(COMPETING_VERB, lemma) && next.lower().equals("for")
        || WORDS.is(CURSING_VERB, lemma) && next.lower().equals("at")
        || WORDS.is(COMPLAINING_VERB, lemma) && next.lower().equals("of") && head(s, after + 1) >= 0
            && WORDS.is(SYMPTOM_NOUN, s.token(head(s, after + 1)).key())
        || WORDS.is(SKILL_VERB, lemma) && next.lower().equals("to") && s.tokenOrNull(after + 1) != null
            && s.token(after + 1).tag().equals("VB"))) {
      return true; // "contending for the title", "swore at the referee", "complained of chest pain", "learned to live"
    }
    int head = head(s, after);
    if (head < 0) {
      return false;
    }
    String object = s.token(head).key();
    if (WORDS.is(SENTENCING_VERB, lemma)) {
      return sentenced(s, head); // "condemned the two men to death"
    }
    if (WORDS.is(PHONING_VERB, lemma) && cue.length() == 1 && !namesNoun(s, cue) && phoned(s, head)) {
      return true;
    }
    if (opensComplement(s.tokenOrNull(head + 1), WORDS.is(PREGNANCY_VERB, lemma))) {
      return false; // "defended the bridge as vital", "admitted the patients had waited", "expect the child to recover"
    }
    for (WordClass[] pair : VERB_OBJECTS) {
      if (WORDS.is(pair[0], lemma) && WORDS.is(pair[1], object)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Knowing that the vote was close, she ...", "Fearing a flood, officials ...": a participle of thought that opens
   * the sentence gives the main clause's motive; nobody reports it.
   */
  private static boolean motive(TaggedSentence s, CueMatch cue) {
    int first = 0;
    while (first < s.size() && (s.token(first).isPunctuation() || s.token(first).isAdverb())) {
      first++;
    }
    WordToken head = s.token(cue.head());
    return cue.first() == first && head.tag().equals("VBG") && WORDS.is(THOUGHT_WORD, head.key());
  }

  /** "condemned the two men to death", "to 20 years in prison": a punishment, not a judgement of words or deeds. */
  private static boolean sentenced(TaggedSentence s, int head) {
    WordToken to = s.tokenOrNull(head + 1);
    if (to == null || !to.lower().equals("to")) {
      return false;
    }
    int punishment = head(s, head + 2);
    return punishment >= 0 && WORDS.is(PUNISHMENT_NOUN, s.token(punishment).key());
  }

  /**
   * "called the governor on Sunday night": a person called, with no name given after (only adjuncts to the end of
   * the clause), is a telephone call; "called the governor a coward", "called him “a liar”" name him, and "called
   * the delegates to the stage" speaks to them.
   */
  private static boolean phoned(TaggedSentence s, int head) {
    WordToken person = s.token(head);
    boolean isPerson = person.isPronoun() ? WORDS.is(OBJECT_PRONOUN, person.lower())
        : person.tag().equals("NNP") || AnimateNouns.standard().contains(person.lower());
    if (!isPerson) {
      return false;
    }
    int k = head + 1;
    while (k < s.size()) {
      WordToken t = s.token(k);
      if (t.tag().equals("IN") || t.lower().equals("to")) {
        WordToken next = s.tokenOrNull(k + 1);
        if (t.lower().equals("to")) {
          // "called the governor to ask for help" phones; "called the delegates to the stage" summons them aloud
          return next != null && next.tag().equals("VB");
        }
        int end = head(s, k + 1);
        if (end < 0) {
          return false;
        }
        k = end + 1;
      } else if (t.isAdverb()) {
        k++;
      } else if (t.lower().equals("and") && head(s, k + 1) > k) {
        k = head(s, k + 1) + 1; // "called Trump and Clinton “crazy”": both are named
      } else if (t.word().equals(",") && namingAsideEnd(s, k) > k) {
        k = namingAsideEnd(s, k) + 1; // "called Clinton, his rival, a liar": the naming goes on after the aside
      } else {
        return t.tag().equals("CC") || t.isPunctuation() && !t.isQuoteMark();
      }
    }
    return true;
  }

  /** Longest aside set off by commas after the one named: "Clinton, his Democratic presidential challenger,". */
  private static final int MAX_NAMING_ASIDE = 8;

  /**
   * The closing comma of a short noun phrase set off by commas from {@code comma} after the one named, when the name
   * given follows it: a noun phrase, an adjective or a quotation ("called Clinton, his rival, a liar", "called Ruiz,
   * the mayor, “weak”"); -1 otherwise ("called the governor, who was in Ohio", "called Ruiz, his rival" at the end).
   */
  public static int namingAsideEnd(TaggedSentence s, int comma) {
    int end = head(s, comma + 1);
    WordToken close = end < 0 ? null : s.tokenOrNull(end + 1);
    WordToken after = close == null ? null : s.tokenOrNull(end + 2);
    boolean named = after != null && (head(s, end + 2) > 0 || after.isQuoteMark() || after.isAdjective());
    return named && end - comma <= MAX_NAMING_ASIDE && close.word().equals(",") ? end + 1 : -1;
  }

  /** "a group called Lashkar": a participle after a noun gives the noun its name. */
  private static boolean namesNoun(TaggedSentence s, CueMatch cue) {
    WordToken before = s.tokenOrNull(cue.first() - 1);
    return s.token(cue.first()).tag().equals("VBN") && before != null && before.isNoun();
  }

  /**
   * A word after the object that goes on to say something of it: "as", a verb, a quotation; "to" after a verb of
   * forecast ("expect the child to recover"), where after others it only says what for ("turned down the heating to
   * save money").
   */
  private static boolean opensComplement(WordToken next, boolean forecast) {
    return next != null && (next.lower().equals("as") || forecast && next.lower().equals("to")
        || next.tag().equals("MD") || next.isVerb() || next.isQuoteMark());
  }

  /**
   * The head noun (or object pronoun) of the noun phrase that starts at {@code i}: its last noun ("an army convoy",
   * "her second child"); -1 when none starts there.
   */
  private static int head(TaggedSentence s, int i) {
    if (i >= s.size()) {
      return -1;
    }
    if (s.token(i).isPronoun()) {
      return s.token(i).tag().equals("PRP") ? i : -1;
    }
    int head = -1;
    boolean open = true; // before the first noun, or after a possessive: modifiers still come
    for (int j = i; j < s.size() && NOUN_PHRASE_TAGS.contains(s.token(j).tag()); j++) {
      WordToken t = s.token(j);
      if (t.isNoun()) {
        head = j;
        open = false;
      } else if (t.tag().equals("POS")) {
        open = true; // "the airline's new jets"
      } else if (!open) {
        break; // "the driver two days later" is no one noun phrase
      }
    }
    return head;
  }
}
