package dev.claimex.spark;

import dev.claimex.DocumentOutcome;
import dev.claimex.ExtractionResult;
import dev.claimex.Provenance;
import dev.claimex.claim.Claim;
import dev.claimex.ner.Actor;
import dev.claimex.quote.Attribution;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A document's outcome as rows of {@link ClaimexSchemas}: the same values as {@code ClaimexJson} writes, field for
 * field, in the schemas' order. Lists become Scala sequences and maps Scala maps, the external types of Spark's
 * row encoder.
 */
final class ClaimexRows {

  private ClaimexRows() {}

  /** Rows of {@link ClaimexSchemas#CLAIM_ROW}: one per claim, or one error row for a failure without claims. */
  static List<Row> claims(DocumentOutcome outcome) {
    List<Claim> claims = outcome.result() == null ? List.of() : outcome.result().claims();
    return rows(outcome, claims, ClaimexRows::claim, ClaimexSchemas.CLAIM.size());
  }

  /** Rows of {@link ClaimexSchemas#ATTRIBUTION_ROW}, as {@link #claims}. */
  static List<Row> attributions(DocumentOutcome outcome) {
    List<Attribution> attributions = outcome.result() == null ? List.of() : outcome.result().attributions();
    return rows(outcome, attributions, ClaimexRows::attribution, ClaimexSchemas.ATTRIBUTION.size());
  }

  /** {@code id}, the item's fields, {@code error}; for a failed document with no item, one row of id and error. */
  private static <T> List<Row> rows(DocumentOutcome outcome, List<T> items, Function<T, Object[]> fields,
      int width) {
    List<Row> rows = new ArrayList<>(items.size());
    for (T item : items) {
      rows.add(row(outcome, fields.apply(item)));
    }
    if (rows.isEmpty() && outcome.failed()) {
      rows.add(row(outcome, new Object[width]));
    }
    return rows;
  }

  private static Row row(DocumentOutcome outcome, Object[] fields) {
    Object[] values = new Object[fields.length + 2];
    values[0] = outcome.id();
    System.arraycopy(fields, 0, values, 1, fields.length);
    values[values.length - 1] = outcome.error();
    return RowFactory.create(values);
  }

  /** A value of {@link ClaimexSchemas#RESULT}: empty lists and no provenance when nothing was extracted. */
  static Row result(DocumentOutcome outcome) {
    ExtractionResult result = outcome.result();
    if (result == null) {
      return RowFactory.create(seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()),
          null, outcome.error());
    }
    return RowFactory.create(
        seq(result.sentences(), s -> RowFactory.create(s.span().start(), s.span().end(), s.segmentKind().name())),
        seq(result.entities(), e -> RowFactory.create(e.text(), e.span().start(), e.span().end(), e.type().name(),
            e.canonical())),
        seq(result.attributions(), a -> RowFactory.create(attribution(a))),
        seq(result.claims(), c -> RowFactory.create(claim(c))),
        seq(result.warnings(), w -> RowFactory.create(w.kind().name(), w.message())),
        provenance(result.provenance()),
        outcome.error());
  }

  /** The fields of {@link ClaimexSchemas#CLAIM}. */
  private static Object[] claim(Claim claim) {
    return new Object[] {claim.type().name(), actor(claim.speaker()), actor(claim.addressee()),
        actor(claim.target()), span(claim.cue()), content(claim.content(), claim.fragments()),
        span(claim.condition()), span(claim.consequence()), span(claim.quote()), span(claim.source()),
        claim.attribution().name(), claim.category().name(), claim.polarity().name(), claim.modality().name(),
        claim.sentence(), claim.confidence(), claim.rule()};
  }

  /** The fields of {@link ClaimexSchemas#ATTRIBUTION}. */
  private static Object[] attribution(Attribution attribution) {
    return new Object[] {attribution.kind().name().toLowerCase(Locale.ROOT), attribution.category().name(),
        content(attribution.content(), attribution.fragments()), actor(attribution.speaker()),
        span(attribution.cue()), span(attribution.source()), attribution.sentence(), attribution.confidence(),
        attribution.rule()};
  }

  private static Row span(TextSpan span) {
    return span == null ? null : RowFactory.create(span.text(), span.start(), span.end());
  }

  private static Row content(TextSpan content, List<TextSpan> fragments) {
    return RowFactory.create(content.text(), content.start(), content.end(), seq(fragments, ClaimexRows::span));
  }

  private static Row actor(Actor actor) {
    if (actor == null) {
      return null;
    }
    TextSpan mention = actor.mention();
    return RowFactory.create(mention.text(), mention.start(), mention.end(), actor.canonical(), actor.type().name(),
        seq(actor.members()));
  }

  private static Row provenance(Provenance provenance) {
    return RowFactory.create(provenance.library(), provenance.version(), map(provenance.versions()),
        map(provenance.stages()));
  }

  private static <T> scala.collection.immutable.Seq<Object> seq(List<T> items, Function<T, Object> value) {
    List<Object> values = new ArrayList<>(items.size());
    items.forEach(item -> values.add(value.apply(item)));
    return seq(values);
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  private static scala.collection.Map<String, String> map(Map<String, String> values) {
    return CollectionConverters.asScala(values);
  }
}
