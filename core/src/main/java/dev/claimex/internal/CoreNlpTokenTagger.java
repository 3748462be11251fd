package dev.claimex.internal;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.ModelCatalog;
import dev.claimex.models.ModelResourceException;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TextSpan;
import dev.claimex.text.TokenTagger;
import dev.claimex.text.WordToken;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP's English tokenizer, its maximum-entropy part-of-speech tagger and its rule-based lemmatizer. The
 * tagger is shared by all threads (it keeps no state between sentences); the tokenizer and lemmatizer are made
 * per call because they do.
 */
public final class CoreNlpTokenTagger implements TokenTagger {

  private static final StageProvenance PROVENANCE = StageProvenance.of(
      "CoreNLP PTBTokenizer, MaxentTagger " + ModelCatalog.versions().get("corenlp.pos") + ", Morphology",
      SharedModels.catalogVersions("corenlp", "corenlp.pos"));

  /** Keep every character as a token (never delete or warn), and keep the original text of each token. */
  private static final String TOKENIZER_OPTIONS = "invertible=true,untokenizable=noneKeep";

  private final MaxentTagger tagger;
  private final TokenizerFactory<CoreLabel> tokenizers =
      PTBTokenizer.factory(new CoreLabelTokenFactory(), TOKENIZER_OPTIONS);

  private CoreNlpTokenTagger(MaxentTagger tagger) {
    this.tagger = tagger;
  }

  /** Loads the tagger named in {@link ModelCatalog#POS_TAGGER} from the class path. */
  public static CoreNlpTokenTagger load() {
    try {
      return new CoreNlpTokenTagger(new MaxentTagger(ModelCatalog.POS_TAGGER));
    } catch (RuntimeException e) {
      throw new ModelResourceException("cannot load CoreNLP tagger " + ModelCatalog.POS_TAGGER
          + " (add edu.stanford.nlp:stanford-corenlp:models to the class path)", e);
    }
  }

  @Override
  public ImmutableList<WordToken> tag(String text, TextSpan sentence) {
    List<CoreLabel> tokens = tokenizers.getTokenizer(new StringReader(sentence.text())).tokenize();
    if (tokens.isEmpty()) {
      return ImmutableList.of();
    }
    List<TaggedWord> tagged = tagger.tagSentence(withStraightApostrophes(tokens));
    Morphology morphology = new Morphology();
    ImmutableList.Builder<WordToken> words = ImmutableList.builderWithExpectedSize(tokens.size());
    boolean singleQuoteOpen = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      String tag = tagged.get(i).tag();
      if (token.word().equals("\u2018")) {
        singleQuoteOpen = true;
      } else if (token.word().equals("\u2019") && singleQuoteOpen) {
        singleQuoteOpen = false; // the apostrophe closes the quotation: "called it ‘a gift,’ and ..."
      } else if (pluralPossessive(tokens, tagged, i)) {
        tag = "POS";
      } else if (adjectiveHeadingSubject(tagged, i)) {
        tag = "NN";
      }
      int start = sentence.start() + token.beginPosition();
      int end = sentence.start() + token.endPosition();
      String word = text.substring(start, end);
      words.add(new WordToken(i, start, end, word, tag, lemma(morphology, word, tag)));
    }
    return words.build();
  }

  @Override
  public StageProvenance provenance() {
    return PROVENANCE;
  }

  /**
   * The tagger learnt contractions with a straight apostrophe: given "they’re" or "he’ll" with a typographic one it
   * tags the verb as a base form or a possessive, which hides the reported clause in "know they’re being misled".
   * The words it sees are straightened; the tokens keep the original text.
   */
  private static List<CoreLabel> withStraightApostrophes(List<CoreLabel> tokens) {
    List<CoreLabel> words = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      String word = token.word();
      if (word.length() > 1 && word.indexOf('\u2019') >= 0) {
        CoreLabel straight = new CoreLabel(token);
        straight.setWord(word.replace('\u2019', '\''));
        straight.setValue(straight.word());
        words.add(straight);
      } else {
        words.add(token);
      }
    }
    return words;
  }

  /**
   * "Sanders’ campaign manager": a typographic apostrophe glued to a word ending in "s", before a noun or an
   * adjective, is a plural possessive, which the tagger, having learnt it with a straight apostrophe, calls a
   * closing quotation mark. Where a single quotation mark is open the apostrophe may close it and is left alone.
   */
  private static boolean pluralPossessive(List<CoreLabel> tokens, List<TaggedWord> tagged, int i) {
    if (i == 0 || i + 1 >= tokens.size() || !tokens.get(i).word().equals("\u2019")) {
      return false;
    }
    CoreLabel before = tokens.get(i - 1);
    String owner = before.word();
    String next = tagged.get(i + 1).tag();
    return before.endPosition() == tokens.get(i).beginPosition() && (owner.endsWith("s") || owner.endsWith("S"))
        && (next.startsWith("NN") || next.startsWith("JJ") || next.equals("VBG") || next.equals("CD"));
  }

  /**
   * "The general told reporters", "the former said", "the poor say": an adjective between a determiner and a finite verb is the head
   * of the subject (the tagger reads "general" before a past tense as an adjective, which leaves the verb no subject).
   */
  private static boolean adjectiveHeadingSubject(List<TaggedWord> tagged, int i) {
    if (i == 0 || i + 1 >= tagged.size() || !tagged.get(i).tag().equals("JJ")) {
      return false;
    }
    String before = tagged.get(i - 1).tag();
    String next = tagged.get(i + 1).tag();
    return before.equals("DT") && (next.equals("VBD") || next.equals("VBZ") || next.equals("VBP") || next.equals("MD"));
  }

  private static String lemma(Morphology morphology, String word, String tag) {
    try {
      return morphology.lemma(word, tag);
    } catch (RuntimeException e) { // the lexer rejects some odd strings; the word itself is the best lemma then
      return word;
    }
  }
}
