package dev.claimex.quote;

import dev.claimex.lexicon.CueAct;
import dev.claimex.lexicon.CueMatch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;

/**
 * A cue with what the attribution stage read around it: who speaks, to or about whom, what is claimed, the part
 * in quotation marks, and the outlet credited. The claim stage types it.
 *
 * @param cue the lexicon match, or {@code null} for a quotation with no cue word
 * @param clause what the first clause of a plain statement's content does ("said that X must ..." directs X); with
 *     the cue's {@link #act()}, what the claim stage decides the claim's type from
 * @param intro how the content was introduced, which behaviour reads
 * @param rule the rule that read the frame, e.g. {@code "cue.warn/of"}: provenance for the user, never read
 * @param embedded reported inside other reported speech or inside a quotation: a claim, but part of the outer
 *     attribution rather than one of its own
 */
public record Report(int sentence, CueMatch cue, TextSpan cueSpan, ContentClause clause, Actor speaker, Actor addressee,
    Actor target, TextSpan content, TextSpan quote, ReportKind mode, TextSpan source, ContentIntro intro, String rule,
    double confidence, boolean embedded) {

  public Report {
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument((cue == null) == (cueSpan == null), "cue and cueSpan go together");
    checkNotNull(clause, "clause");
    checkNotNull(content, "content");
    checkNotNull(mode, "mode");
    checkNotNull(intro, "intro");
    checkNotNull(rule, "rule");
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
  }

  /** The act the cue names ({@link CueAct#STATEMENT} for a quotation with no cue): what the claim stage starts from. */
  public CueAct act() {
    return cue == null ? CueAct.STATEMENT : cue.entry().act();
  }

  /** Whether the frame reports speech (and so is an attribution) rather than an act. */
  public boolean isSpeech() {
    return cue == null || cue.entry().speech();
  }

  /** A frame that is not (yet) known to be embedded, with the act of its cue. */
  public Report(int sentence, CueMatch cue, TextSpan cueSpan, Actor speaker, Actor addressee, Actor target,
      TextSpan content, TextSpan quote, ReportKind mode, TextSpan source, ContentIntro intro, String rule,
      double confidence) {
    this(sentence, cue, cueSpan, ContentClause.NONE, speaker, addressee, target,
        content, quote, mode, source, intro, rule, confidence, false);
  }

  /** A report whose content no reader introduced ({@link ContentIntro#NONE}): a cue the claim stage reads alone. */
  public Report(int sentence, CueMatch cue, TextSpan cueSpan, Actor speaker, Actor addressee,
      Actor target, TextSpan content, TextSpan quote, ReportKind mode, TextSpan source, String rule,
      double confidence, boolean embedded) {
    this(sentence, cue, cueSpan, ContentClause.NONE, speaker, addressee, target, content, quote, mode, source, ContentIntro.NONE,
        rule, confidence, embedded);
  }

  public Report withSource(TextSpan outlet) {
    return new Report(sentence, cue, cueSpan, clause, speaker, addressee, target, content, quote, mode, outlet, intro,
        rule, confidence, embedded);
  }

  public Report asEmbedded() {
    return new Report(sentence, cue, cueSpan, clause, speaker, addressee, target, content, quote, mode, source, intro,
        rule, confidence, true);
  }

  /** The report with what its content's first clause does, the addressee that clause names, and that reading's rule. */
  public Report withClause(ContentClause read, Actor readAddressee, String ruleSuffix) {
    return new Report(sentence, cue, cueSpan, read, speaker, readAddressee, target, content, quote, mode,
        source, intro, rule + ruleSuffix, confidence, embedded);
  }

  /** The same frame said by another speaker (the same mention resolved further). */
  public Report withSpeaker(Actor newSpeaker) {
    return new Report(sentence, cue, cueSpan, clause, newSpeaker, addressee, target, content, quote, mode, source,
        intro, rule, confidence, embedded);
  }

  /** The same frame with these parties. */
  public Report withParties(Actor newAddressee, Actor newTarget) {
    return new Report(sentence, cue, cueSpan, clause, speaker, newAddressee, newTarget, content, quote, mode, source,
        intro, rule, confidence, embedded);
  }

  /** The same frame with another content (a quotation that runs on) or another first quotation. */
  public Report withContent(TextSpan newContent, TextSpan newQuote, ReportKind newMode) {
    return new Report(sentence, cue, cueSpan, clause, speaker, addressee, target, newContent, newQuote, newMode,
        source, intro, rule, confidence, embedded);
  }
}
