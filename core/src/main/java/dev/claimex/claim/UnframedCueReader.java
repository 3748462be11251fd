package dev.claimex.claim;

import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueEntry;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.quote.Report;
import dev.claimex.quote.passes.QuotedFirstPerson;
import dev.claimex.quote.ReportKind;
import dev.claimex.syntax.ShallowSyntax;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.claimex.models.WordClass.ACT_LIGHT_VERB;
import static dev.claimex.models.WordClass.HOLDING_VERB;
import static dev.claimex.models.WordClass.RECEIVING_VERB;
import static dev.claimex.models.WordClass.CLAUSE_COORDINATOR;
import static dev.claimex.models.WordClass.SUBORDINATOR;
import static dev.claimex.models.WordClass.COPULA;
import static dev.claimex.models.WordClass.COLLECTIVE_AGENT;
import static dev.claimex.models.WordClass.MESSAGE_NOUN;
import static dev.claimex.models.WordClass.NEED_VERB;
import static dev.claimex.models.WordClass.WRONGDOING_NOUN;
import static dev.claimex.models.WordClass.INDEFINITE_ARTICLE;
import static dev.claimex.models.WordClass.REPORTER_REQUEST;
import static dev.claimex.models.WordClass.NOUN_CUE_COMPLEMENT;
import static dev.claimex.models.WordClass.PARTICIPLE_CLAUSE_OPENER;
import static dev.claimex.models.WordClass.PASSIVE_CUE_COMPLEMENT;

import com.google.common.collect.ImmutableList;
import dev.claimex.coref.EntityIndex;
import dev.claimex.coref.SpeakerResolver;
import dev.claimex.ner.Actor;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.syntax.Phrase;
import dev.claimex.syntax.QuoteTokens;
import dev.claimex.syntax.Subjects;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Claims of typed cues that the attribution stage read no frame for: acts and speech whose speaker it could not
 * name or whose complement it could not read. "Countries are being urged to act" (no speaker), "The paper urges
 * Congress to pass the bill" (a speaker that is not a person), "his vow to bar Muslims", "by vowing to cancel
 * licences", "engage in blackmail". Such a claim names its parties as well as shallow syntax allows (the subject
 * before the cue, the object after it, a possessor or a by-phrase) and is never an attribution: it only adds a
 * typed claim where the sentence plainly makes one.
 *
 * <pre>{@code
 * UnframedCueReader reader = new UnframedCueReader(CueLexicon.load(), AnimateNouns.load(), Gazetteer.load());
 * ImmutableList<Report> all = reader.addTo(analysis, entities, frames);   // frames and the unframed cues
 * }</pre>
 */
public final class UnframedCueReader {

  /** Plain statements and forecasts add nothing a typed claim needs; only speech acts and commitments count. */
  private static final Set<CueAct> UNTYPED = Set.of(CueAct.STATEMENT, CueAct.EXPECTATION);
  private static final Set<SegmentKind> NO_CLAIMS = Set.of(SegmentKind.SOURCE_LINE, SegmentKind.BYLINE,
      SegmentKind.DATELINE);
  private static final WordClasses WORDS = WordClasses.standard();
  private static final double CONFIDENCE = 0.6;

  private final CueLexicon cues;
  private final AnimateNouns animate;
  private final Gazetteer gazetteer;

  /** A reader whose parties resolve as the attribution stage's speakers do: "he" to the man who spoke before. */
  public UnframedCueReader(CueLexicon cues, AnimateNouns animate, Gazetteer gazetteer) {
    this.cues = checkNotNull(cues, "cues");
    this.animate = checkNotNull(animate, "animate");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
  }

  /** {@code frames} with the frames of the typed cues they leave out, in sentence and text order. */
  public ImmutableList<Report> addTo(TextAnalysis analysis, List<EntityMention> entities, List<Report> frames) {
    return addTo(analysis, entities, frames, StageBudget.unlimited());
  }

  /** The same, for the sentences the budget allows. */
  public ImmutableList<Report> addTo(TextAnalysis analysis, List<EntityMention> entities, List<Report> frames,
      StageBudget budget) {
    List<Report> all = new ArrayList<>(frames);
    all.addAll(read(analysis, entities, frames, budget));
    all.sort(Comparator.comparingInt(Report::sentence).thenComparingInt(UnframedCueReader::anchor));
    return ImmutableList.copyOf(all);
  }

