package dev.claimex.ner;


import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.claimex.models.TsvRow;
import dev.claimex.models.TsvTable;
import dev.claimex.text.OutletNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The project's name lists, loaded from {@code claimex-models}: news outlets, countries, nationalities, cities,
 * regions, titles, nouns that denote speakers, and phrases that name parties jointly.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.load();
 * gazetteer.lookup("Al Jazeera");      // NameEntry[canonical=Al Jazeera, type=OUTLET, ...]
 * gazetteer.lookup("U.S.");            // NameEntry[canonical=United States, type=COUNTRY, ...]
 * gazetteer.isTitle("defence minister") // true
 * }</pre>
 */
public final class Gazetteer implements OutletNames {

  /** How a name must be written to count. */
  public enum MatchRule {
    /** Exactly as listed. */
    CASED,
    /** In any case: web domains such as {@code cnn.com}. */
    DOMAIN,
    /** As listed, capitalised inside a sentence and not part of a longer name: {@code Dawn}, {@code Mint}. */
    AMBIGUOUS
  }

  /** One listed name. */
  public record NameEntry(String id, String canonical, EntityType type, MatchRule rule) {}

  /** When a name is listed twice, the first type in this order wins. */
  private static final List<EntityType> PRIORITY = List.of(EntityType.OUTLET, EntityType.COUNTRY,
      EntityType.NATIONALITY, EntityType.PERSON, EntityType.STATE_OR_PROVINCE, EntityType.CITY);

  static final String DIR = "gazetteer/";

  private final Map<String, NameEntry> cased = new HashMap<>();
  private final Map<String, NameEntry> caseless = new HashMap<>();
  private final Map<String, String> titles = new HashMap<>();
  private final Map<String, EntityType> speakerNouns = new HashMap<>();
  private final Map<String, Integer> groupPhrases = new HashMap<>();
  private final Map<String, Set<String>> descriptions = new HashMap<>();
  private final Map<String, String> versions = new LinkedHashMap<>();
  private int longestName = 1;
  private int longestTitle = 1;

  private Gazetteer() {}

