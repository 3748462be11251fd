package dev.claimex.quote;

import static dev.claimex.models.WordClass.RELATIVE_PRONOUN;

import dev.claimex.syntax.QuoteTokens;
import dev.claimex.models.WordClasses;
import dev.claimex.syntax.Phrase;

import static dev.claimex.text.DependencyRelation.ACL;
import static dev.claimex.text.DependencyRelation.ADVCL;
import static dev.claimex.text.DependencyRelation.CCOMP;
import static dev.claimex.text.DependencyRelation.COMPOUND;
import static dev.claimex.text.DependencyRelation.CONJ;
import static dev.claimex.text.DependencyRelation.FLAT;
import static dev.claimex.text.DependencyRelation.IOBJ;
import static dev.claimex.text.DependencyRelation.MARK;
import static dev.claimex.text.DependencyRelation.NSUBJ;
import static dev.claimex.text.DependencyRelation.OBJ;

import dev.claimex.text.DependencyTree;
import dev.claimex.text.TaggedSentence;
import dev.claimex.text.WordToken;

/**
 * Reads a report from a sentence's dependency parse: the clause a cue verb governs and the verb's subject. It is
 * the fallback for word orders the rules do not walk, such as a subject with a long aside ("The mayor's aide, who
 * joined in May after years at the court, says the budget is short") or a fronted phrase before an apposition.
 */
public final class ParsedReportReader {

  /** A subject, its reported clause {@code [first, last]}, and the addressee object ("told reporters"), if any. */
  public record ParsedReport(Phrase subject, int first, int last, Phrase object) {}

  /** How far up a chain of coordinated or modifying verbs the subject may stand. */
  private static final int MAX_SHARED_SUBJECT_STEPS = 2;
  private static final WordClasses WORDS = WordClasses.standard();

  private ParsedReportReader() {}

  /** The report of the verb at {@code verb}, or {@code null} when it governs no clause or has no subject. */
  public static ParsedReport read(TaggedSentence s, DependencyTree tree, int verb) {
    int clause = tree.dependent(verb, CCOMP);
    int subjectVerb = subjectVerb(tree, verb);
    if (clause < 0 || subjectVerb < 0) {
      return null;
    }
    Phrase speaker = subjectPhrase(s, tree, subjectVerb, tree.dependent(subjectVerb, NSUBJ));
    if (speaker == null) {
      return null;
    }
    int first = tree.subtreeFirst(clause);
    int last = tree.subtreeLast(clause);
    while (first < last && (leadingThat(s, tree, first) || s.token(first).isPunctuation())) {
      first++;
    }
    while (last > first && s.token(last).isPunctuation()) {
      last--;
    }
    if (QuoteTokens.anyQuoteToken(s, first, last) && !balancedQuotes(s, first, last)) {
      last = closingMarkAfter(s, first, last); // "… reached a “new low.”": the parse leaves the mark to the root
      if (last < 0) {
        return null; // a parse that cuts through a quotation joins words the writer kept apart
      }
    }
    int object = tree.dependent(verb, IOBJ) >= 0 ? tree.dependent(verb, IOBJ) : tree.dependent(verb, OBJ);
    Phrase addressee = object < 0 ? null : new Phrase(s.index(), tree.subtreeFirst(object), object);
    return new ParsedReport(speaker, first, last, addressee);
  }

  /**
   * The verb whose subject speaks: the cue itself, or the verb it is coordinated with or modifies ("The mayor
   * smiled and said …", "The mayor left, saying …").
   */
  private static int subjectVerb(DependencyTree tree, int verb) {
    int v = verb;
    for (int step = 0; step < MAX_SHARED_SUBJECT_STEPS; step++) {
      if (tree.dependent(v, NSUBJ) >= 0) {
        return v;
      }
      if (tree.relation(v) != CONJ && tree.relation(v) != ADVCL || tree.head(v) < 0) {
        return -1;
      }
      v = tree.head(v);
    }
    return tree.dependent(v, NSUBJ) >= 0 ? v : -1;
  }

  private static boolean leadingThat(TaggedSentence s, DependencyTree tree, int i) {
    return tree.relation(i) == MARK && s.token(i).lower().equals("that");
  }

  /**
   * The subject up to its head noun, with the names and compounds after it ("the harbour master Jan Berg" keeps
   * no relative clause or apposition); "who" in "analysts who say" stands for the noun it follows.
   */
  private static Phrase subjectPhrase(TaggedSentence s, DependencyTree tree, int verb, int subject) {
    WordToken word = s.token(subject);
    if (WORDS.is(RELATIVE_PRONOUN, word.lower()) && !word.isPronoun()) {
      int noun = tree.relation(verb) == ACL ? tree.head(verb) : -1;
      return noun < 0 || !s.token(noun).isNoun() ? null : new Phrase(s.index(), tree.subtreeFirst(noun), noun);
    }
    int last = subject;
    for (int d : tree.dependents(subject)) {
      if (d > subject && (tree.relation(d) == FLAT || tree.relation(d) == COMPOUND)) {
        last = Math.max(last, tree.subtreeLast(d));
      }
    }
    return new Phrase(s.index(), tree.subtreeFirst(subject), last);
  }

  /**
   * The closing mark that balances the quotation open at {@code last}, when only punctuation stands between them;
   * otherwise -1.
   */
  private static int closingMarkAfter(TaggedSentence s, int first, int last) {
    for (int i = last + 1; i < s.size() && s.token(i).isPunctuation(); i++) {
      if (QuoteTokens.isQuoteToken(s.token(i)) && balancedQuotes(s, first, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean balancedQuotes(TaggedSentence s, int first, int last) {
    int open = 0;
    for (int i = first; i <= last; i++) {
      WordToken t = s.token(i);
      if (QuoteTokens.isOpeningToken(t)) {
        open++;
      } else if (QuoteTokens.isClosingToken(t)) {
        if (--open < 0) {
          return false;
        }
      }
    }
    return open == 0;
  }
}
