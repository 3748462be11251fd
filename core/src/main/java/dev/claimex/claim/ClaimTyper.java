package dev.claimex.claim;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.ConditionLexicon;
import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.HarmLexicon;
import dev.claimex.models.WordClasses;
import dev.claimex.quote.ContentClause;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimex.models.WordClass.ENDORSEMENT_WORD;
import static dev.claimex.models.WordClass.ACCESS_NOUN;
import static dev.claimex.models.WordClass.FAILURE_WORD;
import static dev.claimex.models.WordClass.NEGATION;
import static dev.claimex.models.WordClass.NEGATIVE_WORD;
import static dev.claimex.models.WordClass.REFUSAL_WORD;
import static dev.claimex.models.WordClass.REJECTION_VERB;
import static dev.claimex.models.WordClass.HARMLESS_OBJECT;
import static dev.claimex.models.WordClass.HARM_SUPPORT_VERB;
import static dev.claimex.models.WordClass.REVERSAL_VERB;
import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.POLL_NOUN;
import static dev.claimex.models.WordClass.SHARE_WORD;
import static dev.claimex.models.WordClass.QUESTION_OPENER;
import static dev.claimex.models.WordClass.QUESTION_VERB;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.text.StageBudget;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types each frame as a claim: the cue's type, turned into {@link ClaimType#CONDITION} when a plain statement
 * states a condition ("so long as ...") and into a {@link ClaimType#THREAT} when a promise or warning names a
 * harmful act; the content split into condition and consequence; polarity and modality of the act itself, from the
 * words before its cue (a negation, a refusal, a hedge, "would"), never from the content. A typed claim's
 * confidence is what the {@link ConfidenceModel} makes of its {@link ClaimFeatures}; a plain statement keeps its
 * attribution's.
 *
 * <pre>{@code
 * ClaimTyper typer = new ClaimTyper(ConditionLexicon.load(), ModalityLexicon.load(), HarmLexicon.load(),
 *     AnimateNouns.load(), ConfidenceModel.load());
 * ImmutableList<Claim> claims = typer.type(analysis, frames);
 * }</pre>
 */
public final class ClaimTyper {

  private static final WordClasses WORDS = WordClasses.standard();
  private static final int NEGATION_REACH = 3;
  /** Words into a denial's content within which a thing granted shows a refusal: "the journalists entry". */
  private static final int ACCESS_REACH = 4;
  /** How far before a cue its subject may hold a share ("54 percent of active duty personnel said"). */
  private static final int SHARE_REACH = 8;
  /** A quoted question, then its speaker, just before the cue: "“Who will pay?” the councillor asked". */
  private static final Pattern QUOTED_QUESTION_BEFORE =
      Pattern.compile("\\?\\s*[\"”’']\\s*,?\\s*(?:[\\p{L}][\\p{L}.'’-]*\\s+){0,4}$");
  private static final int QUOTED_QUESTION_REACH = 80;

  /** How far into a content the act it commits to is read ("would impose sanctions on the regime"). */
  private static final int ACT_WORDS = 8;

  private final ConditionLexicon conditions;
  private final ModalityLexicon modality;
  private final HarmLexicon harm;
  private final ActSense sense;
  private final AnimateNouns animate;
  private final ConfidenceModel confidence;

  public ClaimTyper(ConditionLexicon conditions, ModalityLexicon modality, HarmLexicon harm, AnimateNouns animate,
      ConfidenceModel confidence) {
    this.conditions = checkNotNull(conditions, "conditions");
    this.modality = checkNotNull(modality, "modality");
    this.harm = checkNotNull(harm, "harm");
    this.animate = checkNotNull(animate, "animate");
    this.sense = new ActSense(animate);
    this.confidence = checkNotNull(confidence, "confidence");
  }

  public ImmutableList<Claim> type(TextAnalysis analysis, ImmutableList<Report> frames) {
    return type(analysis, frames, StageBudget.unlimited());
  }

  /** The claims of the frames (in sentence order) of the sentences the budget allows. */
  public ImmutableList<Claim> type(TextAnalysis analysis, ImmutableList<Report> frames, StageBudget budget) {
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    // the rules weigh a frame against the other frames of its sentence only: indexed once, not scanned per frame
    ImmutableListMultimap<Integer, Report> bySentence = Multimaps.index(frames, Report::sentence);
    Set<Report> unperformed = UnperformedActs.of(analysis, bySentence);
    for (Report frame : frames) {
      if (!budget.allows(frame.sentence())) {
        break;
      }
      if (unperformed.contains(frame)) {
        continue; // "plans to criticise the budget": the plan is the claim, the criticism is not yet made
      }
      claims.add(type(analysis, frame, bySentence));
    }
    return claims.build();
  }

  private Claim type(TextAnalysis analysis, Report frame, ImmutableListMultimap<Integer, Report> bySentence) {
    ImmutableList<Report> frames = bySentence.get(frame.sentence());
    String text = analysis.text();
    TaggedSentence sentence = analysis.sentences().get(frame.sentence());
    ClaimType type = ReportedAct.of(frame);
    ClaimType reported = type;
    Actor addressee = frame.addressee();
    boolean negatedAct = false;
    if ((type == ClaimType.AGREEMENT || type == ClaimType.PROMISE) && failed(sentence, frame.cue())) {
      type = ClaimType.REJECTION; // "failed to reach an agreement", "refused to accept the offer"
      negatedAct = !refused(sentence, frame.cue()); // no agreement was reached: the act itself is negated
    } else if (failed(sentence, frame.cue())) {
      negatedAct = true; // "declined to threaten", "failed to condemn": the act itself was refused
    }
    if ((type == ClaimType.STATEMENT || type == ClaimType.PROMISE && frame.act() == CueAct.STATEMENT)
        && ForecastContent.forecasts(analysis, frame)) {
      type = ClaimType.EXPECTATION; // "I think she's going to win": a belief about the future is a forecast
    }
    if (type == ClaimType.AGREEMENT && (agreesWithView(analysis, sentence, frame)
        || ActSense.agreesWithFact(sentence, frame))) {
      type = ClaimType.SUPPORT; // "agreed with the senator", "agreed the plan was fair": a view shared, no deal
    }
    boolean declined = false;
    if (type == ClaimType.AGREEMENT && negatedBefore(sentence, frame.cue())) {
      type = ClaimType.REJECTION; // "would not accept her endorsement": declining to agree refuses it
      declined = true;
    }
    if (committedActReportedInside(analysis, frame, bySentence)) {
      type = ClaimType.STATEMENT; // "said he will refuse to answer": the refusal is the claim, by its own cue
    }
    if (type == ClaimType.STATEMENT && frame.isSpeech() && frame.speaker() != null) {
      TextSpan told = DirectiveContent.addressee(text, contentSentence(analysis, sentence, frame), frame.content(),
          animate);
      TextSpan asked = told == null ? DirectiveContent.subjunctiveSubject(text, sentence, frame.content()) : null;
      if (told != null) {
        type = ClaimType.DEMAND; // "said the government and the rebels must reach an agreement"
        addressee = addressee != null ? addressee : Actor.of(told, told.text(), EntityType.MISC);
      } else if (asked != null) {
        type = ClaimType.APPEAL; // "suggested that she get a lawyer"
        addressee = addressee != null ? addressee : Actor.of(asked, asked.text(), EntityType.MISC);
      } else if (DirectiveContent.callsOnUs(contentSentence(analysis, sentence, frame), frame.content())) {
        type = ClaimType.APPEAL; // "“We must stand together,” she said": a call to act together
      }
    }
    if ((type == ClaimType.PROMISE || type == ClaimType.WARNING) && commitsToHarm(analysis, frame, type)) {
      type = ClaimType.THREAT; // "vowed to retaliate", "said it would boycott the vote", "warned of retaliation"
    }
    TextSpan content = frame.content();
    TextSpan condition = null;
    TextSpan consequence = null;
    ConditionalSplit split = split(text, analysis, content,
        frame.intro() == ContentIntro.THAT || frame.intro() == ContentIntro.CLAUSE);
    if (split != null) {
      condition = split.condition();
      consequence = split.consequence();
      content = consequence;
      if (split.marker().strong() && type == ClaimType.STATEMENT) {
        type = ClaimType.CONDITION;
      } else if (type == ClaimType.PROMISE && split.marker().isWritten("unless")) {
        type = ClaimType.THREAT; // "will withdraw its troops unless ...": a commitment used to coerce
      }
    }
    Actor target = frame.target();
    if (type == ClaimType.STATEMENT && frame.isSpeech() && frame.speaker() != null) {
      EvaluativeContent.Judgement judgement = EvaluativeContent.judge(analysis, content);
      EvaluativeContent.Epithet epithet = judgement == null && frame.intro() == ContentIntro.NAMED
          ? EvaluativeContent.epithet(analysis, content) : null;
      if (judgement != null) {
        type = judgement.type(); // "“It was offensive,” she said": the content's judgement is the act
        TextSpan judged = target == null ? EvaluativeContent.judged(analysis, content, judgement, frame) : null;
        target = judged == null ? target : Actor.of(judged, judged.text(), EntityType.MISC);
      } else if (epithet != null) {
        type = epithet.type(); // "called Rubio a lightweight": a name given judges the one named
        target = target == null ? Actor.of(epithet.named(), epithet.named().text(), EntityType.MISC) : target;
      } else {
        TextSpan accused = AccusingContent.accused(analysis, content, frame.speaker());
        if (accused != null) {
          type = ClaimType.ACCUSATION; // "said the agency mishandled the inquiry": a wrong done by another
          target = target == null ? Actor.of(accused, accused.text(), EntityType.MISC) : target;
        }
      }
    }
    if (type == ClaimType.DENIAL && grantsOrRefuses(analysis, content)) {
      type = ClaimType.REJECTION; // "denied the reporters entry", "the denial of access": a refusal, no claim denied
    }
    if (type == ClaimType.APPEAL && asksQuestion(analysis, sentence, frame)) {
      type = ClaimType.STATEMENT; // "asked whether the bridge would reopen": a question for information
    }
    if (sense.namesNoAct(sentence, frame, type, frames)) {
      type = ClaimType.STATEMENT; // "insisted that he was right", "asked a bear", "pastors supporting the senator"
    }
    if (type != ClaimType.STATEMENT && surveyFinding(sentence, frame.cue())) {
      type = ClaimType.STATEMENT; // "44 percent would back Trump": a finding of a poll, no one's act
    }
    ReportKind mode = frame.mode();
    if (frame.quote() != null && (mode == ReportKind.MIXED || mode == ReportKind.DIRECT)) {
      boolean quotedOnly = content.start() >= frame.quote().start() - 1 && content.end() <= frame.quote().end() + 1;
      mode = quotedOnly ? ReportKind.DIRECT : ReportKind.MIXED;
    }
    TextSpan quote = frame.quote() != null && frame.quote().overlaps(content) ? frame.quote() : null;
    Polarity polarity = declined ? Polarity.POSITIVE : polarity(analysis, sentence, frame, type, negatedAct);
    Modality modality = modality(sentence, frame);
    ClaimFeatures features = new ClaimFeatures(type, mode, frame.cue() == null ? null : frame.cue().entry().part(),
        frame.intro(), frame.clause() != ContentClause.NONE, type != reported, speakerForm(analysis, frame.speaker()),
        frame.speaker() == null ? null : frame.speaker().type(), addressee != null, target != null,
        words(content), condition != null, polarity, modality, quote != null, frame.embedded(), frame.confidence());
    double confidence = type == ClaimType.STATEMENT ? frame.confidence() : this.confidence.probability(features);
    return new Claim(type, frame.speaker(), addressee, target, frame.cueSpan(), content, condition,
        consequence, quote, frame.source(), mode, polarity, modality, frame.sentence(), confidence, frame.rule(),
        features);
  }

  /** How the speaker is written: a pronoun is one token tagged as one. */
  private static ClaimFeatures.SpeakerForm speakerForm(TextAnalysis analysis, Actor speaker) {
    if (speaker == null) {
      return ClaimFeatures.SpeakerForm.NONE;
    }
    if (speaker.isGroup()) {
      return ClaimFeatures.SpeakerForm.GROUP;
    }
    TextSpan mention = speaker.mention();
    TaggedSentence holder = analysis.sentenceAt(mention.start());
    if (holder != null) {
      for (WordToken t : holder.tokens()) {
        if (t.start() == mention.start() && t.end() == mention.end() && t.isPronoun()) {
          return ClaimFeatures.SpeakerForm.PRONOUN;
        }
      }
    }
    return mention.text().equals(speaker.canonical()) ? ClaimFeatures.SpeakerForm.NAMED
        : ClaimFeatures.SpeakerForm.RESOLVED;
  }

  /** Words of a span: runs of characters between white space. */
  private static int words(TextSpan span) {
    String text = span.text().strip();
    return text.isEmpty() ? 0 : text.split("\\s+").length;
  }

  /** The sentence where the content starts, or the cue's sentence. */
  private static TaggedSentence contentSentence(TextAnalysis analysis, TaggedSentence sentence, Report frame) {
    TaggedSentence holder = analysis.sentenceAt(frame.content().start());
    return holder == null ? sentence : holder;
  }

  /**
   * Whether the speaker commits to a harmful act: the first words of the content name one, and the content is the
   * speaker's own act ("vowed to retaliate", "warned of retaliation", "said they would blockade the port"), not
   * another's ("warned that the rebels would attack"). Warning of war or a crisis stays a warning. A harmful noun
   * after another act is what that act is about ("override the veto"), unless a support verb makes it the act
   * ("launch a crackdown"); a harmful verb whose object is an undertaking is none ("seize the chance").
   */
  private boolean commitsToHarm(TextAnalysis analysis, Report frame, ClaimType type) {
    TextSpan content = frame.content();
    TaggedSentence sentence = analysis.sentenceAt(content.start());
    int first = sentence == null ? -1 : firstTokenFrom(sentence, content.start());
    if (first < 0 || !ownAct(sentence, first, content, frame)) {
      return false;
    }
    boolean reversed = false;
    boolean otherAct = false;
    for (int i = first; i < sentence.size() && i < first + ACT_WORDS && sentence.token(i).end() <= content.end(); i++) {
      WordToken t = sentence.token(i);
      if (t.isVerb() && WORDS.is(REVERSAL_VERB, t.key())) {
        reversed = true; // "lift the ban", "end the blockade": undoing a harm is no threat
        continue;
      }
      boolean harmful = type == ClaimType.WARNING ? harm.threatensWhenWarned(t.key()) : harm.isHarm(t.key());
      if (harmful && isAct(sentence, t) && (t.isVerb() ? !harmlessObject(sentence, t)
          : !reversed && !otherAct && !byAnother(sentence, t))) {
        return true;
      }
      // "override the veto", "open a new annex": the harmful noun is what another act is about
      otherAct |= t.isVerb() && !harmful && !WORDS.is(AUXILIARY, t.key()) && !WORDS.is(HARM_SUPPORT_VERB, t.key());
    }
    return false;
  }

  /** A harmful verb whose object makes it an undertaking: "seize the chance", "fight hunger", "shoot the film". */
  private static boolean harmlessObject(TaggedSentence s, WordToken verb) {
    for (int i = verb.index() + 1; i < s.size(); i++) {
      WordToken t = s.token(i);
      if (t.isNoun()) {
        return WORDS.is(HARMLESS_OBJECT, t.key());
      }
      if (!t.isAdjective() && !t.tag().equals("DT") && !t.tag().equals("PRP$") && !t.tag().equals("CD")) {
        return false;
      }
    }
    return false;
  }

  /** A harmful noun whose agent is named after it is another's act: "feared retaliation from the militia". */
  private static boolean byAnother(TaggedSentence s, WordToken t) {
    WordToken next = s.tokenOrNull(t.index() + 1);
    return next != null && (next.lower().equals("from") || next.lower().equals("by"));
  }

  /**
   * A word that can name the committed act: a verb in a base or present form, a noun or an adjective; not a
   * participle that describes something ("weapons seized last year") nor the first part of a compound
   * ("war-torn").
   */
  private static boolean isAct(TaggedSentence s, WordToken t) {
    WordToken next = s.tokenOrNull(t.index() + 1);
    if (next != null && (next.tag().equals("HYPH") || next.word().equals("-"))) {
      return false;
    }
    if (t.isVerb()) {
      return !t.tag().equals("VBN") && !t.tag().equals("VBD");
    }
    return t.isNoun() || t.isAdjective();
  }

  /**
   * The content has no subject of its own ("to retaliate", "of retaliation"), or its subject is the speaker: a
   * pronoun ("they would blockade") or the speaker's name ("Hungary said Hungary will ...").
   */
  private static boolean ownAct(TaggedSentence s, int first, TextSpan content, Report frame) {
    for (int i = first; i < s.size() && s.token(i).end() <= content.end(); i++) {
      if (!s.token(i).isFiniteVerb()) {
        continue;
      }
      int j = i - 1;
      while (j >= first && s.token(j).isAdverb()) {
        j--;
      }
      if (j < first) {
        return true;
      }
      WordToken subject = s.token(j);
      String speaker = frame.speaker() == null ? "" : frame.speaker().canonical();
      return subject.isPronoun() && !subject.lower().equals("you") || speaker.endsWith(subject.word());
    }
    return true;
  }

  /**
   * Whether an agreement agrees with someone's view rather than with a party on an act: "with" stands between the cue
   * and the content ("agreed with the senator", "agreed with her that the tax was unfair"), and the content commits
   * to no act ("agreed with the rebels to exchange prisoners" is a deal).
   */
  private static boolean agreesWithView(TextAnalysis analysis, TaggedSentence s, Report frame) {
    if (frame.cue() == null || frame.intro() == ContentIntro.TO || analysis.sentenceAt(frame.content().start()) != s) {
      return false;
    }
    int first = firstTokenFrom(s, frame.content().start());
    if (first <= frame.cue().last()) {
      return false;
    }
    boolean with = false;
    for (int i = frame.cue().last() + 1; i <= first; i++) {
      with |= s.token(i).lower().equals("with");
    }
    String before = s.token(first - 1).lower();
    if (before.equals("to") || before.equals("on")) {
      return false; // the content of "agreed with the army to exchange prisoners" is the act agreed on
    }
    if (!with) {
      return false;
    }
    if (frame.intro() == ContentIntro.THAT) {
      return true;
    }
    for (int i = first; i < s.size() && s.token(i).end() <= frame.content().end(); i++) {
      WordToken next = s.tokenOrNull(i + 1);
      if (s.token(i).tag().equals("TO") && next != null && next.tag().equals("VB")
          || s.token(i).lower().equals("on")) {
        return false; // "agreed with the rebels to exchange prisoners", "agreed with Paris on a deal"
      }
    }
    return true;
  }

  /** Whether what is denied is something granted ("the reporters entry to the camp", "access to the camp"). */
  private static boolean grantsOrRefuses(TextAnalysis analysis, TextSpan content) {
    TaggedSentence holder = analysis.sentenceAt(content.start());
    int first = holder == null ? -1 : firstTokenFrom(holder, content.start());
    for (int i = Math.max(first, 0); first >= 0 && i < holder.size() && i < first + ACCESS_REACH
        && holder.token(i).end() <= content.end(); i++) {
      if (holder.token(i).isNoun() && WORDS.is(ACCESS_NOUN, holder.token(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a question verb ("ask") asks a question rather than for an act: an embedded question ("asked whether
   * ...", "asked him why ..."), a question about something ("was asked about the vote"), or a quotation that ends in
   * a question mark ("asked, “Really?”") or stands just before the cue ("“Who will pay?” the councillor asked"),
   * unless an infinitive follows ("asked the council to ...").
   */
  private static boolean asksQuestion(TextAnalysis analysis, TaggedSentence s, Report frame) {
    if (frame.cue() == null || !WORDS.is(QUESTION_VERB, s.token(frame.cue().head()).key())) {
      return false;
    }
    if (frame.intro() == ContentIntro.QUESTION) {
      return true;
    }
    TextSpan content = frame.content();
    TaggedSentence holder = analysis.sentenceAt(content.start());
    int first = holder == null ? -1 : firstTokenFrom(holder, content.start());
    if (first >= 0 && (WORDS.is(QUESTION_OPENER, holder.token(first).lower())
        || first > 0 && WORDS.is(QUESTION_OPENER, holder.token(first - 1).lower()))) {
      return true;
    }
    String asked = content.text().strip();
    while (!asked.isEmpty() && "\"'”’».".indexOf(asked.charAt(asked.length() - 1)) >= 0) {
      asked = asked.substring(0, asked.length() - 1).strip();
    }
    if (asked.endsWith("?")) {
      return true;
    }
    String before = analysis.text().substring(Math.max(0, frame.cueSpan().start() - QUOTED_QUESTION_REACH),
        frame.cueSpan().start());
    return frame.intro() != ContentIntro.TO && QUOTED_QUESTION_BEFORE.matcher(before).find();
  }

  /**
   * Whether the cue reports a survey: its subject is a share of a population ("44 percent would back Trump", "18%
   * who say they would"), the sentence cites a poll ("according to a survey"), or a margin follows the cue
   * ("Officers favored Trump 46 percent to 32 percent").
   */
  private static boolean surveyFinding(TaggedSentence s, CueMatch cue) {
    if (cue == null) {
      return false;
    }
    for (int i = cue.first() - 1; i >= 0 && i >= cue.first() - SHARE_REACH; i--) {
      WordToken t = s.token(i);
      if (WORDS.is(SHARE_WORD, t.lower())) {
        return true;
      }
      if (t.isPunctuation() || t.isFiniteVerb() && !t.tag().equals("MD") && !WORDS.is(AUXILIARY, t.key())) {
        break; // the subject ends at a clause boundary or another verb ("who won 52 percent of the vote agreed")
      }
    }
    for (int i = 0; i + 2 < s.size(); i++) {
      if (s.token(i).lower().equals("according") && s.token(i + 1).lower().equals("to")) {
        for (int k = i + 2; k < s.size() && k <= i + 1 + SHARE_REACH && !s.token(k).isPunctuation(); k++) {
          if (WORDS.is(POLL_NOUN, s.token(k).lower())) {
            return true; // "... would prefer Trump, according to a survey of troops": the sentence is the poll's
          }
        }
      }
    }
    for (int i = cue.last() + 1; i + 3 < s.size() && i <= cue.last() + SHARE_REACH; i++) {
      if (s.token(i).tag().equals("CD") && WORDS.is(SHARE_WORD, s.token(i + 1).lower())
          && s.token(i + 2).lower().equals("to") && s.token(i + 3).tag().equals("CD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cue is the object of a failure or refusal: "failed to reach", "refused to sign". */
  private static boolean failed(TaggedSentence s, CueMatch cue) {
    int k = failureWord(s, cue);
    return k >= 0 && WORDS.is(FAILURE_WORD, s.token(k).key());
  }

  /** Whether a negation stands just before the cue, past auxiliaries and adverbs: "did not accept", "won't agree". */
  private static boolean negatedBefore(TaggedSentence s, CueMatch cue) {
    if (cue == null) {
      return false;
    }
    for (int i = cue.first() - 1; i >= 0 && i >= cue.first() - NEGATION_REACH; i--) {
      WordToken t = s.token(i);
      if (isNegation(t)) {
        return true;
      }
      if (!t.isAdverb() && !t.tag().equals("MD") && !(t.isVerb() && WORDS.is(AUXILIARY, t.key()))) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a statement typed by what its content commits to ("said he will refuse to answer", "says she won't rule
   * out a running mate") refuses by a cue another frame already reports: the verb after the content's modal is that
   * frame's cue of rejection, and the content refuses ("will refuse", "won't rule out"). Saying one will refuse is the
   * refusal: one act, one claim, the inner one, which has the act's own content. A commitment to another act ("said
   * it will support the resolution", "said they would veto it", a threat) stays the outer claim.
   */
  private static boolean committedActReportedInside(TextAnalysis analysis, Report frame,
      ImmutableListMultimap<Integer, Report> bySentence) {
    if (frame.clause() != ContentClause.COMMITMENT && frame.clause() != ContentClause.REFUSAL) {
      return false;
    }
    TaggedSentence s = analysis.sentenceAt(frame.content().start());
    int first = s == null ? -1 : firstTokenFrom(s, frame.content().start());
    if (first < 0) {
      return false;
    }
    int verb = -1;
    for (int i = first; i < s.size() && i < first + ACT_WORDS && s.token(i).end() <= frame.content().end(); i++) {
      if (s.token(i).tag().equals("MD")) {
        verb = i + 1;
        while (verb < s.size() && (s.token(verb).isAdverb() || isNegation(s.token(verb)))) {
          verb++;
        }
        break;
      }
    }
    if (verb < 0 || verb >= s.size()) {
      return false;
    }
    for (Report other : bySentence.get(s.index())) {
      if (other != frame && other.cue() != null && other.cue().first() == verb
          && ReportedAct.of(other) == ClaimType.REJECTION
          && (frame.clause() == ContentClause.REFUSAL || WORDS.is(REFUSAL_WORD, s.token(verb).key()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a refusal, not a failure, turns the cue around: "refused to accept the offer". */
  private static boolean refused(TaggedSentence s, CueMatch cue) {
    int k = failureWord(s, cue);
    return k >= 0 && WORDS.is(REFUSAL_WORD, s.token(k).key());
  }

  /** The word before "to" before the cue ("failed to reach", "refused to sign"), or -1. */
  private static int failureWord(TaggedSentence s, CueMatch cue) {
    if (cue == null) {
      return -1;
    }
    int k = cue.first() - 1;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--;
    }
    if (k < 1 || !(s.token(k).tag().equals("TO") || s.token(k).lower().equals("to"))) {
      return -1; // the tagger sometimes takes this "to" for a preposition
    }
    k--;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--;
    }
    return k;
  }

  /** Condition and consequence of a content, and the marker that splits them ("so long as", "unless", "if"). */
  private record ConditionalSplit(TextSpan condition, TextSpan consequence, ConditionLexicon.Marker marker) {}

  /**
   * "so long as A, B" → condition A, consequence B; "B if A" → condition A, consequence B. The marker must be in
   * the content's own sentence (a long quotation may span several).
   */
  private ConditionalSplit split(String text, TextAnalysis analysis, TextSpan content, boolean clause) {
    TaggedSentence sentence = analysis.sentenceAt(content.start());
    if (sentence == null) {
      return null;
    }
    int first = firstTokenFrom(sentence, content.start());
    int last = lastTokenBefore(sentence, content.end());
    if (first < 0 || last <= first) {
      return null;
    }
    int opening = first; // "“If we win, ...": a quotation mark before the fronted condition
    while (opening < last && QuoteTokens.isQuoteToken(sentence.token(opening))) {
      opening++;
    }
    for (int i = first; i <= last; i++) {
      ConditionLexicon.MarkerMatch marker = conditions.match(sentence, i);
      if (marker == null || !ConditionSense.statesCondition(sentence, marker)) {
        continue;
      }
      if (i == opening || i == opening + 1 && sentence.token(opening).lower().equals("that")) {
        int comma = -1;
        for (int k = marker.last() + 1; k < last; k++) {
          if (sentence.token(k).word().equals(",")) {
            comma = k;
            break;
          }
        }
        if (comma > marker.last() + 1 && hasWords(sentence, comma + 1, last)) {
          TextSpan condition = sentence.spanOf(text, marker.last() + 1, comma - 1);
          TextSpan consequence = sentence.spanOf(text, comma + 1, last);
          return new ConditionalSplit(condition, consequence, marker.marker());
        }
        return null; // no consequence of its own words: the content stays whole, never a lone quotation mark
      }
      if (marker.last() < last && i > first) {
        int consequenceEnd = i - 1;
        while (consequenceEnd > first && sentence.token(consequenceEnd).word().equals(",")) {
          consequenceEnd--;
        }
        if (!statesClauses(sentence, marker, first, consequenceEnd, last, clause)
            || !hasWords(sentence, first, consequenceEnd)) {
          continue;
        }
        TextSpan condition = sentence.spanOf(text, marker.last() + 1, last);
        TextSpan consequence = sentence.spanOf(text, first, consequenceEnd);
        return new ConditionalSplit(condition, consequence, marker.marker());
      }
    }
    return null;
  }

  /** Whether tokens {@code [from, to]} hold a word, not only punctuation and quotation marks. */
  private static boolean hasWords(TaggedSentence s, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!s.token(i).isPunctuation() && !QuoteTokens.isQuoteToken(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words around a marker inside a content are a clause each: the condition has a verb and is no "so ...
   * as to" infinitive ("twice as long as the old one", "as soon as possible", "so long as to stretch ..." state no
   * condition), and in a content that is a clause the consequence has a verb unless the marker is itself one ("the
   * backlog in case processing had doubled" cuts a subject from its verb; "the outcome depends on ..." is a verb and
   * a marker; "warned of war if ..." has a noun for a consequence).
   */
  private static boolean statesClauses(TaggedSentence s, ConditionLexicon.MarkerMatch marker, int first,
      int consequenceEnd, int last, boolean clause) {
    if (s.token(marker.last() + 1).lower().equals("to") || !hasVerb(s, marker.last() + 1, last)) {
      return false;
    }
    return !clause || s.token(marker.first()).isFiniteVerb() && marker.last() > marker.first()
        || hasVerb(s, first, consequenceEnd);
  }

  private static boolean hasVerb(TaggedSentence s, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (s.token(i).isVerb() || s.token(i).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static int firstTokenFrom(TaggedSentence s, int offset) {
    for (WordToken t : s.tokens()) {
      if (t.start() >= offset) {
        return t.index();
      }
    }
    return -1;
  }

  private static int lastTokenBefore(TaggedSentence s, int offset) {
    int found = -1;
    for (WordToken t : s.tokens()) {
      if (t.end() <= offset) {
        found = t.index();
      }
    }
    return found;
  }

  /**
   * Negative only when the act itself is negated: a negation just before the cue ("did not deny", "hadn't yet
   * called for"), an act refused or failed ("declined to threaten", "failed to reach an agreement"), a refusal to
   * endorse ("declined to back the nominee"), a rejection said not to happen ("said it would not rule out talks"). A denial
   * or a refusal that happened is positive ("denied the report", "refused to resign").
   */
  private static Polarity polarity(TextAnalysis analysis, TaggedSentence s, Report frame, ClaimType type,
      boolean negatedAct) {
    boolean negated = negatedAct;
    if (frame.cue() != null) {
      int head = frame.cue().head();
      for (int i = head - 1; i >= 0 && i >= head - NEGATION_REACH && !negated; i--) {
        negated = isNegation(s.token(i));
      }
    }
    if (!negated && type == ClaimType.REJECTION) {
      TaggedSentence holder = analysis.sentenceAt(frame.content().start());
      int first = holder == null ? -1 : firstTokenFrom(holder, frame.content().start());
      if (first >= 0 && frame.cue() != null && WORDS.is(REFUSAL_WORD, s.token(frame.cue().head()).key())) {
        negated = opensWithEndorsement(holder, first, frame.content());
      } else if (first >= 0 && frame.clause() == ContentClause.REFUSAL) {
        negated = refusesRejection(holder, first, frame.content());
      }
    }
    return negated ? Polarity.NEGATIVE : Polarity.POSITIVE;
  }

  /** "not", "never", "no", and "n't" however its apostrophe is written (its lemma is "not"). */
  private static boolean isNegation(WordToken t) {
    return WORDS.is(NEGATIVE_WORD, t.lower()) || WORDS.is(NEGATION, t.key());
  }

  /**
   * Whether a refused content is an endorsement, whose refusal withholds support: its first verb endorses ("to
   * endorse the mayor"), or a noun of endorsement is its object ("to affirm his support for"). "Back down" is no
   * endorsement, nor is support asked for further on ("to ask for federal support").
   */
  private static boolean opensWithEndorsement(TaggedSentence s, int first, TextSpan content) {
    int v = first;
    while (v < s.size() && s.token(v).end() <= content.end() && !s.token(v).isVerb()) {
      v++;
    }
    if (v >= s.size() || s.token(v).end() > content.end() || v - first > 1) {
      return false;
    }
    if (WORDS.is(ENDORSEMENT_WORD, s.token(v).key())) {
      return v + 1 >= s.size() || !s.token(v + 1).tag().equals("RP");
    }
    for (int i = v + 1; i <= v + 2 && i < s.size() && s.token(i).end() <= content.end(); i++) {
      if (s.token(i).isNoun() && WORDS.is(ENDORSEMENT_WORD, s.token(i).key())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a content that refuses ("it will not ...") refuses to reject: "it will not rule out talks". */
  private static boolean refusesRejection(TaggedSentence s, int first, TextSpan content) {
    for (int i = first; i < s.size() && i < first + ACT_WORDS && s.token(i).end() <= content.end(); i++) {
      if (isNegation(s.token(i))) {
        int v = i + 1;
        while (v < s.size() && s.token(v).isAdverb()) {
          v++;
        }
        return v < s.size() && s.token(v).isVerb() && WORDS.is(REJECTION_VERB, s.token(v).key());
      }
    }
    return false;
  }

  /**
   * How certainly the act is reported, read just before the cue and inside a multi-word cue: hedged by
   * "reportedly", "appeared to", "may"; hypothetical by "would" or "could" ("would reject any deal"). The cue word
   * itself is the act ("allegedly" accuses). A conditional content, or a modal inside the content ("warned that the river could
   * burst"), is the content's: the act is still asserted.
   */
  private Modality modality(TaggedSentence s, Report frame) {
    if (frame.cue() == null) {
      return Modality.ASSERTED;
    }
    int head = frame.cue().head();
    int from = Math.max(0, frame.cue().first() - NEGATION_REACH);
    for (int i = from; i <= frame.cue().last(); i++) {
      Modality effect = i == head ? null : modality.modalityOf(s.token(i));
      if (effect != null && modifiesAct(s, i, head, frame.cue())) {
        return effect;
      }
    }
    return Modality.ASSERTED;
  }

  /**
   * Whether a word before the cue's head modifies its act: only the verb group lies between them ("may be more
   * optimistic", "appeared to threaten"), no negation ("could no longer defend") and no subject ("would you all
   * encourage", a question). A word inside the cue before its head counts as it is ("voiced cautious hope").
   */
  private static boolean modifiesAct(TaggedSentence s, int word, int head, CueMatch cue) {
    if (word >= cue.first()) {
      return true;
    }
    for (int i = word + 1; i < head; i++) {
      WordToken t = s.token(i);
      if (isNegation(t)) {
        return false;
      }
      boolean verbGroup = t.isVerb() || t.isAdverb() || t.tag().equals("MD") || t.tag().equals("TO")
          || t.tag().equals("RP") || t.tag().equals("JJR");
      if (!verbGroup && i < cue.first()) {
        return false;
      }
    }
    return true;
  }
}
