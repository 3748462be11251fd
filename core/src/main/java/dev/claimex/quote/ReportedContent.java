package dev.claimex.quote;

import static dev.claimex.models.WordClass.CONTENT_PREPOSITION;

import dev.claimex.models.WordClasses;
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

  /**
   * Only words between a cue and its content, the last a preposition: "accused <i>the mayor of</i> lying"; not
   * "said, as she left, that", nor "asked <i>the mayor</i> whether", where the one asked stays out as after "told".
   */
  private static final Pattern OBJECT_AND_PREPOSITION = Pattern.compile(
      "(?i)[\\w\\s'’-]*\\b" + WordClasses.standard().alternation(CONTENT_PREPOSITION) + "\\s+");
  private static final Pattern INFINITIVE = Pattern.compile("(?i)to\\s.*", Pattern.DOTALL);

  private ReportedContent() {}

  /**
   * The reported span of a frame over {@code text}: with the object and preposition of a cue that reports them
   * ("criticized the council for the delay"), or an infinitive with its "to" and the addressee it binds.
   */
  public static TextSpan of(String text, Report frame) {
    TextSpan content = frame.content();
    if (frame.quote() != null) {
      return content;
    }
    TextSpan withObject = withObject(text, frame);
    if (withObject != null) {
      return withObject;
    }
    if (frame.intro() != ContentIntro.TO) {
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

  /**
   * The content from the first word after the cue, when the cue reports its object and only the object and a
   * preposition come between ("urged the council to act": the content is already "to act").
   */
  private static TextSpan withObject(String text, Report frame) {
    TextSpan cue = frame.cueSpan();
    TextSpan content = frame.content();
    if (cue == null || !frame.cue().entry().objectReported() || cue.end() >= content.start()) {
      return null;
    }
    String between = text.substring(cue.end(), content.start());
    boolean infinitive = INFINITIVE.matcher(content.text()).matches()
        && OBJECT_AND_PREPOSITION.matcher(between + "to ").matches();
    if (between.isBlank() || !infinitive && !OBJECT_AND_PREPOSITION.matcher(between).matches()) {
      return null;
    }
    int start = cue.end();
    while (Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return TextSpan.of(text, start, content.end());
  }
}
