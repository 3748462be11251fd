package dev.claimex.internal;

import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import dev.claimex.text.DependencyParser;
import dev.claimex.text.DependencyRelation;
import dev.claimex.text.DependencyTree;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural transition-based dependency parser (Chen and Manning 2014) with its Universal Dependencies model,
 * run on the tokens and tags the pipeline already has. Parsing state lives in each call, so one instance serves all
 * threads.
 */
public final class CoreNlpDependencyParser implements DependencyParser {

  private static final StageProvenance PROVENANCE = StageProvenance.of(
      "CoreNLP nndep.DependencyParser " + ModelCatalog.versions().get("corenlp.depparse"),
      SharedModels.catalogVersions("corenlp", "corenlp.depparse"));

  /** Longer sentences are lists, tables or run-ons: slow to parse and rarely parsed well. */
  static final int MAX_TOKENS = 80;
  private static final int PRECOMPUTED_FEATURES = 20_000;

  private final edu.stanford.nlp.parser.nndep.DependencyParser parser;

  private CoreNlpDependencyParser(edu.stanford.nlp.parser.nndep.DependencyParser parser) {
    this.parser = parser;
  }

  /** Loads the model named in {@link ModelCatalog#DEPENDENCY_PARSER} from the class path. */
  public static CoreNlpDependencyParser load() {
    try {
      return new CoreNlpDependencyParser(
          edu.stanford.nlp.parser.nndep.DependencyParser.loadFromModelFile(ModelCatalog.DEPENDENCY_PARSER,
              precompute()));
    } catch (RuntimeException e) {
      throw new ModelResourceException("cannot load CoreNLP dependency parser " + ModelCatalog.DEPENDENCY_PARSER
          + " (add edu.stanford.nlp:stanford-corenlp:models to the class path)", e);
    }
  }

  @Override
  public StageProvenance provenance() {
    return PROVENANCE;
  }

  /**
   * The parser caches hidden-layer products for its most frequent features when it loads. CoreNLP caches 100,000;
   * we parse only the sentences the rules could not read, so 20,000 keeps 80% of the parsing speed and loads 1.7 s
   * (a quarter) faster.
   */
  private static Properties precompute() {
    Properties properties = new Properties();
    properties.setProperty("numPreComputed", String.valueOf(PRECOMPUTED_FEATURES));
    return properties;
  }

  @Override
  public DependencyTree parse(TaggedSentence sentence) {
    int size = sentence.size();
    if (size == 0 || size > MAX_TOKENS) {
      return DependencyTree.unparsed(size);
    }
    List<TaggedWord> words = new ArrayList<>(size);
    for (WordToken token : sentence.tokens()) {
      // the model learnt contractions with a straight apostrophe ("don't"), as the tagger did
      words.add(new TaggedWord(token.word().replace('\u2019', '\''), token.tag()));
    }
    GrammaticalStructure structure = parser.predict(words);
    int[] heads = new int[size];
    Arrays.fill(heads, -1);
    DependencyRelation[] relations = new DependencyRelation[size];
    Arrays.fill(relations, DependencyRelation.OTHER);
    for (TypedDependency dependency : structure.typedDependencies()) {
      int token = dependency.dep().index() - 1; // CoreNLP counts words from 1, with 0 for the root
      if (token < 0 || token >= size) {
        continue;
      }
      heads[token] = dependency.gov().index() - 1;
      relations[token] = DependencyRelation.of(dependency.reln().toString());
    }
    return new DependencyTree(heads, Arrays.asList(relations));
  }
}
