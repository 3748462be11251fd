package dev.claimex.quote;

import dev.claimex.claim.CueFrame;
import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;
import java.util.regex.Pattern;

/**
 * The span an attribution reports, which can be wider than its claim's content: "The senator urged him to resign"
 * reports "him to resign", where the claim keeps "resign" as content and "him" as addressee.
 *
 * <pre>{@code
 * TextSpan reported = ReportedContent.of(text, frame);
 * }</pre>
 */
public final class ReportedContent {

  private static final Pattern INFINITIVE_RULE = Pattern.compile(".*/to(\\+.*)?");

  private ReportedContent() {}

  /** The reported span of a frame over {@code text}: an infinitive with its "to" and the addressee it binds. */
  public static TextSpan of(String text, CueFrame frame) {
    TextSpan content = frame.content();
    if (frame.quote() != null || !INFINITIVE_RULE.matcher(frame.rule()).matches()) {
      return content;
    }
    int to = content.start();
    while (to > 0 && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to < 2 || !text.regionMatches(true, to - 2, "to", 0, 2) || to > 2 && Character.isLetter(text.charAt(to - 3))) {
      return content;
    }
    int start = to - 2;
    Actor addressee = frame.addressee();
    if (addressee != null && addressee.mention().end() <= start
        && text.substring(addressee.mention().end(), start).isBlank()) {
      start = addressee.mention().start();
    }
    return TextSpan.of(text, start, content.end());
  }
}
