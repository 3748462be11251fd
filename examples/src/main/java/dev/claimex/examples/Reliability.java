package dev.claimex.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A reliability table: the typed claims a scorer judged, binned by their confidence, with the share of each bin that
 * was usable (found with the right speaker and content, the per-claim decision behind {@code usable_precision}).
 *
 * <pre>
 * Reliability table = Reliability.of(scorer.judged());
 * System.out.println(table);                        // one line a bin, then the claims at confidence ≥ 0.8
 * </pre>
 *
 * <p>Bins are [0, 0.5), [0.5, 0.6), ..., [0.9, 1.0]; a claim without a numeric confidence is counted apart.
 */
record Reliability(ImmutableList<Bin> bins, Bin confident, Bin unrated) {

  /** Confidences from here up are "confident" in the summary line: the threshold of the calibration target. */
  static final double CONFIDENT = 0.8;
  private static final double[] LOWER_BOUNDS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** One predicted typed claim as the scorer judged it: its confidence, if it has one, found, usable. */
  record Judged(OptionalDouble confidence, boolean found, boolean usable) {
    Judged {
      checkNotNull(confidence, "confidence");
    }
  }

  /** The claims of one confidence bin, of them found (matched to a gold claim) and usable. */
  record Bin(String label, int claims, int found, int usable) {
    /** Usable claims over claims; NaN for an empty bin. */
    double shareUsable() {
      return claims == 0 ? Double.NaN : (double) usable / claims;
    }

    Bin plus(Judged claim) {
      return new Bin(label, claims + 1, found + (claim.found() ? 1 : 0), usable + (claim.usable() ? 1 : 0));
    }
  }

  Reliability {
    bins = ImmutableList.copyOf(bins);
    checkNotNull(confident, "confident");
    checkNotNull(unrated, "unrated");
  }

  static Reliability of(Iterable<Judged> claims) {
    Bin[] bins = new Bin[LOWER_BOUNDS.length];
    for (int i = 0; i < bins.length; i++) {
      boolean last = i == bins.length - 1;
      bins[i] = new Bin(String.format(Locale.ROOT, "[%.1f, %.1f%s", LOWER_BOUNDS[i],
          last ? 1.0 : LOWER_BOUNDS[i + 1], last ? "]" : ")"), 0, 0, 0);
    }
    Bin confident = new Bin("confidence ≥ " + CONFIDENT, 0, 0, 0);
    Bin unrated = new Bin("no confidence", 0, 0, 0);
    for (Judged claim : claims) {
      if (claim.confidence().isEmpty()) {
        unrated = unrated.plus(claim);
        continue;
      }
      double confidence = claim.confidence().getAsDouble();
      int bin = 0; // below 0 falls in the first bin, above 1 in the last: the library's confidences are in [0, 1]
      while (bin + 1 < LOWER_BOUNDS.length && confidence >= LOWER_BOUNDS[bin + 1]) {
        bin++;
      }
      bins[bin] = bins[bin].plus(claim);
      if (confidence >= CONFIDENT) {
        confident = confident.plus(claim);
      }
    }
    return new Reliability(ImmutableList.copyOf(bins), confident, unrated);
  }

  /** The table: a header, one line a bin (and one for claims without confidence, if any), the summary line. */
  @Override
  public String toString() {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-14s %7s %7s %7s %13s%n",
        "confidence", "claims", "found", "usable", "share usable"));
    for (Bin bin : bins) {
      table.append(row(bin));
    }
    if (unrated.claims() > 0) {
      table.append(row(unrated));
    }
    return table.append(String.format(Locale.ROOT, "%s: %d claims, share usable %s", confident.label(),
        confident.claims(), share(confident))).toString();
  }

  private static String row(Bin bin) {
    return String.format(Locale.ROOT, "%-14s %7d %7d %7d %13s%n", bin.label(), bin.claims(), bin.found(), bin.usable(),
        share(bin));
  }

  private static String share(Bin bin) {
    return bin.claims() == 0 ? "–" : String.format(Locale.ROOT, "%.3f", bin.shareUsable());
  }
}
