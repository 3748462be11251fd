package dev.claimex.quote;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.Gazetteer;
import dev.claimex.quote.passes.EmbeddedSpeech;
import dev.claimex.quote.passes.OutletCredits;
import dev.claimex.quote.passes.PassContext;
import dev.claimex.quote.passes.QuotedCuesConfined;
import dev.claimex.quote.passes.QuotedFirstPerson;
import dev.claimex.quote.passes.ReportPass;
import dev.claimex.quote.readers.AccordingToReader;
import dev.claimex.quote.readers.AdjectiveReader;
import dev.claimex.quote.readers.DashReader;
import dev.claimex.quote.readers.LabelReader;
import dev.claimex.quote.readers.NounReader;
import dev.claimex.quote.readers.ParseFallbackReader;
import dev.claimex.quote.readers.PollReader;
import dev.claimex.quote.readers.ReaderContext;
import dev.claimex.quote.readers.ReportReader;
import dev.claimex.quote.readers.VerbReader;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.StageBudget;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribution by lexicon and shallow syntax. Every cue of the {@link CueLexicon} is read by the reader its part of
 * speech names: verbs ("X warned of ..."), nouns ("X's main demand: ..."), adjectives ("X considers Y
 * non-negotiable"), "according to X", polls, speaker labels, a name after a dash; a cue verb none of them can read
 * goes to the dependency parse, when there is a parser. Quotations are then attached to the frames that contain
 * them, or given to the latest speaker when no cue introduces them; last, each frame gets the outlet the text
 * credits.
 *
 * <pre>{@code
 * AttributionFinder finder = new RuleBasedAttributionFinder(CueLexicon.load(), Gazetteer.load(), AnimateNouns.load());
 * ImmutableList<Report> frames = finder.find(analysis, entities);
 * }</pre>
 */
public final class RuleBasedAttributionFinder implements AttributionFinder {

  /** Segments that only label or credit text and never carry claims. */
  static final Set<SegmentKind> NO_CLAIMS = Set.of(SegmentKind.SOURCE_LINE, SegmentKind.BYLINE,
      SegmentKind.DATELINE);

  private final CueLexicon cues;
  private final Gazetteer gazetteer;
  private final AnimateNouns animate;
  private final QuotationFrames quotationFrames;
  private final ReportReader verbs;
  private final ReportReader nouns;
  private final ReportReader adjectives;
  private final ReportReader accordingTo;
  private final ReportReader polls;
  private final ReportReader labels;
  private final ReportReader dashes;
  /** For the cue verbs the readers leave without a report; {@code null} without a parser. */
  private final ReportReader parsed;
  /** The passes over a document's reports, in order, once every sentence is read. */
  private final ImmutableList<ReportPass> passes;

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
    this.cues = checkNotNull(cues, "cues");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.animate = checkNotNull(animate, "animate");
    this.quotationFrames = new QuotationFrames(cues);
    this.verbs = new VerbReader(cues);
    this.nouns = new NounReader(cues);
    this.adjectives = new AdjectiveReader(cues);
    this.accordingTo = new AccordingToReader(cues);
    this.polls = new PollReader(cues);
    this.labels = new LabelReader(cues);
    this.dashes = new DashReader();
    this.parsed = parser == null ? null : new ParseFallbackReader(parser);
    this.passes = ImmutableList.of(
        (reports, doc) -> ImmutableList.copyOf(
            new QuotationAttacher(doc.analysis(), cues).attach(reports, doc.quotationsRead(), doc.budget())),
        new QuotedFirstPerson(),
        new QuotedCuesConfined(),
        new EmbeddedSpeech(),
        new OutletCredits());
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
    ImmutableList<TextSpan> quotations = QuoteMarks.find(analysis);
    FrameList frames = new FrameList(analysis);
    ReaderContext doc = new ReaderContext(analysis, entities, gazetteer, animate, quotations,
        span -> Arrays.stream(frames.contentOverlapping(span)).mapToObj(frames::get).toList());
    Map<Integer, List<TextSpan>> closingIn = bySentenceClosing(analysis, quotations);
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
        if (!keep(doc, s, readerOf(s, cue).read(doc, s, cue, inSentence.asList()), inSentence)
            && cue.entry().part() == CuePart.VERB) {
          unframedVerbs.add(cue);
        }
        i = cue.last();
      }
      for (int v = 0; parsed != null && v < unframedVerbs.size(); v++) {
        keep(doc, s, parsed.read(doc, s, unframedVerbs.get(v), inSentence.asList()), inSentence);
      }
      for (TextSpan quotation : closingIn.getOrDefault(s.index(), List.of())) {
        quotationFrames.attribute(analysis, doc.resolver(), quotation, frames, inSentence);
      }
      for (int f = 0; f < inSentence.size(); f++) {
        frames.add(inSentence.get(f));
      }
    }
    PassContext passing = new PassContext(analysis, entities, quotationsRead(analysis, quotations, budget),
        doc.quotations(), budget);
    List<Report> reports = frames.asList();
    for (ReportPass pass : passes) {
      reports = pass.apply(reports, passing);
    }
    return reports.stream()
        .sorted(Comparator.comparingInt(Report::sentence).thenComparingInt(RuleBasedAttributionFinder::anchor))
        .collect(ImmutableList.toImmutableList());
  }

  /** The reader the cue's lexicon row names by its part of speech. */
  private ReportReader readerOf(TaggedSentence s, CueMatch cue) {
    return switch (cue.entry().part()) {
      case VERB -> verbs;
      case NOUN -> nouns;
      case ADJECTIVE -> adjectives;
      case PREPOSITION -> accordingTo;
      case SOURCE -> polls;
      case LABEL -> s.token(cue.first()).word().equals(":") ? labels : dashes; // "WALLACE: ...", "“...” ― Jo Wu"
    };
  }

  /** Adds a report read (if any) to its sentence's, and remembers its speaker for the pronouns after it. */
  private static boolean keep(ReaderContext doc, TaggedSentence s, Report report, FrameList inSentence) {
    if (report == null) {
      return false;
    }
    inSentence.add(report);
    doc.resolver().remember(report.speaker(), s.index());
    return true;
  }

  /** Quotations by the sentence that holds their closing mark. */
  private static Map<Integer, List<TextSpan>> bySentenceClosing(TextAnalysis analysis, List<TextSpan> quotations) {
    Map<Integer, List<TextSpan>> closingIn = new HashMap<>();
    for (TextSpan q : quotations) {
      TaggedSentence closing = analysis.sentenceAt(QuoteMarks.outer(analysis.text(), q).end() - 1);
      if (closing != null) {
        closingIn.computeIfAbsent(closing.index(), k -> new ArrayList<>()).add(q);
      }
    }
    return closingIn;
  }

  /**
   * The quotations that lie within the sentences read: those the budget let this stage read, of those an earlier
   * stage read. A quotation running on into unread text is left out, so that no frame reaches into it.
   */
  private static ImmutableList<TextSpan> quotationsRead(TextAnalysis analysis, ImmutableList<TextSpan> quotations,
      StageBudget budget) {
    int all = analysis.sentences().size();
    int read = Math.min(budget.sentencesRead(all), all - analysis.untagged());
    if (read == all) {
      return quotations;
    }
    int end = read == 0 ? 0 : analysis.sentences().get(read - 1).span().end();
    return quotations.stream().filter(q -> QuoteMarks.outer(analysis.text(), q).end() <= end)
        .collect(ImmutableList.toImmutableList());
  }

  private static int anchor(Report frame) {
    return frame.cueSpan() != null ? frame.cueSpan().start() : frame.content().start();
  }
}
