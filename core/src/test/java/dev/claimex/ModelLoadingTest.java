package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import dev.claimex.internal.SharedModels;
import dev.claimex.models.ModelCatalog;
import dev.claimex.ner.NameTagger;
import dev.claimex.quote.AttributionFinder;
import dev.claimex.text.SentenceSplitter;
import dev.claimex.text.TokenTagger;
import dev.claimex.text.WordToken;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code build()} loads only the models the configured stages need. Models load once per JVM and the other tests
 * load them all, so the configurations are built in a JVM of their own ({@link Child}), which reports what
 * {@link SharedModels#loadedModels()} holds after each build and after an extraction.
 */
class ModelLoadingTest {

  private static final String SENTENCES = ModelCatalog.SENTENCE_MODEL;
  private static final String POS = ModelCatalog.POS_TAGGER;
  private static final String CRF = ModelCatalog.NER_CRF;
  private static final String PARSER = ModelCatalog.DEPENDENCY_PARSER;

  @Test
  void eachModelLoadsOnlyForTheBuiltInStageThatUsesIt() throws Exception {
    Map<String, Set<String>> loaded = runChild();
    assertEquals(Set.of(), loaded.get("all replaced, built"));
    assertEquals(Set.of(), loaded.get("all replaced, extracted"));
    assertEquals(Set.of(SENTENCES), loaded.get("built-in sentences, built"));
    assertEquals(Set.of(SENTENCES), loaded.get("built-in sentences, extracted"));
    assertEquals(Set.of(SENTENCES, POS), loaded.get("built-in sentences and tokens, built"));
    assertEquals(Set.of(SENTENCES, POS), loaded.get("built-in sentences and tokens, extracted"));
    assertEquals(Set.of(SENTENCES, POS, PARSER), loaded.get("all but the name tagger, built"), "no CRF");
    assertEquals(Set.of(SENTENCES, POS, PARSER), loaded.get("all but the name tagger, extracted"), "no CRF");
  }

  @Test
  void theDefaultPipelineLoadsEveryModel() {
    assertTrue(Pipeline.CLAIMEX.provenance().stages().containsKey("nameTagger"));
    assertTrue(SharedModels.loadedModels().containsAll(Set.of(SENTENCES, POS, CRF, PARSER)),
        SharedModels.loadedModels()::toString);
  }

  /** What the child JVM printed: configuration and moment to the models loaded by then. */
  private static Map<String, Set<String>> runChild() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // surefire puts the module under test on the module path: the child runs everything from the class path
    String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
        .filter(path -> path != null && !path.isEmpty()).collect(Collectors.joining(File.pathSeparator));
    Process child = new ProcessBuilder(java.toString(), "-Xmx1g", "-cp", classPath, Child.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(3, TimeUnit.MINUTES), "the child JVM did not end");
    assertEquals(0, child.exitValue(), out);
    Map<String, Set<String>> loaded = new HashMap<>();
    for (String line : out.split("\n")) {
      String[] parts = line.split(": ", -1);
      loaded.put(parts[0], parts[1].isEmpty() ? Set.of() : Set.of(parts[1].split(" ")));
    }
    return loaded;
  }

  /** Builds each configuration in turn, and prints the models loaded after building it and after using it. */
  static final class Child {

    private static final SentenceSplitter WHOLE_SEGMENTS = (text, segment) -> ImmutableList.of(segment.span());
    private static final Pattern WORD = Pattern.compile("\\w+|\\S");
    private static final TokenTagger WORDS = (text, sentence) -> {
      ImmutableList.Builder<WordToken> tokens = ImmutableList.builder();
      Matcher m = WORD.matcher(sentence.text());
      for (int i = 0; m.find(); i++) {
        String word = m.group();
        tokens.add(new WordToken(i, sentence.start() + m.start(), sentence.start() + m.end(), word,
            Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN", word));
      }
      return tokens.build();
    };
    private static final NameTagger NO_NAMES = words -> ImmutableList.of();
    private static final AttributionFinder NO_ATTRIBUTIONS = (analysis, entities) -> ImmutableList.of();
    private static final String NEWS = "The minister said on Monday that the border would reopen. \"We are ready,\" "
        + "Ann Lee told reporters in Geneva. Critics warned that the plan could fail if funding ran out.";

    public static void main(String[] args) {
      report("all replaced", Claimex.builder().sentenceSplitter(WHOLE_SEGMENTS).tokenTagger(WORDS)
          .nameTagger(NO_NAMES).attributionFinder(NO_ATTRIBUTIONS));
      report("built-in sentences", Claimex.builder().tokenTagger(WORDS).nameTagger(NO_NAMES)
          .attributionFinder(NO_ATTRIBUTIONS));
      report("built-in sentences and tokens", Claimex.builder().nameTagger(NO_NAMES)
          .attributionFinder(NO_ATTRIBUTIONS));
      report("all but the name tagger", Claimex.builder().nameTagger(NO_NAMES));
    }

    private static void report(String configuration, Claimex.Builder builder) {
      Claimex claimex = builder.build();
      System.out.println(configuration + ", built: " + String.join(" ", SharedModels.loadedModels()));
      List<String> failures = claimex.extract(NEWS).warnings().stream().map(Object::toString).toList();
      if (!failures.isEmpty()) {
        throw new IllegalStateException(configuration + ": " + failures);
      }
      System.out.println(configuration + ", extracted: " + String.join(" ", SharedModels.loadedModels()));
    }
  }
}
