package dev.claimex.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Inputs bundled with the examples, for the command line, JShell and tests.
 *
 * <pre>{@code
 * var result = Claimex.english().extract(Examples.foundingArticle());
 * }</pre>
 */
public final class Examples {

  /** File name of the bundled example article. */
  public static final String FOUNDING_ARTICLE = "pakistan-afghanistan.txt";

  private Examples() {}

  /** A news article on Pakistan–Afghanistan talks, as scraped (headlines, credit lines and all). */
  public static String foundingArticle() {
    try (InputStream in = Examples.class.getResourceAsStream(FOUNDING_ARTICLE)) {
      if (in == null) {
        throw new IllegalStateException(FOUNDING_ARTICLE + " is missing from the class path (is claimex.jar intact?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
