package dev.claimex.quote;

import static dev.claimex.models.WordClass.SPEAKER_SUBORDINATOR;
import static dev.claimex.models.WordClass.TIME_MODIFIER;
import static dev.claimex.models.WordClass.TITLE_SMALL_WORD;

import dev.claimex.lexicon.CueAct;
import dev.claimex.coref.SpeakerResolver;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.claimex.lexicon.CueEntry;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.syntax.Subjects;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Frames for quotations that the cue frames of their sentence leave unreported or misread: the attribution written
 * next to a quotation ({@link QuotationSpeakers}) becomes a frame of its own, takes over the frame of its verb, or
 * corrects the speaker or the overlong content of the frame that reports the quotation.
 *
 * <pre>{@code
 * new QuotationFrames(cues).attribute(analysis, resolver, quotation, frames, inSentence);
 * }</pre>
 */
final class QuotationFrames {

  private static final WordClasses WORDS = WordClasses.standard();

  private final CueLexicon cues;
  private final QuotationSpeakers quotationSpeakers;

  QuotationFrames(CueLexicon cues) {
    this.cues = cues;
    this.quotationSpeakers = new QuotationSpeakers(cues);
  }

  /** Contents read as a clause after the verb, which a quotation written inside the narration leaves alone. */
  private static final Set<ContentIntro> CLAUSE_INTROS = EnumSet.of(ContentIntro.THAT, ContentIntro.QUESTION,
      ContentIntro.CLAUSE);
  /** A verb next to a quotation reports it, whether or not the lexicon lists it: "“We won,” she beamed." */
  private static final String QUOTING_VERB = "quote.verb";
  /**
   * A quotation that no cue frame reports gets the attribution written next to it ("“...,” Toomey fumed",
   * "Canova wrote, “...”"). A frame of that same verb reports the quotation instead of the phrase it read after
   * the verb ("he said with a grin", "he told “Fox and Friends”"); one that quoted on after a comma takes the
   * quotation in ("“X,” Podesta added, “and Y”"); one that reported another quotation ("“X,” he said, “Y”") is
   * left for the attacher to extend. A frame that reports the quotation takes the speaker standing right after
   * it, where it read another ("“...,” an intelligence source, who was not authorized to speak, told Fox News").
   */
  void attribute(TextAnalysis analysis, SpeakerResolver resolver, TextSpan quotation, FrameList frames,
      FrameList inSentence) {
    String text = analysis.text();
    QuotationSpeakers.Found found = quotationSpeakers.find(analysis, quotation);
    TaggedSentence s = found == null ? null : analysis.sentences().get(found.sentence());
    TextSpan cueSpan = found == null ? null : s.spanOf(text, found.cueFirst(), found.cueLast());
    for (FrameList list : List.of(inSentence, frames)) {
      int reporting = QuotationAttacher.bestOverlap(list, quotation);
      if (reporting < 0) {
        continue;
      }
      Report cut = found == null ? null : withoutAttributionOf(analysis, list.get(reporting), quotation, s, found, cueSpan);
      if (cut == null) {
        if (found != null && found.after()) {
          list.set(reporting, withSpeakerBeside(analysis, resolver, list.get(reporting), s, found, cueSpan));
        }
        return;
      }
      list.set(reporting, cut);
      break;
    }
    boolean inline = false;
    if (found == null) {
      found = quotationSpeakers.inline(analysis, quotation);
      inline = true;
      if (found == null) {
        return;
      }
      s = analysis.sentences().get(found.sentence());
      cueSpan = s.spanOf(text, found.cueFirst(), found.cueLast());
    }
    TextSpan content = QuoteMarks.outer(text, quotation);
    for (FrameList list : List.of(inSentence, frames)) {
      for (int f : list.cueOverlapping(cueSpan)) {
        Report frame = list.get(f);
        boolean readAfter = frame.content().start() >= cueSpan.end();
        ContentIntro intro = introAsRead(frame);
        if (!readAfter || !found.after()) {
          return;
        }
        boolean clauseAfter = CLAUSE_INTROS.contains(frame.intro())
            && (frame.intro() != ContentIntro.CLAUSE || readsClause(analysis, frame));
        if (clauseAfter && insideWritersWords(analysis, quotation)) {
          // "On Fox's “Hannity,” Gingrich said (that, if) he would ...": the quotation names a show, no report;
          // "The mayor, calling it “a disaster,” said she would ...": the quotation is the aside's
          return;
        }
        if (intro == ContentIntro.THAT || intro == ContentIntro.CLAUSE && readsClause(analysis, frame)) {
          break; // "“X,” he told reporters that Y", "“X,” he said the crowd chanted Y": two reports of one verb
        }
        String between = text.substring(cueSpan.end(), frame.content().start());
        boolean quotesOn = intro == ContentIntro.QUOTE && between.contains(",");
        if (intro == ContentIntro.QUOTE && between.isBlank() && frame.cue().entry().objectRole() != ObjectRole.ADDRESSEE) {
          break; // "signs calling Christie “Loser,” the protesters chanted “Bad for you”": each its own report
        }
        TextSpan reported = quotesOn ? TextSpan.of(text, content.start(), frame.content().end()) : content;
        list.set(f, frame.withContent(reported, quotation, ReportKind.DIRECT));
        return;
      }
    }
    Actor speaker = resolver.resolve(found.speaker());
    CueMatch cue = cues.match(s, found.cueFirst());
    boolean speechVerb = cue != null && cue.entry().speech();
    if (speaker == null && !inline && (found.plain() || speechVerb)) { // "“...,” the flier read", "a message that said, “...”"
      TextSpan mention = s.spanOf(text, found.speaker().first(), found.speaker().last());
      speaker = Actor.of(mention, mention.text(), s.token(found.speaker().last()).isProperNoun() ? EntityType.PERSON
          : EntityType.MISC);
    }
    if (speaker == null || speaker.mention().overlaps(content)) {
      return;
    }
    if (!speechVerb && namesAWork(text.substring(content.start(), content.end()))) {
      return; // "the cult series “Twin Peaks,” which went off the air": a title or a coined word, not speech
    }
    if (!speechVerb) {
      WordToken verb = s.token(found.cueFirst());
      CueEntry entry = new CueEntry(QUOTING_VERB, ImmutableList.of(ImmutableSet.of(verb.key())), CuePart.VERB,
          CueAct.STATEMENT, ObjectRole.NONE, false, true, "“We won,” she beamed.");
      cue = new CueMatch(entry, found.cueFirst(), found.cueLast(), found.cueFirst());
    }
    int relative = Subjects.relativePronounBefore(s, found.cueFirst());
    if (relative >= 0 && relative > found.speaker().last()) { // "a message that said, “...”": the local mention
      speaker = new Actor(s.spanOf(text, relative, relative), speaker.canonical(), speaker.type(), speaker.members());
    }
    ReportKind mode = ReportKind.DIRECT;
    if (inline) {
      TextSpan lead = inlineLead(analysis, s, found, content);
      if (lead != null) {
        content = lead;
        mode = ReportKind.MIXED;
      }
    }
    inSentence.add(new Report(found.sentence(), cue, cueSpan, speaker, null, null, content, quotation,
        mode, null, ContentIntro.BESIDE, cue.entry().id() + (inline ? "/quote-inline" : found.after() ? "/quote-after"
        : "/quote-before"), inline ? 0.65 : found.after() ? 0.8 : 0.75));
    resolver.remember(speaker, found.sentence());
  }

