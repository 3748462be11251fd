package dev.claimex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextSpanTest {

  @Test
  void coversTheInputText() {
    TextSpan span = TextSpan.of("Norway warned of war", 7, 13);
    assertEquals("warned", span.text());
    assertEquals(6, span.length());
  }

  @Test
  void rejectsOffsetsOutsideTheInput() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TextSpan.of("abc", 2, 5));
    assertEquals("[2, 5) is not inside an input of length 3", e.getMessage());
  }

  @Test
  void rejectsTextThatDoesNotMatchTheOffsets() {
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(0, 3, "ab"));
    assertThrows(IllegalArgumentException.class, () -> new TextSpan(4, 3, ""));
  }

  @Test
  void containsAndOverlaps() {
    TextSpan outer = new TextSpan(0, 10, "0123456789");
    TextSpan inner = new TextSpan(2, 4, "23");
    TextSpan after = new TextSpan(10, 12, "ab");
    assertTrue(outer.contains(inner));
    assertTrue(outer.overlaps(inner));
    assertFalse(outer.overlaps(after));
  }
}
