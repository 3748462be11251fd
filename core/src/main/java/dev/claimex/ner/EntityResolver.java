package dev.claimex.ner;

import static dev.claimex.models.WordClass.HONORIFIC;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.WordClasses;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Groups name mentions into entities and gives each its canonical name: a person's shorter forms join the
 * fullest form that contains them ("Ardern", "Jacinda Ardern" → "Jacinda Kate Ardern"); an acronym defined in
 * brackets joins its long form; listed names take the gazetteer's canonical form ("U.S." → "United States").
 */
final class EntityResolver {

  private static final WordClasses WORDS = WordClasses.standard();

  EntityResolver() {}

  ImmutableList<EntityMention> resolve(TextAnalysis analysis, List<NameSpan> names) {
    String text = analysis.text();
    Map<NameSpan, String> canonical = new HashMap<>();
    resolvePersons(analysis, names, canonical);
    resolveAcronyms(text, analysis, names, canonical);
    Map<String, Integer> entityIds = new LinkedHashMap<>();
    ImmutableList.Builder<EntityMention> mentions = ImmutableList.builder();
    for (NameSpan name : names) {
      TaggedSentence sentence = analysis.sentences().get(name.sentence());
      TextSpan span = sentence.spanOf(text, name.first(), name.last());
      String form = canonical.getOrDefault(name, name.listedName() != null ? name.listedName() : plain(span.text(), name.type()));
      String key = family(name.type()) + "\u0000" + form.toLowerCase(Locale.ROOT);
      int entity = entityIds.computeIfAbsent(key, k -> entityIds.size());
      mentions.add(new EntityMention(span, name.type(), form, entity, name.sentence()));
    }
    return mentions.build();
  }

  /**
   * Longest forms first, so that every shorter form finds the fullest name that contains all its words and ends
   * with its last word: the first such name met. A form met before gets the same answer (later full names come after
   * the one it found).
   */
  private static void resolvePersons(TextAnalysis analysis, List<NameSpan> names, Map<NameSpan, String> canonical) {
    List<NameSpan> persons = new ArrayList<>(names.stream().filter(n -> n.type() == EntityType.PERSON).toList());
    persons.sort(Comparator.comparingInt(NameSpan::length).reversed()
        .thenComparingInt(NameSpan::sentence).thenComparingInt(NameSpan::first));
    Map<String, FullNames> byLastWord = new HashMap<>();
    Map<List<Object>, String> formOf = new HashMap<>();
    for (NameSpan person : persons) {
      TaggedSentence sentence = analysis.sentences().get(person.sentence());
      List<String> words = words(sentence, person);
      Boolean feminine = sex(sentence, person, words);
      String form = formOf.computeIfAbsent(List.of(words, String.valueOf(feminine)), key -> byLastWord
          .computeIfAbsent(words.get(words.size() - 1), k -> new FullNames()).fullestOf(words, feminine));
      canonical.put(person, form);
    }
  }

  /**
   * The sex a person's mention shows, {@code true} for a woman: an honorific before it ("Mr. Obama", "Mrs.
   * Clinton") or the given name it opens with ("Michelle Obama"); {@code null} when it shows none. "Mr. Obama" is
   * then not "Michelle Obama", though the surname is hers too.
   */
  private static Boolean sex(TaggedSentence sentence, NameSpan person, List<String> words) {
    WordToken before = sentence.tokenOrNull(person.first() - 1);
    String honorific = before == null ? "" : before.lower();
    return WORDS.is(HONORIFIC, honorific) ? PersonSex.ofWords(honorific) : PersonSex.ofGivenName(words);
  }

  /**
   * The full names that end with one word, in the order met, with the positions of the names that hold each word: a
   * form is compared only with the names that hold its rarest word, not with every name of the document.
   */
  private static final class FullNames {
    private final List<List<String>> names = new ArrayList<>();
    private final List<Boolean> sexes = new ArrayList<>();
    private final Map<String, List<Integer>> holding = new HashMap<>();

    /**
     * The first full name that holds all of {@code words} and shows no other sex than {@code feminine}; if none
     * does, {@code words} become a full name.
     */
    String fullestOf(List<String> words, Boolean feminine) {
      List<Integer> candidates = null;
      for (String word : words) {
        List<Integer> positions = holding.getOrDefault(word, List.of());
        candidates = candidates == null || positions.size() < candidates.size() ? positions : candidates;
      }
      for (int position : candidates) {
        Boolean other = sexes.get(position);
        boolean sameSex = feminine == null || other == null || other.equals(feminine);
        if (names.get(position).containsAll(words) && sameSex) {
          return String.join(" ", names.get(position));
        }
      }
      for (String word : new HashSet<>(words)) {
        holding.computeIfAbsent(word, k -> new ArrayList<>()).add(names.size());
      }
      names.add(words);
      sexes.add(feminine);
      return String.join(" ", words);
    }
  }

  /** "Rapid Support Forces (RSF)": every mention of RSF is the long form. */
  private static void resolveAcronyms(String text, TextAnalysis analysis, List<NameSpan> names, Map<NameSpan, String> canonical) {
    Map<String, String> longForms = new HashMap<>();
    for (NameSpan name : names) {
      TaggedSentence sentence = analysis.sentences().get(name.sentence());
      String acronym = NewsEntityRecognizer.acronymAfter(sentence, name);
      if (acronym != null) {
        longForms.putIfAbsent(acronym, canonical.getOrDefault(name, sentence.spanOf(text, name.first(), name.last()).text()));
      }
    }
    for (NameSpan name : names) {
      TaggedSentence sentence = analysis.sentences().get(name.sentence());
      String form = longForms.get(sentence.spanOf(text, name.first(), name.last()).text());
      if (form != null) {
        canonical.put(name, form);
      }
    }
  }

  private static List<String> words(TaggedSentence sentence, NameSpan name) {
    List<String> words = new ArrayList<>();
    for (int i = name.first(); i <= name.last(); i++) {
      words.add(sentence.token(i).word());
    }
    return words;
  }

  /** Typographic apostrophes straightened and a leading article dropped from organisation names. */
  private static String plain(String surface, EntityType type) {
    String form = surface.replace('’', '\'').replaceAll("\\s+", " ");
    if (type == EntityType.TITLE) {
      return form.toLowerCase(Locale.ROOT);
    }
    return form.startsWith("the ") ? form.substring(4) : form;
  }

  private static String family(EntityType type) {
    return type.isPlace() ? "PLACE" : type == EntityType.OUTLET ? "ORGANIZATION" : type.name();
  }
}
