package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WarningsTest {

  /** First, while the models load: a program without a logging provider hears nothing from the library. */
  @Test
  @Order(1)
  void loadingPrintsNothingOnStandardError() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      Warnings.of("Officials warned of floods.");
    } finally {
      System.setErr(original);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }

  @Test
  @Order(2)
  void findsTheWarningWithItsCondition() {
    assertEquals(List.of("army warned of a wider war if the attacks continued"),
        Warnings.of("The army warned of a wider war if the attacks continued."));
  }
}
