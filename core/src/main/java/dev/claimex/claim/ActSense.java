package dev.claimex.claim;

import static dev.claimex.models.WordClass.SHARE_WORD;
import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.BLAME_VERB;
import static dev.claimex.models.WordClass.CLAUSE_COORDINATOR;
import static dev.claimex.models.WordClass.DIRECTIVE_MODAL;
import static dev.claimex.models.WordClass.FACT_OR_DEMAND_VERB;
import static dev.claimex.models.WordClass.FAILURE_WORD;
import static dev.claimex.models.WordClass.FEAR_VERB;
import static dev.claimex.models.WordClass.FRONTED_CLAUSE_OPENER;
import static dev.claimex.models.WordClass.NEGATION;
import static dev.claimex.models.WordClass.NON_SPECIFIC_WORD;
import static dev.claimex.models.WordClass.NOUN_QUESTION_WORD;
import static dev.claimex.models.WordClass.OBJECT_PRONOUN;
import static dev.claimex.models.WordClass.OFFERED_WORDS;
import static dev.claimex.models.WordClass.OFFER_VERB;
import static dev.claimex.models.WordClass.REQUEST_COMPLEMENT;
import static dev.claimex.models.WordClass.INDEFINITE_ARTICLE;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;
import static dev.claimex.models.WordClass.REQUEST_FOR_ACT_VERB;
import static dev.claimex.models.WordClass.REQUIREMENT_VERB;
import static dev.claimex.models.WordClass.RETREAT_PARTICLE;
import static dev.claimex.models.WordClass.TAKEN_THING;
import static dev.claimex.models.WordClass.WILLINGNESS_ADJECTIVE;
import static dev.claimex.models.WordClass.WITHHELD_SPEECH_VERB;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.CuePart;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.ContentReading;
import dev.claimex.quote.Report;
import dev.claimex.syntax.ShallowSyntax;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Whether a typed cue names, here, the act its type says, or only the word does: "insisted that his party was the
 * strongest" asserts a fact (no demand), "asked a bear" and "appeal to moderate voters" ask for no act, "pastors
 * supporting the senator" describes supporters, "refused to speculate" withholds words, "blamed the drought" blames no one, "fears God" warns of nothing,
 * "asking the mayor to urge ..." asks for an urging that has not happened, "Do you support her?" is a question,
 * "is ready to move on" offers nothing to anyone. Such
 * a report stays an attribution, as a plain statement.
 *
 * <pre>{@code
 * ActSense sense = new ActSense(AnimateNouns.load());
 * if (sense.namesNoAct(sentence, frame, ClaimType.DEMAND, frames)) type = ClaimType.STATEMENT;
 * }</pre>
 */
final class ActSense {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How far into a content its first verb is looked for ("that [the party's new leader] was ..."). */
  private static final int SUBJECT_REACH = 12;
  /** How far into a content the act a request asks for is looked for. */
  private static final int REQUEST_REACH = 16;
  /** How far after "offered" the head of what is offered is looked for ("offered some pointed advice"). */
  private static final int OFFERED_REACH = 4;
  private static final Set<ClaimType> DIRECTIVE_TYPES = Set.of(ClaimType.APPEAL, ClaimType.DEMAND);

  private final AnimateNouns animate;

  ActSense(AnimateNouns animate) {
    this.animate = animate;
  }

  /** Whether the claim of {@code frame}, typed {@code type}, reports no act of that type; {@code frames} are its sentence's. */
  boolean namesNoAct(TaggedSentence s, Report frame, ClaimType type, ImmutableList<Report> frames) {
    if (frame.cue() == null || type == ClaimType.STATEMENT) {
      return false;
    }
    if (asksInQuestion(s, frame) || possibleForAnyone(s, frame) || actedUpon(frame, frames)) {
      return true;
    }
    String cue = s.token(frame.cue().head()).key();
    return switch (type) {
      case DEMAND -> WORDS.is(FACT_OR_DEMAND_VERB, cue) && assertsFact(s, frame) || nested(s, frame, frames)
          || WORDS.is(REQUIREMENT_VERB, cue) && frame.intro() != ContentIntro.TO; // "debates require patience"
      case APPEAL -> WORDS.is(REQUEST_FOR_ACT_VERB, cue) && !asksForAct(s, frame) || nested(s, frame, frames)
          || kindOfThing(s, frame);
      case SUPPORT -> describesSupporter(s, frame) || sortsGroup(s, frame) || retreats(s, frame);
      case PROMISE -> offersWords(s, frame) || WORDS.is(WILLINGNESS_ADJECTIVE, s.token(frame.cue().head()).lower())
          && !ContentReading.offersAct(s, frame.cue().head(), s.size() - 1);
      case ACCUSATION -> WORDS.is(BLAME_VERB, cue) && blamesThing(s, frame);
      case WARNING -> WORDS.is(FEAR_VERB, cue) && fearsParty(s, frame);
      case REJECTION -> WORDS.is(FAILURE_WORD, cue) && withholdsWords(s, frame) || sortsGroup(s, frame)
          || changesByAmount(s, frame);
      case AGREEMENT -> takesThing(s, frame);
      default -> false;
    };
  }