  /** Loads every list; a malformed row fails with {@code file:line}. */
  public static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    TsvTable outlets = g.table("outlets.tsv", "id", "name", "aliases", "match", "example");
    for (TsvRow row : outlets.rows()) {
      MatchRule rule = switch (row.get("match")) {
        case "cased" -> MatchRule.CASED;
        case "domain" -> MatchRule.DOMAIN;
        case "ambiguous" -> MatchRule.AMBIGUOUS;
        default -> throw row.error("match must be cased, domain or ambiguous: " + row.get("match"));
      };
      g.addNames(row, row.get("name"), row.list("aliases"), EntityType.OUTLET, rule);
    }
    for (TsvRow row : g.table("countries.tsv", "id", "name", "aliases", "capital", "example").rows()) {
      g.addNames(row, row.get("name"), row.list("aliases"), EntityType.COUNTRY, MatchRule.CASED);
    }
    for (TsvRow row : g.table("nationalities.tsv", "id", "demonym", "plural", "country", "example").rows()) {
      g.addNames(row, row.get("demonym"), List.of(), EntityType.NATIONALITY, MatchRule.CASED);
      for (String plural : row.list("plural")) { // "Iraqis" are people; "Iraqi" describes them
        g.add(row, plural, plural, EntityType.PERSON, MatchRule.CASED);
      }
    }
    for (TsvRow row : g.table("regions.tsv", "id", "name", "aliases", "country", "example").rows()) {
      g.addNames(row, row.get("name"), row.list("aliases"), EntityType.STATE_OR_PROVINCE, MatchRule.CASED);
    }
    for (TsvRow row : g.table("cities.tsv", "id", "name", "aliases", "country", "example").rows()) {
      g.addNames(row, row.get("name"), row.list("aliases"), EntityType.CITY, MatchRule.CASED);
    }
    for (TsvRow row : g.table("titles.tsv", "id", "title", "example").rows()) {
      String title = lower(row.get("title"));
      g.titles.put(title, row.get("id"));
      g.longestTitle = Math.max(g.longestTitle, words(title));
    }
    for (TsvRow row : g.table("descriptions.tsv", "id", "description", "denotes", "example", "counterexample").rows()) {
      Set<String> denotes = g.descriptions.computeIfAbsent(lower(row.get("description")), d -> new HashSet<>());
      row.list("denotes").forEach(word -> denotes.add(lower(word)));
    }
    for (TsvRow row : g.table("speaker-nouns.tsv", "id", "noun", "type", "example").rows()) {
      g.speakerNouns.put(lower(row.get("noun")), parseType(row, row.get("type")));
    }
    for (TsvRow row : g.table("group-phrases.tsv", "id", "phrase", "size", "example").rows()) {
      String size = row.get("size");
      if (!size.equals("n") && !size.matches("[2-9]")) {
        throw row.error("size must be a number from 2 to 9 or n: " + size);
      }
      String phrase = lower(row.get("phrase"));
      g.groupPhrases.put(phrase, size.equals("n") ? 0 : Integer.parseInt(size));
    }
    return g;
  }

  private TsvTable table(String file, String... columns) {
    TsvTable table = TsvTable.load(DIR + file, columns);
    versions.put(DIR + file, table.version());
    return table;
  }

  private void addNames(TsvRow row, String canonical, List<String> aliases, EntityType type, MatchRule rule) {
    add(row, canonical, canonical, type, rule);
    for (String alias : aliases) {
      add(row, alias, canonical, type, rule);
    }
  }

  private void add(TsvRow row, String surface, String canonical, EntityType type, MatchRule rule) {
    NameEntry entry = new NameEntry(row.get("id"), canonical, type, rule);
    Map<String, NameEntry> map = rule == MatchRule.DOMAIN ? caseless : cased;
    String key = rule == MatchRule.DOMAIN ? lower(surface) : surface;
    NameEntry present = map.get(key);
    if (present == null || PRIORITY.indexOf(type) < PRIORITY.indexOf(present.type())) {
      map.put(key, entry);
    }
    longestName = Math.max(longestName, surface.length());
  }

  private static EntityType parseType(TsvRow row, String value) {
    try {
      return EntityType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw row.error("unknown entity type " + value);
    }
  }

  /** The listed name written exactly as {@code surface} (or, for web domains, in any case), or {@code null}. */
  public NameEntry lookup(String surface) {
    checkNotNull(surface, "surface");
    NameEntry entry = cased.get(surface);
    return entry != null ? entry : caseless.get(lower(surface));
  }

  @Override
  public boolean isOutlet(String phrase) {
    NameEntry entry = lookup(phrase);
    return entry != null && entry.type() == EntityType.OUTLET;
  }

  /** Whether a lower-case phrase is a title: "minister", "defence minister", "mr.". */
  public boolean isTitle(String phrase) {
    return titles.containsKey(lower(phrase));
  }

  /**
   * Whether a later description's head word ("senator" of "the Oregon senator") can refer back to a person or body
   * introduced with {@code introduction} ("Sen.", "senator"): the same word, or one its row lists.
   */
  public boolean canDenote(String description, String introduction) {
    String later = lower(description);
    String first = lower(introduction);
    return later.equals(first) || descriptions.getOrDefault(later, Set.of()).contains(first);
  }

  /** Whether a word is one a description row refers back to ("justice" for "the judge"): a role before a name. */
  public boolean isDescribedRole(String word) {
    String lower = lower(word);
    return descriptions.containsKey(lower) || descriptions.values().stream().anyMatch(words -> words.contains(lower));
  }

  /** The type of a lower-case noun that denotes a speaker ("officials" → PERSON), or {@code null}. */
  public EntityType speakerNounType(String noun) {
    return speakerNouns.get(lower(noun));
  }

  /** How many parties a joint phrase names ("both sides" → 2; "all sides" → 0 for many), or {@code null}. */
  public Integer groupSize(String phrase) {
    return groupPhrases.get(lower(phrase));
  }

  /** The length in characters of the longest listed name. */
  public int longestName() {
    return longestName;
  }

  /** The length in words of the longest title. */
  public int longestTitle() {
    return longestTitle;
  }


  /** The version of each list, for provenance. */
  public ImmutableMap<String, String> versions() {
    return ImmutableMap.copyOf(versions);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static int words(String s) {
    return s.split("\\s+").length;
  }
}
