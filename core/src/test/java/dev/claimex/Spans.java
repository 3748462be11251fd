package dev.claimex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.claimex.claim.Claim;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityMention;
import dev.claimex.quote.Attribution;
import dev.claimex.text.NewsSentence;
import dev.claimex.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Checks that every span of a result indexes its text and that the parts of a result agree with each other. */
final class Spans {

  private Spans() {}

  static void assertConsistent(String input, ExtractionResult result) {
    String text = result.text();
    assertTrue(input.startsWith(text), "the result's text is the input (or its beginning, when cut)");
    List<TextSpan> spans = new ArrayList<>();
    int previousEnd = 0;
    for (NewsSentence sentence : result.sentences()) {
      spans.add(sentence.span());
      assertTrue(sentence.span().start() >= previousEnd, "sentences in order, not overlapping: " + sentence);
      previousEnd = sentence.span().end();
    }
    for (EntityMention mention : result.entities()) {
      spans.add(mention.span());
      assertTrue(mention.sentence() < result.sentences().size(), "entity sentence index");
      assertTrue(result.sentences().get(mention.sentence()).span().contains(mention.span()), "entity inside its sentence");
    }
    for (Attribution a : result.attributions()) {
      spans.add(a.content());
      add(spans, a.speaker());
      addAll(spans, a.cue(), a.source());
    }
    for (Claim c : result.claims()) {
      assertTrue(c.sentence() < result.sentences().size(), "claim sentence index");
      spans.add(c.content());
      add(spans, c.speaker());
      add(spans, c.addressee());
      add(spans, c.target());
      addAll(spans, c.cue(), c.condition(), c.consequence(), c.quote(), c.source());
    }
    for (TextSpan span : spans) {
      assertTrue(span.end() <= text.length(), () -> "span past the end: " + span);
      assertEquals(text.substring(span.start(), span.end()), span.text());
    }
  }

  private static void add(List<TextSpan> spans, Actor actor) {
    if (actor != null) {
      spans.add(actor.mention());
    }
  }

  private static void addAll(List<TextSpan> spans, TextSpan... optional) {
    for (TextSpan span : optional) {
      if (span != null) {
        spans.add(span);
      }
    }
  }
}
