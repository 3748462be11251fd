package dev.claimex.models;

/**
 * A closed class of words a rule asks about, kept as one row of {@code lexicon/words.tsv} in
 * {@code claimex-models}; {@link WordClasses} holds the members.
 *
 * <pre>{@code
 * WordClasses words = WordClasses.standard();
 * words.is(WordClass.WEEKDAY, token.lower());        // "monday" -> true
 * words.is(WordClass.COPULA, token.key());           // matched on the lemma: "remained" -> "remain" -> true
 * }</pre>
 *
 * <p>Each constant says what its words are for; the row's note says whether the members are lower-cased words,
 * lemmas or tokens as written.
 */
public enum WordClass {

  // Articles, determiners and quantifiers

  /** Articles, skipped before the head of a noun phrase: "the", "a", "an". */
  ARTICLE,
  /** Indefinite articles: "a", "an". */
  INDEFINITE_ARTICLE,
  /** Words after a comma that open the writer's comment on the clause before: ", a move that ...". */
  COMMENT_OPENER,
  /** Demonstratives: "this", "that", "these", "those". */
  DEMONSTRATIVE,
  /** Determiners that stand alone as a noun phrase: "denies this", "rejected both". */
  STANDALONE_DETERMINER,
  /** Words the tagger may not tag DT that still belong to a noun phrase: "both parties". */
  NOUN_PHRASE_DETERMINER,
  /** Quantifiers that stand alone as a subject of people: "Some say", "Many argue". */
  QUANTIFIER_SUBJECT,
  /** Quantities that name part of a group with "of": "many of her supporters", "half of respondents". */
  PARTITIVE,
  /** Quantities before "of" that open a noun phrase, of a group or of a mass: "much of the budget". */
  PARTITIVE_QUANTIFIER,
  /** Two-word quantifiers before a number, part of the noun phrase: "at least 40". */
  NUMBER_QUANTIFIER,
  /** Denominators of a share of respondents: "one in three", "nine out of 10". */
  SMALL_DENOMINATOR,

  // Pronouns

  /** Singular subject pronouns, which show a base-form verb as a subjunctive: "that she get". */
  THIRD_PERSON_SINGULAR,
  /** Pronouns that stand for one person: "he", "her". */
  PERSON_PRONOUN,
  /** Pronouns that stand for a woman: "she", "her". */
  FEMININE_PRONOUN,
  /** Pronouns that stand for a group: "they", "them". */
  PLURAL_PRONOUN,
  /** First-person subject pronouns, the speaker's own inside a quotation: "I", "we". */
  FIRST_PERSON_SUBJECT,
  /** Personal pronouns that can stand for a speaker ("you", "me" and "us" cannot). */
  SPEAKER_PRONOUN,
  /** Pronouns that may follow a reporting verb as its subject: "“...,” said he". */
  PERSONAL_SUBJECT_PRONOUN,
  /** Pronouns that name no one the text identifies: "you", "me", "us". */
  UNRESOLVABLE_PRONOUN,
  /** Subjects that name no party, never an antecedent: "Nobody asked ...". */
  NO_ONE,
  /** First words of an agent that is nobody in particular: "a", "any", "anyone", "all": "Anyone who would ...". */
  NON_SPECIFIC_WORD,
  /** Nouns for the kind of body a name before them names: "the Green Roots group". */
  ORGANIZATION_KIND,
  /** Object pronouns of people, which may end a modifier of a subject: "a source close to him". */
  OBJECT_PRONOUN,
  /** Possessives that name the speaker of a cue noun: "his warning", "their demand". */
  THIRD_PERSON_POSSESSIVE,
  /** Verbs of a need that demand only when someone is required to act: "required the ministry to publish". */
  REQUIREMENT_VERB,
  /** First words of a description, not a name, however capitalised: "The woman", "His ex-wife". */
  DESCRIPTION_OPENER,
  /** Reflexive pronouns: "himself", "themselves". */
  REFLEXIVE_PRONOUN,
  /** Subjects after which "'s" before a participle is "is" or "has", not a possessive: "he's been". */
  CONTRACTING_SUBJECT,

