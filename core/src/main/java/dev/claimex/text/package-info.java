/**
 * The document model and the first stage: layout, sentences, tokens with tags and lemmas.
 *
 * <pre>{@code
 * TextAnalysis analysis = result.analysis();
 * TaggedSentence first = analysis.sentences().get(0);
 * first.token(0).word();    // "NAIROBI"; every span is a TextSpan over the original text
 * }</pre>
 *
 * <p>Stage interfaces ({@link dev.claimex.text.LayoutAnalyzer}, {@link dev.claimex.text.SentenceSplitter},
 * {@link dev.claimex.text.TokenTagger}, {@link dev.claimex.text.DependencyParser}) can be replaced through the
 * builder. This package depends on no other package of Claimex.
 */
package dev.claimex.text;
