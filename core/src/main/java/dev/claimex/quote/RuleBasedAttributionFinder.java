package dev.claimex.quote;

import dev.claimex.lexicon.CueAct;
import dev.claimex.coref.EntityIndex;
import dev.claimex.coref.SpeakerResolver;
import dev.claimex.syntax.Adjuncts;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.syntax.ShallowSyntax;
import dev.claimex.syntax.Subjects;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.ner.Actor;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.DependencyTree;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Attribution by lexicon and shallow syntax. Every cue of the {@link CueLexicon} is read with its speaker and
 * complement: verbs ("X warned of ..."), nouns ("X's primary demand: ..."), adjectives ("X considers Y
 * non-negotiable"), "according to X". Quotations are then attached to the frames that contain them, or given to
 * the latest speaker when no cue introduces them; last, each frame gets the outlet the text credits.
 *
 * <pre>{@code
 * AttributionFinder finder = new RuleBasedAttributionFinder(CueLexicon.load(), Gazetteer.load(), AnimateNouns.load());
 * ImmutableList<Report> frames = finder.find(analysis, entities);
 * }</pre>
 */
public final class RuleBasedAttributionFinder implements AttributionFinder {

  /** Verbs of "X considers Y non-negotiable", whose object an evaluative adjective judges. */
  private static final Set<String> JUDGING_VERBS = Set.of("consider", "regard", "see", "view", "deem", "treat",
      "call", "describe", "declare", "label");
  /** Verbs that make a cue noun the speaker's act: "X issued a warning", "X made a promise". */
  private static final Set<String> LIGHT_VERBS = Set.of("issue", "make", "give", "express", "voice", "repeat",
      "renew", "reiterate", "deliver", "send", "lodge", "level", "extend", "restate", "put", "press", "reject");
  private static final Set<String> COPULAS = Set.of("be", "remain", "stay", "seem", "appear");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
  /** Segments that only label or credit text and never carry claims. */
  static final Set<SegmentKind> NO_CLAIMS = Set.of(SegmentKind.SOURCE_LINE, SegmentKind.BYLINE,
      SegmentKind.DATELINE);
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MAX_TURN_SENTENCES = 20;
  /** Capitalised labels of a page's furniture, not of a speaker: "UPDATE: ...", "WATCH: ...". */
  private static final Set<String> EDITORIAL_LABELS = Set.of("NOTE", "UPDATE", "UPDATED", "CORRECTION", "BREAKING",
      "WATCH", "VIDEO", "PHOTO", "PHOTOS", "READ", "RELATED", "MORE", "ALSO", "SOURCE", "SOURCES", "LISTEN", "SEE",
      "ABSTRACT", "SUMMARY", "TOPICS", "TAGS", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "TRANSCRIPT",
      "ADVERTISEMENT", "CLICK", "SUBSCRIBE", "WARNING", "CAPTION", "CREDIT", "FILE", "NEWS", "REPORT", "POLL",
      // a headline's kicker
      "REVEALED", "BOMBSHELL", "BUSTED", "WOW", "LOOK", "JUST", "LEAKED", "EXPLAINED", "FACT", "CHECK");
  private static final int MAX_GAP_BEFORE_DASH = 6;
  /** Documents that speak through "In the latest poll, ...": they measure opinion rather than hold words. */
  private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys", "polling");
  /** Words that may open a sentence before a fronted "As the minister noted, ...". */
  private static final Set<String> OPENING_CONJUNCTIONS = Set.of("but", "and", "yet", "so");
  /** "After thanking the crowd, ...", "In rejecting the appeal, ...": prepositions that open a participle clause. */
  private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("after", "before", "by", "in", "while", "when",
      "since", "upon", "on", "without", "besides");
  private static final Set<String> DEMONSTRATIVES = Set.of("that", "this");
  private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom", "where");
  /** Farthest the comma after "According to a poll released Monday by the university" may stand. */
  private static final int MAX_SOURCE_TAIL = 10;

  private final CueLexicon cues;
  private final Gazetteer gazetteer;
  private final AnimateNouns animate;
  private final SpeakerFinder speakers = new SpeakerFinder();
  private final QuotationFrames quotationFrames;
  private final ContentBounds bounds;
  private final ComplementReader complements;
  private final DependencyParser parser;

  /** The rules alone, without the parse fallback: faster, and finds fewer reports. */
  public RuleBasedAttributionFinder(CueLexicon cues, Gazetteer gazetteer, AnimateNouns animate) {
    this(cues, gazetteer, animate, null);
  }

  /**
   * The rules, with {@code parser} (may be {@code null}) as the fallback for cue verbs whose report the rules cannot
   * read: only those sentences are parsed.
   */
  public RuleBasedAttributionFinder(CueLexicon cues, Gazetteer gazetteer, AnimateNouns animate,
      DependencyParser parser) {
    this.parser = parser;
    this.cues = checkNotNull(cues, "cues");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.animate = checkNotNull(animate, "animate");
    this.bounds = new ContentBounds(cues);
    this.complements = new ComplementReader(bounds);
    this.quotationFrames = new QuotationFrames(cues);
  }

  @Override
  public ImmutableList<Report> find(TextAnalysis analysis, ImmutableList<EntityMention> entities) {
    return find(analysis, entities, StageBudget.unlimited());
  }

  /**
   * The frames of the sentences read within the budget; quotations are given to them and the document passes run
   * over what was read.
   */
  @Override
  public ImmutableList<Report> find(TextAnalysis analysis, ImmutableList<EntityMention> entities,
      StageBudget budget) {
    DocumentContext doc = new DocumentContext(analysis, entities);
    FrameList frames = new FrameList(analysis);
    for (TaggedSentence s : analysis.sentences()) {
      if (!budget.allows(s.index())) {
        break;
      }
      if (NO_CLAIMS.contains(s.segmentKind())) {
        continue;
      }
      FrameList inSentence = new FrameList(analysis);
      List<CueMatch> unframedVerbs = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        CueMatch cue = cues.match(s, i);
        if (cue == null) {
          continue;
        }
        Report frame = switch (cue.entry().part()) {
          case VERB -> verbFrame(doc, s, cue, inSentence.asList());
          case NOUN -> nounFrame(doc, s, cue);
          case ADJECTIVE -> adjectiveFrame(doc, s, cue, inSentence.asList());
          case PREPOSITION -> accordingToFrame(doc, s, cue);
          case SOURCE -> sourceFrame(doc, s, cue);
          case LABEL -> s.token(cue.first()).word().equals(":") ? labelFrame(doc, s, cue) : dashFrame(doc, s, cue);
        };
        if (frame != null) {
          inSentence.add(frame);
          doc.resolver.remember(frame.speaker(), s.index());
        } else if (cue.entry().part() == CuePart.VERB) {
          unframedVerbs.add(cue);
        }
        i = cue.last();
      }
      if (parser != null && !unframedVerbs.isEmpty()) {
        parsedFrames(doc, s, unframedVerbs, frames, inSentence);
      }
      for (TextSpan quotation : doc.quotationsClosingIn.getOrDefault(s.index(), List.of())) {
        quotationFrames.attribute(doc.analysis, doc.resolver, quotation, frames, inSentence);
      }
      for (int f = 0; f < inSentence.size(); f++) {
        frames.add(inSentence.get(f));
      }
    }
    List<TextSpan> quotations = quotationsRead(analysis, doc.quotations, budget);
    List<Report> attached = new QuotationAttacher(analysis, cues).attach(frames.asList(), quotations, budget);
    List<Report> quoted = QuotedFirstPerson.resolve(attached, doc.quotationIndex, budget);
    OutletCredits credits = new OutletCredits(analysis, entities);
    List<Report> confined = withoutQuotedCuesReadingOut(analysis.text(), quoted, doc.quotationIndex, budget);
    return markEmbedded(confined, doc.quotationIndex, budget).stream()
        .map(f -> {
          budget.checkpoint();
          return credits.credit(withOtherParty(doc, f));
        })
        .sorted(Comparator.comparingInt(Report::sentence).thenComparingInt(RuleBasedAttributionFinder::anchor))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The quotations that lie within the sentences read: those the budget let this stage read, of those an earlier
   * stage read. A quotation running on into unread text is left out, so that no frame reaches into it.
   */
  private static List<TextSpan> quotationsRead(TextAnalysis analysis, List<TextSpan> quotations, StageBudget budget) {
    int all = analysis.sentences().size();
    int read = Math.min(budget.sentencesRead(all), all - analysis.untagged());
    if (read == all) {
      return quotations;
    }
    int end = read == 0 ? 0 : analysis.sentences().get(read - 1).span().end();
    return quotations.stream().filter(q -> QuoteMarks.outer(analysis.text(), q).end() <= end).toList();
  }

  /**
   * The frames whose cue stands inside a quotation, with their content kept inside it too: quoted words ("“I hope
   * not,” he said") report nothing of the narration around them. A content read back from before the quotation
   * drops the frame, which would otherwise swallow the narration's own reports as embedded speech; one running on
   * past the quotation ends with it. Of the quotations that hold the cue, the last in the order of starts, then ends,
   * decides.
   */
  private static List<Report> withoutQuotedCuesReadingOut(String text, List<Report> frames,
      SpanIndex<TextSpan> quotations, StageBudget budget) {
    List<Report> kept = new ArrayList<>(frames.size());
    for (Report frame : frames) {
      budget.checkpoint();
      Report confined = frame;
      if (frame.cueSpan() != null && frame.quote() == null) {
        int[] holding = quotations.containing(frame.cueSpan());
        if (holding.length > 0) {
          confined = confinedTo(text, frame, quotations.get(holding[holding.length - 1]));
        }
      }
      if (confined != null) {
        kept.add(confined);
      }
    }
    return kept;
  }

  /** A quoted cue's frame with its content ending by the quotation's end; {@code null} if it starts before it. */
  private static Report confinedTo(String text, Report frame, TextSpan quotation) {
    TextSpan content = frame.content();
    if (content.start() < quotation.start()) {
      return null;
    }
    if (content.end() <= quotation.end()) {
      return frame;
    }
    int end = quotation.end();
    while (end > content.start() && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return end > content.start() ? frame.withContent(TextSpan.of(text, content.start(), end), null, frame.mode())
        : null;
  }

  /**
   * Marks speech reported inside other speech ("He said that Pakistan believed ...") or inside a quotation: each
   * is a claim of its own but part of the outer attribution. A direct quotation does not hold the writer's
   * narration between its parts ("“X,” he said, adding that Y. “Z.”"): a cue outside the quotation marks is
   * speech of its own.
   */
  private static List<Report> markEmbedded(List<Report> frames, SpanIndex<TextSpan> quotations,
      StageBudget budget) {
    SpanIndex<Report> speech = SpanIndex.of(frames, f -> f.isSpeech() ? f.content() : null);
    SpanIndex<Report> speechNotDirect = SpanIndex.of(frames,
        f -> f.isSpeech() && f.mode() != ReportKind.DIRECT ? f.content() : null);
    List<Report> marked = new ArrayList<>(frames.size());
    for (Report frame : frames) {
      budget.checkpoint();
      boolean cueQuoted = frame.cueSpan() != null && quotations.anyContaining(frame.cueSpan());
      boolean narrated = frame.cueSpan() != null && !cueQuoted;
      boolean inside = (narrated ? speechNotDirect : speech).anyStrictlyContaining(frame.content())
          || cueQuoted && frame.quote() == null;
      marked.add(inside ? frame.asEmbedded() : frame);
    }
    return marked;
  }

  private static final Set<CueAct> TARGETING = Set.of(CueAct.SUPPORT, CueAct.CRITICISM,
      CueAct.ACCUSATION, CueAct.DENIAL, CueAct.REJECTION);

  /**
   * The other party of a claim that names none in object position: the first name in its content that is not the
   * speaker ("promised to continue military aid to Mozambique", "praised Haiti's efforts"). It is the target of
   * claims that judge, the addressee of the rest; plain statements get none.
   */
  private static Report withOtherParty(DocumentContext doc, Report frame) {
    if (frame.act() == CueAct.STATEMENT || frame.addressee() != null || frame.target() != null
        || frame.speaker() == null) {
      return frame;
    }
    for (int position : doc.mentions.inside(frame.content())) {
      EntityMention mention = doc.mentions.get(position);
      boolean party = mention.type().isPlace() || mention.type() == EntityType.PERSON
          || mention.type() == EntityType.ORGANIZATION;
      if (party && !mention.canonical().equals(frame.speaker().canonical())) {
        Actor other = Actor.of(mention.span(), mention.canonical(), mention.type());
        return TARGETING.contains(frame.act()) ? frame.withParties(frame.addressee(), other)
            : frame.withParties(other, frame.target());
      }
    }
    return frame;
  }

  private static int anchor(Report frame) {
    return frame.cueSpan() != null ? frame.cueSpan().start() : frame.content().start();
  }

  /** Per-document state: entities by token, the speaker resolver, the text. */
  private final class DocumentContext {
    final TextAnalysis analysis;
    final String text;
    final EntityIndex entities;
    final SpeakerResolver resolver;
    final ImmutableList<TextSpan> quotations;
    final SpanIndex<TextSpan> quotationIndex;
    /** The entity mentions by offset, in the recognizer's order. */
    final SpanIndex<EntityMention> mentions;
    final Map<Integer, TextSpan> quotationsByEnd = new HashMap<>();
    /** For each sentence, the last sentence of the run of sentences of its segment that it opens or continues. */
    final int[] lastOfSegment;
    /** Quotations by the sentence that holds their closing mark. */
    final Map<Integer, List<TextSpan>> quotationsClosingIn = new HashMap<>();

    DocumentContext(TextAnalysis analysis, List<EntityMention> mentions) {
      this.analysis = analysis;
      this.text = analysis.text();
      this.entities = new EntityIndex(analysis, mentions);
      this.resolver = new SpeakerResolver(analysis, entities, gazetteer, animate);
      this.lastOfSegment = new int[analysis.sentences().size()];
      for (int i = lastOfSegment.length - 1; i >= 0; i--) {
        boolean sameAsNext = i + 1 < lastOfSegment.length
            && analysis.sentences().get(i + 1).segment() == analysis.sentences().get(i).segment();
        lastOfSegment[i] = sameAsNext ? lastOfSegment[i + 1] : i;
      }
      this.quotations = QuoteMarks.find(analysis);
      this.quotationIndex = SpanIndex.of(quotations, q -> q);
      this.mentions = SpanIndex.of(mentions, EntityMention::span);
      quotations.forEach(q -> quotationsByEnd.put(q.end(), q));
      for (TextSpan q : quotations) {
        TaggedSentence closing = analysis.sentenceAt(QuoteMarks.outer(text, q).end() - 1);
        if (closing != null) {
          quotationsClosingIn.computeIfAbsent(closing.index(), k -> new ArrayList<>()).add(q);
        }
      }
    }
  }

  // ---- parse fallback -------------------------------------------------------------------------------------

  /**
   * Frames read from the parse for cue verbs the rules left without a frame. A cue inside a quotation or inside
   * another frame's content is skipped: quoted and nested speech is read by the quotation rules or not at all.
   */
  private void parsedFrames(DocumentContext doc, TaggedSentence s, List<CueMatch> unframedVerbs,
      FrameList earlier, FrameList inSentence) {
    DependencyTree tree = null;
    for (CueMatch cue : unframedVerbs) {
      TextSpan cueSpan = s.spanOf(doc.text, cue.first(), cue.last());
      if (!cue.entry().speech() || !finiteVerbAfter(s, cue.last())) {
        continue; // parsing is costly: only for a speech cue with a clause to report
      }
      if (doc.quotationIndex.anyContaining(cueSpan) || insideContent(earlier, cueSpan) || insideContent(inSentence, cueSpan)) {
        continue;
      }
      tree = tree == null ? parser.parse(s) : tree;
      ParsedReportReader.ParsedReport report = ParsedReportReader.read(s, tree, cue.head());
      if (report == null) {
        continue;
      }
      TextSpan content = s.spanOf(doc.text, report.first(), report.last());
      if (repeatsContent(inSentence, content) || repeatsContent(earlier, content)) {
        continue;
      }
      Actor speaker = enclosingPronoun(doc, s, report.subject(), cue, inSentence.asList());
      speaker = speaker != null ? speaker : doc.resolver.resolve(report.subject());
      speaker = speaker != null ? speaker : doc.resolver.unnamedSource(report.subject());
      if (speaker == null) {
        continue;
      }
      Actor addressee = report.object() != null && cue.entry().objectRole() == ObjectRole.ADDRESSEE
          ? doc.resolver.resolve(report.object()) : null;
      Report frame = frame(doc, s, cue, speaker, addressee, null, report.first(), report.last(),
          cue.entry().speech() ? ReportKind.INDIRECT : ReportKind.NONE, "parsed", 0.75);
      if (frame != null) {
        frame = ContentReading.refine(s, frame, report.first(), report.last(), doc.resolver);
        inSentence.add(frame);
        doc.resolver.remember(frame.speaker(), s.index());
      }
    }
  }

  private static boolean finiteVerbAfter(TaggedSentence s, int from) {
    for (int i = from + 1; i < s.size(); i++) {
      if (s.token(i).isFiniteVerb() || s.token(i).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }


  private static boolean insideContent(FrameList frames, TextSpan span) {
    for (int f : frames.contentOverlapping(span)) {
      if (frames.get(f).content().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a frame's content holds {@code span} or shares most of its text with it. */
  private static boolean repeatsContent(FrameList frames, TextSpan span) {
    for (int f : frames.contentOverlapping(span)) { // sharing most of the text, they overlap
      TextSpan c = frames.get(f).content();
      int shared = Math.min(c.end(), span.end()) - Math.max(c.start(), span.start());
      int union = Math.max(c.end(), span.end()) - Math.min(c.start(), span.start());
      if (c.contains(span) || 2 * shared >= union) {
        return true;
      }
    }
    return false;
  }

  // ---- verbs ----------------------------------------------------------------------------------------------

  private Report verbFrame(DocumentContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    int head = cue.head();
    Phrase subject;
    if (isQuotedAsSaying(s, head)) { // "X was quoted as saying": X is the speaker of the passive verb
      subject = Subjects.subjectOf(s, head - 2);
    } else if (ShallowSyntax.isAuxiliaryPassive(s, head)) {
      return passiveFrame(doc, s, cue);
    } else {
      subject = speakers.closingInvertedSubject(s, cue);
      Phrase left = subject == null ? null : Subjects.subjectOf(s, head);
      if (left != null && setOff(s, left, cue)) { // "Hill, an analyst, said the deal, which ...": no inversion
        subject = left;
      }
      if (subject == null) {
        subject = Subjects.subjectOf(s, head);
      }
    }
    Complement complement = complements.read(s, cue, doc.entities, subject != null && setOff(s, subject, cue));
    if (subject != null && complement != null && complement.frame().equals("gap")) {
      // "a probe the agency said was open": the speaker is "the agency", the probe is what is reported on
      int start = ComplementReader.gapSubjectStart(s, cue);
      subject = start > subject.first() && start <= subject.last() ? new Phrase(s.index(), start, subject.last())
          : subject;
    }
    if (subject != null && complement != null && complement.frame().equals("named")) {
      int relative = namedByRelative(s, subject.first());
      complement = relative < 0 ? complement
          : new Complement(relative, complement.last(), complement.object(), "named-relative");
    }
    if (subject == null && complement != null && s.token(head).tag().equals("VBG") && opensParticipleClause(s, cue)) {
      subject = subjectAfterParticipleClause(s, complement.last() + 1);
      for (int comma = complement.first() + 1; subject == null && comma <= complement.last(); comma++) {
        // "After saying that he was tired, the mayor left": the reported clause ends where the main clause starts
        subject = subjectAfterParticipleClause(s, comma);
        if (subject != null) {
          complement = new Complement(complement.first(), comma - 1, complement.object(), complement.frame());
        }
      }
    }
    if (complement != null && adjunctAfterTrailingCue(s, cue, complement)
        && trailingContent(s, cue, subject, doc.entities) != null) {
      complement = null; // "Prices will rise, she said during a visit to the plant": the clause before is the report
    }
    if (complement != null && complement.frame().equals("quote")) {
      int fronted = frontedPartOfQuotation(s, cue, subject, complement);
      complement = fronted < 0 ? complement
          : new Complement(fronted, complement.last(), complement.object(), "quote-fronted");
    }
    String frameName;
    int first;
    int last;
    int frontedComma = complement == null ? commaAfterFrontedAs(s, cue, subject) : -1;
    if (frontedComma >= 0) {
      first = frontedComma + 1; // "As the minister noted, prices rose": the clause after the comma
      last = bounds.end(s, first, true, doc.entities);
      frameName = "as";
      if (last < first || !isClauseOrQuotation(s, first, last)) {
        return null;
      }
    } else if (complement != null) {
      first = complement.first();
      last = complement.last();
      frameName = complement.frame();
    } else {
      if (ComplementReader.takesPlainObject(s, cue)) {
        return null;
      }
      if (subject == null && ComplementReader.inverted(s, cue)) {
        subject = Subjects.invertedSubject(s, cue.last());
      }
      int[] before = trailingContent(s, cue, subject, doc.entities);
      if (before == null) {
        return null;
      }
      first = before[0];
      last = before[1];
      frameName = "trailing";
    }
    Actor speaker = subject == null ? null : enclosingPronoun(doc, s, subject, cue, inSentence);
    if (speaker == null && subject != null) {
      speaker = doc.resolver.resolve(subject);
    }
    if (speaker == null) {
      Phrase issued = Subjects.issuedText(s, head); // "... posted a letter urging": the letter, its authors unnamed
      speaker = issued == null ? null : doc.resolver.resolve(issued);
    }
    if (speaker == null) {
      return null;
    }
    int relative = Subjects.relativePronounBefore(s, head);
    if (relative >= 0) { // "analysts who note": the local mention is "who", the speaker the analysts
      speaker = new Actor(s.spanOf(doc.text, relative, relative), speaker.canonical(), speaker.type(), speaker.members());
    }
    Actor object = complement == null || complement.object() == null ? null : doc.resolver.resolve(complement.object());
    Actor addressee = cue.entry().objectRole() == ObjectRole.ADDRESSEE ? object : null;
    Actor target = cue.entry().objectRole() == ObjectRole.TARGET ? object : null;
    if (target == null && complement != null && accuses(cue) && frameName.equals("clause")) {
      target = doc.resolver.resolve(new Phrase(s.index(), first, Math.max(first, NounPhrases.endRight(s, first, false))));
    }
    double confidence = switch (frameName) {
      case "that", "colon", "quote", "quote-fronted" -> 0.9;
      case "clause", "to", "trailing" -> 0.85;
      default -> 0.75;
    };
    Report frame = frame(doc, s, cue, speaker, addressee, target, first, last,
        cue.entry().speech() ? ReportKind.INDIRECT : ReportKind.NONE, frameName, confidence);
    return frame == null ? null : ContentReading.refine(s, frame, first, last, doc.resolver);
  }

  /** "Hill, an analyst, said": the subject stands before the cue with an aside between commas. */
  private static boolean setOff(TaggedSentence s, Phrase subject, CueMatch cue) {
    return subject.last() + 1 < cue.first() - 1 && s.token(subject.last() + 1).word().equals(",")
        && s.token(cue.first() - 1).word().equals(",");
  }

  /**
   * The comma after "As the minister noted (in May)," at the start of a sentence or after "but"/"and"; or -1. The
   * clause after it is what the speaker noted; after "As the mayor asked," it is only what was done.
   */
  private static int commaAfterFrontedAs(TaggedSentence s, CueMatch cue, Phrase subject) {
    if (subject == null || cue.entry().act() != CueAct.STATEMENT || subject.last() >= cue.first()
        || subject.first() < 1
        || !s.token(subject.first() - 1).lower().equals("as")) {
      return -1;
    }
    int as = subject.first() - 1;
    boolean opens = as == 0 || atClauseStart(s, as) || as == 1 && OPENING_CONJUNCTIONS.contains(s.token(0).lower());
    int comma = commaAfterAttribution(s, cue.last() + 1);
    return opens && comma >= 0 && comma + 1 < s.size() ? comma : -1;
  }

  /**
   * "what critics called “a power grab”", "a bill that critics called unfair": the relative clause names what it
   * follows, and from the relative word (or its noun phrase) on it is the claim. The start, or -1.
   */
  private static int namedByRelative(TaggedSentence s, int subjectStart) {
    WordToken relative = s.tokenOrNull(subjectStart - 1);
    if (relative == null) {
      return -1;
    }
    if (relative.lower().equals("what") || relative.lower().equals("which")) {
      return subjectStart - 1;
    }
    if (relative.lower().equals("that") && subjectStart >= 2 && s.token(subjectStart - 2).isNoun()) {
      int start = NounPhrases.startLeft(s, subjectStart - 2);
      return start >= 0 ? start : subjectStart - 1;
    }
    return -1;
  }

  /**
   * "Noting that exports fell, the minister said ...": the subject of the clause after a fronted participle clause
   * (the comma at {@code comma}, then a noun phrase and a finite verb), or {@code null}.
   */
  private static Phrase subjectAfterParticipleClause(TaggedSentence s, int comma) {
    if (comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
      return null;
    }
    int end = NounPhrases.endRight(s, comma + 1, true);
    int verb = end + 1;
    while (verb < s.size() && s.token(verb).isAdverb()) {
      verb++;
    }
    return end > comma && verb < s.size() && s.token(verb).isFiniteVerb() ? new Phrase(s.index(), comma + 1, end) : null;
  }

  /**
   * "Hungary has said it will support ...": a pronoun subject inside another claim's content is that claim's
   * speaker, when it can be.
   */
  private static Actor enclosingPronoun(DocumentContext doc, TaggedSentence s, Phrase subject, CueMatch cue,
      List<Report> inSentence) {
    WordToken t = s.token(subject.first());
    if (subject.first() != subject.last() || !t.isPronoun()) {
      return null;
    }
    TextSpan cueSpan = s.spanOf(doc.text, cue.first(), cue.last());
    for (Report outer : inSentence) {
      if (outer.speaker() != null && outer.content().contains(cueSpan) && !t.lower().equals("i")
          && !t.lower().equals("you") && !QuotedFirstPerson.isFirstPerson(outer.speaker())) {
        Actor o = outer.speaker();
        return new Actor(s.spanOf(doc.text, subject.first(), subject.last()), o.canonical(), o.type(), o.members());
      }
    }
    return null;
  }

  /**
   * "Aristide has been accused by his successors of misusing funds": the target is the subject, the speaker the
   * agent after "by". "Countries are being urged to act" names no speaker: a claim, but no attribution.
   */
  private Report passiveFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    ObjectRole role = cue.entry().objectRole();
    if (role != ObjectRole.TARGET && role != ObjectRole.ADDRESSEE) {
      return null;
    }
    int by = cue.last() + 1;
    while (by < s.size() && s.token(by).isAdverb()) {
      by++;
    }
    Phrase subject = Subjects.subjectOf(s, cue.head());
    Actor object = subject == null ? null : doc.resolver.resolve(subject);
    boolean agent = by < s.size() && s.token(by).lower().equals("by");
    int agentEnd = agent ? NounPhrases.endRight(s, by + 1, true) : by - 1;
    Actor speaker = agent && agentEnd > by ? doc.resolver.resolve(new Phrase(s.index(), by + 1, agentEnd)) : null;
    if (object == null || agent && speaker == null || !agent && cue.entry().act() == CueAct.STATEMENT) {
      return null; // "were urged to ...": a claim with no named speaker; "was told" says too little
    }
    int k = agentEnd + 1;
    if (k + 1 >= s.size() || !Set.of("of", "for", "to", "that", "with").contains(s.token(k).lower())) {
      return null;
    }
    int last = bounds.end(s, k + 1, true, doc.entities);
    if (last < k + 1) {
      return null;
    }
    return frame(doc, s, cue, speaker, role == ObjectRole.ADDRESSEE ? object : null,
        role == ObjectRole.TARGET ? object : null, k + 1, last, ReportKind.INDIRECT, "passive", 0.75);
  }

  private static boolean accuses(CueMatch cue) {
    return cue.entry().act() == CueAct.ACCUSATION || cue.entry().act() == CueAct.CRITICISM;
  }

  private static boolean isQuotedAsSaying(TaggedSentence s, int head) {
    return head >= 2 && s.token(head).tag().equals("VBG") && s.token(head - 1).lower().equals("as")
        && s.token(head - 2).key().equals("quote");
  }

  /**
   * Content before a cue with nothing after it: "The talks will resume, he said." The content runs from the start
   * of the sentence (or the last semicolon) to the comma before the attribution; a mid-sentence attribution
   * ("The talks, he said, will resume") takes the whole sentence.
   */
  private int[] trailingContent(TaggedSentence s, CueMatch cue, Phrase subject, EntityIndex entities) {
    boolean inverted = subject != null && subject.first() > cue.last();
    boolean addressed = cue.entry().objectRole() == ObjectRole.ADDRESSEE; // "..., he told reporters."
    if (!cue.entry().speech() || !inverted && !addressed && takesObjectOfItsOwn(s, cue.last() + 1)) {
      return null;
    }
    int attributionStart = subject != null && subject.last() < cue.first() ? subject.first() : cue.first();
    int attributionEnd = subject == null ? cue.last()
        : inverted ? NounPhrases.modifiersEnd(s, subject.last()) : Math.max(cue.last(), subject.last());
    int comma = commaAfterAttribution(s, attributionEnd + 1);
    boolean parenthetical = comma >= 0 && continuesSentence(s, comma + 1, inverted);
    boolean statement = cue.entry().act() == CueAct.STATEMENT; // not "The council met, as the mayor asked"
    if ((parenthetical || statement) && attributionStart > 1 && s.token(attributionStart - 1).lower().equals("as")
        && s.token(attributionStart - 2).word().equals(",")) {
      attributionStart--; // "Prices, as the minister said, will rise", "Prices rose, as she said": "as" opens it
    }
    int k = attributionStart - 1;
    boolean afterQuote = k >= 0 && (QuoteMarks.isClosingToken(s.token(k)) || s.token(k).word().equals("\""));
    if (afterQuote) {
      k--;
    }
    boolean afterComma = k >= 0 && s.token(k).word().equals(",");
    if (!afterComma && !afterQuote || k < 1) {
      return null;
    }
    if (!afterComma) {
      k++; // "“...” he said": the content ends at the closing mark
    }
    int start = 0;
    for (int i = k - 1; i >= 0; i--) {
      if (s.token(i).word().equals(";")) {
        start = i + 1;
        break;
      }
    }
    int last = k - 1;
    if (!afterQuote && parenthetical) {
      last = s.size() - 1; // a parenthetical attribution inside the sentence: "The talks, he said, will resume"
    } else if (afterQuote && parenthetical && startsPredicate(s, comma + 1)) {
      last = bounds.end(s, comma + 1, true, entities); // "“Only you,” she said, would think of that."
    }
    last = ContentBounds.trimEnd(s, start, last);
    if (last < start || !isClauseOrQuotation(s, start, last)) {
      return null;
    }
    return new int[] {start, last};
  }

  /** Time words a trailing cue may take without an object: "he said last week", "she said the next day". */
  private static final Set<String> TIME_NOUNS = Sets.union(Adjuncts.TEMPORAL,
      Set.of("day", "time", "summer", "winter", "spring", "fall"));

  /**
   * Whether the cue has a predicate or object of its own after it, so that it reports nothing before it: "When the
   * talks began, he felt blindsided", "Despite the loss, experts see other paths".
   */
  private static boolean takesObjectOfItsOwn(TaggedSentence s, int i) {
    while (s.tokenOrNull(i) != null && s.token(i).isAdverb()) {
      i++;
    }
    WordToken t = s.tokenOrNull(i);
    if (t == null || !(t.isAdjective() || t.tag().equals("VBN") || t.tag().equals("DT") || t.tag().equals("PRP$"))) {
      return false;
    }
    for (int k = i; k <= i + 2 && k < s.size(); k++) {
      if (TIME_NOUNS.contains(s.token(k).lower())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether what the complement reader took after a cue is rather an adjunct of the saying: "as she left", or an
   * infinitive behind other words ("said during his speech to the chamber").
   */
  private static boolean adjunctAfterTrailingCue(TaggedSentence s, CueMatch cue, Complement complement) {
    String frame = complement.frame();
    return frame.equals("as") || frame.equals("to") && complement.object() == null
        && complement.first() > cue.last() + 2;
  }

  /** The comma that closes an attribution after its adjuncts ("he said on Tuesday in Kabul, ..."), or -1. */
  private static int commaAfterAttribution(TaggedSentence s, int from) {
    for (int i = from; i < s.size() && i < from + 8; i++) {
      WordToken t = s.token(i);
      if (t.word().equals(",")) {
        return i;
      }
      if (t.isFiniteVerb() || t.isPunctuation() || t.lower().equals("that")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * After "The talks, he said," the sentence goes on with more of what was said: its own verb ("will resume"), a
   * new clause ("Back home, she said, the mood is grim") or an adjunct ("..., he said, including ..."); a new cue
   * (", adding that ...") or "according to" starts another attribution instead. After a speaker named last
   * (", said Tom Baker, a local agent, ...") a noun phrase describes the speaker, and the sentence goes on only
   * after it.
   */
  private static boolean finiteVerbBeforeComma(TaggedSentence s, int from) {
    for (int k = from; k < s.size() && !s.token(k).word().equals(","); k++) {
      if (s.token(k).isFiniteVerb() || s.token(k).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean commaAfter(TaggedSentence s, int from) {
    for (int k = from; k < s.size(); k++) {
      if (s.token(k).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Participles that go on with the report's own list: "..., the paper said, including speeches and ...". */
  private static final Set<String> LIST_OPENERS = Set.of("including", "excluding");

  /** Conjunctions that, after "..., he said,", open a clause about the saying: ", as the vote began". */
  private static final Set<String> ADJUNCT_SUBORDINATORS = Set.of("as", "after", "before", "when", "while");

  private boolean continuesSentence(TaggedSentence s, int i, boolean speakerLast) {
    WordToken t = s.tokenOrNull(i);
    if (t == null || t.isPunctuation() && !QuoteMarks.isQuoteToken(t)) {
      return false;
    }
    WordToken next = s.tokenOrNull(i + 1);
    // "..., she said, referring to the bank", "..., he said, as the vote began": how or when it was said; but a
    // gerund subject ("..., he said, replacing her would be hard") or a fronted clause (", when ..., a boss ...")
    // goes on with the report
    boolean adjunct = t.tag().equals("VBG") && !LIST_OPENERS.contains(t.lower()) && !finiteVerbBeforeComma(s, i + 1)
        || ADJUNCT_SUBORDINATORS.contains(t.lower()) && ComplementReader.startsClause(s, i + 1)
            && !commaAfter(s, i + 1);
    if (adjunct || t.tag().equals("VBG") && cues.match(s, i) != null || t.lower().equals("according")
        || Adjuncts.startsSpeechAdjunct(s, i) // "..., he said, on condition of anonymity"
        || RELATIVES.contains(t.lower()) // "..., said Ann Lee, who chairs the panel": the speaker described
        || t.lower().equals("on") && next != null && TIME_NOUNS.contains(next.lower())) { // "..., on Monday."
      return false;
    }
    if (speakerLast && ComplementReader.startsNounPhrase(s, i) && !ComplementReader.startsClause(s, i)) {
      for (int k = i + 1; k < s.size() && !s.token(k).isFiniteVerb(); k++) {
        if (s.token(k).word().equals(",")) {
          // ", said Ann Lee, head of the Farm Union, which ...": the relative clause still describes the speaker
          return !RELATIVES.contains(s.token(k + 1 < s.size() ? k + 1 : k).lower())
              && continuesSentence(s, k + 1, false);
        }
      }
      return false;
    }
    return true;
  }

  /**
   * A verb phrase with no subject of its own, which goes on with the quoted words before the attribution: "would
   * think", "is a fine example", "to raise taxes".
   */
  private static boolean startsPredicate(TaggedSentence s, int i) {
    int k = QuoteMarks.isQuoteToken(s.tokenOrNull(i)) ? i + 1 : i;
    WordToken t = s.tokenOrNull(k);
    WordToken next = s.tokenOrNull(k + 1);
    // a past form may be a participle describing the speaker (", said Jo Wu, angered that ..."): not taken
    return t != null && (t.tag().equals("VBZ") || t.tag().equals("VBP") || t.tag().equals("MD")
        || t.isFiniteVerb() && (t.key().equals("be") || t.key().equals("have"))
        || t.tag().equals("TO") && next != null && next.tag().equals("VB"));
  }

  /**
   * Where the words before an attribution set into a sentence start, when the quotation after it goes on with them:
   * "No new label, he said, “hides what the group is”" — the quotation opens in lowercase, and the words from the
   * sentence start to the comma before the speaker hold no comma or quotation of their own; or -1.
   */
  private static int frontedPartOfQuotation(TaggedSentence s, CueMatch cue, Phrase subject, Complement complement) {
    if (subject == null || subject.last() + 1 != cue.first() || subject.first() < 2
        || !s.token(subject.first() - 1).word().equals(",")) {
      return -1;
    }
    WordToken opening = s.token(complement.first());
    WordToken quoted = s.tokenOrNull(complement.first() + 1);
    if (!QuoteMarks.isQuoteToken(opening) || quoted == null || !Character.isLowerCase(quoted.word().charAt(0))) {
      return -1;
    }
    int start = 0;
    for (int i = subject.first() - 2; i >= 0; i--) {
      if (s.token(i).word().equals(";")) {
        start = i + 1;
        break;
      }
    }
    WordToken head = s.tokenOrNull(start);
    if (start >= subject.first() - 1 || head == null || head.tag().equals("VBG") || head.tag().equals("VBN")) {
      return -1; // "Speaking in Ohio, he said, “...”": the speaker's own participle clause
    }
    for (int i = start; i < subject.first() - 1; i++) {
      if (s.token(i).word().equals(",") || QuoteMarks.isQuoteToken(s.token(i))) {
        return -1;
      }
    }
    return start;
  }

  /** Reported content is a clause (it has a finite verb) or quoted words, not "At Monday's debate". */
  private static boolean isClauseOrQuotation(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isFiniteVerb() || QuoteMarks.isQuoteToken(s.token(i))) {
        return true;
      }
    }
    return false;
  }

  // ---- nouns ----------------------------------------------------------------------------------------------

  /** "X's primary demand: ...", "a warning by X that ...", "X issued a warning that ...". */
  private Report nounFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    Phrase possessor = null;
    int j = cue.first() - 1;
    while (j >= 0 && (s.token(j).isAdjective() || s.token(j).isAdverb() || s.token(j).tag().equals("VBN"))) {
      j--;
    }
    WordToken t = s.tokenOrNull(j);
    if (t != null && t.tag().equals("POS")) {
      possessor = NounPhrases.phraseEndingAt(s, j - 1);
    } else if (t != null && t.tag().equals("PRP$") && POSSESSIVE_PRONOUNS.contains(t.lower())) {
      possessor = new Phrase(s.index(), j, j);
    } else {
      int k = t != null && t.tag().equals("DT") ? j - 1 : j;
      WordToken verb = s.tokenOrNull(k);
      if (verb != null && verb.isVerb() && LIGHT_VERBS.contains(verb.key())) {
        possessor = Subjects.subjectOf(s, k);
      }
    }
    WordToken after = s.tokenOrNull(cue.last() + 1);
    if (possessor == null && after != null && (after.lower().equals("by") || after.lower().equals("from"))) {
      int end = NounPhrases.endRight(s, cue.last() + 2, true);
      possessor = end > cue.last() + 1 ? new Phrase(s.index(), cue.last() + 2, end) : null;
    }
    if (possessor == null) {
      return null;
    }
    Actor speaker = possessorActor(doc, s, possessor);
    Complement complement = complements.read(s, cue, doc.entities);
    if (speaker == null || complement == null) {
      return null;
    }
    return frame(doc, s, cue, speaker, null, null, complement.first(), complement.last(), ReportKind.NOMINAL,
        complement.frame(), 0.8);
  }

  /**
   * "The ILO reiterated its demand that ...", "insisted on its demands": a possessive pronoun is the subject of
   * the verb that governs the noun; other possessors resolve as speakers.
   */
  private Actor possessorActor(DocumentContext doc, TaggedSentence s, Phrase possessor) {
    WordToken t = s.token(possessor.first());
    if (possessor.first() != possessor.last() || !t.tag().equals("PRP$")) {
      // "The mayor rejected the governor's demand": whose demand it is, is never the subject of the verb
      Actor subject = subjectOfGoverningVerb(doc, s, possessor.first());
      return doc.resolver.resolveOther(possessor, subject == null ? null : subject.canonical());
    }
    for (int v = possessor.first() - 1; v >= 0 && v >= possessor.first() - 3; v--) {
      if (s.token(v).isVerb()) {
        if (COPULAS.contains(s.token(v).key())) {
          return null; // "Parents were angry about his decision": the subject only feels about it
        }
        Phrase subject = Subjects.subjectOf(s, v);
        return subject == null ? null : doc.resolver.resolve(subject);
      }
    }
    return null;
  }

  /** The speaker-like subject of the verb just before an object that starts at token {@code first}, if any. */
  private Actor subjectOfGoverningVerb(DocumentContext doc, TaggedSentence s, int first) {
    for (int v = first - 1; v >= 0 && v >= first - 3; v--) {
      if (s.token(v).isVerb()) {
        Phrase subject = Subjects.subjectOf(s, v);
        return subject == null ? null : doc.resolver.resolve(subject);
      }
    }
    return null;
  }

  // ---- adjectives -----------------------------------------------------------------------------------------

  /**
   * A stance ("X is optimistic that ...": X speaks) or a judgement ("X considers Y non-negotiable": Y is the
   * content; "Y is non-negotiable" inside another claim: that claim's speaker).
   */
  private Report adjectiveFrame(DocumentContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    WordToken after = s.tokenOrNull(cue.last() + 1);
    if (after != null && (after.lower().equals("that") || after.tag().equals("TO") || after.lower().equals("about"))) {
      Phrase subject = Subjects.subjectOf(s, cue.first());
      Complement complement = complements.read(s, cue, doc.entities);
      Actor speaker = subject == null ? null : doc.resolver.resolve(subject);
      if (speaker == null || complement == null) {
        return null;
      }
      return frame(doc, s, cue, speaker, null, null, complement.first(), complement.last(), ReportKind.INDIRECT,
          "stance", 0.8);
    }
    int j = cue.first() - 1;
    while (j >= 0 && s.token(j).isAdverb()) {
      j--;
    }
    WordToken before = s.tokenOrNull(j);
    if (before == null) {
      return null;
    }
    if (before.lower().equals("as")) {
      for (int v = j - 1; v >= 0; v--) {
        WordToken verb = s.token(v);
        if (verb.isVerb() && JUDGING_VERBS.contains(verb.key())) {
          Phrase subject = Subjects.subjectOf(s, v);
          Actor speaker = subject == null ? null : doc.resolver.resolve(subject);
          int last = ContentBounds.trimEnd(s, v + 1, j - 1);
          if (speaker == null || last <= v) {
            return null;
          }
          return frame(doc, s, cue, speaker, null, null, v + 1, last, ReportKind.INDIRECT, "judged", 0.8);
        }
        if (v < j - 25 || s.token(v).word().equals(";")) {
          break;
        }
      }
      return null;
    }
    if (before.isVerb() && COPULAS.contains(before.key())) {
      Phrase judged = NounPhrases.phraseEndingAt(s, j - 1);
      if (judged == null) {
        return null;
      }
      for (Report outer : inSentence) {
        TextSpan content = outer.content();
        if (outer.speaker() != null && content.start() <= s.token(judged.first()).start()
            && s.token(cue.last()).end() <= content.end()) {
          return frame(doc, s, cue, outer.speaker(), null, null, judged.first(), judged.last(),
              ReportKind.INDIRECT, "nested", 0.7);
        }
      }
    }
    return null;
  }

  // ---- according to ---------------------------------------------------------------------------------------

  /**
   * "..., according to X" and "According to X, ...". An outlet after "according to" is the speaker of a bare fact
   * ("Wages rose, according to Reuters") but only the credit of speech it relays ("The general said ..., according
   * to Reuters").
   */
  private Report accordingToFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    int k = cue.last() + 1;
    int end = NounPhrases.endRight(s, k, true);
    if (end < k) {
      return null;
    }
    Actor speaker = doc.resolver.resolve(new Phrase(s.index(), k, end));
    if (speaker == null && s.token(end).isNoun()) { // "according to the Budget Research Institute", "... state law": a source
      TextSpan named = s.spanOf(doc.text, k, end);
      speaker = Actor.of(named, named.text(), EntityType.MISC);
    }
    if (speaker == null) {
      return null;
    }
    int first;
    int last;
    if (atClauseStart(s, cue.first())) {
      first = afterSourceTail(s, end + 1);
      if (first < s.size() && s.token(first).word().equals(",")) {
        first++;
      }
      if (first >= s.size()) {
        return null;
      }
      last = bounds.end(s, first, true, doc.entities);
    } else if (isCopulaAfterSubject(s, cue.first() - 1)) {
      first = cue.first() - 2; // "That's according to the latest count": the pronoun stands for what is reported
      last = first;
    } else {
      int comma = cue.first() - 1;
      if (comma < 1 || !s.token(comma).word().equals(",")) {
        return null;
      }
      first = 0;
      for (int i = comma - 1; i >= 0; i--) {
        if (s.token(i).word().equals(";") || s.token(i).word().equals(":")) {
          first = i + 1;
          break;
        }
      }
      last = ContentBounds.trimEnd(s, first, comma - 1);
      WordToken after = s.tokenOrNull(end + 1);
      if (after != null && after.word().equals(",") && continuesSentence(s, end + 2, true)) {
        last = ContentBounds.trimEnd(s, first, s.size() - 1); // "Sales, according to the firm, fell": all of it
      }
    }
    if (last < first || speaker.type() == EntityType.OUTLET && holdsCue(s, first, last)) {
      return null;
    }
    return frame(doc, s, cue, speaker, null, null, first, last, ReportKind.ACCORDING_TO, "according", 0.8);
  }

  /** "That's according to ...", "This was according to ...": a lone pronoun and a form of "be" open the sentence. */
  private static boolean isCopulaAfterSubject(TaggedSentence s, int verb) {
    if (verb != 1) {
      return false;
    }
    WordToken be = s.token(verb);
    boolean copula = be.key().equals("be") || be.lower().equals("'s") || be.lower().equals("’s");
    return copula && (s.token(0).isPronoun() || DEMONSTRATIVES.contains(s.token(0).lower()));
  }

  // ---- documents after a preposition ----------------------------------------------------------------------

  /**
   * "In the latest poll, the mayor leads by six points": a poll or survey before the clause speaks it. Other
   * documents after "in" only place someone's words ("In a letter, she asked ..."), and a poll at the end of a
   * clause ("... is ahead in the polls") is mostly the writer's own narration.
   */
  private Report sourceFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    int k = cue.last() + 1;
    int end = NounPhrases.endRight(s, k, true);
    if (end < k || !atClauseStart(s, cue.first())) {
      return null;
    }
    int head = NounPhrases.headEnd(s, k, end);
    if (head < 0 || !POLLS.contains(s.token(head).lower())) {
      return null;
    }
    Actor speaker = doc.resolver.resolve(new Phrase(s.index(), k, end));
    int comma = afterSourceTail(s, end + 1);
    if (comma + 1 < s.size() && s.token(comma).word().equals(",") && isParticiple(s.token(comma + 1))) {
      comma = afterSourceTail(s, comma + 1); // "In the poll, conducted in May, ...": a tail set off by commas
    }
    if (speaker == null || comma + 1 >= s.size() || !s.token(comma).word().equals(",")) {
      return null;
    }
    int first = comma + 1;
    int last = bounds.end(s, first, true, doc.entities);
    if (last < first || !hasVerb(s, first, last) || holdsCue(s, first, last)) {
      return null;
    }
    return frame(doc, s, cue, speaker, null, null, first, last, ReportKind.ACCORDING_TO, "source", 0.75);
  }

  /** A past participle, or the past tense the tagger often gives one. */
  private static boolean isParticiple(WordToken t) {
    return t.tag().equals("VBN") || t.tag().equals("VBD");
  }

  /** A clause, not "In the poll, the mayor's lead": some verb, even one the tagger takes for a participle. */
  private static boolean hasVerb(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb or noun of reporting stands in tokens {@code [first, last]}: the words already have a speaker
   * ("In the letter, she wrote ..."). Stances are no report: in "In the poll, most voters want change" the poll
   * speaks.
   */
  private boolean holdsCue(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      CueMatch inner = cues.match(s, i);
      if (inner != null && inner.entry().speech() && inner.entry().act() == CueAct.STATEMENT
          && (inner.entry().part() == CuePart.VERB || inner.entry().part() == CuePart.NOUN)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "According to a poll released Monday by the university, ...": the words after the source's noun phrase that
   * still describe it, up to the comma that ends them; {@code k} itself when no such comma comes first.
   */
  private static int afterSourceTail(TaggedSentence s, int k) {
    for (int i = k; i < s.size() && i < k + MAX_SOURCE_TAIL; i++) {
      WordToken t = s.token(i);
      if (t.word().equals(",")) {
        return i;
      }
      // a participle ("released") describes the source, whatever the tagger says
      if (t.isFiniteVerb() && !isParticiple(t) || t.isPunctuation() || QuoteMarks.isQuoteToken(t)
          || t.lower().equals("that")) {
        return k;
      }
    }
    return k;
  }

  // ---- speaker labels -------------------------------------------------------------------------------------

  /**
   * "WALLACE: Let's start ...", "Pat Caddell: Democrat voters worried ...": a name before a colon at the start of
   * a sentence speaks the rest of its paragraph segment (a transcript turn, a headline).
   */
  private Report labelFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    int start = labelStart(s);
    if (!isLabel(s, start, cue.first())) {
      return null;
    }
    boolean headline = s.segmentKind() == SegmentKind.HEADLINE;
    Phrase label = new Phrase(s.index(), start, cue.first() - 1);
    Actor speaker = doc.resolver.resolve(label);
    if (speaker != null && speaker.type().isPlace()) {
      return null; // "ISLAMABAD: ..." is a dateline
    }
    // "PENCE: ...": a transcript's speaker in capitals, which the tagger may read as a common noun ("TRUMP")
    if (speaker == null && (s.token(cue.first() - 1).isProperNoun() || speakerInCapitals(s, start, cue.first()))) {
      TextSpan name = s.spanOf(doc.text, start, cue.first() - 1);
      speaker = Actor.of(name, name.text(), EntityType.PERSON);
    }
    if (speaker == null) {
      return null;
    }
    int first = cue.last() + 1;
    if (!anyVerb(s, first, s.size() - 1) && !titleCased(s, first, s.size() - 1) && !headline) {
      // "Smith: 1,769", "Twitter: @handle", "Jones: A late surge": a tally, an address or a caption, not a turn of
      // speech; a headline often leaves out its verb ("Mayor: No new taxes") or hides it in title case
      return null;
    }
    int endOfTurn = endOfTurn(doc, s);
    TextSpan content = TextSpan.of(doc.text, s.token(first).start(), endOfTurn);
    return new Report(s.index(), cue, s.spanOf(doc.text, cue.first(), cue.last()), speaker, null, null, content,
        null, ReportKind.INDIRECT, null, cue.entry().id() + "/label", 0.75);
  }

  /** The first token of a speaker label, after any quotation marks that open the sentence. */
  private static int labelStart(TaggedSentence s) {
    int start = 0;
    while (start < s.size() && QuoteMarks.isQuoteToken(s.token(start))) {
      start++;
    }
    return start;
  }

  /** Whether tokens {@code [start, colon)} are one to four words of a name and something follows the colon. */
  private static boolean isLabel(TaggedSentence s, int start, int colon) {
    int length = colon - start;
    if (length < 1 || length > MAX_LABEL_WORDS || colon + 1 >= s.size()) {
      return false;
    }
    boolean headline = s.segmentKind() == SegmentKind.HEADLINE;
    for (int i = start; i < colon; i++) {
      WordToken t = s.token(i);
      // a headline's title case misleads the tagger ("Rush/JJ Limbaugh"): there a capitalised word may name
      boolean nameWord = t.isProperNoun() || t.tag().equals("NNS") || t.tag().equals("NN")
          || headline && t.isCapitalized() && t.isAdjective();
      if (!nameWord) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where a label's turn ends: with its paragraph segment, before the next sentence that opens with a label ("WALLACE:
   * ... TRUMP: ..." on one line), after {@link #MAX_TURN_SENTENCES} sentences at most (a page without line breaks
   * is no turn of one speaker), and before any sentence left unread.
   */
  private int endOfTurn(DocumentContext doc, TaggedSentence s) {
    int last = s.index();
    // untagged sentences (an earlier stage stopped before them) can show no label: the turn stops before them
    int lastTagged = doc.analysis.sentences().size() - doc.analysis.untagged() - 1;
    int limit = Math.min(Math.min(doc.lastOfSegment[s.index()], s.index() + MAX_TURN_SENTENCES - 1), lastTagged);
    while (last < limit && !opensTurn(doc.analysis.sentences().get(last + 1))) {
      last++;
    }
    return doc.analysis.sentences().get(last).span().end();
  }

  /** Whether the sentence opens with a speaker label: a name and the colon of a label cue. */
  private boolean opensTurn(TaggedSentence s) {
    int start = labelStart(s);
    for (int i = start + 1; i <= start + MAX_LABEL_WORDS && i < s.size(); i++) {
      if (s.token(i).word().equals(":")) {
        CueMatch cue = cues.match(s, i);
        return cue != null && cue.entry().part() == CuePart.LABEL && isLabel(s, start, i);
      }
    }
    return false;
  }

  private static boolean titleCased(TaggedSentence s, int first, int last) {
    int words = 0;
    int capitalized = 0;
    for (int i = first; i <= last; i++) {
      if (Character.isLetter(s.token(i).word().charAt(0))) {
        words++;
        capitalized += s.token(i).isCapitalized() ? 1 : 0;
      }
    }
    return words > 1 && capitalized * 2 > words;
  }

  private static boolean anyVerb(TaggedSentence s, int first, int last) {
    for (int i = first; i <= last; i++) {
      if (s.token(i).isVerb() || s.token(i).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean speakerInCapitals(TaggedSentence s, int first, int end) {
    for (int i = first; i < end; i++) {
      String word = s.token(i).word();
      if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT)) || EDITORIAL_LABELS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** "“The most unqualified child to ever run.” ― Francisco Herrero": the name after the dash said the quotation. */
  private Report dashFrame(DocumentContext doc, TaggedSentence s, CueMatch cue) {
    int dash = s.token(cue.first()).start();
    TextSpan quotation = null;
    // walk back over the closing mark and punctuation between the quotation and the dash: «….” ―»
    for (int i = dash - 1; i >= 0 && dash - i <= MAX_GAP_BEFORE_DASH && quotation == null; i--) {
      quotation = doc.quotationsByEnd.get(i);
      if (quotation == null && "\"”’'.,!?".indexOf(doc.text.charAt(i)) < 0 && !Character.isWhitespace(doc.text.charAt(i))
          && !Character.isSpaceChar(doc.text.charAt(i))) { // a no-break space too
        break;
      }
    }
    int end = NounPhrases.endRight(s, cue.last() + 1, false);
    if (quotation == null || end <= cue.last() || !s.token(cue.last() + 1).isCapitalized()) {
      return null;
    }
    Phrase name = new Phrase(s.index(), cue.last() + 1, end);
    Actor speaker = doc.resolver.resolve(name);
    if (speaker == null) {
      TextSpan span = s.spanOf(doc.text, name.first(), name.last());
      speaker = Actor.of(span, span.text(), EntityType.PERSON);
    }
    TextSpan content = TextSpan.of(doc.text, Math.max(0, quotation.start() - 1), Math.min(doc.text.length(), quotation.end() + 1));
    return new Report(s.index(), cue, s.spanOf(doc.text, cue.first(), cue.last()), speaker, null, null, content,
        quotation, ReportKind.DIRECT, null, cue.entry().id() + "/after-quote", 0.8);
  }

  /**
   * A participle cue that opens the sentence, alone or after a preposition of time or means ("After thanking the
   * crowd, the mayor ...", "By promising to cut taxes, the senator ..."): its speaker is the subject after the comma.
   */
  private static boolean opensParticipleClause(TaggedSentence s, CueMatch cue) {
    int before = cue.first() - 1;
    return atClauseStart(s, cue.first()) || before >= 0 && atClauseStart(s, before)
        && PARTICIPLE_PREPOSITIONS.contains(s.token(before).lower());
  }

  private static boolean atClauseStart(TaggedSentence s, int i) {
    for (int k = 0; k < i; k++) {
      if (!s.token(k).isPunctuation()) {
        return false;
      }
    }
    return true;
  }

  // ---- shared ---------------------------------------------------------------------------------------------

  private Report frame(DocumentContext doc, TaggedSentence s, CueMatch cue, Actor speaker, Actor addressee,
      Actor target, int first, int last, ReportKind mode, String frameName, double confidence) {
    TextSpan cueSpan = s.spanOf(doc.text, cue.first(), cue.last());
    TextSpan content = s.spanOf(doc.text, first, last);
    if (speaker != null && speaker.mention().contains(content)) {
      return null;
    }
    double adjusted = speaker == null ? confidence - 0.2
        : speaker.mention().text().equals(speaker.canonical()) || speaker.isGroup() ? confidence : confidence - 0.05;
    return new Report(s.index(), cue, cueSpan, speaker, addressee, target, content, null, mode, null,
        cue.entry().id() + "/" + frameName, Math.max(0, adjusted));
  }
}