  /**
   * "the rating has declined slightly from 58 percent", "sales declined 3 percent": a verb followed by an amount
   * (a number, after a preposition or not) tells how much something changed, not that anyone refused.
   */
  private static boolean changesByAmount(TaggedSentence s, Report frame) {
    int k = frame.cue().last() + 1;
    while (k < s.size() && s.token(k).isAdverb()) {
      k++;
    }
    boolean preposition = k < s.size() && (s.token(k).tag().equals("IN") || s.token(k).tag().equals("TO"));
    k += preposition ? 1 : 0;
    while (k < s.size() && s.token(k).tag().equals("$")) {
      k++;
    }
    boolean amount = k < s.size() && s.token(k).tag().equals("CD")
        && (preposition || k + 1 < s.size() && WORDS.is(SHARE_WORD, s.token(k + 1).lower())); // not "rejected 3 bids"
    return amount && s.token(frame.cue().head()).isVerb();
  }

  /**
   * "made 150 phone calls to pastors", "a conference call", "the court appeal": a noun of appeal after a common noun
   * that modifies it names a kind of thing, not anyone's appeal ("the union's call for a strike" has no such noun).
   */
  private static boolean kindOfThing(TaggedSentence s, Report frame) {
    int head = frame.cue().head();
    WordToken modifier = s.tokenOrNull(head - 1);
    return s.token(head).isNoun() && modifier != null && (modifier.tag().equals("NN") || modifier.tag().equals("NNS"))
        && !modifier.isCapitalized();
  }

  /**
   * "insisted that his party was still the strongest", "insisted his position will be strongest": the content's
   * first verb states a fact (a past or present tense, or "will"), where a demand's is a subjunctive or "must" ("insisted
   * that wages be raised", "insisted the army must leave").
   */
  private static boolean assertsFact(TaggedSentence s, Report frame) {
    if (frame.intro() == ContentIntro.TO || frame.intro() == ContentIntro.PREPOSITION) {
      return false; // "insisted on a recount"
    }
    return firstVerbStatesFact(s, frame, true);
  }

  /**
   * Whether the first verb of the content's first clause states a fact: a past or present tense ("was", "has"), or,
   * when {@code modalFact}, a modal other than "must" or "should" ("will be strongest").
   */
  private static boolean firstVerbStatesFact(TaggedSentence s, Report frame, boolean modalFact) {
    int first = firstToken(s, frame.content());
    if (first < 0 || s.token(first).lower().equals("on")) {
      return false;
    }
    if (WORDS.is(FRONTED_CLAUSE_OPENER, s.token(first).lower())) {
      // "Whether they know it or not, she is accessible": the main clause starts after the comma
      while (first < s.size() && s.token(first).end() <= frame.content().end() && !s.token(first).word().equals(",")) {
        first++;
      }
    }
    for (int i = first + 1; i < s.size() && i < first + SUBJECT_REACH && s.token(i).end() <= frame.content().end(); i++) {
      WordToken t = s.token(i);
      if (t.tag().equals("MD")) {
        return modalFact && !WORDS.is(DIRECTIVE_MODAL, t.lower());
      }
      if (t.isVerb()) {
        // a subjunctive is a base form; "they are", "they have" are plain present tenses
        return t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP") && WORDS.is(AUXILIARY, t.key());
      }
    }
    return false;
  }

  /**
   * Whether an agreement agrees that something is so ("analysts agreed it was a top-heavy plan", "accept that the
   * climate is changing"): a view shared, no deal; "agreed that they would exchange prisoners" is one.
   */
  static boolean agreesWithFact(TaggedSentence s, Report frame) {
    return frame.cue() != null && (frame.intro() == ContentIntro.THAT || frame.intro() == ContentIntro.CLAUSE)
        && firstVerbStatesFact(s, frame, false);
  }

