package dev.claimex.claim;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.claimex.lexicon.CuePart;
import dev.claimex.ner.EntityType;
import dev.claimex.quote.ContentIntro;
import dev.claimex.quote.ReportKind;

/**
 * What the typing stage knows about a claim when it types it, as the {@link ConfidenceModel} reads it: the type and
 * how it was reached, how the claim is reported, who says it and how long its content is. Every feature is
 * structured (enums, flags, counts); none is read from the rule id.
 *
 * <pre>{@code
 * claim.features().vector();   // {"type=WARNING": 1.0, "mode=INDIRECT": 1.0, "cue=VERB": 1.0, ...}
 * }</pre>
 *
 * @param cue the part of speech of the cue's head, {@code null} for a quotation with no cue
 * @param intro how the attribution stage found the content ({@link ContentIntro#NONE} for a cue read without a
 *     frame)
 * @param typeFromClause the type comes from what the content's first clause does ("said China must ...")
 * @param typeChanged a rule of the typing stage changed the type the report started from ("failed to reach an
 *     agreement" is a rejection)
 * @param speakerType the speaker's entity type, {@code null} without a speaker
 * @param contentWords words of the content (of the consequence, when there is a condition)
 * @param embedded reported inside other reported speech or a quotation
 * @param attributionConfidence the confidence the attribution stage gave the report
 */
public record ClaimFeatures(ClaimType type, ReportKind mode, CuePart cue, ContentIntro intro, boolean typeFromClause,
    boolean typeChanged, SpeakerForm speaker, EntityType speakerType, boolean addressee, boolean target,
    int contentWords, boolean condition, Polarity polarity, Modality modality, boolean quote, boolean embedded,
    double attributionConfidence) {

  /** How the speaker is written. */
  public enum SpeakerForm {
    /** No speaker: "countries were urged to act". */
    NONE,
    /** A pronoun: "she warned". */
    PRONOUN,
    /** Written as its canonical name: "the army warned", "Jo Herrero warned". */
    NAMED,
    /** Written otherwise and resolved to a name: "the minister" → "Jo Herrero", "Herrero" → "Jo Herrero". */
    RESOLVED,
    /** Several parties jointly: "both sides". */
    GROUP
  }

  /** Upper bounds of the content-length buckets, in words; longer contents fall in the last bucket. */
  private static final int[] LENGTH_BOUNDS = {3, 10, 25};

  /** The constant feature every claim has. */
  public static final String BIAS = "bias";

  /** Every feature name a vector can hold: what a weights file may name. */
  public static final ImmutableSet<String> NAMES = names();

  public ClaimFeatures {
    checkNotNull(type, "type");
    checkNotNull(mode, "mode");
    checkNotNull(intro, "intro");
    checkNotNull(speaker, "speaker");
    checkArgument((speaker == SpeakerForm.NONE) == (speakerType == null), "a speaker type goes with a speaker");
    checkArgument(contentWords >= 0, "contentWords must be >= 0: %s", contentWords);
    checkNotNull(polarity, "polarity");
    checkNotNull(modality, "modality");
    checkArgument(attributionConfidence >= 0 && attributionConfidence <= 1,
        "attributionConfidence must be in [0, 1]: %s", attributionConfidence);
  }

  /** The features as named values, the absent ones left out; always holds {@link #BIAS}. */
  public ImmutableMap<String, Double> vector() {
    ImmutableMap.Builder<String, Double> v = ImmutableMap.builder();
    v.put(BIAS, 1.0);
    v.put("type=" + type, 1.0);
    v.put("mode=" + mode, 1.0);
    v.put("cue=" + (cue == null ? "NONE" : cue.name()), 1.0);
    v.put("intro=" + intro, 1.0);
    flag(v, "typeFromClause", typeFromClause);
    flag(v, "typeChanged", typeChanged);
    v.put("speaker=" + speaker, 1.0);
    if (speakerType != null) {
      v.put("speakerType=" + speakerType, 1.0);
    }
    flag(v, "addressee", addressee);
    flag(v, "target", target);
    v.put("length=" + lengthBucket(contentWords), 1.0);
    flag(v, "condition", condition);
    flag(v, "negative", polarity == Polarity.NEGATIVE);
    if (modality != Modality.ASSERTED) {
      v.put("modality=" + modality, 1.0);
    }
    flag(v, "quote", quote);
    flag(v, "embedded", embedded);
    v.put("attributionConfidence", attributionConfidence);
    return v.buildOrThrow();
  }

  private static void flag(ImmutableMap.Builder<String, Double> v, String name, boolean on) {
    if (on) {
      v.put(name, 1.0);
    }
  }

  /** "1-3", "4-10", "11-25", "26+". */
  static String lengthBucket(int words) {
    int low = 1;
    for (int bound : LENGTH_BOUNDS) {
      if (words <= bound) {
        return low + "-" + bound;
      }
      low = bound + 1;
    }
    return low + "+";
  }

  private static ImmutableSet<String> names() {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    names.add(BIAS);
    for (ClaimType t : ClaimType.values()) {
      names.add("type=" + t);
    }
    for (ReportKind k : ReportKind.values()) {
      names.add("mode=" + k);
    }
    names.add("cue=NONE");
    for (CuePart p : CuePart.values()) {
      names.add("cue=" + p);
    }
    for (ContentIntro i : ContentIntro.values()) {
      names.add("intro=" + i);
    }
    names.add("typeFromClause", "typeChanged");
    for (SpeakerForm s : SpeakerForm.values()) {
      names.add("speaker=" + s);
    }
    for (EntityType t : EntityType.values()) {
      names.add("speakerType=" + t);
    }
    names.add("addressee", "target");
    int low = 1;
    for (int bound : LENGTH_BOUNDS) {
      names.add("length=" + lengthBucket(bound));
      low = bound + 1;
    }
    names.add("length=" + lengthBucket(low));
    names.add("condition", "negative");
    for (Modality m : Modality.values()) {
      if (m != Modality.ASSERTED) {
        names.add("modality=" + m);
      }
    }
    names.add("quote", "embedded", "attributionConfidence");
    return names.build();
  }
}
