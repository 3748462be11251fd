package dev.claimex.examples;

import dev.claimex.quote.ReportCategory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Option values of the command line, read with a message that names the option when they are wrong. */
final class Arguments {

  private Arguments() {}

  /** The value after option {@code option}, at {@code i}. */
  static String value(List<String> arguments, int i, String option) throws UsageException {
    if (i >= arguments.size()) {
      throw new UsageException(option + " needs a value");
    }
    return arguments.get(i);
  }

  static int positive(String value, String option) throws UsageException {
    try {
      int n = Integer.parseInt(value);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a positive whole number, not '" + value + "'");
    }
  }

  /** A positive number of seconds, as a duration of whole milliseconds. */
  static Duration seconds(String value, String option) throws UsageException {
    try {
      double seconds = Double.parseDouble(value);
      if (!(seconds > 0) || Double.isInfinite(seconds)) {
        throw new NumberFormatException();
      }
      return Duration.ofMillis((long) Math.ceil(Math.min(seconds * 1000, Long.MAX_VALUE)));
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a positive number of seconds, not '" + value + "'");
    }
  }

  /** A number in (0, 1]. */
  static double fraction(String value, String option) throws UsageException {
    try {
      double fraction = Double.parseDouble(value);
      if (!(fraction > 0 && fraction <= 1)) {
        throw new NumberFormatException();
      }
      return fraction;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a number in (0, 1], not '" + value + "'");
    }
  }

  /** "speech,thought" as categories of report, in the order given, each once. */
  static List<ReportCategory> categories(String value) throws UsageException {
    List<ReportCategory> kept = new ArrayList<>();
    for (String name : value.split(",")) {
      String word = name.strip().toUpperCase(Locale.ROOT);
      if (word.isEmpty()) {
        continue;
      }
      try {
        ReportCategory category = ReportCategory.valueOf(word);
        if (!kept.contains(category)) {
          kept.add(category);
        }
      } catch (IllegalArgumentException e) {
        throw new UsageException("--category takes speech, thought or evidence, comma-separated, not '" + name.strip()
            + "'");
      }
    }
    if (kept.isEmpty()) {
      throw new UsageException("--category takes speech, thought or evidence, comma-separated, not '" + value + "'");
    }
    return kept;
  }
}
