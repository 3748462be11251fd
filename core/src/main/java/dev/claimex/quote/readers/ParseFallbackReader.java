package dev.claimex.quote.readers;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.ObjectRole;
import dev.claimex.ner.Actor;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.ContentReading;
import dev.claimex.quote.ParsedReportReader;
import dev.claimex.quote.Report;
import dev.claimex.quote.ReportKind;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import java.util.List;

/**
 * The fallback for cue verbs the other readers left without a report: the clause and subject a dependency parse
 * gives the verb ({@link ParsedReportReader}). Only a speech cue with a finite verb after it is worth a parse, and
 * each sentence is parsed at most once. A cue inside a quotation or inside another report's content is skipped:
 * quoted and nested speech is read by the quotation rules or not at all; so is a content another report has.
 *
 * <pre>{@code
 * Report report = new ParseFallbackReader(parser).read(doc, s, said, inSentence);
 * // "The mayor's aide, who joined in May after years at the court, says the budget is short."
 * }</pre>
 */
public final class ParseFallbackReader implements ReportReader {

  private final DependencyParser parser;

  /** A reader that parses with {@code parser}. */
  public ParseFallbackReader(DependencyParser parser) {
    this.parser = checkNotNull(parser, "parser");
  }

  @Override
  public Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence) {
    TextSpan cueSpan = s.spanOf(doc.text(), cue.first(), cue.last());
    if (!cue.entry().speech() || !finiteVerbAfter(s, cue.last())) {
      return null; // parsing is costly: only for a speech cue with a clause to report
    }
    if (doc.quotations().anyContaining(cueSpan) || insideContent(doc.earlier().contentOverlapping(cueSpan), cueSpan)
        || insideContent(inSentence, cueSpan)) {
      return null;
    }
    ParsedReportReader.ParsedReport report = ParsedReportReader.read(s, doc.parse(s, parser), cue.head());
    if (report == null) {
      return null;
    }
    TextSpan content = s.spanOf(doc.text(), report.first(), report.last());
    if (repeatsContent(inSentence, content) || repeatsContent(doc.earlier().contentOverlapping(content), content)) {
      return null;
    }
    Actor speaker = doc.enclosingSpeaker(s, report.subject(), cue, inSentence);
    speaker = speaker != null ? speaker : doc.resolver().resolve(report.subject());
    speaker = speaker != null ? speaker : doc.resolver().unnamedSource(report.subject());
    if (speaker == null) {
      return null;
    }
    Actor addressee = report.object() != null && cue.entry().objectRole() == ObjectRole.ADDRESSEE
        ? doc.resolver().resolve(report.object()) : null;
    Report read = doc.report(s, cue, speaker, addressee, null, report.first(), report.last(),
        cue.entry().speech() ? ReportKind.INDIRECT : ReportKind.NONE, ContentIntro.PARSED, "parsed", 0.75);
    return read == null ? null : ContentReading.refine(s, read, report.first(), report.last(), doc.resolver());
  }

  private static boolean finiteVerbAfter(TaggedSentence s, int from) {
    for (int i = from + 1; i < s.size(); i++) {
      if (s.token(i).isFiniteVerb() || s.token(i).tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code reports} has a content that holds {@code span}. */
  private static boolean insideContent(List<Report> reports, TextSpan span) {
    for (Report report : reports) {
      if (report.content().overlaps(span) && report.content().contains(span)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code reports} has a content that holds {@code span} or shares most of its text with it. */
  private static boolean repeatsContent(List<Report> reports, TextSpan span) {
    for (Report report : reports) {
      TextSpan c = report.content();
      if (!c.overlaps(span)) {
        continue; // sharing most of the text, they overlap
      }
      int shared = Math.min(c.end(), span.end()) - Math.max(c.start(), span.start());
      int union = Math.max(c.end(), span.end()) - Math.min(c.start(), span.start());
      if (c.contains(span) || 2 * shared >= union) {
        return true;
      }
    }
    return false;
  }
}
