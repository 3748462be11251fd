package dev.claimex.quote.readers;

import dev.claimex.lexicon.CueMatch;
import dev.claimex.quote.Report;
import dev.claimex.text.TaggedSentence;
import java.util.List;

/**
 * Reads the report one cue introduces: who speaks, to or about whom, and what is said. Each cue's lexicon row
 * names the reader of its part of speech ({@code CuePart}); a reader knows one shape of English and leaves the
 * cues that do not take it.
 *
 * <pre>{@code
 * Report report = new VerbReader(cues).read(doc, sentence, cue, List.of());   // "The mayor said taxes will rise."
 * }</pre>
 */
@FunctionalInterface
public interface ReportReader {

  /**
   * The report the cue reads in sentence {@code s}, or {@code null} when its words do not take this reader's shape.
   *
   * @param inSentence the reports read so far in the sentence, in the order they were read
   */
  Report read(ReaderContext doc, TaggedSentence s, CueMatch cue, List<Report> inSentence);
}