  private static int anchor(Report frame) {
    return frame.cueSpan() != null ? frame.cueSpan().start() : frame.content().start();
  }

  /** Frames for the typed cues of {@code analysis} that no frame of {@code frames} covers. */
  public ImmutableList<Report> read(TextAnalysis analysis, List<EntityMention> entities, List<Report> frames) {
    return read(analysis, entities, frames, StageBudget.unlimited());
  }

  private ImmutableList<Report> read(TextAnalysis analysis, List<EntityMention> entities, List<Report> frames,
      StageBudget budget) {
    SpanIndex<EntityMention> mentions = SpanIndex.of(entities, EntityMention::span);
    SpanIndex<Report> framedCues = SpanIndex.of(frames, Report::cueSpan);
    Names names = new Names(mentions,
        new SpeakerResolver(analysis, new EntityIndex(analysis, entities), gazetteer, animate),
        SpanIndex.of(frames, Report::content));
    List<Report> spoken = new ArrayList<>(frames);
    spoken.sort(Comparator.comparingInt(Report::sentence).thenComparingInt(UnframedCueReader::anchor));
    int heard = 0;
    ImmutableList.Builder<Report> found = ImmutableList.builder();
    for (TaggedSentence s : analysis.sentences()) {
      if (!budget.allows(s.index())) {
        break;
      }
      if (NO_CLAIMS.contains(s.segmentKind())) {
        continue;
      }
      for (int i = 0; i < s.size(); i++) {
        CueMatch cue = cues.match(s, i);
        if (cue == null) {
          continue;
        }
        i = cue.last();
        int at = s.token(cue.first()).start();
        for (; heard < spoken.size() && (spoken.get(heard).sentence() < s.index()
            || spoken.get(heard).sentence() == s.index() && anchor(spoken.get(heard)) < at); heard++) {
          // the speakers before the cue, for its pronouns: "He said he'll back ..."
          names.resolver().remember(spoken.get(heard).speaker(), spoken.get(heard).sentence());
        }
        Report frame = frameOf(analysis, s, cue, names, framedCues);
        if (frame != null) {
          found.add(frame);
        }
      }
    }
    return found.build();
  }

  private Report frameOf(TextAnalysis analysis, TaggedSentence s, CueMatch cue, Names names,
      SpanIndex<Report> framedCues) {
    CueEntry entry = cue.entry();
    if (UNTYPED.contains(entry.act()) || entry.part() != CuePart.VERB && entry.part() != CuePart.NOUN) {
      return null;
    }
    String text = analysis.text();
    TextSpan cueSpan = s.spanOf(text, cue.first(), cue.last());
    if (framedCues.overlapping(cueSpan).length > 0) {
      return null;
    }
    Parties parties = entry.part() == CuePart.VERB ? verbParties(text, s, cue, names)
        : nounParties(text, s, cue, names);
    if (parties == null) {
      return null;
    }
    Actor quoting = QuotedFirstPerson.isFirstPerson(parties.speaker())
        ? QuotedFirstPerson.quoting(cueSpan, names.byContent(), text) : null;
    if (quoting != null) { // "“We have a commitment to ...,” he said": the quotation's speaker
      Actor local = parties.speaker();
      parties = new Parties(new Actor(local.mention(), quoting.canonical(), quoting.type(), quoting.members()),
          parties.object(), parties.contentFirst());
    }
    String speakerText = parties.speaker() == null ? "" : parties.speaker().mention().text();
    if (entry.act() == CueAct.PROMISE && parties.speaker() != null && parties.speaker().type() == EntityType.MISC
        && !speakerText.contains(" ") && !animate.contains(speakerText)) {
      return null; // "the reform offered a way out": a bare abstract noun offers nothing
    }
    if (entry.part() == CuePart.VERB && parties.speaker() != null && !isAgent(parties.speaker())
        && !afterPreposition(s, parties.speaker())) {
      return null; // "rising seas threaten villages", "the job demands long hours": a thing acts, nobody speaks
    }
    if (entry.act() == CueAct.DEMAND && entry.part() == CuePart.VERB
        && WORDS.is(NEED_VERB, s.token(cue.head()).key()) && !isAgent(parties.speaker())) {
      return null; // "the plan would require ground troops", "the law does not require witnesses to ...": a need
    }
    if (entry.act() == CueAct.PROMISE && entry.part() == CuePart.VERB && namesWrong(s, parties.contentFirst())) {
      return null; // "committed suicide", "commit a horrible crime": a wrong done, nothing promised
    }
    if (entry.part() == CuePart.NOUN && asksForComment(s, parties.contentFirst())) {
      return null; // "did not respond to requests for comment": the reporter's request to a source, no claim
    }
    int first = parties.contentFirst();
    if (first < s.size() && (s.token(first).lower().equals("to") || s.token(first).lower().equals("that"))) {
      first++; // the content of "urged them to act" is "act", as the attribution stage reads it
    }
    int last = clauseEnd(s, first);
    if (first > last && entry.part() == CuePart.VERB && parties.object() == null) {
      return null; // "I ask", "as he asked": a verb with nothing asked of anyone
    }
    Actor object = parties.object();
    TextSpan content = first <= last ? s.spanOf(text, first, last) : cueSpan;
    if (first > last && object != null && entry.objectRole() == ObjectRole.ADDRESSEE
        && object.type() == EntityType.MISC) {
      content = object.mention(); // "ordered an evacuation": a thing ordered, not someone ordered to act
      object = null;
    }
    return new Report(s.index(), cue, cueSpan, parties.speaker(),
        entry.objectRole() == ObjectRole.TARGET ? null : object,
        entry.objectRole() == ObjectRole.TARGET ? object : null, content, null, ReportKind.NONE,
        null, entry.id() + "/unframed", parties.speaker() == null ? CONFIDENCE - 0.1 : CONFIDENCE, false);
  }