  // Relative words, conjunctions and the words that open clauses

  /** Relative pronouns that can be the subject of their clause: "who", "which", "that". */
  RELATIVE_PRONOUN,
  /** Wh- relative pronouns, never a complementizer or a demonstrative: "who", "whom", "whose", "which". */
  WH_RELATIVE,
  /** Relative pronouns after a name whose clause describes the person: ", who had trailed", ", whose son". */
  PERSON_RELATIVE,
  /** Relative words that, after a comma, open a clause describing what comes before: ", where she grew up". */
  RELATIVE_OPENER,
  /** Conjunctions that open an adverbial clause: "Although he said ..., the budget ...". */
  SUBORDINATOR,
  /** Concessions, which after a comma leave a reported clause: ", though ...". */
  CONCESSION,
  /** Conjunctions of contrast, which may end reported content: "..., while the council denies this". */
  CONTRAST_SUBORDINATOR,
  /** Concessions and contrasts after a comma-closed quotation, which open the writer's words. */
  CONCESSIVE,
  /** Words before a fronted hedge whose clause ends at its comma: "When asked about the tax, she laughed". */
  FRONTING_SUBORDINATOR,
  /** Conjunctions that, after "..., he said,", open a clause about the saying: ", as the vote began". */
  ADJUNCT_SUBORDINATOR,
  /** Words that open an adjunct of the reporting event, not part of a phrasal content: "during a visit". */
  EVENT_ADJUNCT_OPENER,
  /** Words before the speaker of a quotation that put its report inside another clause: "that while he fears". */
  SPEAKER_SUBORDINATOR,
  /** Words that open a clause inside a noun phrase ("the report that ... was"), after which verbs belong to it. */
  NOUN_CLAUSE_OPENER,
  /** Words after a comma that open a clause of their own, where reported content or a list ends. */
  COMMA_CLAUSE_OPENER,
  /** Words after a comma that end a list rather than add an item to it: ", and ...", ", which ...". */
  LIST_ENDING_WORD,
  /** Words after a report noun that open an embedded question: "questions about whether ..." (not "which"). */
  NOUN_QUESTION_WORD,
  /** Words that open an embedded question as a verb's content: "told reporters how surprised he was". */
  EMBEDDED_QUESTION_WORD,
  /** Words skipped after an impersonal hedge before its content: "It seems as if ...". */
  HEDGE_COMPLEMENTIZER,
  /** Coordinators that join a new clause or predicate: "..., but officials said" ("or" joins alternatives). */
  CLAUSE_COORDINATOR,
  /** Coordinating conjunctions: "and", "but", "or", "yet". */
  COORDINATOR,
  /** Conjunctions that close a list: "and", "or". */
  LIST_CONJUNCTION,
  /** Conjunctions that may open a sentence before a fronted clause: "But as the minister noted, ...". */
  OPENING_CONJUNCTION,

  // Time

  /** Days of the week. */
  WEEKDAY,
  /** Days named from today: "today", "yesterday", "tonight". */
  RELATIVE_DAY,
  /** A day named without a date, where a noun-phrase content ends: "condemned the attack on Friday". */
  DAY_NAME,
  /** Months (the call site tells "May" from "may" by its tag). */
  MONTH,
  /** Spans of the calendar that "last", "this" or "next" name: "week", "weekend", "month", "year". */
  CALENDAR_UNIT,
  /** Parts of a day: "morning", "night". */
  DAY_PART,
  /** Seasons. */
  SEASON,
  /** Periods after "last", "this" or "next" that end a noun-phrase content: "praised the plan last week". */
  TIME_PERIOD,
  /** Words that modify a time word: "last week", "late Tuesday". */
  TIME_MODIFIER,
  /** Determiners of a period between a subject and its verb: "The minister last week said". */
  PERIOD_DETERMINER,
  /** Periods a determiner names between a subject and its verb: "The minister last week said". */
  PERIOD_NOUN,
  /** Time words that stand alone between a subject and its verb: "Mugabe today accused". */
  TIME_ADVERB,
  /** Time words that make an adjunct of time: "praised the council on Monday". */
  TIME_WORD,
  /** Time words a trailing cue may take without an object: "he said last week", "she said the next day". */
  TRAILING_TIME_WORD,
  /** Words of a stretch of time after "for": "for two decades". */
  DURATION_WORD,
  /** Times of day named by a word: "noon", "midnight". */
  CLOCK_WORD,

