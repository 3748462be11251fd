package dev.claimex.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of {@link ClaimexSpark}'s output, field by field. They follow the JSON of the library
 * ({@code dev.claimex.json.ClaimexJson}, described in CLAIMS.md): the same names, nesting and values (enum names,
 * offsets), so that a row read with {@code toJSON()} is the JSON object of the same claim. They are stable:
 * {@code ClaimexSchemasTest} pins every name and type, and a field is only ever added.
 *
 * <pre>{@code
 * ClaimexSpark.claims(docs).schema().equals(ClaimexSchemas.CLAIM_ROW);   // true
 * claims.groupBy("speaker.canonical", "type", "target.canonical").count();
 * }</pre>
 *
 * <p>Offsets are Java {@code String} indices (UTF-16 code units) into the document's text, end exclusive, and
 * {@code text} is always {@code text.substring(start, end)}. A value that is absent is {@code null}.
 */
public final class ClaimexSchemas {

  /**
   * A stretch of the document: {@code text} (the characters), {@code start}, {@code end} (offsets, end
   * exclusive).
   */
  public static final StructType SPAN = new StructType()
      .add("text", StringType, false)
      .add("start", IntegerType, false)
      .add("end", IntegerType, false);

  /**
   * What was said: {@code text}, {@code start}, {@code end} as in {@link #SPAN}, and {@code fragments}, the pieces
   * of it that narration interrupts ({@code “X,” he said. “Y.”} gives X and Y), in text order; one piece (the
   * content itself) when it is not interrupted.
   */
  public static final StructType CONTENT = new StructType()
      .add("text", StringType, false)
      .add("start", IntegerType, false)
      .add("end", IntegerType, false)
      .add("fragments", new ArrayType(SPAN, false), false);

  /**
   * A party (speaker, addressee, target): its mention as written ({@code text}, {@code start}, {@code end}: "She"),
   * the entity it resolves to ({@code canonical}: "Jacinda Ardern"), the entity's {@code type} (an
   * {@code EntityType} name: PERSON, ORGANIZATION, COUNTRY, ...) and, for a group ("both sides"), its
   * {@code members}' canonical names (empty for one party; the JSON leaves the field out then).
   */
  public static final StructType ACTOR = new StructType()
      .add("text", StringType, false)
      .add("start", IntegerType, false)
      .add("end", IntegerType, false)
      .add("canonical", StringType, false)
      .add("type", StringType, false)
      .add("members", new ArrayType(StringType, false), false);

  /**
   * A typed claim ({@code dev.claimex.claim.Claim}), the fields of a claim of the JSON:
   * <ul>
   *   <li>{@code type}: the claim type, a {@code ClaimType} name (WARNING, DEMAND, PROMISE, ...)
   *   <li>{@code speaker}, {@code addressee} (to whom), {@code target} (about or against whom): {@link #ACTOR}s
   *   <li>{@code cue}: the words that report the act ("warned"), a {@link #SPAN}
   *   <li>{@code content}: what was claimed, a {@link #CONTENT}
   *   <li>{@code condition} ("if the strike goes on") and {@code consequence} (what follows from it): {@link #SPAN}s,
   *       both present or both null
   *   <li>{@code quote}: the quotation the content is in or holds, {@code source}: the outlet credited ("Reuters");
   *       {@link #SPAN}s
   *   <li>{@code attribution}: how the report is given, a {@code ReportKind} name (DIRECT, INDIRECT, MIXED,
   *       ACCORDING_TO, NOMINAL; NONE for an act read outside speech)
   *   <li>{@code category}: SPEECH, THOUGHT or EVIDENCE; {@code polarity}: POSITIVE or NEGATIVE; {@code modality}:
   *       ASSERTED, HEDGED or HYPOTHETICAL
   *   <li>{@code sentence}: index of the sentence of the cue; {@code confidence}: in [0, 1]; {@code rule}: the rule
   *       that made the claim ("cue.warn/of")
   * </ul>
   */
  public static final StructType CLAIM = new StructType()
      .add("type", StringType, false)
      .add("speaker", ACTOR, true)
      .add("addressee", ACTOR, true)
      .add("target", ACTOR, true)
      .add("cue", SPAN, true)
      .add("content", CONTENT, false)
      .add("condition", SPAN, true)
      .add("consequence", SPAN, true)
      .add("quote", SPAN, true)
      .add("source", SPAN, true)
      .add("attribution", StringType, false)
      .add("category", StringType, false)
      .add("polarity", StringType, false)
      .add("modality", StringType, false)
      .add("sentence", IntegerType, false)
      .add("confidence", DoubleType, false)
      .add("rule", StringType, false);

