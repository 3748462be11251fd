package dev.claimex.examples;

import dev.claimex.ExtractionResult;
import dev.claimex.ExtractionWarning;
import dev.claimex.quote.ReportCategory;
import dev.claimex.quote.ReportKind;
import dev.claimex.claim.Claim;
import dev.claimex.claim.Modality;
import dev.claimex.claim.Polarity;
import dev.claimex.ner.Actor;
import java.util.Locale;

/** Renders a result for people: one block per claim, the facts a reader checks first. */
final class TextReport {

  private TextReport() {}

  static String render(String title, ExtractionResult result) {
    StringBuilder out = new StringBuilder();
    out.append(title).append(": ").append(result.claims().size()).append(" claims, ")
        .append(result.attributions().size()).append(" attributions, ")
        .append(result.sentences().size()).append(" sentences, ")
        .append(result.entities().size()).append(" entity mentions\n");
    for (ExtractionWarning warning : result.warnings()) {
      out.append("warning: ").append(warning).append('\n');
    }
    int n = 0;
    for (Claim claim : result.claims()) {
      out.append('\n').append(String.format(Locale.ROOT, "%2d. %-11s %s", ++n, claim.type(), speaker(claim.speaker())));
      if (claim.cue() != null) {
        out.append("  [").append(claim.cue().text()).append(']');
      }
      out.append('\n');
      line(out, "content", claim.content().text());
      if (claim.condition() != null) {
        line(out, "if", claim.condition().text() + "  =>  " + claim.consequence().text());
      }
      if (claim.addressee() != null) {
        line(out, "to", speaker(claim.addressee()));
      }
      if (claim.target() != null) {
        line(out, "target", speaker(claim.target()));
      }
      if (claim.quote() != null) {
        line(out, "quote", "\u201c" + claim.quote().text() + "\u201d");
      }
      StringBuilder facts = new StringBuilder(claim.attribution() == ReportKind.NONE ? "act, not speech"
          : claim.attribution().name().toLowerCase(Locale.ROOT));
      if (claim.category() != ReportCategory.SPEECH) { // "a thought", "evidence": nobody said it
        facts.append(", ").append(claim.category().name().toLowerCase(Locale.ROOT));
      }
      if (claim.polarity() == Polarity.NEGATIVE) {
        facts.append(", negative");
      }
      if (claim.modality() != Modality.ASSERTED) {
        facts.append(", ").append(claim.modality().name().toLowerCase(Locale.ROOT));
      }
      if (claim.source() != null) {
        facts.append(", source ").append(claim.source().text());
      }
      facts.append(String.format(Locale.ROOT, ", confidence %.2f, sentence %d", claim.confidence(), claim.sentence()));
      line(out, "how", facts.toString());
    }
    return out.toString();
  }

  private static String speaker(Actor actor) {
    if (actor == null) {
      return "(no speaker)";
    }
    String name = actor.mention().text().equals(actor.canonical()) ? actor.canonical()
        : actor.canonical() + " (\"" + actor.mention().text() + "\")";
    return actor.isGroup() ? name + " = " + String.join(" + ", actor.members()) : name;
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append(String.format(Locale.ROOT, "    %-8s %s%n", label + ":", value.replaceAll("\\s+", " ")));
  }
}