  // Verbs, modals and negation

  /** Auxiliary verbs (lemmas): "be", "have", "do". */
  AUXILIARY,
  /** Auxiliaries of a passive (lemmas): "was arrested", "got arrested". */
  PASSIVE_AUXILIARY,
  /** Linking verbs (lemmas), whose complement describes the subject: "remain", "seem". */
  COPULA,
  /** Words that may stand in a verb group between a subject and its main verb: "has also repeatedly said". */
  VERB_GROUP_WORD,
  /** Modals that tell their subject what to do: "must", "should", "ought". */
  DIRECTIVE_MODAL,
  /** Forms of "have to" and "need to", which before "to" tell their subject what to do. */
  NECESSITY_VERB,
  /** Modals of the future: "will", "'ll", "wo" (of "won't"). */
  FUTURE_MODAL,
  /** Verbs of a state or a thought, no act: "said he would be on vacation", "would consider" commit to nothing. */
  NON_ACT_VERB,
  /** Verbs of belief: "I think I will win" forecasts, it commits to nothing. */
  BELIEF_VERB,
  /** Adjectives that commit their subject to an act: "is ready to talk". */
  WILLINGNESS_ADJECTIVE,
  /** Verbs (lemmas) that make the noun after them their subject's act: "issued a warning", "made a promise". */
  LIGHT_VERB,
  /** Light verbs that make a speech cue noun the subject's own words: "voiced concern that ...". */
  SPEECH_LIGHT_VERB,
  /** Light verbs that make a cue noun of an act or commitment the subject's own: "broke a promise". */
  ACT_LIGHT_VERB,
  /** Verbs of getting or having support, whose "of" phrase names the supporter: "won the backing of the union". */
  RECEIVING_VERB,
  /** Verbs whose subject owns the commitment or view after them: "we have a commitment to ...". */
  HOLDING_VERB,
  /** Verbs (lemmas) whose object an adjective after it judges: "considers the demand non-negotiable". */
  JUDGING_VERB,
  /** Verbs (lemmas) that put out a text, whose subject speaks through it: "issued a statement saying". */
  ISSUING_VERB,
  /** Verbs (lemmas) that undo a harmful act named after them: "lift sanctions". */
  REVERSAL_VERB,
  /** Words (lemmas) of refusing: a refusal happened, a rejection of what follows ("refused to resign"). */
  REFUSAL_WORD,
  /** Verbs (lemmas) that make a harmful noun after them the act committed to: "launch a crackdown". */
  HARM_SUPPORT_VERB,
  /** Nouns (lemmas) whose naming as its object makes a harmful verb an undertaking: "fight hunger". */
  HARMLESS_OBJECT,
  /** Words (lemmas) of failing or refusing, which turn a commitment around: "failed to pay". */
  FAILURE_WORD,
  /** Words (lemmas) of endorsing, whose refusal withholds support: "refused to endorse", "declined to back". */
  ENDORSEMENT_WORD,
  /** Verbs (lemmas) of rejecting or denying, whose negation negates a rejection: "will not rule out". */
  REJECTION_VERB,
  /** Particles of a phrasal verb: "called on", "set out". */
  VERB_PARTICLE,
  /** Adverbs of how well someone is known, not a content: "knows her well". */
  ACQUAINTANCE_ADVERB,
  /** Negations of a verb: "not", "n't", "never". */
  NEGATION,
  /** Negations of a verb or of the noun after them: "no sanctions". */
  NEGATIVE_WORD,

