/**
 * Named entities: names tagged in each sentence, merged with the gazetteers, made consistent across the
 * document and resolved to one canonical name each.
 *
 * <pre>{@code
 * EntityMention mention = result.entities().get(0);
 * mention.type();        // EntityType.PERSON
 * mention.canonical();   // "Maria Lopez", also for a later "Lopez"
 * }</pre>
 *
 * <p>A different tagger plugs in as a {@link dev.claimex.ner.NameTagger}; gazetteers, coreference and the stages
 * after it still run.
 */
package dev.claimex.ner;
