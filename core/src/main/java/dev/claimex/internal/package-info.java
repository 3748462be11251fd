/**
 * Adapters to CoreNLP and OpenNLP and the loading of their models. Not API: the module does not export it.
 *
 * <pre>{@code
 * SharedModels models = SharedModels.get();   // loaded once per JVM, shared by every Claimex
 * TokenTagger tagger = models.tagger;
 * }</pre>
 */
package dev.claimex.internal;
