/**
 * Who a pronoun, a description ("the minister") or a group ("both sides") is, from the entities of the document.
 *
 * <pre>{@code
 * SpeakerResolver resolver = new SpeakerResolver(analysis, new EntityIndex(analysis, entities), gazetteer, animate);
 * Actor speaker = resolver.resolve(new Phrase(sentence.index(), 0, 0));   // "He" -> Maria Lopez, named a sentence before
 * }</pre>
 *
 * <p>The attribution stage asks it for speakers and parties; it reads {@code text}, {@code syntax} and {@code ner},
 * never the stages after it.
 */
package dev.claimex.coref;
