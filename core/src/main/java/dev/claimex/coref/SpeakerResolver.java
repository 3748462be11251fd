package dev.claimex.coref;

import static dev.claimex.models.WordClass.ARTICLE;
import static dev.claimex.models.WordClass.AUTHORED_DOCUMENT;
import static dev.claimex.models.WordClass.FEMININE_PRONOUN;
import static dev.claimex.models.WordClass.GROUP_PREPOSITION;
import static dev.claimex.models.WordClass.HONORIFIC;
import static dev.claimex.models.WordClass.DESCRIPTION_OPENER;
import static dev.claimex.models.WordClass.NON_SPECIFIC_WORD;
import static dev.claimex.models.WordClass.SUBORDINATOR;
import static dev.claimex.models.WordClass.DASH;
import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;
import static dev.claimex.models.WordClass.THIRD_PERSON_SINGULAR;
import static dev.claimex.models.WordClass.NO_ONE;
import static dev.claimex.models.WordClass.ORGANIZATION_KIND;
import static dev.claimex.models.WordClass.PARTITIVE;
import static dev.claimex.models.WordClass.PERSON_PRONOUN;
import static dev.claimex.models.WordClass.PLURAL_PRONOUN;
import static dev.claimex.models.WordClass.QUANTIFIER_SUBJECT;
import static dev.claimex.models.WordClass.SPEAKER_PRONOUN;
import static dev.claimex.models.WordClass.UNRESOLVABLE_PRONOUN;
import dev.claimex.syntax.NounPhrases;
import dev.claimex.syntax.Phrase;

import com.google.common.collect.ImmutableList;
import dev.claimex.ner.Actor;
import dev.claimex.lexicon.AnimateNouns;
import dev.claimex.models.WordClasses;
import dev.claimex.ner.EntityMention;
import dev.claimex.ner.EntityType;
import dev.claimex.ner.Gazetteer;
import dev.claimex.ner.PersonSex;
import dev.claimex.text.SegmentKind;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.TextAnalysis;
import dev.claimex.text.TextSpan;
import dev.claimex.text.WordToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a phrase in speaker (or addressee, target) position into an {@link Actor}, or rejects it when it cannot
 * speak ("the report", "success"). Names resolve to their entity; pronouns to the latest fitting speaker or name;
 * "the minister" to the latest person speaker; joint phrases ("both sides") to the document's two most salient
 * parties. One resolver serves one document: it remembers the speakers found so far.
 */
public final class SpeakerResolver {

  private static final WordClasses WORDS = WordClasses.standard();
  /** Tags of words that make a singular noun a thing named ("the memo", "his remarks"), not an abstraction. */
  private static final Set<String> DETERMINER_TAGS = Set.of("DT", "PRP$");
  private static final int PRONOUN_REACH = 6;
  /** How far after a subject pronoun its clause is read for names it cannot stand for. */
  private static final int CLAUSE_REACH = 12;
  /** How many sentences after a headline the story takes to name the person the headline describes. */
  private static final int HEADLINE_REACH = 3;

  private final String text;
  private final TextAnalysis analysis;
  private final EntityIndex entities;
  private final Gazetteer gazetteer;
  private final AnimateNouns animate;
  private final List<Actor> speakers = new ArrayList<>();
  private final List<Integer> speakerSentences = new ArrayList<>();
  private ImmutableList<String> salientParties;
  private Map<String, Boolean> sexes;
  private Descriptions descriptions;

  public SpeakerResolver(TextAnalysis analysis, EntityIndex entities, Gazetteer gazetteer, AnimateNouns animate) {
    this.text = analysis.text();
    this.analysis = analysis;
    this.entities = entities;
    this.gazetteer = gazetteer;
    this.animate = animate;
  }

  /** Records a resolved speaker, for later pronouns. */
  public void remember(Actor speaker, int sentence) {
    boolean unresolved = speaker != null && speaker.canonical().equals(speaker.mention().text())
        && speaker.mention().text().length() <= 4 && Character.isLetter(speaker.canonical().charAt(0))
        && WORDS.is(SPEAKER_PRONOUN, speaker.canonical().toLowerCase(Locale.ROOT));
    String canonical = speaker == null ? "" : speaker.canonical().toLowerCase(Locale.ROOT);
    boolean noOne = WORDS.is(NO_ONE, canonical) || WORDS.is(NON_SPECIFIC_WORD, canonical); // "nobody", "anyone"
    if (speaker != null && !unresolved && !noOne) { // an unresolved "he", a "nobody" is no antecedent for later mentions
      speakers.add(speaker);
      speakerSentences.add(sentence);
    }
  }

