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
 * @param rule the rule that read the frame, e.g. {@code "cue.warn/of"}
 * @param embedded reported inside other reported speech or inside a quotation: a claim, but part of the outer
 *     attribution rather than one of its own
 */
public record CueFrame(int sentence, CueMatch cue, TextSpan cueSpan, Actor speaker, Actor addressee, Actor target,
    TextSpan content, TextSpan quote, AttributionMode mode, TextSpan source, String rule, double confidence,
    boolean embedded) {

  public CueFrame {
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument((cue == null) == (cueSpan == null), "cue and cueSpan go together");
    checkNotNull(content, "content");
    checkNotNull(mode, "mode");
    checkNotNull(rule, "rule");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
  }

  /** The claim type the cue gives, before the content is read; a bare quotation is a statement. */
  public ClaimType cueType() {
    return cue == null ? ClaimType.STATEMENT : cue.entry().type();
  }

  /** Whether the frame reports speech (and so is an attribution) rather than an act. */
  public boolean isSpeech() {
    return cue == null || cue.entry().speech();
  }

  /** A frame that is not (yet) known to be embedded. */
  public CueFrame(int sentence, CueMatch cue, TextSpan cueSpan, Actor speaker, Actor addressee, Actor target,
      TextSpan content, TextSpan quote, AttributionMode mode, TextSpan source, String rule, double confidence) {
    this(sentence, cue, cueSpan, speaker, addressee, target, content, quote, mode, source, rule, confidence, false);
  }

  public CueFrame withSource(TextSpan outlet) {
    return new CueFrame(sentence, cue, cueSpan, speaker, addressee, target, content, quote, mode, outlet, rule,
        confidence, embedded);
  }

  public CueFrame asEmbedded() {
    return new CueFrame(sentence, cue, cueSpan, speaker, addressee, target, content, quote, mode, source, rule,
        confidence, true);
  }
}
