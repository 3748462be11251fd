package dev.claimex.lexicon;

import com.google.common.collect.ImmutableSet;
import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Common nouns that denote people ("coach", "lender", "forecasters"), from the animacy list that ships with
 * CoreNLP's models (Ji and Lin's web-derived lists, as used by its coreference system). Lets any such noun head a
 * speaker without being listed one by one.
 *
 * <pre>{@code
 * AnimateNouns.load().contains("suspect");   // true
 * }</pre>
 */
public final class AnimateNouns {

  private final ImmutableSet<String> nouns;

  private AnimateNouns(ImmutableSet<String> nouns) {
    this.nouns = nouns;
  }

  /** The list that ships with CoreNLP's models, read once per JVM on first use and shared. */
  public static AnimateNouns standard() {
    return Standard.INSTANCE;
  }

  /** Holder idiom: the list is read when {@link #standard()} is first called, not when the class loads. */
  private static final class Standard {
    private static final AnimateNouns INSTANCE = load();
  }

  public static AnimateNouns load() {
    String resource = ModelCatalog.ANIMATE_NOUNS;
    InputStream in = AnimateNouns.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new ModelResourceException("missing " + resource + " (add edu.stanford.nlp:stanford-corenlp:models to the class path)");
    }
    ImmutableSet.Builder<String> nouns = ImmutableSet.builder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) { // names are the tagger's business
          nouns.add(word);
        }
      }
    } catch (IOException e) {
      throw new ModelResourceException("cannot read " + resource, e);
    }
    return new AnimateNouns(nouns.build());
  }

  /** Whether a lower-case noun denotes people. */
  public boolean contains(String noun) {
    return nouns.contains(noun.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return nouns.size();
  }
}