  /**
   * Whether a pronoun may stand for an actor: "she" not for a man the document marks as one ("Mr. Ruiz", "the
   * spokesman", "Tom Ruiz"), "he" not for a woman, neither for a body or a place; any other pronoun asks nothing here.
   */
  public boolean mayBe(Actor actor, String pronoun) {
    String word = pronoun.toLowerCase(Locale.ROOT);
    if (!WORDS.is(PERSON_PRONOUN, word)) {
      return true;
    }
    if (actor.type() == EntityType.ORGANIZATION || actor.type() == EntityType.OUTLET || actor.type().isPlace()) {
      return false; // "the court noted that she claimed": a body or a place is no "she"
    }
    if (actor.type() == EntityType.MISC) {
      String[] words = actor.canonical().split("\\s+");
      return animate.contains(words[words.length - 1]); // "the reports alleged that she ...": no reports are a "she"
    }
    if (actor.type() != EntityType.PERSON) {
      return true;
    }
    return compatible(actor.canonical(), actor.mention(), WORDS.is(FEMININE_PRONOUN, word));
  }

  /** The actor a phrase denotes, or {@code null} if it is not a party that can speak or be addressed. */
  public Actor resolve(Phrase phrase) {
    return resolveOther(phrase, null);
  }

  /**
   * The phrase itself as a source the text names without naming a party, up to its head noun: "the audit files",
   * "early projections", "the Holy See" when no entity was recognised. A bare singular noun ("Success hinted")
   * names an abstraction, not a source. {@code null} when the phrase is no such source.
   */
  public Actor unnamedSource(Phrase phrase) {
    TaggedSentence s = analysis.sentences().get(phrase.sentence());
    int headEnd = NounPhrases.headEnd(s, phrase.first(), phrase.last());
    if (headEnd < 0 || !s.token(headEnd).isNoun()) {
      return null;
    }
    WordToken head = s.token(headEnd);
    boolean determined = phrase.first() < headEnd && (DETERMINER_TAGS.contains(s.token(phrase.first()).tag())
        || s.token(headEnd - 1).tag().equals("POS"));
    // a capitalised first word is tagged a name whatever it is
    boolean named = head.isProperNoun() && headEnd > 0;
    boolean countable = named || head.tag().equals("NNS") || determined;
    return countable ? described(s, phrase.first(), headEnd, EntityType.MISC) : null;
  }

