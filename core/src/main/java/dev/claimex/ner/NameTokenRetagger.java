package dev.claimex.ner;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.WordToken;
import java.util.List;
import java.util.Set;

/**
 * Marks the words of recognised names as proper nouns. The part-of-speech tagger reads rare surnames as common words
 * ("Devine/JJ said", "Stumpf/NN"), and the attribution rules, which look for a proper-noun subject before a cue, then
 * miss the speaker; the name recogniser, which sees the whole name in context, knows better. Pipeline-internal.
 */
public final class NameTokenRetagger {

  /** Content-word tags a name's word may wrongly carry; function words ("the", "of") keep theirs. */
  private static final Set<String> MISREAD_TAGS = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "RB", "VB", "VBD", "VBG",
      "VBN", "VBP", "VBZ");

  private NameTokenRetagger() {
  }

  /** The analysis with every capitalised word of a person or organisation name tagged NNP (NNPS for plural nouns). */
  public static TextAnalysis retag(TextAnalysis analysis, List<EntityMention> mentions) {
    ImmutableListMultimap<Integer, EntityMention> names = Multimaps.index(mentions.stream()
        .filter(m -> m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION).iterator(),
        EntityMention::sentence);
    boolean changed = false;
    ImmutableList.Builder<TaggedSentence> sentences = ImmutableList.builder();
    for (TaggedSentence s : analysis.sentences()) {
      TaggedSentence retagged = retag(s, names.get(s.index()));
      changed |= retagged != s;
      sentences.add(retagged);
    }
    return changed ? new TextAnalysis(analysis.text(), analysis.segments(), sentences.build(), analysis.untagged())
        : analysis;
  }

  private static TaggedSentence retag(TaggedSentence s, List<EntityMention> names) {
    if (names.isEmpty()) {
      return s;
    }
    ImmutableList.Builder<WordToken> tokens = null;
    for (int i = 0; i < s.size(); i++) {
      WordToken t = s.token(i);
      WordToken fixed = isMisreadName(t, names) ? asProperNoun(t) : t;
      if (fixed != t && tokens == null) {
        tokens = ImmutableList.builder();
        tokens.addAll(s.tokens().subList(0, i));
      }
      if (tokens != null) {
        tokens.add(fixed);
      }
    }
    return tokens == null ? s
        : new TaggedSentence(s.index(), s.span(), s.segmentKind(), s.segment(), s.paragraph(), tokens.build());
  }

  private static boolean isMisreadName(WordToken t, List<EntityMention> names) {
    if (!t.isCapitalized() || !MISREAD_TAGS.contains(t.tag())) {
      return false;
    }
    for (EntityMention m : names) {
      if (m.span().start() <= t.start() && t.end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static WordToken asProperNoun(WordToken t) {
    return new WordToken(t.index(), t.start(), t.end(), t.word(), t.tag().equals("NNS") ? "NNPS" : "NNP", t.word());
  }
}
