package dev.claimex.quote.readers;

import com.google.common.collect.ImmutableList;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.quote.Report;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSegment;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.List;

/**
 * A document tagged by hand, for reader tests that load the lexicons but no tagger: sentences of space-separated
 * {@code word/TAG} tokens ({@code word/TAG/lemma} where the lemma differs), one paragraph, with the entity
 * mentions a test names.
 *
 * <pre>{@code
 * HandTagged doc = HandTagged.of("Smith/NNP said/VBD/say taxes/NNS will/MD rise/VB ./.").person("Smith");
 * Report report = doc.read(new VerbReader(HandTagged.CUES), "said");
 * }</pre>
 */
final class HandTagged {

  static final CueLexicon CUES = CueLexicon.load();
  private static final Gazetteer GAZETTEER = Gazetteer.load();
  private static final AnimateNouns ANIMATE = AnimateNouns.load();

  private final TextAnalysis analysis;
  private final List<EntityMention> entities = new ArrayList<>();

  private HandTagged(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Sentences of one paragraph segment. */
  static HandTagged of(String... sentences) {
    return of(SegmentKind.PARAGRAPH, sentences);
  }

  /** Sentences of one segment of {@code kind}. */
  static HandTagged of(SegmentKind kind, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<TaggedSentence> tagged = new ArrayList<>();
    for (String sentence : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      ImmutableList.Builder<WordToken> tokens = ImmutableList.builder();
      String[] parts = sentence.split(" ");
      for (int i = 0; i < parts.length; i++) {
        String[] wordTagLemma = parts[i].split("/");
        String word = wordTagLemma[0];
        if (i > 0) {
          text.append(' ');
        }
        int from = text.length();
        text.append(word);
        String lemma = wordTagLemma.length > 2 ? wordTagLemma[2] : word;
        tokens.add(new WordToken(i, from, text.length(), word, wordTagLemma[1], lemma));
      }
      tagged.add(new TaggedSentence(tagged.size(), new TextSpan(start, text.length(),
          text.substring(start)), kind, 0, 0, tokens.build()));
    }
    String all = text.toString();
    TextSegment segment = new TextSegment(0, kind, new TextSpan(0, all.length(), all), 0);
    return new HandTagged(new TextAnalysis(all, ImmutableList.of(segment), ImmutableList.copyOf(tagged), 0));
  }

  /** The document with {@code name} (its first occurrence) recognised as a person. */
  HandTagged person(String name) {
    return entity(name, EntityType.PERSON);
  }

  /** The document with {@code name} (its first occurrence) recognised as an entity of {@code type}. */
  HandTagged entity(String name, EntityType type) {
    int start = analysis.text().indexOf(name);
    TextSpan span = new TextSpan(start, start + name.length(), name);
    entities.add(new EntityMention(span, type, name, entities.size(), analysis.sentenceAt(start).index()));
    return this;
  }

  TaggedSentence sentence(int index) {
    return analysis.sentences().get(index);
  }

  /** A fresh context for the document, with its curly quotations and no earlier reports. */
  ReaderContext context() {
    List<TextSpan> quotations = new ArrayList<>();
    String text = analysis.text();
    for (int open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
      int close = text.indexOf('”', open);
      if (close > open) {
        quotations.add(new TextSpan(open + 1, close, text.substring(open + 1, close)));
      }
    }
    return new ReaderContext(analysis, entities, GAZETTEER, ANIMATE, quotations, span -> List.of());
  }

  /** The cue whose first word is {@code word}, in the first sentence that has one. */
  CueMatch cue(String word) {
    return at(word).cue();
  }

  /** What {@code reader} reads at the cue {@code word}, with nothing else read in its sentence. */
  Report read(ReportReader reader, String word) {
    return read(reader, word, List.of());
  }

  /** What {@code reader} reads at the cue {@code word}, after {@code inSentence} were read in its sentence. */
  Report read(ReportReader reader, String word, List<Report> inSentence) {
    return read(context(), reader, word, inSentence);
  }

  /** What {@code reader} reads at the cue {@code word} with the context {@code doc}. */
  Report read(ReaderContext doc, ReportReader reader, String word, List<Report> inSentence) {
    Found found = at(word);
    return reader.read(doc, found.sentence(), found.cue(), inSentence);
  }

  private record Found(TaggedSentence sentence, CueMatch cue) {}

  private Found at(String word) {
    for (TaggedSentence s : analysis.sentences()) {
      for (int i = 0; i < s.size(); i++) {
        CueMatch cue = CUES.match(s, i);
        if (cue != null && s.token(i).word().equals(word)) {
          return new Found(s, cue);
        }
      }
    }
    throw new IllegalArgumentException("no cue at " + word);
  }

  /** The text a report's span covers. */
  static String text(TextSpan span) {
    return span == null ? null : span.text();
  }
}
