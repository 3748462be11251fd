package dev.claimex.quote;

import static dev.claimex.models.WordClass.AUXILIARY;
import static dev.claimex.models.WordClass.DASH;
import static dev.claimex.models.WordClass.PERSONAL_SUBJECT_PRONOUN;
import static dev.claimex.models.WordClass.WH_RELATIVE;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;
import dev.claimex.syntax.Subjects;

import dev.claimex.lexicon.CueLexicon;
import dev.claimex.lexicon.CueMatch;
import dev.claimex.lexicon.CuePart;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.Set;

/**
 * The attribution written next to a quotation: after it ("“...,” Toomey fumed", "“...?” asked Sen. Cantwell",
 * "“...,” Joe Kasper, an aide, told POLITICO"), also where the sentence splitter cut "“...?” | Beck questioned.",
 * or before it ("Canova wrote to his followers, “...”", "She continued: ''...''"). Next to a quotation the verb need
 * not be a listed cue: any verb whose subject stands right there reports the quoted words.
 *
 * <pre>{@code
 * QuotationSpeakers.Found found = new QuotationSpeakers(cues).find(analysis, quotation);
 * }</pre>
 */
final class QuotationSpeakers {

  /**
   * The speaker phrase and the verb (tokens {@code [cueFirst, cueLast]}) of sentence {@code sentence}; {@code
   * plain} when the attribution's form alone says it reports the quotation (after it, or before a colon), so that
   * whatever stands in speaker position speaks.
   */
  record Found(int sentence, Phrase speaker, int cueFirst, int cueLast, boolean after, boolean plain) {}

  /** Farthest the verb may stand from the quotation, in tokens. */
  private static final int MAX_REACH = 14;
  /** Farthest the verb of an attribution cut off into its own sentence may stand from the sentence start. */
  private static final int MAX_SPLIT_REACH = 8;
  /** Farthest the verb of a quotation inside a sentence may stand before it, in tokens. */
  private static final int MAX_INLINE_REACH = 25;
  private static final int MIN_INLINE_WORDS = 6;
  private static final int MIN_INLINE_SENTENCE_WORDS = 4;
  private static final WordClasses WORDS = WordClasses.standard();
  private static final Set<String> MODIFIER_OPENERS = Set.of("DT", "JJ", "JJR", "JJS", "PRP$", "POS", "CD", "IN");
  /** Characters that end quoted words which an attribution follows: "“...,” he said", "“...?” she asked". */
  private static final String CLAUSE_END = ",?!…—–-";

  private final CueLexicon cues;

  QuotationSpeakers(CueLexicon cues) {
    this.cues = cues;
  }

  /** The attribution next to the quotation (its words without the marks), or {@code null}. */
  Found find(TextAnalysis analysis, TextSpan quote) {
    TextSpan outer = QuoteMarks.outer(analysis.text(), quote);
    Found after = after(analysis, quote, outer);
    return after != null ? after : before(analysis, outer);
  }

