package dev.claimex.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A half-open range {@code [start, end)} of the original input, with the text it covers. Offsets are Java
 * {@code String} indices, so {@code text.equals(input.substring(start, end))} always holds.
 *
 * <pre>{@code
 * TextSpan cue = TextSpan.of(input, 42, 48);   // "warned"
 * cue.length();                                 // 6
 * }</pre>
 */
public record TextSpan(int start, int end, String text) implements Comparable<TextSpan> {

  public TextSpan {
    checkArgument(start >= 0, "start must be >= 0: %s", start);
    checkArgument(end >= start, "end (%s) must be >= start (%s)", end, start);
    checkNotNull(text, "text");
    checkArgument(text.length() == end - start, "text length %s does not match [%s, %s)", text.length(), start, end);
  }

  /** The span {@code [start, end)} of {@code input}. */
  public static TextSpan of(String input, int start, int end) {
    checkNotNull(input, "input");
    checkArgument(0 <= start && start <= end && end <= input.length(),
        "[%s, %s) is not inside an input of length %s", start, end, input.length());
    return new TextSpan(start, end, input.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(TextSpan other) {
    return Math.max(start, other.start) < Math.min(end, other.end);
  }

  @Override
  public int compareTo(TextSpan other) {
    return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "\"" + text + "\"@" + start + "-" + end;
  }
}
