package dev.claimex.models;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The members of every {@link WordClass}, from {@code lexicon/words.tsv} in {@code claimex-models}: each closed
 * list of words the rules ask about (relative pronouns, weekdays, negations, light verbs ...) is written there once.
 *
 * <pre>{@code
 * WordClasses words = WordClasses.standard();          // loaded once per JVM, on first use
 * words.is(WordClass.WEEKDAY, token.lower());           // "monday" -> true
 * words.members(WordClass.NEGATION);                    // [not, n't, never]
 * }</pre>
 *
 * <p>Members are matched exactly as written; each call site passes the lower-cased word or the lemma, as the
 * row's note says. The holder lives beside its data in {@code claimex-models}, which every stage may read: the
 * text stage asks it too (function words, abbreviations), and the text stage reads no other stage.
 */
public final class WordClasses {

  static final String RESOURCE = "lexicon/words.tsv";
  private static final String[] COLUMNS = {"id", "words", "example", "counterexample", "note"};
  /** Marks a member that includes every member of another class: {@code @WEEKDAY}. */
  private static final String REFERENCE = "@";

  private final Map<WordClass, ImmutableSet<String>> members;
  private final String version;

  private WordClasses(Map<WordClass, ImmutableSet<String>> members, String version) {
    this.members = members;
    this.version = version;
  }

  /** The word classes of {@code claimex-models}, loaded on the first call; a broken file fails with file:line. */
  public static WordClasses standard() {
    return Standard.INSTANCE;
  }

  /** Holds the standard classes: the JVM loads them once, on the first call to {@link #standard()}. */
  private static final class Standard {
    static final WordClasses INSTANCE = load();
  }

  /** Loads {@code lexicon/words.tsv} afresh. */
  public static WordClasses load() {
    return from(TsvTable.load(RESOURCE, COLUMNS));
  }

  /** Parses word classes held in a string, in the format of {@code words.tsv}; {@code source} names it in errors. */
  public static WordClasses parse(String source, String text) {
    return from(TsvTable.parse(source, text, COLUMNS));
  }

  private static WordClasses from(TsvTable table) {
    Map<WordClass, TsvRow> rows = new EnumMap<>(WordClass.class);
    for (TsvRow row : table.rows()) {
      rows.put(wordClass(row), row); // ids are unique: the table checks
    }
    for (WordClass wordClass : WordClass.values()) {
      if (!rows.containsKey(wordClass)) {
        throw new ModelResourceException(table.source() + ": no row for word class " + wordClass);
      }
    }
    Map<WordClass, ImmutableSet<String>> members = new EnumMap<>(WordClass.class);
    for (WordClass wordClass : WordClass.values()) {
      resolve(wordClass, rows, members, new ArrayDeque<>());
    }
    return new WordClasses(Maps.immutableEnumMap(members), table.version());
  }

  private static WordClass wordClass(TsvRow row) {
    String id = row.get("id");
    try {
      return WordClass.valueOf(id);
    } catch (IllegalArgumentException e) {
      throw row.error("'" + id + "' is no WordClass constant");
    }
  }

  /** The members of {@code wordClass}, with those of the classes it names by {@code @}; checks for cycles. */
  private static ImmutableSet<String> resolve(WordClass wordClass, Map<WordClass, TsvRow> rows,
      Map<WordClass, ImmutableSet<String>> resolved, Deque<WordClass> path) {
    ImmutableSet<String> done = resolved.get(wordClass);
    if (done != null) {
      return done;
    }
    TsvRow row = rows.get(wordClass);
    if (path.contains(wordClass)) {
      throw row.error("word classes include each other: " + path);
    }
    path.push(wordClass);
    Set<String> words = new LinkedHashSet<>();
    for (String word : row.list("words")) {
      if (word.startsWith(REFERENCE) && word.length() > REFERENCE.length()) {
        WordClass included = included(row, word.substring(REFERENCE.length()));
        for (String member : resolve(included, rows, resolved, path)) {
          add(row, words, member);
        }
      } else {
        add(row, words, word);
      }
    }
    path.pop();
    if (words.isEmpty()) {
      throw row.error("no words");
    }
    ImmutableSet<String> members = ImmutableSet.copyOf(words);
    resolved.put(wordClass, members);
    return members;
  }

  private static WordClass included(TsvRow row, String id) {
    try {
      return WordClass.valueOf(id);
    } catch (IllegalArgumentException e) {
      throw row.error("@" + id + " names no WordClass constant");
    }
  }

  private static void add(TsvRow row, Set<String> words, String word) {
    if (!words.add(word)) {
      throw row.error("'" + word + "' is listed twice");
    }
  }

  /** Whether {@code word}, as the call site spells it (lower-cased, a lemma or as written), is a member. */
  public boolean is(WordClass wordClass, String word) {
    checkNotNull(word, "word");
    return members(wordClass).contains(word);
  }

  /** The members of a class, in the order of the file. */
  public ImmutableSet<String> members(WordClass wordClass) {
    checkNotNull(wordClass, "wordClass");
    return members.get(wordClass);
  }

  /**
   * The members as a regular-expression group that matches any of them literally, longest first:
   * {@code (?:\QThurs\E|\QTues\E|...)}, for patterns that look for a word among others ("Lt. Gen. Hassan").
   */
  public String alternation(WordClass wordClass) {
    return members(wordClass).stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  /** The {@code # version:} of the file. */
  public String version() {
    return version;
  }

  @Override
  public String toString() {
    return "WordClasses[" + RESOURCE + " v" + version + ", " + members.size() + " classes]";
  }
}
