package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningsTest {

  @Test
  void findsTheWarningWithItsCondition() {
    assertEquals(List.of("army warned of a wider war if the attacks continued"),
        Warnings.of("The army warned of a wider war if the attacks continued."));
  }
}