  /**
   * How the frame's content was introduced, as its reader read it; {@code null} once its content retyped it ("said
   * that taxes must rise" is a demand): such a frame is taken for no plain that-clause, clause or quotation when
   * deciding whether the quotation is a second report or the frame's own content. (A quotation inside the narration
   * is left out of any frame that read a clause, retyped or not.)
   */
  private static ContentIntro introAsRead(Report frame) {
    return frame.clause() == ContentClause.NONE ? frame.intro() : null;
  }
  private static final int MAX_TITLE_WORDS = 6;
  /** Compiled once: every quotation without a speech verb is checked. */
  private static final Pattern MARKS = Pattern.compile("[\\p{Punct}“”‘’«»]");
  private static final Pattern WORD_GAPS = Pattern.compile("\\s+");

  /**
   * Whether quoted words name a work or coin a term rather than report speech: one or two words ("“birtherism”"),
   * or a short run with every main word capitalised ("“Broad City”", "“A Time for Truth”").
   */
  static boolean namesAWork(String quoted) {
    String[] words = WORD_GAPS.split(MARKS.matcher(quoted).replaceAll(" ").trim());
    if (words.length <= 2) {
      return true;
    }
    if (words.length > MAX_TITLE_WORDS) {
      return false;
    }
    for (String word : words) {
      if (!word.isEmpty() && !Character.isUpperCase(word.codePointAt(0)) && !WORDS.is(TITLE_SMALL_WORD, word)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What a verb inside the sentence says up to the quotation it reports: "sniped that the chief, a newcomer, was
   * “learning on the job”" reports the clause after the verb, not only its quoted end; {@code null} when the
   * quotation follows the verb directly.
   */
  private static TextSpan inlineLead(TextAnalysis analysis, TaggedSentence s, QuotationSpeakers.Found found,
      TextSpan quotation) {
    int first = found.cueLast() + 1;
    if (first < s.size() && s.token(first).lower().equals("that") && !s.token(first).tag().equals("DT")) {
      first++; // the complementizer opens the clause, it is not part of it
    }
    if (first >= s.size() || s.token(first).start() >= quotation.start() || s.token(first).isPunctuation()) {
      return null;
    }
    return TextSpan.of(analysis.text(), s.token(first).start(), quotation.end());
  }

  /** The frame's content after its verb is a clause, a noun phrase and a finite verb: "said the plan would fail". */
  private static boolean readsClause(TextAnalysis analysis, Report frame) {
    TaggedSentence s = analysis.sentenceAt(frame.content().start());
    int first = s == null ? -1 : s.tokenAt(frame.content().start());
    if (first < 0 || !ComplementReader.startsNounPhrase(s, first) || WORDS.is(TIME_MODIFIER, s.token(first).lower())) {
      return false; // "“...,” she wrote last spring after the council voted ...": a time, no clause
    }
    for (int i = first + 1; i < s.size() && s.token(i).end() <= frame.content().end(); i++) {
      if (s.token(i).isFiniteVerb()) {
        return true;
      }
      if (s.token(i).word().equals(",")) {
        return false; // "tweeted last January, “...”": a time, then the quotation
      }
    }
    return false;
  }

  /**
   * The quotation stands inside the writer's words ("on Fox's “Hannity,”", "to chants of “Go!”"), rather than
   * opening its sentence or following a comma or colon.
   */
  private static boolean insideWritersWords(TextAnalysis analysis, TextSpan quotation) {
    TextSpan outer = QuoteMarks.outer(analysis.text(), quotation);
    TaggedSentence s = analysis.sentenceAt(outer.start());
    WordToken before = s == null ? null : s.tokenOrNull(s.tokenAt(outer.start()) - 1);
    return before != null && !before.word().equals(",") && !before.word().equals(":");
  }

  /**
   * The frame cut short where it swallowed the quotation's own attribution ("suggested that Cuba would sue, Rubio
   * fired back: “...”", "had a fondness for strongmen - ''He would have loved Stalin,'' Mr. Biden said - and"), or
   * {@code null} when it did not.
   */
  private Report withoutAttributionOf(TextAnalysis analysis, Report frame, TextSpan quotation,
      TaggedSentence s, QuotationSpeakers.Found found, TextSpan cueSpan) {
    String text = analysis.text();
    CueMatch verb = cues.match(s, found.cueFirst());
    WordToken before = s.tokenOrNull(found.speaker().first() - 1);
    if (verb == null || !verb.entry().speech() || before != null
        && (WORDS.is(SPEAKER_SUBORDINATOR, before.lower()))) {
      return null; // only a report of its own, not "that while he fears ..., “...”"
    }
    TextSpan speaker = s.spanOf(text, found.speaker().first(), found.speaker().last());
    int start = found.after() ? QuoteMarks.outer(text, quotation).start() : speaker.start();
    TextSpan content = frame.content();
    if (frame.quote() != null || frame.cueSpan() == null || frame.cueSpan().overlaps(cueSpan)
        || frame.cueSpan().end() > start || !content.contains(speaker) || !content.contains(cueSpan)) {
      return null;
    }
    TaggedSentence at = analysis.sentenceAt(start);
    int last = at == null ? -1 : at.tokenAt(start) - 1;
    while (last >= 0 && at.token(last).isPunctuation()) {
      last--;
    }
    if (last < 0 || at.token(last).end() <= content.start()) {
      return null;
    }
    return frame.withContent(TextSpan.of(text, content.start(), at.token(last).end()), null, frame.mode());
  }

  /** The frame with the speaker found beside its quotation, when the frame's verb is that attribution's. */
  private static Report withSpeakerBeside(TextAnalysis analysis, SpeakerResolver resolver, Report frame, TaggedSentence s,
      QuotationSpeakers.Found found, TextSpan cueSpan) {
    String text = analysis.text();
    TextSpan beside = s.spanOf(text, found.speaker().first(), found.speaker().last());
    if (frame.cueSpan() == null || !frame.cueSpan().overlaps(cueSpan)
        || frame.speaker() != null && frame.speaker().mention().overlaps(beside)) {
      return frame;
    }
    Actor speaker = resolver.resolve(found.speaker());
    if (speaker == null) {
      return frame;
    }
    return new Report(frame.sentence(), frame.cue(), frame.cueSpan(), frame.clause(), speaker, frame.addressee(),
        frame.target(), frame.content(), frame.quote(), frame.mode(), frame.source(), frame.intro(),
        frame.rule() + "+beside", frame.confidence(), frame.embedded());
  }
}
