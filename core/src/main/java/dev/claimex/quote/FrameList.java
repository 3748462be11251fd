package dev.claimex.quote;

import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The frames of a document while they are read and revised, indexed by the sentences their content and cue touch:
 * "which frame reports this quotation?" looks only at the frames near it, not at every frame of the document.
 * Answers are positions in ascending order, so "the first frame" keeps its meaning.
 *
 * <p>A span is filed under the sentences from the one that holds its start to the one that holds its end (the
 * space after a sentence counts as that sentence's): two spans that overlap always share one. A frame whose span
 * changes is filed again; entries left from its old span are filtered out by the exact test at lookup.
 */
final class FrameList {

  private final TextAnalysis analysis;
  private final List<Report> frames = new ArrayList<>();
  private final Filing contents = new Filing(Report::content);
  private final Filing cues = new Filing(Report::cueSpan);

  FrameList(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  FrameList(TextAnalysis analysis, List<Report> initial) {
    this(analysis);
    initial.forEach(this::add);
  }

  int size() {
    return frames.size();
  }

  Report get(int position) {
    return frames.get(position);
  }

  boolean isEmpty() {
    return frames.isEmpty();
  }

  /** The frames, in order (a read-only view). */
  List<Report> asList() {
    return Collections.unmodifiableList(frames);
  }

  void add(Report frame) {
    frames.add(frame);
    contents.file(frames.size() - 1, frame);
    cues.file(frames.size() - 1, frame);
  }

  void set(int position, Report frame) {
    frames.set(position, frame);
    contents.file(position, frame);
    cues.file(position, frame);
  }

  /** Positions of the frames whose content overlaps {@code span}, ascending. */
  int[] contentOverlapping(TextSpan span) {
    return contents.overlapping(span);
  }

  /** Positions of the frames whose cue overlaps {@code span}, ascending. */
  int[] cueOverlapping(TextSpan span) {
    return cues.overlapping(span);
  }

  /** One span of every frame, filed by sentence. */
  private final class Filing {
    private final Function<Report, TextSpan> spanOf;
    private final Map<Integer, List<Integer>> bySentence = new HashMap<>();
    /** Per position, the sentences it is filed under ({@code {from, to}}), or {@code null}. */
    private final List<int[]> filed = new ArrayList<>();

    Filing(Function<Report, TextSpan> spanOf) {
      this.spanOf = spanOf;
    }

    void file(int position, Report frame) {
      while (filed.size() <= position) {
        filed.add(null);
      }
      TextSpan span = spanOf.apply(frame);
      if (span == null || span.isEmpty()) {
        return;
      }
      int from = analysis.sentenceIndexFrom(span.start());
      int to = analysis.sentenceIndexFrom(span.end() - 1);
      int[] old = filed.get(position);
      if (old != null && old[0] <= from && to <= old[1]) {
        return;
      }
      int newFrom = old == null ? from : Math.min(from, old[0]);
      int newTo = old == null ? to : Math.max(to, old[1]);
      for (int s = newFrom; s <= newTo; s++) {
        if (old == null || s < old[0] || s > old[1]) {
          bySentence.computeIfAbsent(s, k -> new ArrayList<>()).add(position);
        }
      }
      filed.set(position, new int[] {newFrom, newTo});
    }

    int[] overlapping(TextSpan span) {
      if (span.isEmpty()) {
        return new int[0];
      }
      int from = analysis.sentenceIndexFrom(span.start());
      int to = analysis.sentenceIndexFrom(span.end() - 1);
      int[] found = new int[8];
      int count = 0;
      for (int s = from; s <= to; s++) {
        for (int position : bySentence.getOrDefault(s, List.of())) {
          TextSpan other = spanOf.apply(frames.get(position));
          if (other != null && other.overlaps(span)) {
            if (count == found.length) {
              found = Arrays.copyOf(found, 2 * count);
            }
            found[count++] = position;
          }
        }
      }
      int[] sorted = Arrays.copyOf(found, count);
      Arrays.sort(sorted);
      return unique(sorted);
    }
  }

  private static int[] unique(int[] sorted) {
    int count = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[count++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, count);
  }
}
