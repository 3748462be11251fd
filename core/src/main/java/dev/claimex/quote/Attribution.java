package dev.claimex.quote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.claimex.ner.Actor;
import dev.claimex.text.TextSpan;

/**
 * Reported speech: who ({@link #speaker}) said what ({@link #content}), introduced by which word ({@link #cue}),
 * on the credit of which outlet ({@link #source}). Absent values are {@code null}.
 *
 * <pre>{@code
 * result.attributions().forEach(System.out::println);
 * // mixed | Norway's foreign minister (said): "the talks had reached “a dead end”" | source: Reuters
 * }</pre>
 */
public record Attribution(ReportKind kind, TextSpan content, Actor speaker, TextSpan cue, TextSpan source,
    int sentence, double confidence, String rule) {

  public Attribution {
    checkNotNull(kind, "kind");
    checkNotNull(content, "content");
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
    checkNotNull(rule, "rule");
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " | " + (speaker == null ? "(no speaker)" : speaker)
        + (cue == null ? "" : " (" + cue.text() + ")") + ": \"" + content.text() + "\""
        + (source == null ? "" : " | source: " + source.text());
  }
}
