package dev.claimex.spark;

import com.google.common.collect.Iterators;
import dev.claimex.DocumentOutcome;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The work of one partition: each input row's document extracted by this JVM's shared extractor, lazily, one
 * document at a time, and turned into output rows. A document never fails the task: a null or too long text, an
 * exception or running out of memory on it gives a row with an {@code error}.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** What each document becomes. */
  enum Shape {
    /** Rows of {@link ClaimexSchemas#CLAIM_ROW}. */
    CLAIMS,
    /** Rows of {@link ClaimexSchemas#ATTRIBUTION_ROW}. */
    ATTRIBUTIONS,
    /** The input row with a {@link ClaimexSchemas#RESULT} value after its columns. */
    RESULTS
  }

  private final ClaimexSparkOptions options;
  private final Shape shape;
  private final int idIndex;
  private final int textIndex;
  private final JobProgress progress;

  /** The id and the text are at {@code idIndex} and {@code textIndex} of the input rows; {@code progress} may be null. */
  PartitionExtractor(ClaimexSparkOptions options, Shape shape, int idIndex, int textIndex, JobProgress progress) {
    this.options = options;
    this.shape = shape;
    this.idIndex = idIndex;
    this.textIndex = textIndex;
    this.progress = progress;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> input) {
    return Iterators.concat(Iterators.transform(input, row -> output(row).iterator()));
  }

  private List<Row> output(Row input) {
    String id = input.isNullAt(idIndex) ? null : input.get(idIndex).toString();
    String text = input.isNullAt(textIndex) ? null : input.getString(textIndex);
    DocumentOutcome outcome = outcome(id, text);
    if (progress != null) {
      progress.count(outcome);
    }
    return switch (shape) {
      case CLAIMS -> ClaimexRows.claims(outcome);
      case ATTRIBUTIONS -> ClaimexRows.attributions(outcome);
      case RESULTS -> List.of(withResult(input, ClaimexRows.result(outcome)));
    };
  }

  private DocumentOutcome outcome(String id, String text) {
    if (text == null) {
      return DocumentOutcome.failure(id, "no text (column '" + options.textColumn() + "' is null)");
    }
    if (text.length() > options.maxTextLength()) {
      return DocumentOutcome.failure(id, String.format(Locale.ROOT, "text of %,d characters is longer than "
          + "maxTextLength (%,d): not extracted", text.length(), options.maxTextLength()));
    }
    return DocumentOutcome.extract(SharedClaimex.get(options.claimexOptions()), id, text);
  }

  private static Row withResult(Row input, Row result) {
    Object[] values = new Object[input.length() + 1];
    for (int i = 0; i < input.length(); i++) {
      values[i] = input.get(i);
    }
    values[input.length()] = result;
    return RowFactory.create(values);
  }
}