  /**
   * As {@link #resolve}, but a title never goes back to the person named {@code notThis}: in "The mayor rejected
   * the governor's demand", the governor is not the mayor.
   */
  public Actor resolveOther(Phrase phrase, String notThis) {
    TaggedSentence s = analysis.sentences().get(phrase.sentence());
    Actor group = group(s, phrase);
    if (group != null) {
      return group;
    }
    WordToken only = phrase.first() == phrase.last() ? s.token(phrase.first()) : null;
    if (only != null && (only.isPronoun() || only.tag().equals("PRP$"))) { // "he", and "his" in "his demand"
      return pronoun(s, phrase.first());
    }
    if (phrase.first() == phrase.last() && WORDS.is(QUANTIFIER_SUBJECT, s.token(phrase.first()).lower())) {
      return described(s, phrase.first(), phrase.last(), EntityType.GROUP); // "Some say": people the text leaves unnamed
    }
    if (phrase.last() > phrase.first() + 1 && WORDS.is(PARTITIVE, s.token(phrase.first()).lower())
        && s.token(phrase.first() + 1).lower().equals("of")) { // "many of her supporters": some of them speak
      Actor whole = resolve(new Phrase(phrase.sentence(), phrase.first() + 2, phrase.last()));
      return whole == null ? null : new Actor(s.spanOf(text, phrase.first(), phrase.last()), whole.canonical(),
          whole.type(), whole.members());
    }
    // "many in the crowd", "some on the left"
    if (phrase.last() > phrase.first() + 1 && WORDS.is(QUANTIFIER_SUBJECT, s.token(phrase.first()).lower())
        && WORDS.is(GROUP_PREPOSITION, s.token(phrase.first() + 1).lower())) {
      return described(s, phrase.first(), phrase.last(), EntityType.GROUP);
    }
    if (NounPhrases.isShare(s, phrase.first())) { // "six in 10 (voters) say": respondents of a poll
      return described(s, phrase.first(), phrase.last(), EntityType.MISC);
    }
    int headEnd = NounPhrases.headEnd(s, phrase.first(), phrase.last());
    if (headEnd < 0) {
      return null;
    }
    EntityIndex.Located named = entities.at(phrase.sentence(), headEnd);
    if (named != null && named.last() > headEnd && named.last() <= phrase.last()
        && named.mention().type() == EntityType.ORGANIZATION) {
      headEnd = named.last(); // "Citizens for Tax Justice": the head word stops at "for", the name runs on
    }
    EntityIndex.Located name = lastName(s, phrase.first(), headEnd);
    if (name != null && name.last() == headEnd) {
      WordToken before = s.tokenOrNull(name.first() - 1);
      boolean possessed = before != null && before.tag().equals("POS") && name.first() - 1 > phrase.first();
      if (name.mention().type() == EntityType.ORGANIZATION && possessed) { // "Norway's Foreign Ministry"
        return described(s, phrase.first(), headEnd, EntityType.ORGANIZATION);
      }
      EntityMention mention = name.mention();
      boolean titleAsName = mention.type() == EntityType.PERSON && gazetteer.isTitle(mention.text());
      if (!titleAsName) { // "the President" goes on as a title, to the person who holds it
        return mention.type().canSpeak() ? Actor.of(mention.span(), mention.canonical(), mention.type()) : null;
      }
    }
    WordToken head = s.token(headEnd);
    if (name != null && name.last() < headEnd && WORDS.is(AUTHORED_DOCUMENT, head.key())
        && name.mention().type().canSpeak() && onlyModifiers(s, name.last() + 1, headEnd)
        && !possessedBefore(s, phrase.first(), name.first())) { // "the school's Facebook post" is the school's
      // "Donald Trump's tweet", "a Times editorial": the document speaks for whoever wrote it
      return Actor.of(s.spanOf(text, phrase.first(), headEnd), name.mention().canonical(), name.mention().type());
    }
    if (name != null && name.last() == headEnd - 1 && name.mention().type() == EntityType.ORGANIZATION
        && WORDS.is(ORGANIZATION_KIND, head.lower())) { // "the Green Roots group" is Green Roots
      return Actor.of(s.spanOf(text, phrase.first(), headEnd), name.mention().canonical(), EntityType.ORGANIZATION);
    }
    if (!NounPhrases.canEnd(s, headEnd) || head.isPronoun()) {
      return null;
    }
    if (NounPhrases.respondents(s, headEnd)) { // "those surveyed say": the people a poll asked
      return described(s, phrase.first(), headEnd, EntityType.GROUP);
    }
    Actor introduced = phrase.first() == headEnd ? headlineRole(s, headEnd) : null;
    introduced = introduced != null ? introduced : referredBack(s, phrase.first(), headEnd, notThis);
    if (introduced != null) { // "the Oregon senator" after "Sen. Ann Ruiz", "the alliance" after "the Alliance for ..."
      return introduced;
    }
    if (isTitle(s, phrase.first(), headEnd)) {
      boolean titleOnly = name == null || gazetteer.isTitle(name.mention().text());
      // only "the minister" goes back to someone: "a minister" introduces a new person
      boolean bare = titleOnly && phrase.first() < headEnd && s.token(phrase.first()).lower().equals("the");
      // "the spokeswoman" after a spokeswoman spoke
      Actor person = bare ? latestTitled(phrase.sentence(), head.lower(),
          PersonSex.ofWords(words(s, phrase.first(), headEnd)), notThis) : null;
      if (person != null) { // "the minister said" after a named minister spoke
        return Actor.of(s.spanOf(text, phrase.first(), headEnd), person.canonical(), EntityType.PERSON);
      }
      return described(s, phrase.first(), headEnd, EntityType.PERSON);
    }
    EntityType nounType = speakerNoun(s, phrase.first(), headEnd);
    if (nounType == null && animate.contains(head.lower())) {
      nounType = EntityType.PERSON; // "the coach", "forecasters": nouns that denote people
    }
    return nounType == null ? null : described(s, phrase.first(), headEnd, nounType);
  }

