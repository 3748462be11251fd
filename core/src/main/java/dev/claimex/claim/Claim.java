package dev.claimex.claim;

import com.google.common.collect.ImmutableList;
import dev.claimex.quote.ContentFragments;
import dev.claimex.quote.ReportCategory;
import dev.claimex.quote.ReportKind;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;

/**
 * A typed claim: who ({@link #speaker}) does what ({@link #type}) with which content, to or about whom, under
 * which condition, and on whose credit ({@link #source}). Absent values are {@code null}.
 *
 * <pre>{@code
 * Claim warning = result.claims().stream().filter(c -> c.type() == ClaimType.WARNING).findFirst().orElseThrow();
 * warning.speaker().canonical();   // "army"
 * warning.condition().text();      // "the attacks continued"
 * }</pre>
 *
 * @param sentence index of the sentence of the cue (or of the content, when there is no cue)
 * @param confidence for a typed claim, the share of such claims that are right (type, speaker and content), as the
 *     {@link ConfidenceModel} estimates it from the claim's features; for a statement, its attribution's confidence
 * @param rule the rule that produced the claim, e.g. {@code "cue.warn/of"}
 * @param features what the confidence was computed from
 * @param fragments the pieces of the content that narration interrupts, in text order ({@code [content]} when it is
 *     in one piece)
 * @param category whether the report the claim is read from is speech, a thought or evidence; an act read outside
 *     reported speech ({@code attribution} NONE: "ordered an evacuation") counts as SPEECH, the act of a party
 */
public record Claim(ClaimType type, Actor speaker, Actor addressee, Actor target, TextSpan cue, TextSpan content,
    TextSpan condition, TextSpan consequence, TextSpan quote, TextSpan source, ReportKind attribution,
    Polarity polarity, Modality modality, int sentence, double confidence, String rule,
    ClaimFeatures features, ImmutableList<TextSpan> fragments, ReportCategory category) {

  public Claim {
    checkNotNull(type, "type");
    checkNotNull(content, "content");
    checkNotNull(attribution, "attribution");
    checkNotNull(polarity, "polarity");
    checkNotNull(modality, "modality");
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
    checkNotNull(rule, "rule");
    checkNotNull(features, "features");
    checkArgument((condition == null) == (consequence == null), "condition and consequence go together");
    fragments = ContentFragments.checked(content, fragments);
    checkNotNull(category, "category");
  }

  /** A claim whose content is in one piece. */
  public Claim(ClaimType type, Actor speaker, Actor addressee, Actor target, TextSpan cue, TextSpan content,
      TextSpan condition, TextSpan consequence, TextSpan quote, TextSpan source, ReportKind attribution,
      Polarity polarity, Modality modality, int sentence, double confidence, String rule, ClaimFeatures features) {
    this(type, speaker, addressee, target, cue, content, condition, consequence, quote, source, attribution, polarity,
        modality, sentence, confidence, rule, features, ImmutableList.of(), ReportCategory.SPEECH);
  }

  /** This claim with the fragments of its content. */
  public Claim withFragments(ImmutableList<TextSpan> pieces) {
    return new Claim(type, speaker, addressee, target, cue, content, condition, consequence, quote, source,
        attribution, polarity, modality, sentence, confidence, rule, features, pieces, category);
  }

  /** This claim made in a report of another category. */
  public Claim withCategory(ReportCategory newCategory) {
    return new Claim(type, speaker, addressee, target, cue, content, condition, consequence, quote, source,
        attribution, polarity, modality, sentence, confidence, rule, features, fragments, newCategory);
  }

  /** One line: {@code WARNING army (warned): "a wider war" | if: the attacks continued | source: Reuters}. */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(type.name()).append(' ');
    line.append(speaker == null ? "(no speaker)" : speaker.toString());
    if (cue != null) {
      line.append(" (").append(cue.text()).append(')');
    }
    if (polarity == Polarity.NEGATIVE) {
      line.append(" [negated]");
    }
    line.append(": \"").append(content.text()).append('"');
    if (addressee != null) {
      line.append(" | to: ").append(addressee.canonical());
    }
    if (target != null) {
      line.append(" | target: ").append(target.canonical());
    }
    if (condition != null) {
      line.append(" | if: ").append(condition.text());
    }
    if (modality != Modality.ASSERTED) {
      line.append(" | ").append(modality.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (source != null) {
      line.append(" | source: ").append(source.text());
    }
    return line.toString();
  }
}
