package dev.claimex.quote;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
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
    int sentence, double confidence, String rule, ImmutableList<TextSpan> fragments, ReportCategory category) {

  /**
   * @param fragments the pieces of the content that narration interrupts ({@link ContentFragments}), in text order,
   *     each inside the content; given empty, it becomes {@code [content]}, the content in one piece
   * @param category speech, thought or evidence
   */
  public Attribution {
    checkNotNull(kind, "kind");
    checkNotNull(content, "content");
    checkArgument(sentence >= 0, "sentence must be >= 0: %s", sentence);
    checkArgument(confidence >= 0 && confidence <= 1, "confidence must be in [0, 1]: %s", confidence);
    checkNotNull(rule, "rule");
    fragments = ContentFragments.checked(content, fragments);
    checkNotNull(category, "category");
  }

  /** An attribution whose content is in one piece. */
  public Attribution(ReportKind kind, TextSpan content, Actor speaker, TextSpan cue, TextSpan source, int sentence,
      double confidence, String rule) {
    this(kind, content, speaker, cue, source, sentence, confidence, rule, ImmutableList.of(), ReportCategory.SPEECH);
  }

  /** This attribution with the fragments of its content. */
  public Attribution withFragments(ImmutableList<TextSpan> pieces) {
    return new Attribution(kind, content, speaker, cue, source, sentence, confidence, rule, pieces, category);
  }

  /** This attribution of another category. */
  public Attribution withCategory(ReportCategory newCategory) {
    return new Attribution(kind, content, speaker, cue, source, sentence, confidence, rule, fragments, newCategory);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + (category == ReportCategory.SPEECH ? "" : " "
        + category.name().toLowerCase(java.util.Locale.ROOT)) + " | " + (speaker == null ? "(no speaker)" : speaker)
        + (cue == null ? "" : " (" + cue.text() + ")") + ": \"" + content.text() + "\""
        + (source == null ? "" : " | source: " + source.text());
  }
}
