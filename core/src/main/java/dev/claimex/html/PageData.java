package dev.claimex.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.claimex.ExtractionResult;
import dev.claimex.claim.Claim;
import dev.claimex.claim.ClaimType;
import dev.claimex.json.ClaimexJson;
import dev.claimex.quote.ReportCategory;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The page's data block: the claims in the JSON form of {@link ClaimexJson}, and what the page needs beside them
 * ({@code view}: the speakers with their claims, each claim's speaker index, the types and categories present).
 *
 * <pre>{@code
 * {"id": "...", "claims": [{"type": "WARNING", "speaker": {...}, ...}],
 *  "view": {"speakers": [{"name": "army", "none": false, "claims": [0, 3]}], "speaker": [0, 1, 0],
 *           "types": ["WARNING", "STATEMENT"], "categories": ["SPEECH"]}}
 * }</pre>
 *
 * <p>It sits in a {@code <script type="application/json">}, which ends at the first {@code </script>} whatever the
 * JSON says: so {@code <}, {@code >} and {@code &} are written as <code>&#92;u003c</code> ..., which also keeps
 * {@code <!--} out. U+2028 and U+2029 are escaped for older JavaScript parsers, surrogates as in ClaimexJson.
 */
final class PageData {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new ScriptSafeEscapes());
  }

  private PageData() {}

  static String json(ExtractionResult result, Speakers speakers) {
    List<Claim> claims = result.claims();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", result.id());
    ArrayNode claimNodes = root.putArray("claims");
    claims.forEach(claim -> claimNodes.add(ClaimexJson.toTree(claim)));
    ObjectNode view = root.putObject("view");
    ArrayNode speakerNodes = view.putArray("speakers");
    for (int s = 0; s < speakers.names().size(); s++) {
      ObjectNode node = speakerNodes.addObject();
      node.put("name", speakers.names().get(s));
      node.put("none", s == speakers.none());
      node.putArray("claims");
    }
    ArrayNode speakerOf = view.putArray("speaker");
    Set<ClaimType> types = EnumSet.noneOf(ClaimType.class);
    Set<ReportCategory> categories = EnumSet.noneOf(ReportCategory.class);
    for (int i = 0; i < claims.size(); i++) {
      speakerOf.add(speakers.of(i));
      ((ArrayNode) speakerNodes.get(speakers.of(i)).get("claims")).add(i);
      types.add(claims.get(i).type());
      categories.add(claims.get(i).category());
    }
    ArrayNode typeNodes = view.putArray("types");
    types.forEach(type -> typeNodes.add(type.name()));
    ArrayNode categoryNodes = view.putArray("categories");
    categories.forEach(category -> categoryNodes.add(category.name()));
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** JSON's escapes, and <code>&#92;uXXXX</code> for {@code < > &}, U+2028, U+2029 and every surrogate. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return Character.isSurrogate((char) ch) || ch == 0x2028 || ch == 0x2029
          ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }
}
