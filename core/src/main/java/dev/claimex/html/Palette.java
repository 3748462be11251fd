package dev.claimex.html;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * The speakers' colours: eight hues that each reach WCAG AA contrast (4.5:1) on white, so a speaker's name written in
 * its colour stays legible; past eight speakers the underline pattern changes (solid, dashed, double, dotted), past
 * 32 the styles repeat. A claim without a speaker is grey.
 */
final class Palette {

  static final ImmutableList<String> COLOURS = ImmutableList.of(
      "#1d4ed8", // blue
      "#b91c1c", // red
      "#047857", // green
      "#7e22ce", // purple
      "#b45309", // amber
      "#0e7490", // cyan
      "#be185d", // pink
      "#4d7c0f"); // olive
  static final ImmutableList<String> PATTERNS = ImmutableList.of("solid", "dashed", "double", "dotted");
  static final String NO_SPEAKER = "#595959";

  private Palette() {}

  /** The CSS rule of speaker {@code index}: its class {@code s<index>} sets colour, tint and underline style. */
  static String rule(int index, boolean noSpeaker) {
    String colour = noSpeaker ? NO_SPEAKER : COLOURS.get(index % COLOURS.size());
    String pattern = noSpeaker ? "dashed" : PATTERNS.get(index / COLOURS.size() % PATTERNS.size());
    return String.format(Locale.ROOT, ".s%d{--c:%s;--t:%s2e;--b:%s}", index, colour, colour, pattern);
  }

  /** WCAG's contrast ratio of {@code #rrggbb} on white. */
  static double contrastOnWhite(String colour) {
    return 1.05 / (luminance(colour) + 0.05);
  }

  private static double luminance(String colour) {
    double luminance = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int c = 0; c < 3; c++) {
      double value = Integer.parseInt(colour.substring(1 + 2 * c, 3 + 2 * c), 16) / 255.0;
      luminance += weights[c] * (value <= 0.03928 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4));
    }
    return luminance;
  }
}