  /**
   * A headline's bare role ("Lawmaker urges ...", "Judge rejects ...") as the person the story then introduces with
   * that role, in its first sentences: headlines name people by what they are and leave the name to the story.
   */
  private Actor headlineRole(TaggedSentence s, int head) {
    WordToken word = s.token(head);
    if (s.segmentKind() != SegmentKind.HEADLINE || !word.isNoun() || word.tag().endsWith("S")) {
      return null;
    }
    Set<String> fitting = new HashSet<>();
    for (int k = s.index() + 1; k < analysis.sentences().size() && k <= s.index() + HEADLINE_REACH; k++) {
      for (int position : entities.positionsIn(k)) {
        EntityMention mention = entities.all().get(position);
        if (mention.type() == EntityType.PERSON && descriptions().fits(s, head, head, null, mention.canonical())) {
          fitting.add(mention.canonical());
        }
      }
    }
    return fitting.size() == 1 ? Actor.of(s.spanOf(text, head, head), fitting.iterator().next(), EntityType.PERSON)
        : null;
  }

  /**
   * Whether tokens {@code [from, headEnd)} only modify the head: "'s", "new", "campaign" of "Ruiz's new campaign ad";
   * a second owner ("Ruiz's opponent's ad") is the author instead.
   */
  private static boolean onlyModifiers(TaggedSentence s, int from, int headEnd) {
    for (int i = from; i < headEnd; i++) {
      String tag = s.token(i).tag();
      boolean owner = tag.equals("POS") && i == from;
      if (!owner && !tag.startsWith("JJ") && !tag.equals("NN") && !tag.equals("HYPH")) {
        return false;
      }
    }
    return true;
  }