  private Found after(TextAnalysis analysis, TextSpan quote, TextSpan outer) {
    String text = analysis.text();
    TaggedSentence s = analysis.sentenceAt(outer.end() - 1);
    if (s == null) {
      return null;
    }
    int close = s.tokenAt(outer.end() - 1);
    if (close < 0 || !QuoteTokens.isQuoteToken(s.token(close))) {
      return null;
    }
    int k = close + 1;
    boolean split = k >= s.size();
    if (split) { // "“...?” | Beck questioned.": the splitter cut the attribution off into a sentence of its own
      TaggedSentence next = nextInParagraph(analysis, s);
      if (next == null) {
        return signature(analysis, s);
      }
      s = next;
      if (!text.substring(outer.end(), s.span().start()).isBlank()) {
        return null;
      }
      k = 0;
    }
    WordToken first = s.tokenOrNull(k);
    if (first == null) {
      return null;
    }
    boolean comma = first.word().equals(",");
    if (comma) {
      k++;
    }
    char last = lastCharacter(text, quote);
    // "“...,” he said", "“...?” she asked", "“...” he said" after a quotation that opens its sentence; not "the
    // SVP’s “Ban on Face Coverings” initiative seeks" (a name) nor "“... no choice.” He added, “...”" (a full stop)
    boolean clauseEnd = comma || CLAUSE_END.indexOf(last) >= 0 || !split && startsSentence(analysis, outer);
    if (!clauseEnd) {
      return null;
    }
    WordToken t = s.tokenOrNull(k);
    if (t == null) {
      return null;
    }
    if (isReportingVerb(s, k)) { // "“...,” said Mr. Hill", "“...?” asked Sen. Cantwell"
      WordToken subject = s.tokenOrNull(k + 1);
      int end = subject == null || subject.isPronoun() && !WORDS.is(PERSONAL_SUBJECT_PRONOUN, subject.lower()) ? -1
          : NounPhrases.endRight(s, k + 1, true);
      if (end < 0 && subject != null && (subject.tag().equals("DT") || subject.isCapitalized())) {
        end = k + 1; // "tweeted another", "said Devine/JJ"
      }
      if (end > k) {
        return new Found(s.index(), new Phrase(s.index(), k + 1, end), k, particle(s, k), true, true);
      }
    }
    int verb = verbAfter(s, k, split ? MAX_SPLIT_REACH : MAX_REACH);
    if (verb < 0 || split && !endsAttribution(s, verb)) {
      return null;
    }
    Phrase subject = Subjects.subjectOf(s, verb);
    if (subject == null || subject.first() != k) {
      // "“...,” the presumptive nominee, Donald Trump, tweeted": the phrase right after the quotation
      int end = NounPhrases.endRight(s, k, true);
      if (end >= k && end < verb) {
        subject = new Phrase(s.index(), k, end);
      } else if (verb == k + 1 && s.token(k).isCapitalized()) {
        subject = new Phrase(s.index(), k, k); // "Blackwell/JJ concluded": a name the tagger misread
      } else if (subject == null || subject.first() != k + 1 || !s.token(k).isAdverb()) {
        return null; // the words right after the quotation are not its speaker ("super/RB PAC spokeswoman" is)
      }
    }
    return new Found(s.index(), subject, verb, particle(s, verb), true, true);
  }

  /** "Canova wrote to his followers, “...”", "Mr. Trump continued: ''...''": the clause before a comma or colon. */
  private Found before(TextAnalysis analysis, TextSpan outer) {
    TaggedSentence s = analysis.sentenceAt(outer.start());
    if (s == null) {
      return null;
    }
    int open = s.tokenAt(outer.start());
    if (open == 0 && s.index() > 0) { // "Cruz continued: | “You look at the questions ...”"
      TaggedSentence previous = analysis.sentences().get(s.index() - 1);
      if (previous.token(previous.size() - 1).word().equals(":")) {
        s = previous;
        open = previous.size();
      }
    }
    WordToken mark = s.tokenOrNull(open - 1);
    if (open < 2 || mark == null || !(mark.word().equals(",") || mark.word().equals(":"))) {
      return null;
    }
    for (int i = open - 2; i >= 0 && i >= open - 1 - MAX_REACH; i--) {
      WordToken t = s.token(i);
      if (QuoteTokens.isQuoteToken(t) || t.word().equals(";") || t.word().equals(":")) {
        return null;
      }
      if (isModifier(s, i)) {
        continue; // "using an exaggerated accent"
      }
      if (isReporting(s, i) || isSpeechParticiple(s, i)) {
        Phrase subject = Subjects.subjectOf(s, i);
        if (subject == null && i == 0 && isReportingVerb(s, i)) { // "Said Comey, “...”"
          int end = NounPhrases.endRight(s, 1, true);
          subject = end == open - 2 ? new Phrase(s.index(), 1, end) : null;
        } else if (subject == null) {
          subject = sentenceSubject(s, i);
        }
        return subject == null || subject.first() == i ? null
            : new Found(s.index(), subject, i, particle(s, i), false, mark.word().equals(":"));
      }
    }
    return null;
  }

  /**
   * "Sanders credited Clinton's victory to “a closed primary”", "the share of Republicans saying “it is more
   * important”": a quotation inside a sentence, with no attribution beside it, goes to the nearest verb before it
   * that has a subject. Short ones are mostly the writer's scare quotes ("a “Trumpcare” ad") and stay unattributed.
   */
  Found inline(TextAnalysis analysis, TextSpan quote) {
    int words = quote.text().strip().split("\\s+").length;
    boolean sentenceLike = ",.?!".indexOf(lastCharacter(analysis.text(), quote)) >= 0;
    if (words < MIN_INLINE_WORDS && !(sentenceLike && words >= MIN_INLINE_SENTENCE_WORDS)) {
      return null;
    }
    TextSpan outer = QuoteMarks.outer(analysis.text(), quote);
    TaggedSentence s = analysis.sentenceAt(outer.start());
    int open = s == null ? -1 : s.tokenAt(outer.start());
    for (int i = open - 1; i >= 0 && i >= open - MAX_INLINE_REACH; i--) {
      WordToken t = s.token(i);
      if (t.word().equals(";")) {
        return null;
      }
      if (QuoteTokens.isClosingToken(t)) { // another quotation: its words are not the narration's
        while (i > 0 && !QuoteTokens.isOpeningToken(s.token(i - 1))) {
          i--;
        }
        continue;
      }
      if (t.isVerb() && !t.tag().equals("MD") && !WORDS.is(AUXILIARY, t.key()) && !isModifier(s, i)) {
        Phrase subject = Subjects.subjectOf(s, i);
        if (subject != null && subject.last() < i) {
          return new Found(s.index(), subject, i, particle(s, i), false, false);
        }
      }
    }
    return null;
  }

