package dev.claimex.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Input files of the command line, read as UTF-8 leniently: bytes that are not UTF-8 become U+FFFD. */
final class TextFiles {

  private TextFiles() {}

  /**
   * A reader of {@code file}. {@link Files#newBufferedReader} would throw at the first bad byte and end a whole batch
   * for one scraped page with a stray Latin-1 character.
   */
  static BufferedReader reader(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
  }
}