  // Prepositions and complements

  /** Prepositions after which a cue's content is a phrase: "accused the mayor of lying". */
  CONTENT_PREPOSITION,
  /** Prepositions of an adjunct between a cue and its content: "said on Tuesday that". */
  ADJUNCT_PREPOSITION,
  /** Prepositions that attach a phrase to the noun before them: "support for the plan". */
  NOUN_MODIFYING_PREPOSITION,
  /** Prepositions that attach a modifier to a subject: "a lawyer for the family". */
  SUBJECT_ATTACHING_PREPOSITION,
  /** Prepositions that attach a modifier to a subject named after its verb: "said an aide to the senator". */
  POSTPOSED_SUBJECT_PREPOSITION,
  /** Words that join two nouns into one name: "Bank of England", "Procter &amp; Gamble". */
  NOUN_LINK,
  /** Prepositions that place part of a group: "many in the crowd". */
  GROUP_PREPOSITION,
  /** Prepositions that open an aside between a subject and its verb: "Smith, like many, said". */
  ASIDE_PREPOSITION,
  /** Prepositions that open a participle clause: "After thanking the crowd, ...". */
  PARTICIPLE_PREPOSITION,
  /** Participles that open a list rather than a clause: ", including two ministers". */
  LIST_OPENER,
  /** What may follow a cue noun without a speaker for it to be a speech act: "a request to", "threats that". */
  NOUN_CUE_COMPLEMENT,
  /** What follows a passive judging cue for it to judge: "was accused of", "was criticised over". */
  PASSIVE_CUE_COMPLEMENT,
  /** What opens the message a passive cue reports, after its agent: "was urged by the council to". */
  PASSIVE_MESSAGE_OPENER,

  // Tokens that open clauses and set text off

  /** Tokens before a participle cue that open a clause of the main subject: "..., urging", "by vowing". */
  PARTICIPLE_CLAUSE_OPENER,
  /** Dashes standing alone as tokens, a hyphen between spaces included: "Ann Park - a lawyer - said". */
  DASH,
  /** Marks before a quotation that set it off from the words before it: a dash, "(", ":". */
  SET_OFF_MARK,

  // Nouns