  /**
   * Reported speech ({@code dev.claimex.quote.Attribution}), the fields of an attribution of the JSON:
   * {@code kind} (direct, indirect, mixed: lower case, as in the JSON), {@code category} (SPEECH, THOUGHT,
   * EVIDENCE), {@code content} ({@link #CONTENT}), {@code speaker} ({@link #ACTOR}, null for an agentless report
   * such as "is expected to"), {@code cue} and {@code source} ({@link #SPAN}s), {@code sentence},
   * {@code confidence}, {@code rule}.
   */
  public static final StructType ATTRIBUTION = new StructType()
      .add("kind", StringType, false)
      .add("category", StringType, false)
      .add("content", CONTENT, false)
      .add("speaker", ACTOR, true)
      .add("cue", SPAN, true)
      .add("source", SPAN, true)
      .add("sentence", IntegerType, false)
      .add("confidence", DoubleType, false)
      .add("rule", StringType, false);

  /**
   * A row of {@link ClaimexSpark#claims}: {@code id} (the document's, as a string), the fields of {@link #CLAIM},
   * and {@code error}. A document that could not be read whole gives {@code error} (why) on each of its claims, or,
   * with none, one row with only {@code id} and {@code error}: the claim's fields are then null.
   */
  public static final StructType CLAIM_ROW = row(CLAIM);

  /** A row of {@link ClaimexSpark#attributions}: {@code id}, the fields of {@link #ATTRIBUTION}, {@code error}. */
  public static final StructType ATTRIBUTION_ROW = row(ATTRIBUTION);

  /**
   * The column {@link ClaimexSpark#extract} adds: the whole result of a document, as in the JSON.
   * <ul>
   *   <li>{@code sentences}: {@code start}, {@code end}, {@code kind} (a {@code SegmentKind} name: PARAGRAPH,
   *       HEADLINE, DATELINE, ...)
   *   <li>{@code entities}: {@code text}, {@code start}, {@code end}, {@code type}, {@code canonical}
   *   <li>{@code attributions}: {@link #ATTRIBUTION}s; {@code claims}: {@link #CLAIM}s
   *   <li>{@code warnings}: {@code kind} (TRUNCATED, TIME_BUDGET_EXCEEDED, NOT_ENGLISH, STAGE_FAILED),
   *       {@code message}
   *   <li>{@code provenance}: {@code library}, {@code version}, {@code versions} (model and lexicon versions),
   *       {@code stages} (what each stage is)
   *   <li>{@code error}: why the result is missing (the lists are empty, provenance null) or partial; else null
   * </ul>
   */
  public static final StructType RESULT = new StructType()
      .add("sentences", new ArrayType(new StructType()
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("kind", StringType, false), false), false)
      .add("entities", new ArrayType(new StructType()
          .add("text", StringType, false)
          .add("start", IntegerType, false)
          .add("end", IntegerType, false)
          .add("type", StringType, false)
          .add("canonical", StringType, false), false), false)
      .add("attributions", new ArrayType(ATTRIBUTION, false), false)
      .add("claims", new ArrayType(CLAIM, false), false)
      .add("warnings", new ArrayType(new StructType()
          .add("kind", StringType, false)
          .add("message", StringType, false), false), false)
      .add("provenance", new StructType()
          .add("library", StringType, false)
          .add("version", StringType, false)
          .add("versions", stringMap(), false)
          .add("stages", stringMap(), false), true)
      .add("error", StringType, true);

  /** Name of the column {@link ClaimexSpark#extract} adds. */
  public static final String RESULT_COLUMN = "claimex";

  /**
   * The summary table of {@code ClaimexSparkJob}: how many claims ({@code claims}) each {@code speaker} (canonical
   * name) made of each {@code type} about each {@code target} (canonical name) across the archive: who threatened
   * whom how often. Speaker and target are null where a claim has none.
   */
  public static final StructType SUMMARY = new StructType()
      .add("speaker", StringType, true)
      .add("type", StringType, true)
      .add("target", StringType, true)
      .add("claims", LongType, false);

  private ClaimexSchemas() {}

  /** {@code id}, the fields of {@code item} (nullable: a row of an error has none of them), {@code error}. */
  private static StructType row(StructType item) {
    StructType row = new StructType().add("id", StringType, true);
    for (StructField field : item.fields()) {
      row = row.add(field.name(), field.dataType(), true);
    }
    return row.add("error", StringType, true);
  }

  private static DataType stringMap() {
    return new MapType(StringType, StringType, false);
  }
}
