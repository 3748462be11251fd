package dev.claimex.claim;

import dev.claimex.lexicon.ConditionLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.HarmLexicon;
import dev.claimex.models.WordClasses;
import dev.claimex.quote.ContentClause;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimex.models.WordClass.ACCESS_NOUN;
import static dev.claimex.models.WordClass.FAILURE_WORD;
import static dev.claimex.models.WordClass.NEGATIVE_WORD;
import static dev.claimex.models.WordClass.REVERSAL_VERB;
import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.SHARE_WORD;
import static dev.claimex.models.WordClass.QUESTION_OPENER;
import static dev.claimex.models.WordClass.QUESTION_VERB;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Types each frame as a claim: the cue's type, turned into {@link ClaimType#CONDITION} when a plain statement
 * states a condition ("so long as ...") and into a {@link ClaimType#THREAT} when a promise or warning names a
 * harmful act; the content split into condition and consequence; polarity from
 * negation of the cue; modality from hedges and conditionals. A typed claim's confidence is what the
 * {@link ConfidenceModel} makes of its {@link ClaimFeatures}; a plain statement keeps its attribution's.
 *
 * <pre>{@code
 * ClaimTyper typer = new ClaimTyper(ConditionLexicon.load(), ModalityLexicon.load(), HarmLexicon.load(),
 *     ConfidenceModel.load());
 * ImmutableList<Claim> claims = typer.type(analysis, frames);
 * }</pre>
 */
public final class ClaimTyper {

  private static final WordClasses WORDS = WordClasses.standard();
  private static final Set<ClaimType> NEGATIVE_TYPES = Set.of(ClaimType.DENIAL, ClaimType.REJECTION);
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
  private final ConfidenceModel confidence;

  public ClaimTyper(ConditionLexicon conditions, ModalityLexicon modality, HarmLexicon harm,
      ConfidenceModel confidence) {
    this.conditions = checkNotNull(conditions, "conditions");
    this.modality = checkNotNull(modality, "modality");
    this.harm = checkNotNull(harm, "harm");
    this.confidence = checkNotNull(confidence, "confidence");
  }

  public ImmutableList<Claim> type(TextAnalysis analysis, ImmutableList<Report> frames) {
    return type(analysis, frames, StageBudget.unlimited());
  }

  /** The claims of the frames (in sentence order) of the sentences the budget allows. */
  public ImmutableList<Claim> type(TextAnalysis analysis, ImmutableList<Report> frames, StageBudget budget) {
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    Set<Report> unperformed = UnperformedActs.of(analysis, frames);
    for (Report frame : frames) {
      if (!budget.allows(frame.sentence())) {
        break;
      }
      if (unperformed.contains(frame)) {
        continue; // "plans to criticise the budget": the plan is the claim, the criticism is not yet made
      }
      claims.add(type(analysis, frame));
    }
    return claims.build();
  }

  private Claim type(TextAnalysis analysis, Report frame) {
    String text = analysis.text();
    TaggedSentence sentence = analysis.sentences().get(frame.sentence());
    ClaimType type = ReportedAct.of(frame);
    ClaimType reported = type;
    Actor addressee = frame.addressee();
    if ((type == ClaimType.AGREEMENT || type == ClaimType.PROMISE) && failed(sentence, frame.cue())) {
      type = ClaimType.REJECTION; // "failed to reach an agreement", "refused to accept the offer"
    }
    if (type == ClaimType.AGREEMENT && agreesWithView(analysis, sentence, frame)) {
      type = ClaimType.SUPPORT; // "agreed with the senator": agreeing with a view or a person, no deal
    }
    if (type == ClaimType.STATEMENT && frame.isSpeech() && frame.speaker() != null) {
      TextSpan told = DirectiveContent.addressee(text, analysis.sentenceAt(frame.content().start()) == null
          ? sentence : analysis.sentenceAt(frame.content().start()), frame.content());
      TextSpan asked = told == null ? DirectiveContent.subjunctiveSubject(text, sentence, frame.content()) : null;
      if (told != null) {
        type = ClaimType.DEMAND; // "said the government and the rebels must reach an agreement"
        addressee = addressee != null ? addressee : Actor.of(told, told.text(), EntityType.MISC);
      } else if (asked != null) {
        type = ClaimType.APPEAL; // "suggested that she get a lawyer"
        addressee = addressee != null ? addressee : Actor.of(asked, asked.text(), EntityType.MISC);
      }
    }
    if ((type == ClaimType.PROMISE || type == ClaimType.WARNING) && commitsToHarm(analysis, frame, type)) {
      type = ClaimType.THREAT; // "vowed to retaliate", "said it would boycott the vote", "warned of retaliation"
    }
    TextSpan content = frame.content();
    TextSpan condition = null;
    TextSpan consequence = null;
    ConditionalSplit split = split(text, analysis, content);
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
      if (judgement != null) {
        type = judgement.type(); // "“It was offensive,” she said": the content's judgement is the act
        TextSpan judged = target == null ? EvaluativeContent.judged(analysis, content, judgement, frame) : null;
        target = judged == null ? target : Actor.of(judged, judged.text(), EntityType.MISC);
      }
    }
    if (type == ClaimType.DENIAL && grantsOrRefuses(analysis, content)) {
      type = ClaimType.REJECTION; // "denied the reporters entry", "the denial of access": a refusal, no claim denied
    }
    if (type == ClaimType.APPEAL && asksQuestion(analysis, sentence, frame)) {
      type = ClaimType.STATEMENT; // "asked whether the bridge would reopen": a question for information
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
    Polarity polarity = polarity(sentence, frame, type);
    Modality modality = modality(analysis, sentence, frame, content, condition != null);
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

  /**
   * Whether the speaker commits to a harmful act: the first words of the content name one, and the content is the
   * speaker's own act ("vowed to retaliate", "warned of retaliation", "said they would blockade the port"), not
   * another's ("warned that the rebels would attack"). Warning of war or a crisis stays a warning.
   */
  private boolean commitsToHarm(TextAnalysis analysis, Report frame, ClaimType type) {
    TextSpan content = frame.content();
    TaggedSentence sentence = analysis.sentenceAt(content.start());
    int first = sentence == null ? -1 : firstTokenFrom(sentence, content.start());
    if (first < 0 || !ownAct(sentence, first, content, frame)) {
      return false;
    }
    boolean reversed = false;
    for (int i = first; i < sentence.size() && i < first + ACT_WORDS && sentence.token(i).end() <= content.end(); i++) {
      WordToken t = sentence.token(i);
      if (t.isVerb() && WORDS.is(REVERSAL_VERB, t.key())) {
        reversed = true; // "lift the ban", "end the blockade": undoing a harm is no threat
        continue;
      }
      boolean harmful = type == ClaimType.WARNING ? harm.threatensWhenWarned(t.key()) : harm.isHarm(t.key());
      if (harmful && isAct(sentence, t) && !(reversed && t.isNoun())) {
        return true;
      }
    }
    return false;
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
   * who say they would"), or a margin follows it ("Officers favored Trump 46 percent to 32 percent").
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
    if (cue == null) {
      return false;
    }
    int k = cue.first() - 1;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--;
    }
    if (k < 1 || !s.token(k).tag().equals("TO")) {
      return false;
    }
    k--;
    while (k >= 0 && s.token(k).isAdverb()) {
      k--;
    }
    return k >= 0 && WORDS.is(FAILURE_WORD, s.token(k).key());
  }

  /** Condition and consequence of a content, and the marker that splits them ("so long as", "unless", "if"). */
  private record ConditionalSplit(TextSpan condition, TextSpan consequence, ConditionLexicon.Marker marker) {}

  /**
   * "so long as A, B" → condition A, consequence B; "B if A" → condition A, consequence B. The marker must be in
   * the content's own sentence (a long quotation may span several).
   */
  private ConditionalSplit split(String text, TextAnalysis analysis, TextSpan content) {
    TaggedSentence sentence = analysis.sentenceAt(content.start());
    if (sentence == null) {
      return null;
    }
    int first = firstTokenFrom(sentence, content.start());
    int last = lastTokenBefore(sentence, content.end());
    if (first < 0 || last <= first) {
      return null;
    }
    for (int i = first; i <= last; i++) {
      ConditionLexicon.MarkerMatch marker = conditions.match(sentence, i);
      if (marker == null || !ConditionSense.statesCondition(sentence, marker)) {
        continue;
      }
      if (i == first || i == first + 1 && sentence.token(first).lower().equals("that")) {
        int comma = -1;
        for (int k = marker.last() + 1; k < last; k++) {
          if (sentence.token(k).word().equals(",")) {
            comma = k;
            break;
          }
        }
        if (comma > marker.last() + 1) {
          TextSpan condition = sentence.spanOf(text, marker.last() + 1, comma - 1);
          TextSpan consequence = sentence.spanOf(text, comma + 1, last);
          return new ConditionalSplit(condition, consequence, marker.marker());
        }
        return null;
      }
      if (marker.last() < last && i > first) {
        int consequenceEnd = i - 1;
        while (consequenceEnd > first && sentence.token(consequenceEnd).word().equals(",")) {
          consequenceEnd--;
        }
        TextSpan condition = sentence.spanOf(text, marker.last() + 1, last);
        TextSpan consequence = sentence.spanOf(text, first, consequenceEnd);
        return new ConditionalSplit(condition, consequence, marker.marker());
      }
    }
    return null;
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

  /** Negative for denials and rejections, and for a negated cue ("did not say"). */
  private static Polarity polarity(TaggedSentence s, Report frame, ClaimType type) {
    boolean negated = false;
    if (frame.cue() != null) {
      int head = frame.cue().head();
      for (int i = head - 1; i >= 0 && i >= head - NEGATION_REACH; i--) {
        if (WORDS.is(NEGATIVE_WORD, s.token(i).lower())) {
          negated = true;
          break;
        }
      }
    }
    return NEGATIVE_TYPES.contains(type) != negated ? Polarity.NEGATIVE : Polarity.POSITIVE;
  }

  /**
   * Hypothetical when conditional; hedged by a hedge near the cue ("reportedly said", "cautiously hopeful");
   * otherwise by the content up to the end of its first verb group ("may" → hedged, "would" → hypothetical).
   */
  private Modality modality(TextAnalysis analysis, TaggedSentence s, Report frame, TextSpan content,
      boolean conditional) {
    if (conditional) {
      return Modality.HYPOTHETICAL;
    }
    if (frame.cue() != null) {
      int from = Math.max(0, frame.cue().first() - NEGATION_REACH);
      for (int i = from; i <= frame.cue().last(); i++) {
        ModalityLexicon.Effect effect = modality.effectOf(s.token(i).lower());
        if (effect != null && effect.scope() == ModalityLexicon.Scope.CUE) {
          return effect.modality();
        }
      }
    }
    TaggedSentence holder = analysis.sentenceAt(content.start());
    if (holder == null) {
      return Modality.ASSERTED;
    }
    int first = firstTokenFrom(holder, content.start());
    if (first < 0) {
      return Modality.ASSERTED;
    }
    // read up to the end of the first verb group ("would likely weaken", "was possibly caused"): a hedge there
    // wins over a hypothetical "would"
    Modality found = null;
    boolean inVerbGroup = false;
    for (int i = first; i < holder.size() && holder.token(i).end() <= content.end(); i++) {
      WordToken t = holder.token(i);
      ModalityLexicon.Effect effect = modality.effectOf(t.lower());
      if (effect != null && effect.scope() == ModalityLexicon.Scope.CONTENT
          && (found == null || effect.modality() == Modality.HEDGED)) {
        found = effect.modality();
      }
      if (t.isFiniteVerb()) {
        inVerbGroup = true; // participles before it ("efforts led by ...") belong to the subject
      } else if (inVerbGroup && !t.isVerb() && !t.isAdverb()) {
        break;
      }
    }
    if (found != null) {
      return found;
    }
    return Modality.ASSERTED;
  }
}
