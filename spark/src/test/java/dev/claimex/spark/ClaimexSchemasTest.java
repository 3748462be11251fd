package dev.claimex.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The documented schemas, field by field: name, type and whether it may be null. A change here is a change of the
 * output format that users' jobs read: fields may be added, never renamed, retyped or removed.
 */
class ClaimexSchemasTest {

  /** The named parts, written by name where they occur in a larger schema. */
  private static final Map<String, StructType> PARTS = Map.of("SPAN", ClaimexSchemas.SPAN, "CONTENT",
      ClaimexSchemas.CONTENT, "ACTOR", ClaimexSchemas.ACTOR, "CLAIM", ClaimexSchemas.CLAIM, "ATTRIBUTION",
      ClaimexSchemas.ATTRIBUTION);

  @Test
  void spansContentsAndActors() {
    assertFields(ClaimexSchemas.SPAN, """
        text string not null
        start int not null
        end int not null""");
    assertFields(ClaimexSchemas.CONTENT, """
        text string not null
        start int not null
        end int not null
        fragments array<SPAN> not null""");
    assertFields(ClaimexSchemas.ACTOR, """
        text string not null
        start int not null
        end int not null
        canonical string not null
        type string not null
        members array<string> not null""");
  }

  @Test
  void aClaimRowIsTheDocumentIdAClaimAndAnError() {
    assertFields(ClaimexSchemas.CLAIM_ROW, """
        id string
        type string
        speaker ACTOR
        addressee ACTOR
        target ACTOR
        cue SPAN
        content CONTENT
        condition SPAN
        consequence SPAN
        quote SPAN
        source SPAN
        attribution string
        category string
        polarity string
        modality string
        sentence int
        confidence double
        rule string
        error string""");
    assertFields(ClaimexSchemas.CLAIM, """
        type string not null
        speaker ACTOR
        addressee ACTOR
        target ACTOR
        cue SPAN
        content CONTENT not null
        condition SPAN
        consequence SPAN
        quote SPAN
        source SPAN
        attribution string not null
        category string not null
        polarity string not null
        modality string not null
        sentence int not null
        confidence double not null
        rule string not null""");
  }

  @Test
  void anAttributionRowIsTheDocumentIdAnAttributionAndAnError() {
    assertFields(ClaimexSchemas.ATTRIBUTION_ROW, """
        id string
        kind string
        category string
        content CONTENT
        speaker ACTOR
        cue SPAN
        source SPAN
        sentence int
        confidence double
        rule string
        error string""");
    assertFields(ClaimexSchemas.ATTRIBUTION, """
        kind string not null
        category string not null
        content CONTENT not null
        speaker ACTOR
        cue SPAN
        source SPAN
        sentence int not null
        confidence double not null
        rule string not null""");
  }

  @Test
  void aResultHasTheListsOfTheJsonWarningsProvenanceAndError() {
    assertEquals("claimex", ClaimexSchemas.RESULT_COLUMN);
    assertFields(ClaimexSchemas.RESULT, """
        sentences array<struct<start:int,end:int,kind:string>> not null
        entities array<struct<text:string,start:int,end:int,type:string,canonical:string>> not null
        attributions array<ATTRIBUTION> not null
        claims array<CLAIM> not null
        warnings array<struct<kind:string,message:string>> not null
        provenance struct<library:string,version:string,versions:map<string,string>,stages:map<string,string>>
        error string""");
  }

  @Test
  void theSummaryCountsClaimsBySpeakerTypeAndTarget() {
    assertFields(ClaimexSchemas.SUMMARY, """
        speaker string
        type string
        target string
        claims bigint not null""");
  }

  private static void assertFields(StructType schema, String expected) {
    assertEquals(expected, Arrays.stream(schema.fields()).map(ClaimexSchemasTest::describe)
        .collect(Collectors.joining("\n")));
  }

  private static String describe(StructField field) {
    return field.name() + " " + type(field.dataType()) + (field.nullable() ? "" : " not null");
  }

  private static String type(DataType type) {
    for (Map.Entry<String, StructType> part : PARTS.entrySet()) {
      if (part.getValue().equals(type)) {
        return part.getKey();
      }
    }
    if (type instanceof ArrayType array) {
      return "array<" + type(array.elementType()) + ">";
    }
    return type.simpleString();
  }
}