  /** "for comment", "for an interview": what a reporter asks a source for, after a request noun. */
  private static boolean asksForComment(TaggedSentence s, int first) {
    int k = first;
    if (k >= s.size() || !s.token(k).lower().equals("for")) {
      return false;
    }
    k++;
    if (k < s.size() && WORDS.is(INDEFINITE_ARTICLE, s.token(k).lower())) {
      k++;
    }
    return k < s.size() && WORDS.is(REPORTER_REQUEST, s.token(k).lower());
  }

  /** Whether the object from {@code first} is a wrong one commits: "suicide", "three robberies". */
  private static boolean namesWrong(TaggedSentence s, int first) {
    int i = first;
    while (i < s.size() && i < first + 4 && (s.token(i).tag().equals("DT") || s.token(i).tag().equals("CD")
        || s.token(i).isAdjective()
        || s.token(i).isAdverb() || s.token(i).tag().equals("PRP$"))) {
      i++;
    }
    return i < s.size() && s.token(i).isNoun() && WORDS.is(WRONGDOING_NOUN, s.token(i).lower());
  }

  /**
   * Whether a phrase ends in a name: a capitalised last word that is not just the capital of a sentence's first
   * word ("Sales declined" is a thing; "the ZRF/B agreed", "the government and Fatah agreed" name parties).
   */
  private static boolean isName(String[] words) {
    String last = words[words.length - 1];
    if (last.isEmpty() || !Character.isUpperCase(last.charAt(0))) {
      return false;
    }
    return words.length > 1 || last.chars().skip(1).anyMatch(Character::isUpperCase);
  }

  /**
   * A speaker that can act: a name, a pronoun, a common noun that denotes people ("lawmakers") or a body of them or
   * a document that speaks for one ("the court", "the report").
   */
  private boolean isAgent(Actor speaker) {
    if (speaker == null) {
      return false;
    }
    if (speaker.type() != EntityType.MISC) {
      return true;
    }
    if (speaker.mention().text().matches(".*['’]s\\s.*")) {
      return true; // "the navy's exercises are aimed at intimidating": the owner acts through its thing
    }
    String[] words = speaker.mention().text().split("\\s+");
    if (isName(words)) {
      return true; // a name the tagger could not type ("the rebels and SPLM/A agreed"): a party, not a thing
    }
    String head = words[words.length - 1].toLowerCase(Locale.ROOT);
    return animate.contains(head) || WORDS.is(COLLECTIVE_AGENT, head) || WORDS.is(COLLECTIVE_AGENT, singular(head));
  }

