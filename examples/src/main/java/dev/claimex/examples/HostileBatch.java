package dev.claimex.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of the inputs that stall or break extractors, as JSON Lines: the small bad inputs of the library's
 * robustness tests, huge documents (real news sentences, quotations only, one line, many short lines) and lines
 * that are no document at all. {@code bench --hostile} runs it at full size; a test runs it scaled down.
 *
 * <pre>{@code
 * HostileBatch.write(Path.of("hostile.jsonl"), 1.0);   // about 21 MB: four documents of 5,000,000 characters
 * }</pre>
 */
final class HostileBatch {

  /** Characters of each huge document at scale 1: the library's default {@code maxDocumentLength}. */
  static final int HUGE = 5_000_000;
  /** Writes every character beyond ASCII escaped: the batch holds unpaired surrogates, which UTF-8 cannot carry. */
  private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  /** A line of the batch and whether it is a well-formed document (which must get a result). */
  record Line(String json, boolean document) {}

  private HostileBatch() {}

  /** Writes the batch with huge documents of {@code scale × 5,000,000} characters; returns its lines' kinds. */
  static List<Boolean> write(Path file, double scale) throws IOException {
    List<Boolean> documents = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Line line : lines(scale)) {
        out.write(line.json());
        out.newLine();
        documents.add(line.document());
      }
    }
    return documents;
  }

  static List<Line> lines(double scale) {
    int huge = Math.max(1_000, (int) (HUGE * scale));
    String article = Examples.foundingArticle();
    List<Line> lines = new ArrayList<>();
    // the classes of core's RobustnessTest, in a batch
    small(lines, "empty", "");
    small(lines, "white-space", " \n\n\t \r\n ");
    small(lines, "one-word", "Hello");
    small(lines, "no-punctuation", "word and more words ".repeat(2_500));
    small(lines, "control-characters", "The\u0000 minister\u0007 said\u001b the\u0000 talks failed.\u0000");
    small(lines, "unpaired-surrogates", "He said \ud800 that the \udc00 talks \ud83d failed. \ude00");
    small(lines, "unbalanced-quotes", "He said “the talks failed. She said \"no. ‘Maybe’’ ” ” “");
    small(lines, "nested-quotes", "He said “she told me ‘the talks “really” failed’ today,” he said.");
    small(lines, "html", "<p>The minister said &amp; warned</p><br/><script>var x = 1;</script> &nbsp;");
    small(lines, "all-capitals", "THE MINISTER SAID THE BORDER WOULD REOPEN. OFFICIALS WARNED OF FLOODS.");
    small(lines, "long-line", "The minister said the border would reopen on Monday, officials said. ".repeat(400));
    small(lines, "short-lines", "Yes\n".repeat(5_000));
    small(lines, "only-punctuation", "“”‘’\"\"''``...;;::——(())[[]]");
    small(lines, "mixed-scripts", "Президент сказал, что 中国 said الحدود “closed” आज.");
    // huge documents
    small(lines, "huge-news", RepeatedText.of(article, huge));
    small(lines, "huge-quotations", RepeatedText.of(quotationsOnly(article), huge));
    small(lines, "huge-one-line", RepeatedText.of(article.replaceAll("\\s+", " ") + " ", huge));
    small(lines, "huge-short-lines", RepeatedText.of(article.replaceAll("(\\S+\\s+\\S+\\s+\\S+)\\s+", "$1\n"), huge));
    // lines that are no document
    lines.add(new Line("{not json", false));
    lines.add(new Line("{\"id\": \"truncated\", \"text\": \"The minister said", false));
    lines.add(new Line("{\"id\": \"no-text\"}", false));
    lines.add(new Line("{\"text\": \"no id\"}", false));
    lines.add(new Line("[" + "[".repeat(5_000) + "]".repeat(5_001), false));
    lines.add(new Line("{\"id\": \"number\", \"text\": 42}", false));
    return lines;
  }

  private static void small(List<Line> lines, String id, String text) {
    ObjectNode node = JSON.createObjectNode().put("id", id).put("text", text);
    try {
      lines.add(new Line(JSON.writeValueAsString(node), true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** Every sentence of the article as a quotation, a paragraph of them for each of its paragraphs. */
  private static String quotationsOnly(String article) {
    StringBuilder quoted = new StringBuilder();
    for (String paragraph : article.split("\n\\s*\n")) {
      for (String sentence : paragraph.strip().split("(?<=[.!?])\\s+")) {
        if (!sentence.isBlank()) {
          quoted.append('“').append(sentence.strip()).append("” ");
        }
      }
      quoted.append("\n\n");
    }
    return quoted.toString();
  }
}