  /** Messages through which their issuer speaks: "issued a statement calling for ...". */
  MESSAGE_NOUN,
  /** Gatherings where things are said: "at a rally" is the event's adjunct, "at the border" is not. */
  SPEECH_EVENT,
  /** Where words appear, an adjunct of the saying: "in an interview", "in a new ad". */
  SPEECH_MEDIUM,
  /** Documents that measure opinion and speak through "In the latest poll, ...". */
  POLL_NOUN,
  /** Words that make a number a share of a population: "44 percent back the plan" reports a survey, not an act. */
  SHARE_WORD,
  /** Verbs that ask a question as readily as they ask for an act: "asked whether" is no appeal. */
  QUESTION_VERB,
  /** Words that open what a question is about: "asked <i>about</i> the vote", "asked <i>whether</i> ...". */
  QUESTION_OPENER,
  /** Verbs of asking that are an appeal only with an act asked for: "asked them to leave", not "asked a bear". */
  REQUEST_FOR_ACT_VERB,
  /** What follows a request for an act: "asked <i>to</i> leave", "asked <i>for</i> help", "asked <i>that</i> ...". */
  REQUEST_COMPLEMENT,
  /** Verbs that demand with a subjunctive and assert with a fact: "insisted that wages be raised" / "that he was right". */
  FACT_OR_DEMAND_VERB,
  /** Verbs of blame: an accusation of a party, a statement when the blamed is a thing ("blamed the weather"). */
  BLAME_VERB,
  /** Verbs of fear: a warning of a harm to come, not when the feared is a party ("fears God"). */
  FEAR_VERB,
  /** Verbs of telling a reporter something: "refused to speculate", "declined to comment" reject no proposal. */
  WITHHELD_SPEECH_VERB,
  /** What one takes rather than agrees to: "accepted donations", "accepted the award" make no AGREEMENT. */
  TAKEN_THING,
  /** Words that open a clause fronted before the main clause of a content: "Whether they know it or not, ...". */
  FRONTED_CLAUSE_OPENER,
  /** Verbs of need, whose subject is as often a thing as an agent: "the plan requires approval" demands nothing. */
  NEED_VERB,
  /** Bodies of people and documents that speak for them: "the union", "the report"; other inanimate subjects act not. */
  COLLECTIVE_AGENT,
  /** What is granted or refused: "denied them entry" refuses, it denies no claim. */
  ACCESS_NOUN,
  /** Intentions and hopes: the act in their infinitive is not performed ("plans to discuss trade"). */
  INTENTION_VERB,
  /** Words opening a clause whose act is only supposed or asked about: "if he refuses", "whether she could sign". */
  SUPPOSING_SUBORDINATOR,
  /** Words opening a clause of what happens whenever something does: "when veterans ask for help". */
  HABITUAL_SUBORDINATOR,
  /** Present-tense verbs a title-cased headline writes between two names: "Christie Calls Clinton ...". */
  HEADLINE_VERB,
  /** Wrongs one commits: "committed suicide", "commit a crime" promise nothing. */
  WRONGDOING_NOUN,
  /** Verbs of wrongdoing: a content whose subject does one ("the agency mishandled the case") accuses it. */
  WRONGDOING_VERB,
  /** Honorifics and nouns that mark a woman: "Ms.", "spokeswoman". */
  FEMININE_WORD,
  /** Honorifics and nouns that mark a man: "Mr.", "spokesman". */
  MASCULINE_WORD,
  /** Words of a report that is a thought, not speech: "believe", "confident", "view". */
  THOUGHT_WORD,
  /** Verbs by which data or a document attest something: "the poll found", "the footage showed". */
  EVIDENCE_VERB,
  /** Conjunctions that open a clause of reason or time, which ends a noun-phrase content: "because", "after". */
  REASON_OR_TIME_SUBORDINATOR,
  /** Nouns that praise the one they name: "called him a genius". */
  PRAISE_NOUN,
  /** Documents that speak for whoever wrote them: "Ruiz's tweet said" is Ruiz speaking. */
  AUTHORED_DOCUMENT,
  /** Honorifics: how to address a person ("Ms. Reed"), not a role a later description can name. */
  HONORIFIC,
  /** Given names borne mostly by women: "Hillary" in "Hillary Reed" tells "she" may stand for her. */
  FEMININE_GIVEN_NAME,
  /** Given names borne mostly by men: "Donald" in "Donald Reed" tells "she" does not stand for him. */
  MASCULINE_GIVEN_NAME,
  /** Capitalised labels of a page's furniture or a headline's kicker, not of a speaker: "UPDATE: ...". */
  EDITORIAL_LABEL,
  /** Words a title leaves in lower case: "Meet the Press". */
  TITLE_SMALL_WORD,

  // Page furniture: function words, credits, letters

  /** The commonest English words, about a third of the words of English prose. */
  FUNCTION_WORD,
  /** Words that credit boilerplate adds around an outlet name: "for more on this story", "reports". */
  CREDIT_BOILERPLATE,
  /** Labels that, with a colon, introduce a credit whatever follows: "Photo:". */
  CREDIT_LABEL,
  /** Words that, with "by", introduce a credit: "Reporting by". */
  CREDIT_BY,
  /** A letter's closing formula before the signature: "Best regards,". */
  LETTER_CLOSING,
  /** Capitalised words that start a new sentence after a dash that breaks off speech: "— See, now ...". */
  SPEECH_RESTART,
  /** Speech verbs of a short tag after a quoted question or exclamation: "“Why wait?” Lee asked.". */
  QUOTATION_TAG_VERB,
  /** Verbs of going somewhere, whose "to" place may be followed by why: "took to Twitter to say". */
  GOING_VERB,
  /** Verbs of phase before a gerund, whose subject does the gerund's act: "began calling for", "kept insisting". */
  ASPECT_VERB,
  /** Words after a comma that go on to list what a noun phrase holds: ", including ...". */
  INCLUSION_WORD,
  /** One-word answers a saying verb reports: "said no". */
  ANSWER_WORD,
  /** Domain endings, in title case, that continue a web address after a full stop: "Newsfeed.Com". */
  TOP_LEVEL_DOMAIN,

