package dev.claimex.coref;

import static dev.claimex.models.WordClass.ARTICLE;
import static dev.claimex.models.WordClass.HONORIFIC;

import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article introduced each person and organisation as, so that a later description refers back to them.
 * News names a person once with a role and then goes on with the role alone: "An attorney for the driver, Tom
 * Ortiz, ..." then "his attorney said"; "Sen. Ann Ruiz" then "the Oregon senator"; "the Alliance for Clean Air"
 * then "the alliance". A person's roles are read from a title or noun right before the name ("Justice Ann Ruiz",
 * "Clinton aide Ann Ruiz"), from an apposition after it ("Tom Ortiz, a lawyer for the driver,") or before it ("An
 * attorney for the driver, Tom Ortiz,"); an organisation's from the head word of its name. The gazetteer's
 * description rows say which roles a later word can stand for ("the judge" for a justice).
 *
 * <pre>{@code
 * Descriptions roles = Descriptions.of(analysis, entities, gazetteer);
 * roles.fits(sentence, first, head, null, "Ann Ruiz");   // "the senator" after "Sen. Ann Ruiz"
 * }</pre>
 */
final class Descriptions {

  private static final WordClasses WORDS = WordClasses.standard();
  /** How many words an apposition may take before its head noun ("a former senior technology aide"). */
  private static final int APPOSITION_REACH = 7;
  /** How many words before a title may narrow it ("Republican presidential nominee"). */
  private static final int MODIFIER_REACH = 4;
  /** How many words of an apposition are kept as its context ("a lawyer for the driver's family"). */
  private static final int CONTEXT_REACH = 12;
  /** How far after a name its party-and-state affiliation may close ("( R - Kans. )"). */
  private static final int MAX_AFFILIATION_TOKENS = 6;
  /** A party's letter, a hyphen and a state's abbreviation: "R-S.C.", "D - Mass.". */
  private static final Pattern AFFILIATION = Pattern.compile("\\s*([RDI])\\s*[-\u2013]\\s*([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\\s*");
  /** The words a party's letter stands for in a description ("the Republican senator"). */
  private static final Map<String, List<String>> PARTIES = Map.of("R", List.of("republican", "gop"),
      "D", List.of("democratic", "democrat"), "I", List.of("independent"));

  /**
   * A role a name was introduced with: its word ("attorney", "sen.") and the words written with it ("for", "the",
   * "driver" of "an attorney for the driver"; "Florida" of "Florida Sen. Ann Ruiz").
   */
  private record Role(String word, Set<String> context) {}

  private final Gazetteer gazetteer;
  /** Canonical name to the roles it was introduced with. */
  private final Map<String, List<Role>> roles = new HashMap<>();
  /** The mentions of each person or body with roles, in text order: a description looks only at these. */
  private final Map<String, List<EntityMention>> mentions = new HashMap<>();
  /** Every organisation and outlet mention, in text order, for the body named last. */
  private final List<EntityMention> bodies = new ArrayList<>();
  /** Head word of a description to the names it may describe, worked out once per word. */
  private final Map<String, List<String>> describable = new HashMap<>();

  private Descriptions(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  static Descriptions of(TextAnalysis analysis, EntityIndex entities, Gazetteer gazetteer) {
    Descriptions d = new Descriptions(gazetteer);
    List<EntityMention> inOrder = new ArrayList<>(entities.all());
    inOrder.sort(Comparator.comparingInt(m -> m.span().start()));
    for (EntityMention mention : inOrder) {
      if (mention.type() == EntityType.PERSON) {
        d.readPersonRoles(analysis, mention);
      } else if (mention.type() == EntityType.ORGANIZATION) {
        d.readNameHead(mention);
      }
      if (mention.type() == EntityType.ORGANIZATION || mention.type() == EntityType.OUTLET) {
        d.bodies.add(mention);
      }
    }
    for (EntityMention mention : inOrder) {
      boolean party = mention.type() == EntityType.PERSON || mention.type() == EntityType.ORGANIZATION;
      if (party && d.roles.containsKey(mention.canonical())) {
        d.mentions.computeIfAbsent(mention.canonical(), c -> new ArrayList<>()).add(mention);
      }
    }
    return d;
  }

  /** The names with a role that a description headed by {@code head} ("senator") can name. */
  List<String> describable(String head) {
    return describable.computeIfAbsent(head, h -> roles.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(r -> gazetteer.canDenote(h, r.word()) || r.word().endsWith(" " + h)))
        .map(Map.Entry::getKey).sorted().toList());
  }

  /** The person and body mentions of a name with a role, in text order. */
  List<EntityMention> mentionsOf(String canonical) {
    return mentions.getOrDefault(canonical, List.of());
  }

  /** The organisation or outlet mentioned last before {@code offset}, or {@code null}. */
  EntityMention bodyNamedLastBefore(int offset) {
    int low = 0;
    int high = bodies.size(); // first body starting at or after the offset
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (bodies.get(middle).span().start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    for (int i = low - 1; i >= 0; i--) {
      if (bodies.get(i).span().end() <= offset) {
        return bodies.get(i);
      }
    }
    return null;
  }

  /** The words the article introduced a canonical name with ("sen.", "attorney"); empty when none. */
  Set<String> rolesOf(String canonical) {
    Set<String> words = new HashSet<>();
    roles.getOrDefault(canonical, List.of()).forEach(role -> words.add(role.word()));
    return words;
  }

  /**
   * Whether the description in tokens {@code [first, headEnd]} can refer back to the named entity. Its head word
   * must fit a role the entity was introduced with ("the senator" for "Sen. Ann Ruiz"); every word narrowing it
   * must have been written with that role ("the Florida senator" for "Florida Sen. Ann Ruiz", but "the appeals court"
   * is no "Supreme Court", "the former president" no "President Ann Ruiz", "the GOP nominee" no "Libertarian
   * nominee"); its possessor, when it has one ({@code possessor}, a surname), must have been named with the role too
   * ("his attorney" for "an attorney for Ortiz").
   */
  boolean fits(TaggedSentence s, int first, int headEnd, String possessor, String canonical) {
    String head = s.token(headEnd).lower();
    for (Role role : roles.getOrDefault(canonical, List.of())) {
      boolean named = gazetteer.canDenote(head, role.word())
          || headEnd > first && role.word().equals(words(s, headEnd - 1, headEnd)); // "the attorney general"
      if (named && narrowsAlike(s, first, headEnd, role)
          && (possessor == null || role.context().contains(possessor.toLowerCase(Locale.ROOT)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean narrowsAlike(TaggedSentence s, int first, int headEnd, Role role) {
    for (int i = first; i < headEnd; i++) {
      WordToken t = s.token(i);
      boolean narrows = t.isNoun() || t.isAdjective() || t.tag().equals("CD");
      if (narrows && !role.context().contains(t.lower()) && !possessorOf(s, i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether token {@code i} names the possessor ("Ortiz" of "Ortiz's lawyer"), checked apart. */
  private static boolean possessorOf(TaggedSentence s, int i) {
    WordToken next = s.tokenOrNull(i + 1);
    return next != null && next.tag().equals("POS");
  }

  private void readPersonRoles(TextAnalysis analysis, EntityMention mention) {
    TaggedSentence s = analysis.sentences().get(mention.sentence());
    int first = s.tokenAt(mention.span().start());
    int last = s.tokenAt(mention.span().end() - 1);
    if (first < 0 || last < first) {
      return;
    }
    int known = roles.getOrDefault(mention.canonical(), List.of()).size();
    readRolesAround(s, mention, first, last);
    Set<String> affiliation = affiliation(analysis.text(), s, last);
    List<Role> all = roles.getOrDefault(mention.canonical(), List.of());
    for (int r = known; r < all.size(); r++) { // "Sen. Ann Ruiz (R-S.C.)": the South Carolina, Republican senator
      all.get(r).context().addAll(affiliation);
    }
  }

  /**
   * The words a party-and-state affiliation after a name stands for ("(R-S.C.)", ", D-Mass.,"): the party's
   * ("republican") and the state's name ("south", "carolina"), so that "the South Carolina senator" and "the
   * Republican senator" can refer back to "Sen. Ann Ruiz (R-S.C.)". Empty when no such affiliation follows.
   */
  private Set<String> affiliation(String text, TaggedSentence s, int last) {
    WordToken open = s.tokenOrNull(last + 1);
    if (open == null || !open.word().equals("(") && !open.word().equals(",")) {
      return Set.of();
    }
    String close = open.word().equals("(") ? ")" : ",";
    for (int i = last + 2; i < s.size() && i <= last + MAX_AFFILIATION_TOKENS; i++) {
      if (s.token(i).word().equals(close)) {
        Matcher m = AFFILIATION.matcher(text.substring(open.end(), s.token(i).start()));
        if (!m.matches()) {
          return Set.of();
        }
        Set<String> words = new HashSet<>(PARTIES.getOrDefault(m.group(1), List.of()));
        Gazetteer.NameEntry state = gazetteer.lookup(m.group(2));
        if (state == null) {
          state = gazetteer.lookup(m.group(2) + ".");
        }
        if (state != null && state.type() == EntityType.STATE_OR_PROVINCE) {
          words.addAll(List.of(state.canonical().toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return words;
      }
    }
    return Set.of();
  }

  private void readRolesAround(TaggedSentence s, EntityMention mention, int first, int last) {
    // the recogniser may keep a title at the front of the name: "Justice Ann Ruiz"; not "Martin Luther King"
    for (int i = first; i < last && gazetteer.isTitle(s.token(i).word()); i++) {
      add(mention, s.token(i), s, Math.max(0, i - MODIFIER_REACH), i);
    }
    WordToken before = s.tokenOrNull(first - 1);
    int titleStart = titleEndingAt(s, first - 1);
    if (titleStart >= 0) { // "Surgeon General Ann Ruiz": the whole title, not the role "general"
      int from = titleStart;
      while (from > 0 && titleStart - from < MODIFIER_REACH && modifies(s.token(from - 1))) {
        from--;
      }
      add(mention, words(s, titleStart, first - 1), s, from, first - 1);
    } else if (before != null && isRoleNoun(before)) {
      int from = first - 1;
      while (from > 0 && first - from <= MODIFIER_REACH && modifies(s.token(from - 1))) {
        from--;
      }
      add(mention, before.lower(), s, from, first - 1);
    }
    WordToken after = s.tokenOrNull(last + 1);
    if (after != null && after.word().equals(",")) {
      WordToken head = appositionHead(s, last + 2);
      if (head != null) {
        int end = last + 2;
        while (end + 1 < s.size() && end - last < CONTEXT_REACH && !s.token(end + 1).word().equals(",")) {
          end++;
        }
        add(mention, head.lower(), s, last + 2, end);
      }
    }
    // "An attorney for the driver, Tom Ortiz, said": set off on both sides, not "The union, Ann Ruiz said, ..."
    if (before != null && before.word().equals(",") && after != null && after.word().equals(",")) {
      WordToken head = leadingDescriptionHead(s, first - 1);
      if (head != null) {
        add(mention, head.lower(), s, 0, first - 2);
      }
    }
  }

  private static boolean modifies(WordToken t) {
    return t.tag().startsWith("NN") || t.tag().startsWith("JJ") || t.tag().equals("POS") || t.tag().equals("HYPH");
  }

  /** "Alliance" of "Alliance to Reclaim Our Schools", "Committee" of "House Ethics Committee". */
  private void readNameHead(EntityMention mention) {
    String[] words = mention.canonical().split("\\s+");
    String head = null;
    for (String word : words) {
      if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
        break; // "of", "to", "for": the head stands before the name's first small word
      }
      head = word;
    }
    if (words.length > 1 && head != null && head.chars().allMatch(Character::isLetter)) {
      Set<String> context = new HashSet<>();
      for (String word : words) {
        context.add(word.toLowerCase(Locale.ROOT));
      }
      // a name's own capitals narrow nothing: "the House panel" may be the House Ethics Committee
      roles.computeIfAbsent(mention.canonical(), c -> new ArrayList<>())
          .add(new Role(head.toLowerCase(Locale.ROOT), context));
    }
  }

  /**
   * The head noun of an apposition starting at token {@code from}: "a lawyer for the driver" gives "lawyer", "the
   * Republican nominee," gives "nominee". An age ("Tom Ortiz, 56,") or a clause is no apposition.
   */
  private WordToken appositionHead(TaggedSentence s, int from) {
    WordToken first = s.tokenOrNull(from);
    if (first == null || !(first.tag().equals("DT") || first.tag().equals("PRP$"))) {
      return null;
    }
    WordToken head = null;
    for (int i = from + 1; i < s.size() && i <= from + APPOSITION_REACH; i++) {
      WordToken t = s.token(i);
      if (t.tag().equals("NN") || t.tag().startsWith("JJ") || t.tag().equals("HYPH") || t.tag().equals("POS")
          || t.isProperNoun()) {
        head = t.tag().equals("NN") || isTitleWord(t) ? t : head;
        continue;
      }
      boolean closes = t.tag().equals("IN") || t.tag().equals("TO") || t.isPunctuation() || t.tag().startsWith("W");
      return closes && head != null && (isRoleNoun(head) || isTitleWord(head)) ? head : null;
    }
    return null;
  }

  /**
   * The head noun of a description that opens the sentence and is followed by the name: "An attorney for the
   * driver, Tom Ortiz, said" gives "attorney". Only a noun phrase with no verb may stand before the comma.
   */
  private WordToken leadingDescriptionHead(TaggedSentence s, int comma) {
    if (comma < 2 || !(s.token(0).tag().equals("DT") || s.token(0).tag().equals("PRP$"))) {
      return null;
    }
    WordToken head = null;
    boolean afterPreposition = false;
    for (int i = 1; i < comma; i++) {
      WordToken t = s.token(i);
      if (t.tag().startsWith("VB") || t.tag().equals("MD") || t.isPunctuation()) {
        return null;
      }
      if (t.tag().equals("IN") || t.tag().equals("TO")) {
        afterPreposition = true;
      } else if (!afterPreposition && t.tag().equals("NN")) {
        head = t;
      }
    }
    return head != null && isRoleNoun(head) ? head : null;
  }

  /** The first token of the longest title ending at token {@code end} ("Surgeon General", "Sen."), or -1. */
  private int titleEndingAt(TaggedSentence s, int end) {
    int start = -1;
    for (int i = end; i >= 0 && end - i < gazetteer.longestTitle(); i--) {
      if (gazetteer.isTitle(words(s, i, end)) || i == end && gazetteer.isDescribedRole(s.token(i).word())) {
        start = i;
      }
    }
    return start;
  }

  private static String words(TaggedSentence s, int first, int last) {
    StringBuilder words = new StringBuilder();
    for (int i = first; i <= last; i++) {
      words.append(i > first ? " " : "").append(s.token(i).lower());
    }
    return words.toString();
  }

  private void add(EntityMention mention, WordToken word, TaggedSentence s, int from, int to) {
    add(mention, word.lower(), s, from, to);
  }

  /** Records a role with the words written with it, tokens {@code [from, to]} of {@code s}. */
  private void add(EntityMention mention, String role, TaggedSentence s, int from, int to) {
    if (WORDS.is(HONORIFIC, role)) {
      return;
    }
    Set<String> context = new HashSet<>();
    for (int i = from; i <= to; i++) {
      context.add(s.token(i).lower());
    }
    roles.computeIfAbsent(mention.canonical(), c -> new ArrayList<>()).add(new Role(role, context));
  }

  /** A title as written before a name: "Sen.", "President", or a role a description names ("Justice"). */
  private boolean isTitleWord(WordToken t) {
    return (gazetteer.isTitle(t.word()) || gazetteer.isDescribedRole(t.word())) && !WORDS.is(ARTICLE, t.lower());
  }

  /** A lower-case noun that names a person's role: "aide", "critic", "attorney"; not "company" nor "report". */
  private boolean isRoleNoun(WordToken t) {
    return t.tag().equals("NN") && Character.isLowerCase(t.word().charAt(0))
        && (AnimateNouns.standard().contains(t.lower()) || gazetteer.isTitle(t.lower())
            || gazetteer.isDescribedRole(t.lower()));
  }
}
