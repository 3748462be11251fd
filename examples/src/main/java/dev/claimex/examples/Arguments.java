package dev.claimex.examples;

import java.util.List;

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
}