  /**
   * "accepted 10,000 refugees", "accepting his donations", "accepted the award": taking in people, money or an
   * honour agrees to nothing; "accepted the offer" does.
   */
  private boolean takesThing(TaggedSentence s, Report frame) {
    int first = frame.cue().last() + 1;
    int end = objectEnd(s, frame);
    if (end < 0) {
      return false;
    }
    WordToken head = s.token(end);
    WordToken after = s.tokenOrNull(end + 1);
    if (after != null && (after.isVerb() || after.tag().equals("MD"))) {
      return false; // "agree the top 1 percent would gain": the phrase opens a clause
    }
    boolean counted = false;
    for (int i = first; i <= end; i++) {
      counted |= s.token(i).tag().equals("CD") || s.token(i).word().equals("$");
    }
    return head.isNoun() && !head.isProperNoun()
        && (counted || animate.contains(head.lower()) || WORDS.is(TAKEN_THING, head.lower()));
  }

  /**
   * An appeal asks for an act: "to" and a verb ("asked them to leave"), "for" ("asked for help") or "that"
   * ("asked that the plant be closed"). "asked our readers their thoughts", "you'll have to ask a bear", "appeal to
   * moderate delegates" ask for none.
   */
  private static boolean asksForAct(TaggedSentence s, Report frame) {
    int first = firstToken(s, frame.content());
    if (first < 0 || first <= frame.cue().last()) {
      return frame.quote() != null; // a quoted request: “Stay indoors,” the mayor asked
    }
    if (frame.quote() != null && frame.quote().overlaps(frame.content())) {
      return true;
    }
    // the request may follow an addressee set off by commas: "asked Holt, the moderator, to check the facts"
    for (int i = first - 1; i < s.size() && i < first + REQUEST_REACH && s.token(i).end() <= frame.content().end(); i++) {
      WordToken t = s.token(i);
      if (i >= first && (t.isFiniteVerb() || WORDS.is(CLAUSE_COORDINATOR, t.lower()))) {
        return false; // "the question nobody asked was ...", "appeal to voters and to show ...": no request
      }
      WordToken next = s.tokenOrNull(i + 1);
      while (next != null && next.isAdverb()) {
        next = s.tokenOrNull(next.index() + 1);
      }
      if (WORDS.is(REQUEST_COMPLEMENT, t.lower()) && next != null) {
        boolean to = t.lower().equals("to");
        if (to ? next.tag().equals("VB") : !WORDS.is(NOUN_QUESTION_WORD, next.lower())) {
          return true; // "to leave", "for help", "that the plant be closed"; not "for who exactly?"
        }
      }
    }
    return false;
  }


  /**
   * "recruit pastors supporting the senator", "volunteers backing the mayor": a participle that describes its noun
   * names supporters, not an act of support.
   */
  private static boolean describesSupporter(TaggedSentence s, Report frame) {
    int head = frame.cue().head();
    WordToken before = s.tokenOrNull(head - 1);
    return s.token(head).tag().equals("VBG") && before != null && before.isNoun();
  }