  /**
   * The subject that opens the sentence of the verb at {@code verb} where the phrase reader lost it: "Others,
   * reacting to the video, shouted", "Another tweeted", "Gov. John Kasich (R-OH), said"; or {@code null}.
   */
  private static Phrase sentenceSubject(TaggedSentence s, int verb) {
    int end = NounPhrases.endRight(s, 0, true);
    WordToken after = s.tokenOrNull(end + 1);
    if (end >= 0 && end < verb && (end + 1 == verb || after.word().equals(","))) {
      return new Phrase(s.index(), 0, end);
    }
    WordToken comma = s.tokenOrNull(verb - 1);
    Phrase beforeComma = comma != null && comma.word().equals(",") ? NounPhrases.phraseEndingAt(s, verb - 2) : null;
    return beforeComma != null && beforeComma.first() == 0 ? beforeComma : null;
  }

  /** "saying: “...”", "adding, “...”": a participle of a listed speech verb. */
  private boolean isSpeechParticiple(TaggedSentence s, int i) {
    CueMatch cue = s.token(i).tag().equals("VBG") ? cues.match(s, i) : null;
    return cue != null && cue.entry().speech() && cue.entry().part() == CuePart.VERB;
  }

  /** A participle that modifies a noun: "an exaggerated accent", "the printed card" (not "Another tweeted,"). */
  private static boolean isModifier(TaggedSentence s, int i) {
    WordToken before = s.tokenOrNull(i - 1);
    WordToken after = s.tokenOrNull(i + 1);
    return s.token(i).tag().equals("VBN") && before != null && MODIFIER_OPENERS.contains(before.tag())
        && after != null && (after.isNoun() || after.isAdjective());
  }

  /** The finite verb of the attribution, passing the subject and its appositives or relative clause. */
  private int verbAfter(TaggedSentence s, int k, int reach) {
    boolean relative = false;
    for (int i = k; i < s.size() && i <= k + reach; i++) {
      WordToken t = s.token(i);
      if (QuoteTokens.isOpeningToken(t) && i > k) { // "wearing “Ted Cruz” campaign pins": a name in the appositive
        while (i + 1 < s.size() && !QuoteTokens.isClosingToken(s.token(i))) {
          i++;
        }
        continue;
      }
      if (QuoteTokens.isQuoteToken(t) || t.word().equals(";") || t.word().equals(":")) {
        return -1;
      }
      WordToken next = s.tokenOrNull(i + 1);
      if (i == k && t.isCapitalized() && next != null && next.isVerb()) {
        continue; // "Shook/VBD said": a name the tagger read as a verb
      }
      if (WORDS.is(WH_RELATIVE, t.lower())) {
        relative = true; // "Sen. Toomey, who faces re-election, said": the verb after the clause
      } else if (t.word().equals(",")) {
        relative = false;
      } else if (!relative && isReporting(s, i)) {
        return i;
      } else if (!relative && t.isFiniteVerb() && !isAuxiliary(s, i)) {
        return -1; // "“...” is a phrase that ..."
      }
    }
    return -1;
  }

  /**
   * A verb that can report words: finite and not an auxiliary ("said", "fumed"), or a participle. Next to a
   * quotation, with its subject right there, a participle is the verb of "has said", "was asked", or a past tense
   * the tagger misread.
   */
  private static boolean isReporting(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    WordToken next = s.tokenOrNull(i + 1);
    if (i > 0 && t.isCapitalized() && next != null && next.isProperNoun()) {
      return false; // "spokeswoman Hope Hicks said": a name the tagger read as a verb
    }
    if (t.tag().equals("VBD") || t.tag().equals("VBZ") || t.tag().equals("VBP")) {
      return !WORDS.is(AUXILIARY, t.key()) || followsNothing(s, i);
    }
    return t.tag().equals("VBN"); // "has said", "was asked"; also a past tense read as a participle ("a woman exclaimed")
  }

