package dev.claimex.ner;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static dev.claimex.models.WordClass.HEADLINE_VERB;

import com.google.common.collect.ImmutableList;
import dev.claimex.models.WordClasses;
import dev.claimex.text.StageBudget;
import dev.claimex.text.StageProvenance;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named entities of news: the statistical tagger's names, corrected and refined by the gazetteer (outlets are
 * {@code OUTLET}, not PERSON or ORGANIZATION; countries, cities and regions get their fine types), titles, and
 * document-level consistency (a name tagged once is tagged everywhere; a person's surname alone is that person).
 */
public final class NewsEntityRecognizer implements EntityRecognizer {

  /** Compiled once: the title lookup runs for every token of every sentence. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final WordClasses WORDS = WordClasses.standard();

  private final NameTagger tagger;
  private final Gazetteer gazetteer;
  private final EntityResolver resolver;

  public NewsEntityRecognizer(NameTagger tagger, Gazetteer gazetteer) {
    this.tagger = checkNotNull(tagger, "tagger");
    this.gazetteer = checkNotNull(gazetteer, "gazetteer");
    this.resolver = new EntityResolver();
  }

  @Override
  public ImmutableList<EntityMention> recognize(TextAnalysis analysis) {
    return recognize(analysis, StageBudget.unlimited());
  }

  /** The mentions of the sentences read before the budget ran out; the document-level passes see only those. */
  @Override
  public ImmutableList<EntityMention> recognize(TextAnalysis analysis, StageBudget budget) {
    String text = analysis.text();
    List<List<NameSpan>> bySentence = new ArrayList<>();
    for (TaggedSentence sentence : analysis.sentences()) {
      if (!budget.allows(sentence.index())) {
        break;
      }
      List<String> words = sentence.tokens().stream().map(WordToken::word).toList();
      List<NameSpan> names = merge(sentence, tagged(sentence, tagger.find(words)), listed(text, sentence));
      bySentence.add(names);
    }
    List<TaggedSentence> read = analysis.sentences().subList(0, bySentence.size());
    addConsistentMentions(text, read, bySentence, budget);
    List<NameSpan> all = new ArrayList<>();
    for (int i = 0; i < bySentence.size(); i++) {
      budget.checkpoint();
      List<NameSpan> names = bySentence.get(i);
      names.addAll(titles(text, analysis.sentences().get(i), names));
      names.sort(Comparator.comparingInt(NameSpan::first));
      all.addAll(names);
    }
    return resolver.resolve(analysis, all);
  }

  /** This class, with the versions of the tagger's model. */
  @Override
  public StageProvenance provenance() {
    return StageProvenance.of(getClass().getName(), tagger.provenance().versions());
  }

  /**
   * The tagger's names as spans of the sentence. A lone lower-case word tagged as a name is a tagging error and
   * dropped; so is a name that overlaps an earlier one. A name past the sentence's end is the tagger's bug.
   */
  private List<NameSpan> tagged(TaggedSentence sentence, List<TaggedName> found) {
    List<NameSpan> names = new ArrayList<>();
    int free = 0; // the first word no earlier name covers
    for (TaggedName name : found.stream().sorted(Comparator.comparingInt(TaggedName::start)).toList()) {
      checkState(name.end() <= sentence.size(), "%s found %s in a sentence of %s words", tagger.provenance().name(),
          name, sentence.size());
      boolean lowercaseWord = name.length() == 1 && !sentence.token(name.start()).isCapitalized();
      if (name.start() >= free && !lowercaseWord) {
        NameSpan span = trimPunctuation(sentence, new NameSpan(sentence.index(), name.start(), name.end() - 1,
            name.type(), null));
        if (span != null) {
          for (NameSpan part : splitAtHeadlineVerb(sentence, span)) {
            names.addAll(splitTitledPerson(sentence, part));
          }
        }
      }
      free = Math.max(free, name.end());
    }
    return names;
  }

  /**
   * "Chris Christie Calls Hillary Clinton ‘A Disgrace’": in a title-cased headline the tagger, seeing only capitals,
   * may read two names and the verb between them as one name. A capitalised verb of the headline kind inside a name,
   * with words on both sides, parts two names of the same type.
   */
  private static List<NameSpan> splitAtHeadlineVerb(TaggedSentence sentence, NameSpan name) {
    for (int i = name.first() + 1; i < name.last(); i++) {
      WordToken t = sentence.token(i);
      if (t.isCapitalized() && WORDS.is(HEADLINE_VERB, t.lower())) {
        List<NameSpan> parts = new ArrayList<>();
        parts.add(new NameSpan(name.sentence(), name.first(), i - 1, name.type(), null));
        parts.addAll(splitAtHeadlineVerb(sentence, new NameSpan(name.sentence(), i + 1, name.last(), name.type(), null)));
        return parts;
      }
    }
    return List.of(name);
  }

  /**
   * "Manhattan Supreme Court Justice Frank Nervo": the tagger sometimes reads a body, the title it gives and the
   * person holding it as one organisation. A given name and a surname ending the span are a person; the word
   * before them is their title, left to the title pass; the words before that stay the body. Without a known given
   * name ("Bank of Tokyo-Mitsubishi UFJ") the span stays whole.
   */
  private static List<NameSpan> splitTitledPerson(TaggedSentence sentence, NameSpan name) {
    if (name.type() != EntityType.ORGANIZATION || name.length() < 4) {
      return List.of(name);
    }
    for (int given = name.first() + 2; given < name.last(); given++) {
      List<String> person = new ArrayList<>();
      boolean capitalized = true;
      for (int i = given; i <= name.last(); i++) {
        person.add(sentence.token(i).word());
        capitalized &= sentence.token(i).isCapitalized();
      }
      if (capitalized && person.size() <= 3 && PersonSex.ofGivenName(person) != null
          && sentence.token(given - 1).isCapitalized()) {
        return List.of(new NameSpan(name.sentence(), name.first(), given - 2, EntityType.ORGANIZATION, null),
            new NameSpan(name.sentence(), given, name.last(), EntityType.PERSON, null));
      }
    }
    return List.of(name);
  }

  /** A name without leading or trailing punctuation tokens, or {@code null} if nothing is left. */
  private static NameSpan trimPunctuation(TaggedSentence sentence, NameSpan name) {
    int first = name.first();
    int last = name.last();
    while (first <= last && sentence.token(first).isPunctuation()) {
      first++;
    }
    while (last >= first && sentence.token(last).isPunctuation()) {
      last--;
    }
    return first > last ? null : new NameSpan(name.sentence(), first, last, name.type(), name.listedName());
  }

  /** The longest gazetteer names, left to right. */
  private List<NameSpan> listed(String text, TaggedSentence sentence) {
    List<NameSpan> names = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      NameSpan best = null;
      int start = sentence.token(i).start();
      for (int j = i; j < sentence.size() && sentence.token(j).end() - start <= gazetteer.longestName(); j++) {
        Gazetteer.NameEntry entry = gazetteer.lookup(text.substring(start, sentence.token(j).end()));
        if (entry != null && admissible(sentence, i, j, entry)) {
          best = new NameSpan(sentence.index(), i, j, entry.type(), entry.canonical());
        }
      }
      if (best != null) {
        names.add(best);
        i = best.last() + 1;
      } else {
        i++;
      }
    }
    return names;
  }

  /** Ambiguous names ("Dawn", "Mint") count only capitalised inside a sentence and not glued to another name. */
  private static boolean admissible(TaggedSentence sentence, int first, int last, Gazetteer.NameEntry entry) {
    if (entry.rule() != Gazetteer.MatchRule.AMBIGUOUS) {
      return true;
    }
    WordToken before = sentence.tokenOrNull(first - 1);
    WordToken after = sentence.tokenOrNull(last + 1);
    boolean sentenceInitial = true;
    for (int i = 0; i < first && sentenceInitial; i++) {
      sentenceInitial = sentence.token(i).isPunctuation();
    }
    return !sentenceInitial && !before.isCapitalized() && (after == null || !after.isCapitalized());
  }

  /**
   * The tagger's names where the gazetteer agrees or has nothing, the gazetteer's where it knows better: an
   * outlet or a country is typed by the list, but a listed name inside a longer proper name
   * ("Bank of England") stays part of it.
   */
  private static List<NameSpan> merge(TaggedSentence sentence, List<NameSpan> tagged, List<NameSpan> listed) {
    List<NameSpan> result = new ArrayList<>();
    Set<NameSpan> overruled = new HashSet<>();
    for (NameSpan list : listed) {
      boolean insideLongerName = false;
      for (NameSpan tag : tagged) {
        if (tag.overlaps(list)) {
          if (tag.contains(list) && tag.length() > list.length() && list.type() != EntityType.OUTLET
              && extraWordsCapitalized(sentence, tag, list)) {
            insideLongerName = true;
          } else {
            overruled.add(tag);
          }
        }
      }
      if (!insideLongerName) {
        result.add(list);
      }
    }
    for (NameSpan tag : tagged) {
      if (!overruled.contains(tag) && result.stream().noneMatch(tag::overlaps)) {
        result.add(tag);
      }
    }
    result.sort(Comparator.comparingInt(NameSpan::first));
    return result;
  }

  /** "Bank of England" is one name; "Punjab province" and "Libyan coast guard" are a listed name and words. */
  private static boolean extraWordsCapitalized(TaggedSentence sentence, NameSpan tag, NameSpan list) {
    for (int i = tag.first(); i <= tag.last(); i++) {
      WordToken t = sentence.token(i);
      if ((i < list.first() || i > list.last()) && Character.isLetter(t.word().charAt(0)) && !t.isCapitalized()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Untagged proper nouns that were tagged elsewhere in the document get the same type: the tagger misses names
   * in headlines and short lines that it finds in running text.
   */
  private static void addConsistentMentions(String text, List<TaggedSentence> sentences, List<List<NameSpan>> names,
      StageBudget budget) {
    Map<String, EntityType> typeBySurface = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      budget.checkpoint();
      for (NameSpan name : names.get(s)) {
        TaggedSentence sentence = sentences.get(s);
        typeBySurface.putIfAbsent(surface(text, sentence, name.first(), name.last()), name.type());
        if (name.type() == EntityType.PERSON && name.length() > 1) {
          typeBySurface.putIfAbsent(sentence.token(name.last()).word(), EntityType.PERSON); // the surname alone
          surnames.add(sentence.token(name.last()).word());
        }
        String acronym = acronymAfter(sentence, name);
        if (acronym != null) { // "Rapid Support Forces (RSF)": RSF is the same kind of name
          typeBySurface.putIfAbsent(acronym, name.type());
        }
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      budget.checkpoint();
      TaggedSentence sentence = sentences.get(s);
      List<NameSpan> found = names.get(s);
      for (int i = 0; i < sentence.size(); i++) {
        retypeSurnameReadAsNationality(sentence, i, found, surnames);
        if (covered(found, i)) {
          continue;
        }
        if (!(sentence.token(i).isProperNoun() || isAcronym(sentence.token(i)))) {
          if (isMisreadSurname(sentence, i, surnames)) { // "Tad Devine ... Devine/JJ said"
            found.add(new NameSpan(s, i, i, EntityType.PERSON, null));
          }
          continue;
        }
        int j = i;
        while (j + 1 < sentence.size() && sentence.token(j + 1).isProperNoun() && !covered(found, j + 1)
            && !isAcronym(sentence.token(i))) {
          j++;
        }
        EntityType type = typeBySurface.get(surface(text, sentence, i, j));
        if (type != null) {
          found.add(new NameSpan(s, i, j, type, null));
        }
        i = j;
      }
      found.sort(Comparator.comparingInt(NameSpan::first));
    }
  }

  /**
   * "Mark Cuban ... Cuban said": a nationality word alone that is the surname of a person named in full elsewhere,
   * in a subject's place (before a verb, a comma or a possessive), is that person; "Cuban officials said" stays a
   * nationality.
   */
  private static void retypeSurnameReadAsNationality(TaggedSentence sentence, int i, List<NameSpan> found,
      Set<String> surnames) {
    for (int k = 0; k < found.size(); k++) {
      NameSpan name = found.get(k);
      WordToken next = sentence.tokenOrNull(i + 1);
      boolean subjectPlace = next != null && (next.isVerb() || next.tag().equals("MD") || next.word().equals(",")
          || next.tag().equals("POS"));
      if (name.first() == i && name.last() == i && name.type() == EntityType.NATIONALITY
          && surnames.contains(sentence.token(i).word()) && subjectPlace) {
        found.set(k, new NameSpan(name.sentence(), i, i, EntityType.PERSON, null));
        return;
      }
    }
  }

  /**
   * A surname of a person named in full elsewhere that the part-of-speech tagger read as a common word ("Devine",
   * "Bland"): capitalised, and at the start of a sentence only when a verb, comma or possessive follows, as after a
   * subject ("Bland said"), not an adjective opening a sentence ("Bland food ...").
   */
  private static boolean isMisreadSurname(TaggedSentence sentence, int i, Set<String> surnames) {
    WordToken t = sentence.token(i);
    if (!t.isCapitalized() || !surnames.contains(t.word()) || t.word().length() < 2) {
      return false;
    }
    WordToken next = sentence.tokenOrNull(i + 1);
    return i > 0 || next != null && (next.isVerb() || next.tag().equals("MD") || next.word().equals(",")
        || next.tag().equals("POS"));
  }

  /** The acronym in brackets right after a name of several words, or {@code null}. */
  static String acronymAfter(TaggedSentence sentence, NameSpan name) {
    WordToken open = sentence.tokenOrNull(name.last() + 1);
    WordToken acronym = sentence.tokenOrNull(name.last() + 2);
    WordToken close = sentence.tokenOrNull(name.last() + 3);
    boolean bracketed = open != null && open.word().equals("(") && close != null && close.word().equals(")");
    return name.length() > 1 && bracketed && isAcronym(acronym) ? acronym.word() : null;
  }

  private static boolean isAcronym(WordToken token) {
    return token.word().length() >= 2 && token.word().length() <= 8 && token.word().chars().allMatch(Character::isUpperCase);
  }

  private static boolean covered(List<NameSpan> names, int token) {
    for (NameSpan name : names) {
      if (name.first() <= token && token <= name.last()) {
        return true;
      }
    }
    return false;
  }

  private static String surface(String text, TaggedSentence sentence, int first, int last) {
    return text.substring(sentence.token(first).start(), sentence.token(last).end());
  }

  /**
   * A capitalised title with no name beside it stands for its holder: "the President said", "the Speaker ruled".
   * "President Biden" and "the president" stay titles.
   */
  private static boolean usedAsName(TaggedSentence sentence, int first, int last) {
    WordToken next = sentence.tokenOrNull(last + 1);
    boolean capitalized = true;
    for (int i = first; i <= last; i++) {
      WordToken t = sentence.token(i);
      capitalized &= !Character.isLetter(t.word().charAt(0)) || t.isCapitalized();
    }
    boolean sentenceInitial = first == 0;
    return capitalized && !sentenceInitial && sentence.token(first).isProperNoun()
        && (next == null || !next.isProperNoun());
  }

  /**
   * Titles ("defence minister", "secretary-general", "Lt. Gen.") outside names, matched on the text as written;
   * a one-word title must be a noun ("general" the officer, not "in general").
   */
  private List<NameSpan> titles(String text, TaggedSentence sentence, List<NameSpan> names) {
    List<NameSpan> titles = new ArrayList<>();
    int i = 0;
    while (i < sentence.size()) {
      int best = -1;
      int start = sentence.token(i).start();
      for (int j = i; j < sentence.size() && j - i < 3 * gazetteer.longestTitle() && !covered(names, j); j++) {
        String phrase = WHITESPACE.matcher(text.substring(start, sentence.token(j).end())).replaceAll(" ");
        if (gazetteer.isTitle(phrase) && (j > i || sentence.token(j).isNoun())) {
          best = j;
        }
      }
      if (best >= 0) {
        titles.add(new NameSpan(sentence.index(), i, best, usedAsName(sentence, i, best) ? EntityType.PERSON
            : EntityType.TITLE, null));
        i = best + 1;
      } else {
        i++;
      }
    }
    return titles;
  }
}

