package dev.claimex.quote;

import dev.claimex.claim.CueFrame;
import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "“I think the plan will work,” the mayor said": "I" and "we" inside a quotation are the quotation's speaker,
 * known only once the quotations are given to their frames. The local mention stays "I"; the canonical name is the
 * speaker's.
 */
final class QuotedFirstPerson {

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  private QuotedFirstPerson() {}

  static List<CueFrame> resolve(List<CueFrame> frames, List<TextSpan> quotations) {
    List<CueFrame> resolved = new ArrayList<>(frames.size());
    for (CueFrame frame : frames) {
      Actor quoted = isFirstPerson(frame.speaker()) ? quotationSpeaker(frame, frames, quotations) : null;
      if (quoted == null) {
        resolved.add(frame);
      } else {
        Actor local = frame.speaker();
        resolved.add(frame.withSpeaker(new Actor(local.mention(), quoted.canonical(), quoted.type(), quoted.members())));
      }
    }
    return resolved;
  }

  /** An unresolved "I" or "we": no antecedent for the pronouns of the content it reports. */
  static boolean isFirstPerson(Actor speaker) {
    return speaker != null && speaker.canonical().equals(speaker.mention().text())
        && FIRST_PERSON.contains(speaker.canonical().toLowerCase(Locale.ROOT));
  }

  /** The speaker of the frame that carries the quotation holding {@code frame}'s cue, or {@code null}. */
  private static Actor quotationSpeaker(CueFrame frame, List<CueFrame> frames, List<TextSpan> quotations) {
    if (frame.cueSpan() == null) {
      return null;
    }
    for (TextSpan quotation : quotations) {
      if (!quotation.contains(frame.cueSpan())) {
        continue;
      }
      for (CueFrame outer : frames) {
        boolean carries = outer.quote() != null && outer.content().contains(quotation)
            && (outer.cueSpan() == null || !quotation.contains(outer.cueSpan()));
        if (carries && outer.speaker() != null && !isFirstPerson(outer.speaker())) {
          return outer.speaker();
        }
      }
    }
    return null;
  }
}
