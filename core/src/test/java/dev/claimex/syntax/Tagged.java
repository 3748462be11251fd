package dev.claimex.syntax;

import com.google.common.collect.ImmutableList;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;

/** Hand-tagged sentences for the syntax tests: {@code "They/PRP were/VBD/be told/VBN"} (word/tag, or word/tag/lemma). */
final class Tagged {

  private Tagged() {}

  static TaggedSentence sentence(String tagged) {
    String[] parts = tagged.split(" ");
    StringBuilder text = new StringBuilder();
    ImmutableList.Builder<WordToken> tokens = ImmutableList.builder();
    for (int i = 0; i < parts.length; i++) {
      String[] fields = parts[i].split("/");
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(fields[0]);
      String lemma = fields.length > 2 ? fields[2] : fields[0];
      tokens.add(new WordToken(i, start, text.length(), fields[0], fields[1], lemma));
    }
    TextSpan span = new TextSpan(0, text.length(), text.toString());
    return new TaggedSentence(0, span, SegmentKind.PARAGRAPH, 0, 0, tokens.build());
  }
}
