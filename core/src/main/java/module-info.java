/**
 * Claimex: typed claims (who said, demanded, warned, promised what, to whom, under which condition) from English
 * news.
 *
 * <pre>{@code
 * Claimex claimex = Claimex.english();
 * ExtractionResult result = claimex.extract(articleText);
 * result.claims().forEach(System.out::println);
 * }</pre>
 *
 * <p>Every package but {@code internal} is API: the stages in pipeline order ({@code text}, {@code lexicon},
 * {@code syntax}, {@code ner}, {@code coref}, {@code quote}, {@code claim}), the {@code json} view and the
 * {@code html} view. The adapters to CoreNLP and OpenNLP in {@code internal} may change in any release.
 */
module dev.claimex.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind; // ClaimexJson.toTree returns its ObjectNode
  requires org.slf4j;
  requires edu.stanford.nlp.corenlp;
  requires org.apache.opennlp.tools;
  requires dev.claimex.models;

  exports dev.claimex;
  exports dev.claimex.text;
  exports dev.claimex.lexicon;
  exports dev.claimex.syntax;
  exports dev.claimex.ner;
  exports dev.claimex.coref;
  exports dev.claimex.quote;
  exports dev.claimex.quote.readers;
  exports dev.claimex.quote.passes;
  exports dev.claimex.claim;
  exports dev.claimex.json;
  exports dev.claimex.html;
}
