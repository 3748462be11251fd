package dev.claimex.quote.passes;

import static dev.claimex.models.WordClass.FIRST_PERSON_SUBJECT;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.quote.Report;
import dev.claimex.text.TextSpan;
import dev.claimex.text.SpanIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "“I think the plan will work,” the mayor said": "I" and "we" inside a quotation are the quotation's speaker,
 * known only once the quotations are given to their frames. The local mention stays "I"; the canonical name is the
 * speaker's.
 *
 * <pre>{@code
 * List<Report> resolved = new QuotedFirstPerson().apply(attached, doc);   // after the quotations are attached
 * }</pre>
 */
public final class QuotedFirstPerson implements ReportPass {

  private static final WordClasses WORDS = WordClasses.standard();
  /** What may stand between an attribution and a quotation that goes on with its speaker: the sentence's end. */
  private static final Pattern BETWEEN_QUOTATIONS = Pattern.compile("[.\\s]*");

  @Override
  public ImmutableList<Report> apply(List<Report> frames, PassContext doc) {
    SpanIndex<TextSpan> quotations = doc.quotations();
    SpanIndex<Report> byContent = SpanIndex.of(frames, Report::content);
    Map<Integer, Optional<Actor>> speakerOfQuotation = new HashMap<>();
    List<Report> resolved = new ArrayList<>(frames.size());
    for (Report frame : frames) {
      doc.budget().checkpoint();
      Actor quoted = isFirstPerson(frame.speaker()) && frame.cueSpan() != null
          ? quotationSpeaker(frame.cueSpan(), byContent, quotations, speakerOfQuotation) : null;
      if (quoted == null && isFirstPerson(frame.speaker()) && frame.cueSpan() != null) {
        quoted = continued(frame.cueSpan(), doc.analysis().text(), byContent);
        quoted = quoted != null ? quoted : turnSpeaker(frame.cueSpan(), byContent);
      }
      if (quoted == null) {
        resolved.add(frame);
      } else {
        Actor local = frame.speaker();
        resolved.add(frame.withSpeaker(new Actor(local.mention(), quoted.canonical(), quoted.type(), quoted.members())));
      }
    }
    return ImmutableList.copyOf(resolved);
  }

  /**
   * An unresolved "I" or "we": no antecedent for the pronouns of the content it reports, and, before this pass,
   * no speaker for the reports inside that content either.
   */
  public static boolean isFirstPerson(Actor speaker) {
    return speaker != null && speaker.canonical().equals(speaker.mention().text())
        && WORDS.is(FIRST_PERSON_SUBJECT, speaker.canonical().toLowerCase(Locale.ROOT));
  }

  /**
   * The speaker of the frame that carries the first quotation holding {@code cue}, or {@code null}: the first such
   * frame in list order. The speaker of each quotation is looked up once.
   */
  private static Actor quotationSpeaker(TextSpan cue, SpanIndex<Report> frames, SpanIndex<TextSpan> quotations,
      Map<Integer, Optional<Actor>> speakerOfQuotation) {
    for (int q : quotations.containing(cue)) {
      Optional<Actor> speaker = speakerOfQuotation.computeIfAbsent(q,
          k -> Optional.ofNullable(carrierSpeaker(quotations.get(k), frames)));
      if (speaker.isPresent()) {
        return speaker.get();
      }
    }
    return null;
  }

  /**
   * The speaker of the frame whose quotation holds {@code cue}, or {@code null}: for "I" and "we" of cues no frame
   * reads ("“We have a commitment to ...,” he said"). {@code byContent} indexes frames by their content.
   */
  public static Actor quoting(TextSpan cue, SpanIndex<Report> byContent, String text) {
    Actor carrier = quoting(cue, byContent);
    carrier = carrier != null ? carrier : continued(cue, text, byContent);
    return carrier != null ? carrier : turnSpeaker(cue, byContent);
  }

  /**
   * The speaker whose words after a colon hold {@code cue}: in a transcript's "FALLIN: I think we all need to ...",
   * as in a quotation, the first person is the one the label names. {@code null} when no such frame holds it.
   */
  static Actor turnSpeaker(TextSpan cue, SpanIndex<Report> byContent) {
    for (int f : byContent.containing(cue)) {
      Report outer = byContent.get(f);
      boolean turn = outer.cueSpan() != null && outer.cueSpan().text().equals(":")
          && outer.cueSpan().end() <= outer.content().start();
      if (turn && outer.speaker() != null && !isFirstPerson(outer.speaker())) {
        return outer.speaker();
      }
    }
    return null;
  }

  /**
   * The speaker of a quotation that goes on, unattributed, right after the attribution of the one before: in
   * "“We will run,” he said. “And we have a commitment to ...”" (or the next paragraph opening with a quotation),
   * the second is his too. {@code null} when anything but white space and the sentence's end stands between that
   * attribution and the opening mark, or the quotation closes before {@code cue}.
   */
  static Actor continued(TextSpan cue, String text, SpanIndex<Report> frames) {
    int open = cue.start() - 1;
    while (open >= 0 && "“\"”\n".indexOf(text.charAt(open)) < 0) {
      open--;
    }
    if (open < 0 || text.charAt(open) == '”' || text.charAt(open) == '\n') {
      return null; // no quotation holds the cue
    }
    Report last = null;
    int lastEnd = -1;
    for (int f = 0; f < frames.size(); f++) { // reports inside the quotation itself ("he referred to") do not count
      Report frame = frames.get(f);
      int end = attributionEnd(frame);
      if (end > lastEnd && end <= open) {
        last = frame;
        lastEnd = end;
      }
    }
    boolean carries = last != null && last.quote() != null && last.cueSpan() != null
        && !last.quote().contains(last.cueSpan()) && last.speaker() != null && !isFirstPerson(last.speaker());
    if (!carries || !BETWEEN_QUOTATIONS.matcher(text.substring(lastEnd, open)).matches()) {
      return null;
    }
    return last.speaker();
  }

  /** Where a frame's text ends: its quotation's closing mark, its cue or its speaker, whichever comes last. */
  private static int attributionEnd(Report frame) {
    int end = frame.cueSpan() == null ? -1 : frame.cueSpan().end();
    if (frame.quote() != null) {
      end = Math.max(end, frame.quote().end() + 1);
    }
    if (frame.speaker() != null) {
      end = Math.max(end, frame.speaker().mention().end());
    }
    return end;
  }

  public static Actor quoting(TextSpan cue, SpanIndex<Report> byContent) {
    for (int f : byContent.containing(cue)) {
      Report outer = byContent.get(f);
      boolean carries = outer.quote() != null && outer.quote().contains(cue)
          && (outer.cueSpan() == null || !outer.quote().contains(outer.cueSpan()));
      if (carries && outer.speaker() != null && !isFirstPerson(outer.speaker())) {
        return outer.speaker();
      }
    }
    return null;
  }

  private static Actor carrierSpeaker(TextSpan quotation, SpanIndex<Report> frames) {
    for (int f : frames.containing(quotation)) {
      Report outer = frames.get(f);
      boolean carries = outer.quote() != null && (outer.cueSpan() == null || !quotation.contains(outer.cueSpan()));
      if (carries && outer.speaker() != null && !isFirstPerson(outer.speaker())) {
        return outer.speaker();
      }
    }
    return null;
  }
}