  private static boolean possessedBefore(TaggedSentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.token(i).tag().equals("POS")) {
        return true;
      }
    }
    return false;
  }

  /** The type of a listed speaker noun ending the head: "officials", "the air force", "state media". */
  private EntityType speakerNoun(TaggedSentence s, int first, int headEnd) {
    for (int i = Math.max(first, headEnd - 2); i <= headEnd; i++) {
      EntityType type = gazetteer.speakerNounType(words(s, i, headEnd));
      if (type != null) {
        return type;
      }
    }
    return gazetteer.speakerNounType(s.token(headEnd).key());
  }

  /** Tokens {@code [first, last]} as written, white space folded. */
  private String words(TaggedSentence s, int first, int last) {
    return text.substring(s.token(first).start(), s.token(last).end()).replaceAll("\\s+", " ");
  }

  /** Whether the phrase ends with a title: "defence minister", "the spokesman", "secretary-general". */
  private boolean isTitle(TaggedSentence s, int first, int headEnd) {
    for (int i = headEnd; i >= first && headEnd - i < 3 * gazetteer.longestTitle(); i--) {
      if (gazetteer.isTitle(words(s, i, headEnd))) {
        return true;
      }
    }
    return false;
  }

  /** An actor named by its description: "Norway's foreign minister", "analysts". */
  private Actor described(TaggedSentence s, int first, int last, EntityType type) {
    int start = first;
    while (start < last && WORDS.is(ARTICLE, s.token(start).lower())) {
      start++;
    }
    TextSpan mention = s.spanOf(text, first, last);
    String canonical = s.spanOf(text, start, last).text().replace('’', '\'').replaceAll("\\s+", " ");
    return Actor.of(mention, canonical, type);
  }

  private EntityIndex.Located lastName(TaggedSentence s, int first, int last) {
    EntityIndex.Located found = null;
    for (EntityIndex.Located located : entities.in(s.index())) {
      if (located.first() >= first && located.last() <= last && located.mention().type() != EntityType.TITLE) {
        found = located;
      }
    }
    return found;
  }

  private Actor pronoun(TaggedSentence s, int i) {
    String word = s.token(i).lower();
    TextSpan mention = s.spanOf(text, i, i);
    Actor antecedent = null;
    if (WORDS.is(PERSON_PRONOUN, word)) {
      Boolean feminine = WORDS.is(FEMININE_PRONOUN, word);
      Set<String> namedLater = namedLaterInClause(s, i);
      antecedent = latestSpeaker(s.index(), EntityType.PERSON, feminine);
      if (antecedent == null) {
        antecedent = latestName(s, i, Set.of(EntityType.PERSON), feminine);
      }
      // "Chris Christie called Hillary Clinton a disgrace after she ...": she is Clinton, whom the document knows as a
      // woman, not Christie, whose sex it does not know. Only for "she": a person of unknown sex in news is far more
      // often a man, so "he" keeps the looser reading.
      Actor agreeing = !feminine || antecedent == null || knownSex(antecedent.canonical(), antecedent.mention()) != null
          ? null : knownAgreeingNameBefore(s, i, true);
      if (agreeing != null) {
        antecedent = agreeing;
      }
      if (antecedent != null && namedLater.contains(antecedent.canonical())) {
        antecedent = null; // "he called Rubio a lightweight": he is not Rubio; unsure who he is, so as written
      }
    } else if (WORDS.is(PLURAL_PRONOUN, word)) {
      antecedent = latestSpeaker(s.index(), EntityType.GROUP, null);
      if (antecedent == null) {
        antecedent = latestPluralName(s, i);
      }
    } else if (word.equals("it")) {
      antecedent = latestSpeaker(s.index(), EntityType.ORGANIZATION, null);
    }
    // still the speaker, named as written ("I think" outside a quotation is the writer's; inside one,
    // QuotedFirstPerson gives it to the quotation's speaker); but "you said" names no one we can tell
    if (antecedent == null) {
      return WORDS.is(UNRESOLVABLE_PRONOUN, word) ? null : Actor.of(mention, mention.text(), pronounType(word));
    }
    return new Actor(mention, antecedent.canonical(), antecedent.type(), antecedent.members());
  }

  /**
   * The people a subject pronoun ("he", "she") cannot stand for: those named after it in its own clause, as the
   * object or its possessor ("he called Rubio a lightweight", "she mocked Ruiz's plan"). The clause ends at a comma,
   * a dash, a quotation mark, a relative or a conjunction: a name further on may be the same person again ("he backed
   * McCain, and Pate backed ..."). A name that modifies a noun ("Carson supporters") is no object, and a pronoun
   * inside a clause that opens the sentence ("After he met Rubio, ...") binds nothing later.
   */
  private Set<String> namedLaterInClause(TaggedSentence s, int i) {
    if (!WORDS.is(THIRD_PERSON_SINGULAR, s.token(i).lower())) {
      return Set.of();
    }
    for (int k = 0; k < i; k++) {
      if (WORDS.is(SUBORDINATOR, s.token(k).lower())) {
        return Set.of();
      }
    }
    int end = i + 1;
    while (end < s.size() && end <= i + CLAUSE_REACH && !endsClause(s.token(end))) {
      end++;
    }
    Set<String> named = new HashSet<>();
    for (EntityIndex.Located located : entities.in(s.index())) {
      WordToken after = s.tokenOrNull(located.last() + 1);
      boolean modifier = after != null && after.isNoun() && !after.tag().equals("POS");
      if (located.first() > i && located.last() < end && located.mention().type() == EntityType.PERSON && !modifier) {
        named.add(located.mention().canonical());
      }
    }
    return named;
  }

  private static boolean endsClause(WordToken t) {
    return t.isQuoteMark() || WORDS.is(DASH, t.word()) || t.word().equals(",") || t.word().equals(";")
        || t.word().equals(":") || WORDS.is(RELATIVE_PRONOUN, t.lower()) || t.tag().equals("CC");
  }

  private static EntityType pronounType(String pronoun) {
    return WORDS.is(PERSON_PRONOUN, pronoun) || pronoun.equals("i") ? EntityType.PERSON
        : pronoun.equals("it") ? EntityType.ORGANIZATION : EntityType.GROUP;
  }

  /** The latest speaker within reach of the kind wanted (GROUP accepts any plural or collective speaker). */
  private Actor latestSpeaker(int sentence, EntityType wanted, Boolean feminine) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      if (sentence - speakerSentences.get(k) > PRONOUN_REACH) {
        break;
      }
      Actor actor = speakers.get(k);
      boolean fits = switch (wanted) {
        case PERSON -> actor.type() == EntityType.PERSON && !actor.isGroup() && !isPlural(actor)
            && compatible(actor.canonical(), actor.mention(), feminine);
        case GROUP -> actor.isGroup() || isPlural(actor) || actor.type() == EntityType.ORGANIZATION;
        default -> actor.type() == EntityType.ORGANIZATION || actor.type().isPlace() || actor.type() == EntityType.OUTLET;
      };
      if (fits) {
        return actor;
      }
    }
    return null;
  }

  /**
   * The latest person speaker within reach that "the {@code title}" can denote: one known under that title or
   * under none ("Mayor Ann Cole" or "Ann Cole" for "the mayor", not "Governor Tom Reed").
   */
  private Actor latestTitled(int sentence, String title, Boolean feminine, String notThis) {
    for (int k = speakers.size() - 1; k >= 0; k--) {
      if (sentence - speakerSentences.get(k) > PRONOUN_REACH) {
        break;
      }
      Actor actor = speakers.get(k);
      boolean person = actor.type() == EntityType.PERSON && !actor.isGroup() && !isPlural(actor)
          && compatible(actor.canonical(), actor.mention(), feminine);
      // "the secretary" is no "local pediatrician": a person known only by another description is someone else
      boolean otherDescription = isDescription(actor.canonical())
          && !actor.canonical().toLowerCase(Locale.ROOT).endsWith(title);
      if (person && !otherDescription && !actor.canonical().equals(notThis)) {
        Set<String> known = titlesOf(actor);
        if (known.isEmpty() || known.stream().anyMatch(role -> gazetteer.canDenote(title, role))) {
          return actor;
        }
      }
    }
    return null;
  }

  /**
   * Whether a canonical name is a description, not a name: lower-case ("local pediatrician") or opened by a
   * determiner or a possessive however capitalised at the start of a sentence ("His ex-wife", "The woman").
   */
  private static boolean isDescription(String canonical) {
    String first = canonical.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return Character.isLowerCase(canonical.charAt(0)) || WORDS.is(DESCRIPTION_OPENER, first);
  }

  /** The words a person is known under: roles the article introduced them with, and titles in the mention ("the mayor"). */
  private Set<String> titlesOf(Actor actor) {
    Set<String> known = new HashSet<>(descriptions().rolesOf(actor.canonical()));
    for (String word : actor.mention().text().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (gazetteer.isTitle(word) && !WORDS.is(HONORIFIC, word)) {
        known.add(word);
      }
    }
    return known;
  }

  /**
   * A definite description ("the Oregon senator", "the alliance", "his attorney") as the person or body the article
   * introduced with its head word, when it introduced one such party and no other. A possessed one ("his attorney",
   * "Ruiz's lawyer") is someone's own: it refers back only to a party introduced with its possessor ("an attorney for
   * Ruiz").
   * {@code null} when the article introduced no one so.
   */
  private Actor referredBack(TaggedSentence s, int first, int headEnd, String notThis) {
    WordToken head = s.token(headEnd);
    // a singular common noun, whatever the tagger made of a lower-case title ("senator/NNP")
    boolean singular = head.tag().equals("NN") || head.tag().equals("NNP");
    if (!singular || !Character.isLowerCase(head.word().charAt(0))) {
      return null;
    }
    String possessor = possessor(s, first, headEnd);
    if (possessor == null && !s.token(first).lower().equals("the")) {
      return null;
    }
    Boolean feminine = PersonSex.ofWords(words(s, first, headEnd));
    int offset = s.token(first).start();
    EntityMention referent = null;
    Set<String> fitting = new HashSet<>();
    for (String canonical : descriptions().describable(head.lower())) {
      if (canonical.equals(notThis) || !descriptions().fits(s, first, headEnd, possessor, canonical)) {
        continue;
      }
      for (EntityMention mention : descriptions().mentionsOf(canonical)) {
        if (mention.span().end() > offset) {
          break;
        }
        if (mention.type() != EntityType.PERSON || compatible(canonical, mention.span(), feminine)) {
          fitting.add(canonical);
          referent = referent == null || mention.span().start() > referent.span().start() ? mention : referent;
        }
      }
    }
    EntityMention latestBody = referent == null ? null : descriptions().bodyNamedLastBefore(offset);
    // "the network" is the body named last: after "on Dish Network ... RT", it is RT, whatever its name's head
    boolean lastBody = referent != null && (referent.type() != EntityType.ORGANIZATION
        || latestBody.canonical().equals(referent.canonical()));
    if (referent == null || !lastBody || fitting.size() > 1) {
      return null; // "the senator" after two senators: unsure, so the description stays as written
    }
    return Actor.of(s.spanOf(text, first, headEnd), referent.canonical(), referent.type());
  }

  /**
   * The last word of whoever possesses a description: "Ortiz" of "Ortiz's lawyer", the person "his" stands for in
   * "his attorney" ("" when the pronoun stands for no one known); {@code null} when nothing possesses it.
   */
  private String possessor(TaggedSentence s, int first, int headEnd) {
    if (s.token(first).tag().equals("PRP$")) {
      Actor owner = pronoun(s, first);
      String canonical = owner == null ? "" : owner.canonical();
      return canonical.substring(canonical.lastIndexOf(' ') + 1);
    }
    for (int i = first + 1; i < headEnd; i++) {
      if (s.token(i).tag().equals("POS")) {
        return s.token(i - 1).word();
      }
    }
    return null;
  }

  private Descriptions descriptions() {
    if (descriptions == null) {
      descriptions = Descriptions.of(analysis, entities, gazetteer);
    }
    return descriptions;
  }

  /**
   * Whether an actor names several people: "analysts", "Russian soldiers", "the campaign's strategists", "they".
   * The tagger's plural noun ending the mention decides, as a capital letter does not ("Russians").
   */
  private boolean isPlural(Actor actor) {
    String canonical = actor.canonical();
    if (canonical.endsWith("s") && Character.isLowerCase(canonical.charAt(0))) {
      return true;
    }
    TaggedSentence s = analysis.sentenceAt(actor.mention().start());
    int last = s == null ? -1 : s.tokenAt(actor.mention().end() - 1);
    String tag = last < 0 ? "" : s.token(last).tag();
    return tag.equals("NNS") || tag.equals("NNPS")
        || last >= 0 && WORDS.is(PLURAL_PRONOUN, s.token(last).lower());
  }

  /** The latest name of the wanted types before token {@code i} of sentence {@code s}, within reach. */
  private Actor latestName(TaggedSentence s, int i, Set<EntityType> types, Boolean feminine) {
    int offset = s.token(i).start();
    int best = -1; // the last in the recognizer's order, as a reader takes the latest name
    for (int sentence = Math.max(0, s.index() - PRONOUN_REACH); sentence <= s.index(); sentence++) {
      for (int position : entities.positionsIn(sentence)) {
        EntityMention mention = entities.all().get(position);
        if (position > best && mention.span().end() <= offset && types.contains(mention.type())
            && compatible(mention.canonical(), mention.span(), feminine)) {
          best = position;
        }
      }
    }
    EntityMention found = best < 0 ? null : entities.all().get(best);
    return found == null ? null : Actor.of(found.span(), found.canonical(), found.type());
  }

  /**
   * The latest plural name ("Democrats", "House Republicans") before token {@code i} in its sentence or the one
   * before, for a "they" no speaker accounts for: "As Republicans met, they proposed ...". The recognizer names
   * no entity in such words, so the tagger's plural proper noun finds them.
   */
  private Actor latestPluralName(TaggedSentence s, int i) {
    for (int sentence = s.index(); sentence >= Math.max(0, s.index() - 1); sentence--) {
      TaggedSentence t = analysis.sentences().get(sentence);
      for (int k = sentence == s.index() ? i - 1 : t.size() - 1; k >= 0; k--) {
        if (t.token(k).tag().equals("NNPS") && entities.at(sentence, k) == null) {
          int first = k;
          while (first > 0 && t.token(first - 1).isProperNoun() && entities.at(sentence, first - 1) == null) {
            first--;
          }
          return described(t, first, k, EntityType.GROUP);
        }
      }
    }
    return null;
  }

  /**
   * Whether a person can be the antecedent of "she" ({@code feminine}) or "he": no word of the document marks
   * them as the other ("Mr. Trump", "Ms. Warren", "the spokeswoman"); {@code null} asks nothing.
   */
  private boolean compatible(String canonical, TextSpan mention, Boolean feminine) {
    if (feminine == null) {
      return true;
    }
    Boolean known = knownSex(canonical, mention);
    return known == null || known.equals(feminine);
  }

  /** {@code true} for a woman, {@code false} for a man, as the mention or the document tells; {@code null} unknown. */
  private Boolean knownSex(String canonical, TextSpan mention) {
    Boolean known = PersonSex.ofWords(mention.text());
    return known != null ? known : sexes().get(canonical);
  }

  /**
   * The latest person named earlier in the pronoun's own sentence whose sex is known and agrees with it; the
   * pronoun's antecedent in place of a person of unknown sex ("Chris" may be either) that a looser reading chose.
   */
  private Actor knownAgreeingNameBefore(TaggedSentence s, int i, boolean feminine) {
    int offset = s.token(i).start();
    EntityMention found = null;
    for (int position : entities.positionsIn(s.index())) {
      EntityMention mention = entities.all().get(position);
      if (mention.span().end() <= offset && mention.type() == EntityType.PERSON
          && Boolean.valueOf(feminine).equals(knownSex(mention.canonical(), mention.span()))
          && (found == null || mention.span().start() > found.span().start())) {
        found = mention;
      }
    }
    return found == null ? null : Actor.of(found.span(), found.canonical(), found.type());
  }

  /** Persons' sexes as honorifics before their names tell them, or else their given names: canonical name to {@code true} for feminine. */
  private Map<String, Boolean> sexes() {
    if (sexes == null) {
      sexes = new HashMap<>();
      for (EntityMention mention : entities.all()) {
        if (mention.type() != EntityType.PERSON) {
          continue;
        }
        TaggedSentence s = analysis.sentences().get(mention.sentence());
        WordToken before = s.tokenOrNull(s.tokenAt(mention.span().start()) - 1);
        Boolean feminine = before == null ? null : PersonSex.ofWords(before.word());
        if (feminine != null) {
          sexes.putIfAbsent(mention.canonical(), feminine);
        }
      }
      for (EntityMention mention : entities.all()) { // an honorific anywhere in the document outranks a given name
        Boolean feminine = mention.type() == EntityType.PERSON
            ? PersonSex.ofGivenName(List.of(mention.canonical().split("\\s+"))) : null;
        if (feminine != null) {
          sexes.putIfAbsent(mention.canonical(), feminine);
        }
      }
    }
    return sexes;
  }

  private Actor group(TaggedSentence s, Phrase phrase) {
    for (int start = phrase.first(); start <= phrase.first() + 1 && start <= phrase.last(); start++) {
      String words = words(s, start, phrase.last()).toLowerCase(Locale.ROOT);
      Integer size = gazetteer.groupSize(words);
      boolean collective = size != null || gazetteer.speakerNounType(words) == EntityType.GROUP;
      if (collective) {
        ImmutableList<String> members = salientParties();
        if (members.size() < 2) {
          return Actor.of(s.spanOf(text, phrase.first(), phrase.last()), words, EntityType.GROUP);
        }
        return new Actor(s.spanOf(text, phrase.first(), phrase.last()), String.join(" and ", members),
            EntityType.GROUP, members);
      }
    }
    return null;
  }

  /** The two parties (places, organisations, people) the document mentions most. */
  private ImmutableList<String> salientParties() {
    if (salientParties == null) {
      Map<String, Integer> counts = new HashMap<>();
      for (EntityMention mention : entities.all()) {
        EntityType type = mention.type();
        if (type.isPlace() || type == EntityType.ORGANIZATION || type == EntityType.PERSON) {
          counts.merge(mention.canonical(), 1, Integer::sum);
        }
      }
      List<String> ranked = new ArrayList<>(counts.keySet());
      ranked.sort(Comparator.comparing((String name) -> -counts.get(name)).thenComparing(name -> name.toLowerCase(Locale.ROOT)));
      salientParties = ImmutableList.copyOf(ranked.subList(0, Math.min(2, ranked.size())));
    }
    return salientParties;
  }
}
