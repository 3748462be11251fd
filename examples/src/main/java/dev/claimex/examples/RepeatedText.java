package dev.claimex.examples;

/** Text of a given length made by repeating a shorter one: the large documents of the benchmarks. */
final class RepeatedText {

  private RepeatedText() {}

  /** {@code text} repeated to {@code length} characters, never halving a surrogate pair. */
  static String of(String text, int length) {
    StringBuilder built = new StringBuilder(length + text.length());
    while (built.length() < length) {
      built.append(text);
    }
    int end = Character.isHighSurrogate(built.charAt(length - 1)) ? length - 1 : length;
    return built.substring(0, end);
  }
}
