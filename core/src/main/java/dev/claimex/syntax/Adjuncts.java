package dev.claimex.syntax;

import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * Phrases that attach to an event rather than to a noun: where and how something was said, and when.
 *
 * <pre>{@code
 * Adjuncts.startsSpeechAdjunct(s, i);           // "in an interview", "at a rally in Iowa", "on condition of ..."
 * Adjuncts.TEMPORAL.contains(s.token(i).lower()); // "monday", "yesterday", "week"
 * }</pre>
 *
 * <p>Telling them apart from modifiers is what keeps "said Mr. Hill in a statement" from reading "Mr. Hill in a
 * statement" as one noun phrase, while "a source in the room" stays one.
 */
public final class Adjuncts {

  public static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "week", "month", "year", "morning",
      "evening", "afternoon", "night", "weekend");
  public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Set<String> CLOCK_WORDS = Set.of("noon", "midnight");
  /** Gatherings where things are said: "at a rally" is the event's adjunct, "at the border" may be the content's. */
  private static final Set<String> SPEECH_EVENTS = Set.of("rally", "rallies", "conference", "event", "events",
      "gathering", "meeting", "hearing", "summit", "forum", "speech", "fundraiser", "dinner", "ceremony", "briefing",
      "interview", "luncheon", "breakfast", "hall", "stop", "appearance", "session", "roundtable");
  /** Where words appear: "praised the plan in an interview", "defends his record in a new ad". */
  private static final Set<String> SPEECH_MEDIA = Set.of("interview", "interviews", "statement", "statements",
      "speech", "speeches", "remarks", "commercial", "ad", "ads", "advertisement", "op-ed", "letter", "post",
      "tweet", "tweets", "print", "video", "email", "memo", "book", "column", "essay", "editorial", "message",
      "release", "broadcast", "debate", "address", "testimony", "filing", "podcast", "wake");

  private Adjuncts() {}

  /**
   * Whether the words from {@code i} are an adjunct of the act of saying: "on condition of anonymity", "in an
   * interview", "at a rally in Iowa".
   */
  public static boolean startsSpeechAdjunct(TaggedSentence s, int i) {
    WordToken t = s.tokenOrNull(i);
    WordToken next = s.tokenOrNull(i + 1);
    if (t == null || next == null) {
      return false;
    }
    int last = s.size() - 1;
    return t.lower().equals("on") && next.lower().equals("condition")
        || t.lower().equals("at") && namesWord(s, i + 1, last, SPEECH_EVENTS)
        || (t.lower().equals("in") || t.lower().equals("during")) && (namesWord(s, i + 1, last, SPEECH_MEDIA)
            || namesWord(s, i + 1, last, SPEECH_EVENTS));
  }

  /** Whether the phrase from {@code i} (up to {@code last}) is headed by a gathering: "a rally", "a news conference". */
  public static boolean namesSpeechEvent(TaggedSentence s, int i, int last) {
    return namesWord(s, i, last, SPEECH_EVENTS);
  }

  /** Whether the phrase from {@code i} (up to {@code last}) is headed by a medium: "an interview", "a new ad". */
  public static boolean namesSpeechMedium(TaggedSentence s, int i, int last) {
    return namesWord(s, i, last, SPEECH_MEDIA);
  }

  /**
   * Whether the phrase from {@code i} is headed by one of {@code nouns}: "at a rally", "at a news conference in
   * Iowa", "in an interview".
   */
  private static boolean namesWord(TaggedSentence s, int i, int last, Set<String> nouns) {
    for (int k = i; k <= last && k <= i + 5; k++) {
      WordToken w = s.token(k);
      if (nouns.contains(w.lower())) {
        return true;
      }
      if (w.isPunctuation() || w.tag().equals("IN") || w.isVerb()) {
        return false;
      }
    }
    return false;
  }

  /** "in May", "at noon", "in recent days": a phrase that dates, not places. */
  static boolean startsTimePhrase(TaggedSentence s, int i) {
    for (int k = i; k < s.size() && k <= i + 2; k++) {
      String word = s.token(k).lower();
      if (TEMPORAL.contains(word) || MONTHS.contains(word) || CLOCK_WORDS.contains(word)
          || s.token(k).tag().equals("CD")) {
        return true;
      }
    }
    return false;
  }
}
