package dev.claimex.json;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimex.ExtractionResult;
import dev.claimex.ExtractionWarning;
import dev.claimex.claim.Claim;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.quote.Attribution;
import dev.claimex.text.NewsSentence;
import dev.claimex.text.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of CLAIMS.md: one object per document with {@code sentences}, {@code entities}, {@code attributions}
 * and {@code claims}; absent values are {@code null}, never missing.
 *
 * <pre>{@code
 * String line = ClaimexJson.toJson(result);          // one line, for JSON Lines
 * String pretty = ClaimexJson.toPrettyJson(result);  // indented
 * }</pre>
 */
public final class ClaimexJson {

  private static final ObjectMapper MAPPER = escapingSurrogates(new ObjectMapper());
  private static final ObjectMapper PRETTY = escapingSurrogates(new ObjectMapper())
      .enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * A mapper that writes surrogates as <code>&#92;uXXXX</code>: a text may hold an unpaired one, which no UTF-8 output can
   * carry (it would come out as "?", and the span's text would no longer be the input's); escaped, every string
   * reads back exactly.
   */
  private static ObjectMapper escapingSurrogates(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(new SurrogateEscapes());
    return mapper;
  }

  /** JSON's standard escapes, and <code>&#92;uXXXX</code> for every surrogate. */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }

  private ClaimexJson() {}

  /** The document as one line of JSON. */
  public static String toJson(ExtractionResult result) {
    return write(MAPPER, toTree(result));
  }

  /** The document as indented JSON. */
  public static String toPrettyJson(ExtractionResult result) {
    return write(PRETTY, toTree(result));
  }

  /** The document as one line of JSON, with an {@code error} field: a partial result that says why it is partial. */
  public static String toJson(ExtractionResult result, String error) {
    return write(MAPPER, toTree(result).put("error", error));
  }

  /** The output line of a document that could not be processed: its id and the error. */
  public static String errorLine(String id, String error) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", id);
    node.put("error", error);
    node.putArray("sentences");
    node.putArray("entities");
    node.putArray("attributions");
    node.putArray("claims");
    return write(MAPPER, node);
  }

  /** The document as a tree, to add fields to or to write with another mapper. */
  public static ObjectNode toTree(ExtractionResult result) {
    checkNotNull(result, "result");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", result.id());
    ArrayNode sentences = root.putArray("sentences");
    for (NewsSentence sentence : result.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("start", sentence.span().start());
      node.put("end", sentence.span().end());
      node.put("kind", sentence.segmentKind().name());
    }
    ArrayNode entities = root.putArray("entities");
    for (EntityMention mention : result.entities()) {
      ObjectNode node = entities.addObject();
      span(node, mention.span());
      node.put("type", mention.type().name());
      node.put("canonical", mention.canonical());
    }
    ArrayNode attributions = root.putArray("attributions");
    for (Attribution attribution : result.attributions()) {
      ObjectNode node = attributions.addObject();
      node.put("kind", attribution.kind().name().toLowerCase(Locale.ROOT));
      node.put("category", attribution.category().name());
      node.set("content", content(attribution.content(), attribution.fragments()));
      node.set("speaker", actor(attribution.speaker()));
      node.set("cue", span(attribution.cue()));
      node.set("source", span(attribution.source()));
      node.put("sentence", attribution.sentence());
      node.put("confidence", attribution.confidence());
      node.put("rule", attribution.rule());
    }
    ArrayNode claims = root.putArray("claims");
    for (Claim claim : result.claims()) {
      claims.add(toTree(claim));
    }
    ArrayNode warnings = root.putArray("warnings");
    for (ExtractionWarning warning : result.warnings()) {
      warnings.addObject().put("kind", warning.kind().name()).put("message", warning.message());
    }
    ObjectNode provenance = root.putObject("provenance");
    provenance.put("library", result.provenance().library());
    provenance.put("version", result.provenance().version());
    ObjectNode versions = provenance.putObject("versions");
    result.provenance().versions().forEach(versions::put);
    ObjectNode stages = provenance.putObject("stages");
    result.provenance().stages().forEach(stages::put);
    return root;
  }

  /** One claim as in the {@code claims} of a document: the same fields, for views that show claims one by one. */
  public static ObjectNode toTree(Claim claim) {
    checkNotNull(claim, "claim");
    ObjectNode node = MAPPER.createObjectNode();
    node.put("type", claim.type().name());
    node.set("speaker", actor(claim.speaker()));
    node.set("addressee", actor(claim.addressee()));
    node.set("target", actor(claim.target()));
    node.set("cue", span(claim.cue()));
    node.set("content", content(claim.content(), claim.fragments()));
    node.set("condition", span(claim.condition()));
    node.set("consequence", span(claim.consequence()));
    node.set("quote", span(claim.quote()));
    node.set("source", span(claim.source()));
    node.put("attribution", claim.attribution().name());
    node.put("category", claim.category().name());
    node.put("polarity", claim.polarity().name());
    node.put("modality", claim.modality().name());
    node.put("sentence", claim.sentence());
    node.put("confidence", claim.confidence());
    node.put("rule", claim.rule());
    return node;
  }

  /** A content with its fragments: {"text", "start", "end", "fragments": [{"text", "start", "end"}, ...]}. */
  private static JsonNode content(TextSpan content, List<TextSpan> fragments) {
    ObjectNode node = MAPPER.createObjectNode();
    span(node, content);
    ArrayNode pieces = node.putArray("fragments");
    fragments.forEach(piece -> span(pieces.addObject(), piece));
    return node;
  }

  private static JsonNode span(TextSpan span) {
    if (span == null) {
      return MAPPER.nullNode();
    }
    ObjectNode node = MAPPER.createObjectNode();
    span(node, span);
    return node;
  }

  private static void span(ObjectNode node, TextSpan span) {
    node.put("text", span.text());
    node.put("start", span.start());
    node.put("end", span.end());
  }

  private static JsonNode actor(Actor actor) {
    if (actor == null) {
      return MAPPER.nullNode();
    }
    ObjectNode node = MAPPER.createObjectNode();
    span(node, actor.mention());
    node.put("canonical", actor.canonical());
    node.put("type", actor.type().name());
    if (actor.isGroup()) {
      ArrayNode members = node.putArray("members");
      actor.members().forEach(members::add);
    }
    return node;
  }

  private static String write(ObjectMapper mapper, JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
