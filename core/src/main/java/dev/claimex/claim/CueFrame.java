package dev.claimex.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;

/**
 * A cue with what the attribution stage read around it: who speaks, to or about whom, what is claimed, the part
 * in quotation marks, and the outlet credited. The claim stage types it. Pipeline-internal.
 *
 * @param cue the lexicon match, or {@code null} for a quotation with no cue word
 * @param type the claim type: the cue's, unless the content says more ("said that X must ..." is a demand)
 * @param rule the rule that read the frame, e.g. {@code "cue.warn/of"}
 * @param embedded reported inside other reported speech or inside a quotation: a claim, but part of the outer
 *     attribution rather than one of its own
 */
public record CueFrame(int sentence, CueMatch cue, TextSpan cueSpan, ClaimType type, Actor speaker, Actor addressee,
    Actor target, TextSpan content, TextSpan quote, AttributionMode mode, TextSpan source, String rule,
    double confidence, boolean embedded) {

  public CueFrame {
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument((cue == null) == (cueSpan == null), "cue and cueSpan go together");
    checkNotNull(type, "type");
    checkNotNull(content, "content");
    checkNotNull(mode, "mode");
    checkNotNull(rule, "rule");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
  }

  /** Whether the frame reports speech (and so is an attribution) rather than an act. */
  public boolean isSpeech() {
    return cue == null || cue.entry().speech();
  }

  /** A frame that is not (yet) known to be embedded. */
  public CueFrame(int sentence, CueMatch cue, TextSpan cueSpan, Actor speaker, Actor addressee, Actor target,
      TextSpan content, TextSpan quote, AttributionMode mode, TextSpan source, String rule, double confidence) {
    this(sentence, cue, cueSpan, cue == null ? ClaimType.STATEMENT : cue.entry().type(), speaker, addressee, target,
        content, quote, mode, source, rule, confidence, false);
  }

  public CueFrame withSource(TextSpan outlet) {
    return new CueFrame(sentence, cue, cueSpan, type, speaker, addressee, target, content, quote, mode, outlet, rule,
        confidence, embedded);
  }

  public CueFrame asEmbedded() {
    return new CueFrame(sentence, cue, cueSpan, type, speaker, addressee, target, content, quote, mode, source, rule,
        confidence, true);
  }

  /** The frame typed by what its content says, with the addressee that content names. */
  public CueFrame withType(ClaimType refined, Actor refinedAddressee, String ruleSuffix) {
    return new CueFrame(sentence, cue, cueSpan, refined, speaker, refinedAddressee, target, content, quote, mode,
        source, rule + ruleSuffix, confidence, embedded);
  }

  /** The same frame said by another speaker (the same mention resolved further). */
  public CueFrame withSpeaker(Actor newSpeaker) {
    return new CueFrame(sentence, cue, cueSpan, type, newSpeaker, addressee, target, content, quote, mode, source,
        rule, confidence, embedded);
  }

  /** The same frame with these parties. */
  public CueFrame withParties(Actor newAddressee, Actor newTarget) {
    return new CueFrame(sentence, cue, cueSpan, type, speaker, newAddressee, newTarget, content, quote, mode, source,
        rule, confidence, embedded);
  }

  /** The same frame with another content (a quotation that runs on) or another first quotation. */
  public CueFrame withContent(TextSpan newContent, TextSpan newQuote, AttributionMode newMode) {
    return new CueFrame(sentence, cue, cueSpan, type, speaker, addressee, target, newContent, newQuote, newMode,
        source, rule, confidence, embedded);
  }
}
