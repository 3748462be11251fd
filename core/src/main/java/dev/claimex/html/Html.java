package dev.claimex.html;

import java.util.Locale;

/**
 * Escaping for text written into the page: the only way article text, names and titles reach the HTML. Markup
 * characters become entities; characters that would act rather than show are made visible or replaced.
 *
 * <pre>{@code
 * Html.text(out, "<script>", 0, 8);   // appends "&lt;script&gt;"
 * }</pre>
 */
final class Html {

  /** The class of the visible stand-in for a direction control. */
  static final String CONTROL_CLASS = "ctl";

  private Html() {}

  /** Appends {@code text[from, to)} as the content of an element; direction controls become visible stand-ins. */
  static void text(StringBuilder out, String text, int from, int to) {
    write(out, text, from, to, true);
  }

  /**
   * {@code value} escaped for an attribute or the {@code <title>}, where no element can show a direction control: it
   * becomes the text of its stand-in.
   */
  static String plain(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    write(out, value, 0, value.length(), false);
    return out.toString();
  }

  private static void write(StringBuilder out, String text, int from, int to, boolean elements) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\t' -> out.append(ch);
        default -> {
          if (isDirectionControl(ch)) {
            // shown, not obeyed: an override would reverse the text around it ("txt.exe" read as "exe.txt")
            String code = codePoint(ch);
            if (elements) {
              out.append("<span class=\"").append(CONTROL_CLASS).append("\" title=\"direction control ").append(code)
                  .append(", shown, not applied\">");
            }
            out.append('\u27e8').append(code).append('\u27e9');
            if (elements) {
              out.append("</span>");
            }
          } else if (Character.isSurrogate(ch)) {
            if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
              out.append(ch).append(text.charAt(++i));
            } else {
              out.append('\ufffd'); // an unpaired surrogate has no UTF-8 form: it would come out as "?"
            }
          } else if (ch < 0x20 || (ch >= 0x7f && ch < 0xa0)) {
            out.append('\ufffd'); // control characters are errors in HTML text; NUL is dropped by parsers
          } else {
            out.append(ch);
          }
        }
      }
    }
  }

  /** {@code value} escaped as text, direction controls shown. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    text(out, value, 0, value.length());
    return out.toString();
  }

  /**
   * Whether {@code ch} is an invisible character that changes the direction of the text around it: the marks, the
   * embeddings and overrides, and the isolates.
   */
  static boolean isDirectionControl(char ch) {
    return ch == '\u061c' || ch == '\u200e' || ch == '\u200f' || (ch >= '\u202a' && ch <= '\u202e')
        || (ch >= '\u2066' && ch <= '\u2069');
  }

  private static String codePoint(char ch) {
    return String.format(Locale.ROOT, "U+%04X", (int) ch);
  }
}