  /**
   * "a number of cities that support the rules", "donors and groups that oppose the plan": a relative clause that
   * sorts an indefinite plural names a kind of supporter or opponent, as "pastors supporting the senator" does, not
   * an act of anyone's; "the cities that support the rules" and "Smith, who supports the rules" still report one.
   */
  private static boolean sortsGroup(TaggedSentence s, Report frame) {
    int k = frame.cue().first() - 1;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--;
    }
    if (k < 1 || !WORDS.is(RELATIVE_PRONOUN, s.token(k).lower()) || !s.token(k - 1).tag().equals("NNS")) {
      return false;
    }
    int start = NounPhrases.startLeft(s, k - 1);
    WordToken first = start < 0 ? null : s.token(start);
    return first != null && !first.isProperNoun() && !first.tag().equals("PRP$")
        && !(first.tag().equals("DT") && !WORDS.is(INDEFINITE_ARTICLE, first.lower()));
  }

  /**
   * "backed away from the plan", "backed down", "backed off": the phrasal verbs of retreat withdraw support, they
   * give none ("backed up the claim" still supports).
   */
  private static boolean retreats(TaggedSentence s, Report frame) {
    WordToken next = s.tokenOrNull(frame.cue().last() + 1);
    return next != null && WORDS.is(RETREAT_PARTICLE, next.lower());
  }

  /**
   * "offered some pointed advice", "offered insights into his approach": offering words or views is speaking, not a
   * commitment to do anything for anyone; "offered to host the talks", "offered aid" still promise.
   */
  private static boolean offersWords(TaggedSentence s, Report frame) {
    if (!WORDS.is(OFFER_VERB, s.token(frame.cue().head()).key())) {
      return false;
    }
    for (int i = frame.cue().last() + 1; i < s.size() && i <= frame.cue().last() + OFFERED_REACH; i++) {
      WordToken t = s.token(i);
      int recipientEnd = t.isNoun() ? recipientEnd(s, i) : -1;
      if (recipientEnd >= i) {
        i = recipientEnd; // "offered Trump a platform", "offering parents of color hope": whom it is offered
        continue;
      }
      if (t.isNoun()) {
        return WORDS.is(OFFERED_WORDS, t.key()) && !(s.tokenOrNull(i + 1) != null && s.token(i + 1).isNoun());
      }
      if (t.isVerb() || t.tag().equals("TO") || t.isPunctuation()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The last token of the first object of a verb that takes two when another noun phrase follows it: a name or a
   * noun for people ("Trump", "parents of color") before what is given; -1 otherwise.
   */
  private static int recipientEnd(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    if (!(t.isProperNoun() || AnimateNouns.standard().contains(t.lower()))) {
      return -1;
    }
    int end = i;
    while (t.isProperNoun() && s.tokenOrNull(end + 1) != null && s.token(end + 1).isProperNoun()) {
      end++; // "Ann Ruiz"
    }
    if (s.tokenOrNull(end + 1) != null && s.token(end + 1).lower().equals("of")) {
      end = Math.max(end, NounPhrases.endRight(s, end + 2, false)); // "parents of color"
    }
    WordToken next = s.tokenOrNull(end + 1);
    return next != null && (next.isNoun() || next.isAdjective() || next.tag().equals("DT")) ? end : -1;
  }

  /**
   * "blamed the tumble in oil prices", "blamed the weather for the delays": blaming a thing, not a party, is a
   * statement; "blamed the failure on the allies" names the wrong and then its target.
   */
  private boolean blamesThing(TaggedSentence s, Report frame) {
    WordToken head = null;
    boolean of = false;
    int i = frame.cue().last() + 1;
    for (; i < s.size(); i++) {
      WordToken t = s.token(i);
      if (t.isNoun() || t.isPronoun()) {
        head = of ? head : t; // "the fog of war": the head comes before "of"
      } else if (t.lower().equals("of")) {
        of = true;
      } else if (!(t.tag().equals("DT") || t.tag().equals("PRP$") || t.isAdjective() || t.isQuoteMark())) {
        break;
      }
    }
    if (head == null) {
      return false;
    }
    WordToken next = s.tokenOrNull(i + 1);
    if (i < s.size() && (s.token(i).lower().equals("on") || s.token(i).lower().equals("in") && next != null
        && next.tag().equals("VBG"))) {
      return false; // "blamed the failure on the allies", "blames part of the failure in placing faith in ...": the
                    // wrong comes first, then who or what caused it
    }
    return !head.isPronoun() && !head.isProperNoun() && !animate.contains(head.lower());
  }

  /**
   * "refused to speculate", "declined to comment": withholding words from a reporter refuses no proposal (the
   * guidelines' "declined to comment" is a statement); "refused to say that the city is the capital" refuses a
   * position.
   */
  private static boolean withholdsWords(TaggedSentence s, Report frame) {
    int to = frame.cue().last() + 1;
    WordToken verb = s.tokenOrNull(to + 1);
    WordToken after = verb == null ? null : s.tokenOrNull(verb.index() + 1);
    return to < s.size() && s.token(to).lower().equals("to") && verb != null && verb.isVerb()
        && WORDS.is(WITHHELD_SPEECH_VERB, verb.key()) && (after == null || !after.lower().equals("that"));
  }

  /**
   * "men who fear God", "he fears him as ...": fearing a party, not a harm to come; "fear Obama and his allies will
   * make a deal" goes on to the harm.
   */
  private static boolean fearsParty(TaggedSentence s, Report frame) {
    int end = objectEnd(s, frame);
    if (end < 0) {
      return false;
    }
    WordToken head = s.token(end);
    WordToken after = s.tokenOrNull(end + 1);
    boolean alone = after == null || after.tag().equals("IN") || after.isAdverb()
        || after.isPunctuation() && !after.word().equals(",");
    return alone && (head.isProperNoun() || head.isPronoun() && WORDS.is(OBJECT_PRONOUN, head.lower()));
  }

  /**
   * "launched a petition asking the senator to urge ...", "calling on her to quit and call on the mayor to resign":
   * an act inside what someone else asks or demands is not performed.
   */
  private static boolean nested(TaggedSentence s, Report frame, ImmutableList<Report> frames) {
    WordToken before = s.tokenOrNull(frame.cue().first() - 1);
    if (before == null || !before.lower().equals("to") && !WORDS.is(CLAUSE_COORDINATOR, before.lower())) {
      return false;
    }
    for (Report other : frames) {
      if (other != frame && other.cueSpan() != null
          && other.cueSpan().end() <= frame.cueSpan().start() && other.content().contains(frame.cueSpan())
          && DIRECTIVE_TYPES.contains(ReportedAct.of(other))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "You can disagree with her", "Anyone who cannot condemn it", "A worthy opposition would demand more": a modal puts
   * the act on an agent who is nobody in particular, so nobody performed it. "A judge ordered the release" (no modal)
   * and "The senator would demand more" (someone named) are acts.
   */
  private static boolean possibleForAnyone(TaggedSentence s, Report frame) {
    Actor speaker = frame.speaker();
    int first = speaker == null ? -1 : firstToken(s, speaker.mention());
    if (first < 0 || first >= frame.cue().first()) {
      return false;
    }
    WordToken opener = s.token(first);
    if (WORDS.is(RELATIVE_PRONOUN, opener.lower()) && first > 0) {
      opener = s.token(first - 1); // "Anyone who cannot condemn ...": the relative stands for the word before it
    }
    if (!WORDS.is(NON_SPECIFIC_WORD, opener.lower())) {
      return false;
    }
    int last = first;
    while (last + 1 < s.size() && s.token(last + 1).end() <= speaker.mention().end()) {
      last++;
    }
    boolean modal = false;
    for (int i = last + 1; i < frame.cue().first(); i++) {
      WordToken t = s.token(i);
      modal |= t.tag().equals("MD");
      if (!t.tag().equals("MD") && !t.isAdverb() && !(t.isVerb() && WORDS.is(AUXILIARY, t.key()))
          && !WORDS.is(NEGATION, t.key())) {
        return false; // the mention is not the cue's subject ("... said that Netanyahu will meet any candidate")
      }
    }
    return modal;
  }

  /**
   * "rejected the newspaper's request to unseal the file", "would not accept her endorsement": a noun of an act that
   * another act takes as its object is what that act is about, not an act the sentence reports.
   */
  private static boolean actedUpon(Report frame, ImmutableList<Report> frames) {
    if (frame.cue().entry().part() != CuePart.NOUN) {
      return false;
    }
    for (Report other : frames) {
      if (other != frame && other.cueSpan() != null
          && other.cueSpan().end() <= frame.cueSpan().start() && other.content().contains(frame.cueSpan())
          && ReportedAct.of(other) != ClaimType.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Do you support the senator?", "Would you make some calls?": the cue's subject follows an auxiliary, in a sentence
   * that ends in a question mark; a question reports no act.
   */
  private static boolean asksInQuestion(TaggedSentence s, Report frame) {
    Actor speaker = frame.speaker();
    if (speaker == null || !endsInQuestion(s)) {
      return false;
    }
    int first = firstToken(s, speaker.mention());
    if (first <= 0 || first >= frame.cue().first()) {
      return false;
    }
    WordToken before = s.token(first - 1);
    return before.tag().equals("MD") || before.isVerb() && WORDS.is(AUXILIARY, before.key());
  }

  private static boolean endsInQuestion(TaggedSentence s) {
    for (int i = s.size() - 1; i >= 0; i--) {
      String w = s.token(i).word();
      if (!"\"'”’`".contains(w) && !w.equals("''") && !w.equals(".")) {
        return w.equals("?");
      }
    }
    return false;
  }

  /** The last token of the noun phrase right after the cue ("accepted [the award]"), or -1 when none follows. */
  private static int objectEnd(TaggedSentence s, Report frame) {
    int first = frame.cue().last() + 1;
    int end = ShallowSyntax.npEnd(s, first);
    return end < first ? -1 : end;
  }

  /** The first token of {@code span} when the span starts in the sentence, or -1. */
  private static int firstToken(TaggedSentence s, TextSpan span) {
    if (s.size() == 0 || span.start() < s.token(0).start() || span.start() >= s.token(s.size() - 1).end()) {
      return -1;
    }
    for (WordToken t : s.tokens()) {
      if (t.start() >= span.start()) {
        return t.index();
      }
    }
    return -1;
  }
}