  // Abbreviations whose full stop ends no sentence

  /** Abbreviated titles: "Lt. Gen. Hassan", "St. John's". */
  TITLE_ABBREVIATION,
  /** Abbreviations in place names: "Mt. Kenya", "Park Ave.". */
  PLACE_ABBREVIATION,
  /** Abbreviated months: "Jan.", "Sept.". */
  MONTH_ABBREVIATION,
  /** Abbreviated days of the week: "Tue.", "Thurs.". */
  WEEKDAY_ABBREVIATION,
  /** Abbreviations whose full stop ends no sentence before a capitalised word: "Gen. Hassan". */
  ABBREVIATION_BEFORE_CAPITAL,
  /** Abbreviations whose full stop ends no sentence before a number: "No. 10", "c. 1818". */
  ABBREVIATION_BEFORE_NUMBER,
  /** Abbreviations whose full stop ends no sentence before a lower-case word: "et al. argued". */
  ABBREVIATION_BEFORE_LOWER_CASE,
  /** A word before a condition marker that makes it a concession: "even if the talks fail". */
  CONCESSIVE_INTENSIFIER,
  /** What follows an elliptical "if" that states no condition: "few, if any, will vote". */
  ELLIPTICAL_IF_WORD,
  /** Verbs whose "if" clause is what is asked or wished, not a condition: "asked if", "would prefer if". */
  WHETHER_IF_VERB,
  /** What a reporter asks a source for, after a request noun: "did not respond to requests for comment". */
  REPORTER_REQUEST,

  // Evaluation that a content carries
  /** Adjectives that judge badly: a statement whose content says "absurd", "shameful" is a criticism. */
  DISAPPROVAL_ADJECTIVE,
  /** Nouns that judge badly: a statement whose content calls someone "a bully", something "a farce". */
  DISAPPROVAL_NOUN,
  /** Adjectives that praise: a statement whose content says "brilliant", "courageous" is a support. */
  PRAISE_ADJECTIVE,
  /** Subjects that include the audience: "we must", "everyone should" call on a group to act together. */
  COLLECTIVE_SUBJECT,
  /** Particles that turn "back" into a retreat: "backed away from", "backed down". */
  RETREAT_PARTICLE,
  /** Verbs of offering, whose object decides whether anything is promised. */
  OFFER_VERB,
  /** What one offers by speaking: "offered advice", "offered his thoughts" promise nothing. */
  OFFERED_WORDS,

  // Cue words in another sense