  /**
   * Whether the phrase read as the subject follows a preposition ("in part was persuaded to support", "on Tuesday
   * afternoon to raise concerns"): then it is no subject, and says nothing about who acts.
   */
  private static boolean afterPreposition(TaggedSentence s, Actor speaker) {
    int before = -1;
    for (WordToken t : s.tokens()) {
      if (t.end() <= speaker.mention().start()) {
        before = t.index();
      }
    }
    return before >= 0 && s.token(before).tag().equals("IN");
  }

  /** "unions" → "union", "countries" → "country": enough for the plural of a listed body. */
  private static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    return noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
  }

  /** The document's names, and its speakers as far as read. */
  private record Names(SpanIndex<EntityMention> entities, SpeakerResolver resolver, SpanIndex<Report> byContent) {}

  /** Who acts, on whom, and where the content starts. */
  private record Parties(Actor speaker, Actor object, int contentFirst) {}

  /**
   * Active: the subject before the cue and the object after it ("The paper urges Congress to ..."). Passive: the
   * subject is the object, the by-phrase the speaker ("Countries are being urged to ...").
   */
  private Parties verbParties(String text, TaggedSentence s, CueMatch cue, Names names) {
    int head = cue.head();
    int after = cue.last() + 1;
    if (ShallowSyntax.isPassive(s, head) && isStance(s, cue, after)) {
      return new Parties(actor(text, s, ShallowSyntax.subjectEnd(s, cue.first() - 1), names), null, after + 1);
    }
    if (ShallowSyntax.isPassive(s, head)) {
      Actor object = actor(text, s, ShallowSyntax.subjectEnd(s, cue.first() - 1), names);
      Actor speaker = null;
      if (after < s.size() && s.token(after).lower().equals("by")) {
        int end = ShallowSyntax.npEnd(s, after + 1);
        speaker = end > after ? actor(text, s, end, names) : null;
        after = end + 1;
      }
      if (cue.entry().objectRole() != ObjectRole.ADDRESSEE && cue.entry().objectRole() != ObjectRole.TARGET) {
        return null; // "was supported", "crimes committed by ...": a state or an act, not a claim
      }
      WordToken next = s.tokenOrNull(after);
      if (cue.entry().objectRole() == ObjectRole.TARGET
          && (next == null || !WORDS.is(PASSIVE_CUE_COMPLEMENT, next.lower()))) {
        return null; // "was attacked by militiamen": a physical act, not a judgement
      }
      return new Parties(speaker, object, after);
    }
    WordToken t = s.token(head);
    int before = ShallowSyntax.previousWord(s, cue.first() - 1);
    if (t.tag().equals("VBN") && !ShallowSyntax.isPerfect(s, head) && (before < 0 || !coordinates(s.token(before)))) {
      // "alleged crimes", "a planned visit", "the Syrian-backed militia", "the agreement signed in March"; but the
      // tagger's "and called on Muslims to ..." is a past tense
      return null;
    }
    if (before >= 0 && s.token(before).tag().equals("TO")) {
      int governor = ShallowSyntax.previousWord(s, before - 1);
      boolean protest = cue.entry().act() == CueAct.DEMAND || cue.entry().act() == CueAct.CRITICISM;
      boolean ownClaim = governor >= 0 && s.token(governor).isNoun() && !protest && cues.match(s, governor) == null;
      if (governor < 0 || !s.token(governor).isVerb() && !ownClaim) {
        // "staged a rally to demand reforms", "their refusal to accept": a purpose or another claim; but "hired
        // experts to advise him": the experts advise
        return null;
      }
    }
    int subject;
    if (t.tag().equals("VBG") && before >= 0 && WORDS.is(MESSAGE_NOUN, s.token(before).lower())) {
      // "issued a declaration demanding ...": the issuer speaks through the message
      int verb = ShallowSyntax.previousWord(s, before - 1);
      while (verb >= 0 && (s.token(verb).tag().equals("DT") || s.token(verb).isAdjective())) {
        verb--;
      }
      subject = verb >= 0 && s.token(verb).isVerb() ? ShallowSyntax.subjectEnd(s, verb - 1) : before;
    } else if (t.tag().equals("VBG")) {
      if (before < 0 || !WORDS.is(PARTICIPLE_CLAUSE_OPENER, s.token(before).lower())) {
        return null; // "a demonstration calling for ...": a modifier, rarely anyone's speech
      }
      subject = ShallowSyntax.mainSubjectEnd(s, before);
      if (subject < 0) {
        subject = subjectAroundParticiple(s, before, head);
      }
    } else {
      WordToken mark = s.tokenOrNull(cue.first() - 1);
      // 'he "rejects the plan"': the subject stands before the quotation that opens with the cue
      WordToken beforeMark = s.tokenOrNull(cue.first() - 2);
      boolean quoted = QuoteTokens.isOpeningToken(mark) || QuoteTokens.isQuoteToken(mark) && beforeMark != null
          && (beforeMark.isPronoun() || beforeMark.isNoun());
      int last = quoted ? cue.first() - 2 : cue.first() - 1;
      subject = ShallowSyntax.subjectEnd(s, last);
    }
    int possessor = subject >= 0 && subject + 2 == cue.first() ? possessorOf(s, subject) : -1;
    Actor speaker = possessor < 0 ? actor(text, s, subject, names)
        : s.token(possessor).tag().equals("PRP$") ? possessive(s, possessor, names) : actor(text, s, possessor, names);
    Actor object = null;
    ObjectRole role = cue.entry().objectRole();
    if (role == ObjectRole.ADDRESSEE || role == ObjectRole.TARGET) {
      int end = ShallowSyntax.npEnd(s, after);
      if (end >= after) {
        object = actor(text, s, end, names);
        after = end + 1;
      }
    }
    return new Parties(speaker, object, after);
  }

  /**
   * The subject of a participle clause that comes before its main verb: "Trump, later alleging that ..., said" (the
   * noun phrase before the comma that opens the clause) and "While denouncing the loopholes, she has ..." (the
   * noun phrase after the comma that closes a clause opening the sentence). -1 when neither shape fits.
   */
  private static int subjectAroundParticiple(TaggedSentence s, int opener, int participle) {
    if (s.token(opener).word().equals(",")) {
      int end = opener - 1;
      int start = end >= 0 ? ShallowSyntax.npStart(s, end) : -1;
      boolean opensSentence = start >= 0 && ShallowSyntax.previousWord(s, start - 1) < 0;
      return opensSentence && s.token(end).isNoun() && finiteVerbAfter(s, participle) ? end : -1;
    }
    if (!WORDS.is(SUBORDINATOR, s.token(opener).lower()) || ShallowSyntax.previousWord(s, opener - 1) >= 0
        && !WORDS.is(CLAUSE_COORDINATOR, s.token(ShallowSyntax.previousWord(s, opener - 1)).lower())) {
      return -1; // the clause must open the sentence ("While ...", "But while ...")
    }
    for (int comma = participle + 1; comma + 1 < s.size(); comma++) {
      if (s.token(comma).word().equals(",")) {
        int end = ShallowSyntax.npEnd(s, comma + 1);
        int next = end + 1;
        while (next < s.size() && s.token(next).isAdverb()) {
          next++;
        }
        WordToken verb = s.tokenOrNull(next);
        return end > comma && verb != null && (verb.isFiniteVerb() || verb.tag().equals("MD")) ? end : -1;
      }
    }
    return -1;
  }

  /** Whether a finite verb follows token {@code i} in the sentence: the main verb a clause before it leads to. */
  private static boolean finiteVerbAfter(TaggedSentence s, int i) {
    for (int k = i + 1; k < s.size(); k++) {
      if (s.token(k).isFiniteVerb()) {
        return true;
      }
    }
    return false;
  }

  /** Whom a possessive pronoun stands for: "his" of "his vow" -> the man who spoke before, or "his" as written. */
  private static Actor possessive(TaggedSentence s, int k, Names names) {
    return names.resolver().resolve(new Phrase(s.index(), k, k));
  }

  /**
   * The possessor of a common noun that an infinitive cue follows, who performs it: "his decision to ask", "the
   * mayor's plan to ban"; -1 when the noun has none.
   */
  private static int possessorOf(TaggedSentence s, int noun) {
    WordToken to = s.tokenOrNull(noun + 1);
    if (!s.token(noun).isNoun() || s.token(noun).isProperNoun() || to == null || !to.tag().equals("TO")) {
      return -1;
    }
    int k = noun - 1;
    while (k >= 0 && (s.token(k).isAdjective() || s.token(k).tag().equals("NN"))) {
      k--;
    }
    if (k < 0) {
      return -1;
    }
    String tag = s.token(k).tag();
    return tag.equals("PRP$") ? k : tag.equals("POS") ? k - 1 : -1;
  }

  /** A word or comma that coordinates a cue with a verb before it: "and called on", ", urged". */
  private static boolean coordinates(WordToken t) {
    return WORDS.is(CLAUSE_COORDINATOR, t.lower()) || t.word().equals(",");
  }

  /**
   * "is opposed to", "is committed to": a passive form of a stance cue, with no agent, before "to" says where its
   * subject stands.
   */
  private static boolean isStance(TaggedSentence s, CueMatch cue, int after) {
    CueAct type = cue.entry().act();
    boolean stance = type == CueAct.REJECTION || type == CueAct.PROMISE || type == CueAct.SUPPORT;
    return stance && after < s.size() && s.token(after).lower().equals("to") && s.token(cue.head() - 1).key().equals("be");
  }

  /** A possessor ("his vow", "Iran's threat"), a by-phrase ("a promise by the mayor") or the subject of a light verb. */
  private static Parties nounParties(String text, TaggedSentence s, CueMatch cue, Names names) {
    boolean afterIn = cue.first() > 0 && s.token(cue.first() - 1).lower().equals("in");
    if (afterIn && !(cue.first() > 1 && WORDS.is(ACT_LIGHT_VERB, s.token(cue.first() - 2).key()))) {
      return null; // "in order to", "in protest": an idiom, not a speech act; but "engage in blackmail"
    }
    int j = cue.first() - 1;
    while (j >= 0 && (s.token(j).isAdjective() || s.token(j).isAdverb() || s.token(j).tag().equals("VBN")
        || s.token(j).tag().equals("NN") || s.token(j).tag().equals("HYPH"))) {
      j--;
    }
    Actor speaker = null;
    WordToken before = s.tokenOrNull(j);
    boolean light = false;
    boolean possessive = false;
    if (before != null && before.tag().equals("POS")) {
      speaker = actor(text, s, j - 1, names);
    } else if (before != null && before.tag().equals("PRP$")) {
      speaker = possessive(s, j, names);
      possessive = true;
    } else {
      int k = before != null && (before.tag().equals("DT") || before.lower().equals("in")) ? j - 1 : j;
      WordToken verb = s.tokenOrNull(k);
      if (verb != null && verb.isVerb() && WORDS.is(ACT_LIGHT_VERB, verb.key())) {
        light = true;
        speaker = actor(text, s, ShallowSyntax.subjectEnd(s, k - 1), names);
      } else if (verb != null && verb.lower().equals("under")) {
        light = true; // "under oath", "under threat"
      } else {
        speaker = receivedOrHeld(text, s, cue, k, names);
      }
    }
    int after = cue.last() + 1;
    WordToken next = s.tokenOrNull(after);
    if (speaker == null && next != null && next.lower().equals("by")) {
      int end = ShallowSyntax.npEnd(s, after + 1);
      speaker = end > after ? actor(text, s, end, names) : null;
      after = end + 1;
    }
    boolean complement = next != null && WORDS.is(NOUN_CUE_COMPLEMENT, next.lower());
    if ((speaker == null || possessive) && !light && !complement) {
      // "the demand for oil" reads as a speech act only with a complement or a speaker; "their calls" only with one
      return null;
    }
    if (!light && !complement && (next == null || next.isPunctuation() || next.isVerb() && !WORDS.is(COPULA, next.key()))) {
      return null; // "Tuesday's conference call.", "her rival's bold promises do": the noun says what nobody asked
    }
    if (next != null && (next.lower().equals("to") || next.lower().equals("that") || next.lower().equals("of"))) {
      after++;
    }
    return new Parties(speaker, null, after);
  }

  /**
   * Who gives or holds what a cue noun after the verb at {@code k} names: the supporter after "of" in "won the
   * backing of the union", "has the endorsement of X"; the subject of "have" in "we have a commitment to ...".
   * {@code null} otherwise: in "won the endorsement", the subject is the one endorsed.
   */
  private static Actor receivedOrHeld(String text, TaggedSentence s, CueMatch cue, int k, Names names) {
    WordToken verb = s.tokenOrNull(k);
    if (verb != null && verb.tag().equals("RP")) { // "has sewn up endorsements of"
      verb = s.tokenOrNull(--k);
    }
    if (verb == null || !verb.isVerb()) {
      return null;
    }
    WordToken next = s.tokenOrNull(cue.last() + 1);
    boolean of = next != null && next.lower().equals("of");
    if (of && cue.entry().act() == CueAct.SUPPORT && WORDS.is(RECEIVING_VERB, verb.key())) {
      int end = ShallowSyntax.npEnd(s, cue.last() + 2);
      return end > cue.last() + 1 ? actor(text, s, end, names) : null;
    }
    return !of && WORDS.is(HOLDING_VERB, verb.key()) ? actor(text, s, ShallowSyntax.subjectEnd(s, k - 1), names)
        : null;
  }

  /** The last token of the clause from {@code first}: before a semicolon, or before a trailing ", X said". */
  private int clauseEnd(TaggedSentence s, int first) {
    int last = s.size() - 1;
    while (last >= first && s.token(last).isPunctuation()) {
      last--;
    }
    for (int i = first; i <= last; i++) {
      String w = s.token(i).word();
      if (w.equals(";")) {
        return i - 1;
      }
      if (w.equals(",") && saysNext(s, i + 1)) {
        return i - 1;
      }
    }
    return last;
  }

  /** Whether a reporting verb follows within a few words: ", the ministry said". */
  private boolean saysNext(TaggedSentence s, int from) {
    if (from >= s.size() || !(ShallowSyntax.NP_TAGS.contains(s.token(from).tag()) || s.token(from).isPronoun())) {
      return false; // ", in rapid succession, that she ...": no speaker opens what follows
    }
    for (int k = from; k < s.size() && k < from + 10; k++) {
      CueMatch m = cues.match(s, k);
      if (m != null && m.entry().act() == CueAct.STATEMENT && m.entry().part() == CuePart.VERB) {
        return true;
      }
      if (s.token(k).isVerb()) {
        return false;
      }
    }
    return false;
  }

  /**
   * The actor of the noun phrase that ends at {@code end}: the named entity in it, or the phrase itself ("The
   * paper", "they").
   */
  private static Actor actor(String text, TaggedSentence s, int end, Names names) {
    if (end < 0 || end >= s.size()) {
      return null;
    }
    int start = ShallowSyntax.npStart(s, end);
    WordToken relative = s.tokenOrNull(end + 1);
    Phrase named = relative != null && relative.tag().startsWith("W")
        ? Subjects.namedBy(s, new Phrase(s.index(), start, end)) : null;
    if (named != null) { // "Green Roots, a group that backed ...": the name
      start = named.first();
      end = named.last();
    }
    TextSpan phrase = s.spanOf(text, start, end);
    int[] inside = names.entities().inside(phrase);
    if (named != null && (inside.length == 0 || names.entities().get(inside[0]).span().start() > phrase.start())) {
      return Actor.of(phrase, phrase.text(), EntityType.MISC); // a name the recognizer missed, or read only in part
    }
    EntityMention best = null;
    for (int position : inside) {
      EntityMention m = names.entities().get(position);
      boolean title = m.type() == EntityType.TITLE; // "Mayor" of "Mayor Cole" names no one
      if (!title && (best == null || m.span().end() > best.span().end())) {
        best = m;
      }
    }
    WordToken head = s.token(end);
    // "crucial Iowa evangelicals": a name that only modifies a common noun is not who acts
    boolean modifier = best != null && best.span().end() < phrase.end() && head.isNoun() && !head.isProperNoun();
    if (best != null && !modifier) {
      return Actor.of(best.span(), best.canonical(), best.type());
    }
    if (!head.isNoun() && !head.isPronoun()) {
      return null;
    }
    // a pronoun or a title to whom it stands for, as for the speakers of reports ("he" -> the man who spoke)
    Actor resolved = names.resolver().resolve(new Phrase(s.index(), start, end));
    if (resolved != null) {
      return resolved;
    }
    return Actor.of(phrase, phrase.text(), head.isPronoun() || head.isProperNoun() ? EntityType.PERSON
        : EntityType.MISC);
  }
}
