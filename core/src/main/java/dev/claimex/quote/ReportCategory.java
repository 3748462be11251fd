package dev.claimex.quote;

import static dev.claimex.models.WordClass.AUTHORED_DOCUMENT;
import static dev.claimex.models.WordClass.EVIDENCE_VERB;
import static dev.claimex.models.WordClass.SHARE_WORD;
import static dev.claimex.models.WordClass.THOUGHT_WORD;

import dev.claimex.models.WordClasses;
import dev.claimex.ner.Actor;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;

/**
 * What kind of report an attribution is. Users who want quotations of speech, as newsroom quote tools give them,
 * keep {@link #SPEECH}; beliefs and evidence are reports too, but nobody said them.
 *
 * <pre>{@code
 * Claimex speechOnly = Claimex.builder().categories(ReportCategory.SPEECH).build();
 * }</pre>
 */
public enum ReportCategory {
  /** Said, told, wrote, tweeted, announced; according to a person or a body; a document its author issued. */
  SPEECH,
  /** Believes, thinks, knows, fears, expects, is confident that: a thought, reported. */
  THOUGHT,
  /** A poll, a study, data or footage that shows or finds something: no party speaks. */
  EVIDENCE;

  private static final WordClasses WORDS = WordClasses.standard();

  /**
   * The category of a report with this cue (may be {@code null}) and speaker (may be {@code null}): evidence when data
   * or a record attests it ("the poll says", "the footage showed", "the report found", "it was found that"), a
   * thought when a word of its cue is one ("believes", "is confident"), speech otherwise (a person or a body speaks;
   * a text a party issued speaks for it: "the report said", "the statement said").
   */
  public static ReportCategory of(TextAnalysis analysis, Gazetteer gazetteer, TextSpan cue, Actor speaker) {
    boolean thought = false;
    boolean attests = false;
    if (cue != null) {
      TaggedSentence s = analysis.sentenceAt(cue.start());
      for (WordToken t : s == null ? java.util.List.<WordToken>of() : s.tokens()) {
        if (t.start() >= cue.start() && t.end() <= cue.end()) {
          thought |= WORDS.is(THOUGHT_WORD, t.key());
          attests |= WORDS.is(EVIDENCE_VERB, t.key());
        }
      }
    }
    WordToken record = recordHead(analysis, gazetteer, speaker);
    // "the poll shows", "the footage showed", "the report found"; a text a party issued speaks ("the report said")
    if (record != null && (attests || !WORDS.is(AUTHORED_DOCUMENT, record.key())) || attests && speaker == null) {
      return EVIDENCE;
    }
    return thought ? THOUGHT : SPEECH;
  }

  /**
   * The head noun of a speaker that is data, a record or a document ("the poll", "the footage", "the report", "63
   * percent" of those polled), as the gazetteer lists such sources; {@code null} for a party or anything else.
   */
  private static WordToken recordHead(TextAnalysis analysis, Gazetteer gazetteer, Actor speaker) {
    if (speaker == null || speaker.type() != EntityType.MISC) {
      return null;
    }
    TaggedSentence s = analysis.sentenceAt(speaker.mention().start());
    int last = s == null ? -1 : s.tokenAt(speaker.mention().end() - 1);
    if (last < 0) {
      return null;
    }
    WordToken head = s.token(last);
    boolean share = head.tag().equals("CD") || WORDS.is(SHARE_WORD, head.lower());
    return share || gazetteer.speakerNounType(head.lower()) == EntityType.MISC ? head : null;
  }
}