  /** Cue verbs that also name an act of force: "attacked an army convoy", "defended the bridge", "blasted a tunnel". */
  ARMED_ACT_VERB,
  /** Physical targets of force: "attacked a convoy", "defended the bridge", "blasted a tunnel". */
  PHYSICAL_TARGET,
  /** Cue verbs that also move or set a machine: "backed the lorry", "turned down the heating". */
  OPERATING_VERB,
  /** Vehicles and devices: "backed the lorry", "turned down the heating". */
  OPERATED_THING,
  /** Cue verbs that also let in a score: "conceded two goals". */
  SCORING_VERB,
  /** Scores in a game: "conceded two goals", "conceded a penalty". */
  SCORE_NOUN,
  /** Cue verbs that also mean to be pregnant: "expecting her second child". */
  PREGNANCY_VERB,
  /** A child to be born: "expecting a baby", "expecting twins". */
  OFFSPRING_NOUN,
  /** Cue verbs that are also acts of police on a person: "questioned two suspects", "cited the driver for speeding". */
  QUESTIONING_VERB,
  /** People whom police question or cite: "questioned two suspects", "cited the driver". */
  HELD_PERSON,
  /** Cue verbs that also mean to count again: "recounted the ballots". */
  RECOUNT_VERB,
  /** What is counted again in an election: "recounted the ballots". */
  BALLOT_NOUN,
  /** Cue words that also name a body's rejection of a transplant: "rejected the new kidney". */
  TRANSPLANT_REJECTION_CUE,
  /** Organs and grafts a body rejects: "rejected the new kidney". */
  TRANSPLANT_NOUN,
  /** Cue nouns that also name a purchase or a market: "demand for gas", "an order for 30 jets". */
  MARKET_NOUN_CUE,
  /** Goods bought and sold: "demand for gas", "an order for jets". */
  COMMODITY_NOUN,
  /** Cue verbs that also pass a sentence: "condemned the two men to death". */
  SENTENCING_VERB,
  /** What someone is condemned to: "to death", "to 20 years", "to life in prison". */
  PUNISHMENT_NOUN,
  /** Cue verbs that also mean to telephone: "called the governor on Sunday night". */
  PHONING_VERB,
  /** Cue verbs that also mean to fire: "dismissed its coach". */
  DISMISSAL_VERB,
  /** People who hold a post: "dismissed its coach". */
  POST_HOLDER,
  /** Cue verbs that also mean to let in: "admitted forty patients". */
  ADMITTING_VERB,
  /** People let in: "admitted forty patients". */
  ADMITTED_PERSON,
  /** Cue verbs that also record a result: "posted a record loss". */
  RESULT_POSTING_VERB,
  /** Financial results: "posted a record loss". */
  FINANCIAL_RESULT,
  /** Cue verbs that also mean to keep a rule: "observe the speed limit". */
  OBSERVING_VERB,
  /** Rules and customs kept: "observe the speed limit", "observed a minute's silence". */
  OBSERVED_RULE,
  /** Cue verbs that also mean to compete: "contending for the title". */
  COMPETING_VERB,
  /** Cue verbs that also acquire a skill: "learned to live with drought". */
  SKILL_VERB,
  /** Cue verbs that also cast an image: "projected images onto a wall". */
  PROJECTING_VERB,
  /** What one projects onto a surface: "projected images". */
  PROJECTED_IMAGE,
  /** Cue verbs that also report a symptom: "complained of chest pain". */
  COMPLAINING_VERB,
  /** Symptoms: "complained of chest pain". */
  SYMPTOM_NOUN,
  /** Cue verbs that also mean to curse: "swore at the referee". */
  CURSING_VERB,
  /** Cue verbs that also mean to commemorate: "remember the victims". */
  COMMEMORATING_VERB,
  /** The dead commemorated: "remember the victims". */
  COMMEMORATED,
  /** Cue verbs that also mean to rush at: "charged the crowd with batons". */
  CHARGING_VERB,
  /** Weapons of a charge: "charged the crowd with batons". */
  WEAPON_NOUN,
  /** Cue verbs that also mean to go back along a path: "backtrack two kilometres". */
  RETRACING_VERB,
  /** Distances: "backtrack two kilometres". */
  DISTANCE_NOUN,
  /** Cue verbs that also report goods to customs: "declare any cash". */
  CUSTOMS_DECLARING_VERB,
  /** What one declares to customs: "declare any cash". */
  DECLARED_GOODS,
  /** Cue verbs that also exercise power: "asserted his authority". */
  ASSERTING_VERB,
  /** Power exercised: "asserted his authority". */
  AUTHORITY_NOUN,
  /** Cue verbs that also mean to write one's name on a thing: "signed the book of condolence". */
  AUTOGRAPH_VERB,
  /** Keepsakes signed: "signed the book of condolence", "signed a shirt". */
  SIGNED_KEEPSAKE,
  /** Words that make a cue noun a record of accounts: "financial statements", "a bank statement". */
  ACCOUNTS_MODIFIER;
}