  /** "has said", "would say", "is quoted": an auxiliary or modal before the verb it helps. */
  private static boolean isAuxiliary(TaggedSentence s, int i) {
    WordToken t = s.token(i);
    if (!t.tag().equals("MD") && !WORDS.is(AUXILIARY, t.key())) {
      return false;
    }
    int k = i + 1;
    while (k < s.size() && (s.token(k).isAdverb() || s.token(k).lower().equals("not"))) {
      k++;
    }
    return k < s.size() && s.token(k).isVerb();
  }

  /** "“...,” he did.": nothing after an auxiliary, which then stands for a reporting verb. */
  private static boolean followsNothing(TaggedSentence s, int i) {
    WordToken next = s.tokenOrNull(i + 1);
    return next == null || next.isPunctuation();
  }

  /** "said Mr. Hill": a past or present verb (no auxiliary) followed by its subject. */
  private static boolean isReportingVerb(TaggedSentence s, int k) {
    WordToken t = s.token(k);
    WordToken next = s.tokenOrNull(k + 1);
    return (t.tag().equals("VBD") || t.tag().equals("VBZ")) && !WORDS.is(AUXILIARY, t.key()) && next != null
        && (next.isNoun() || next.tag().equals("DT") || next.tag().equals("PRP$") || next.isAdjective()
            || next.isPronoun() || next.tag().equals("CD")); // "said one person familiar with ..."
  }

  /**
   * An attribution cut off into a sentence of its own is short: a listed speech verb ("he said on Tuesday.") or a
   * verb with nothing after it ("Beck questioned.").
   */
  private boolean endsAttribution(TaggedSentence s, int verb) {
    int k = particle(s, verb) + 1;
    while (k < s.size() && s.token(k).isAdverb()) {
      k++;
    }
    WordToken next = s.tokenOrNull(k);
    if (next != null && (next.word().equals(":") || next.lower().equals("that")
        || next.word().equals(",") && QuoteTokens.isOpeningToken(s.tokenOrNull(k + 1)))) {
      return false; // "He added: “...”": the next sentence reports words of its own
    }
    CueMatch cue = cues.match(s, verb);
    if (cue != null && cue.entry().speech() && cue.entry().part() == CuePart.VERB) {
      return true;
    }
    return next == null || next.isPunctuation();
  }

  /** The last token of a phrasal verb: "fired back", "pointed out". */
  private static int particle(TaggedSentence s, int verb) {
    WordToken next = s.tokenOrNull(verb + 1);
    return next != null && next.tag().equals("RP") ? verb + 1 : verb;
  }

  /** "“...” | - Hillary Clinton.": a quotation's paragraph signed in the next by a dash and a name. */
  private static Found signature(TextAnalysis analysis, TaggedSentence last) {
    if (last.index() + 1 >= analysis.sentences().size()) {
      return null;
    }
    TaggedSentence next = analysis.sentences().get(last.index() + 1);
    WordToken dash = next.tokenOrNull(0); // none when the time budget left the sentence unread
    WordToken name = next.tokenOrNull(1);
    if (next.paragraph() != last.paragraph() + 1 || dash == null || !WORDS.is(DASH, dash.word()) || name == null
        || !name.isProperNoun()) {
      return null;
    }
    int end = NounPhrases.endRight(next, 1, false);
    return end >= 1 ? new Found(next.index(), new Phrase(next.index(), 1, end), 0, 0, true, true) : null;
  }

  private static TaggedSentence nextInParagraph(TextAnalysis analysis, TaggedSentence s) {
    if (s.index() + 1 >= analysis.sentences().size()) {
      return null;
    }
    TaggedSentence next = analysis.sentences().get(s.index() + 1);
    return next.paragraph() == s.paragraph() ? next : null;
  }

  /** Whether the quotation opens its sentence (nothing but marks before it). */
  private static boolean startsSentence(TextAnalysis analysis, TextSpan outer) {
    TaggedSentence s = analysis.sentenceAt(outer.start());
    return s != null && analysis.text().substring(s.span().start(), outer.start()).isBlank();
  }

  /** The last character of the quoted words, past white space and the marks of a quotation inside ("darn it,’"). */
  private static char lastCharacter(String text, TextSpan quote) {
    int i = quote.end() - 1;
    while (i > quote.start() && (Character.isWhitespace(text.charAt(i)) || "’'\"”".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return text.charAt(i);
  }
}
