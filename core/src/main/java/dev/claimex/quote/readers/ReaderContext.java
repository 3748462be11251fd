package dev.claimex.quote.readers;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.coref.EntityIndex;
import dev.claimex.coref.SpeakerResolver;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.Gazetteer;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.quote.passes.QuotedFirstPerson;
import dev.claimex.syntax.Phrase;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.DependencyTree;
import dev.claimex.text.SpanIndex;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One document as the readers share it while they read it: its text, entities, quotations and the speakers found
 * so far. It is read sentence by sentence on one thread; the speaker resolver learns as it goes.
 *
 * <pre>{@code
 * ReaderContext doc = new ReaderContext(analysis, entities, gazetteer, animate, quotations, span -> List.of());
 * Report report = new VerbReader(cues).read(doc, sentence, cue, List.of());
 * doc.resolver().remember(report.speaker(), sentence.index());
 * }</pre>
 */
public final class ReaderContext {

  /** The reports of the sentences read before, asked by where their content lies. */
  @FunctionalInterface
  public interface EarlierReports {
    /** The earlier reports whose content overlaps {@code span}, in the order they were read. */
    List<Report> contentOverlapping(TextSpan span);
  }

  private final TextAnalysis analysis;
  private final String text;
  private final EntityIndex entities;
  private final SpeakerResolver resolver;
  private final SpanIndex<TextSpan> quotations;
  private final Map<Integer, TextSpan> quotationsByEnd = new HashMap<>();
  /** For each sentence, the last sentence of the run of sentences of its segment that it opens or continues. */
  private final int[] lastOfSegment;
  private final EarlierReports earlier;
  private int parsedSentence = -1;
  private DependencyTree parsed;

  /**
   * The document {@code analysis} with its entity mentions and the quotations found in it; {@code earlier} answers
   * for the reports of the sentences already read.
   */
  public ReaderContext(TextAnalysis analysis, List<EntityMention> entities, Gazetteer gazetteer,
      AnimateNouns animate, List<TextSpan> quotations, EarlierReports earlier) {
    this.analysis = checkNotNull(analysis, "analysis");
    this.text = analysis.text();
    this.entities = new EntityIndex(analysis, checkNotNull(entities, "entities"));
    this.resolver = new SpeakerResolver(analysis, this.entities, checkNotNull(gazetteer, "gazetteer"),
        checkNotNull(animate, "animate"));
    this.lastOfSegment = new int[analysis.sentences().size()];
    for (int i = lastOfSegment.length - 1; i >= 0; i--) {
      boolean sameAsNext = i + 1 < lastOfSegment.length
          && analysis.sentences().get(i + 1).segment() == analysis.sentences().get(i).segment();
      lastOfSegment[i] = sameAsNext ? lastOfSegment[i + 1] : i;
    }
    this.quotations = SpanIndex.of(checkNotNull(quotations, "quotations"), q -> q);
    quotations.forEach(q -> quotationsByEnd.put(q.end(), q));
    this.earlier = checkNotNull(earlier, "earlier");
  }

  /** The speakers of the document: resolves a phrase to an actor and remembers each report's speaker. */
  public SpeakerResolver resolver() {
    return resolver;
  }

  /** The document's quotations, indexed by span. */
  public SpanIndex<TextSpan> quotations() {
    return quotations;
  }

  TextAnalysis analysis() {
    return analysis;
  }

  String text() {
    return text;
  }

  EntityIndex entities() {
    return entities;
  }

  EarlierReports earlier() {
    return earlier;
  }

  /** The quotation (without its marks) that ends at {@code offset}, or {@code null}. */
  TextSpan quotationEndingAt(int offset) {
    return quotationsByEnd.get(offset);
  }

  /** The last sentence of the run of sentences of one segment that sentence {@code index} opens or continues. */
  int lastOfSegment(int index) {
    return lastOfSegment[index];
  }

  /** The parse of {@code s}, parsed once however many cues of it ask. */
  DependencyTree parse(TaggedSentence s, DependencyParser parser) {
    if (parsedSentence != s.index()) {
      parsed = parser.parse(s);
      parsedSentence = s.index();
    }
    return parsed;
  }

  /**
   * The report of {@code cue} with content tokens {@code [first, last]}, or {@code null} when the speaker's own
   * mention holds the content. A speaker named other than in full ("he", "the minister") costs a little confidence,
   * no speaker more.
   */
  Report report(TaggedSentence s, CueMatch cue, Actor speaker, Actor addressee, Actor target, int first, int last,
      ReportKind mode, ContentIntro intro, String name, double confidence) {
    TextSpan cueSpan = s.spanOf(text, cue.first(), cue.last());
    TextSpan content = s.spanOf(text, first, last);
    if (speaker != null && speaker.mention().contains(content)) {
      return null;
    }
    double adjusted = speaker == null ? confidence - 0.2
        : speaker.mention().text().equals(speaker.canonical()) || speaker.isGroup() ? confidence : confidence - 0.05;
    return new Report(s.index(), cue, cueSpan, speaker, addressee, target, content, null, mode, null, intro,
        cue.entry().id() + "/" + name, Math.max(0, adjusted));
  }

  /**
   * "Hungary has said it will support ...": a pronoun subject inside another report's content is that report's
   * speaker, when it can be (not "he" for a woman); {@code null} otherwise.
   */
  Actor enclosingSpeaker(TaggedSentence s, Phrase subject, CueMatch cue, List<Report> inSentence) {
    WordToken t = s.token(subject.first());
    if (subject.first() != subject.last() || !t.isPronoun()) {
      return null;
    }
    TextSpan cueSpan = s.spanOf(text, cue.first(), cue.last());
    for (Report outer : inSentence) {
      if (outer.speaker() != null && outer.content().contains(cueSpan) && !t.lower().equals("i")
          && !t.lower().equals("you") && !QuotedFirstPerson.isFirstPerson(outer.speaker())
          && resolver.mayBe(outer.speaker(), t.lower())) { // "Ann Reed said he refused": not she
        Actor o = outer.speaker();
        return new Actor(s.spanOf(text, subject.first(), subject.last()), o.canonical(), o.type(), o.members());
      }
    }
    return null;
  }
}
