"""Extraction: an article's text -> event records, sentence by sentence.

In: an Article (events.reading.article), the gazetteer (events.places) and the lexicon
(data/lexicon/, read by ``lexicon``). Out: validated EventRecords, one per event type,
place and day, each with the sentence and span it came from, its evidence, confidence
and notes.

The modules, in the order the steps run:
  report          the shape of a report: headline, furniture, dateline, the day it speaks from
  lexicon         the word lists and patterns of data/lexicon/, checked when loaded
  prefilter       a quick first-character test before a pattern that scans a whole text
  timex           time expressions and holidays -> dates and ACLED time precision
  actors          who: actors named or described, their ACLED types, their roles in a clause
  triggers        event words in a sentence, and the clauses they sit in
  modality        hypothetical, negated, claimed or denied
  scene           where: the places a clause puts its event at
  casualties      fatalities and injuries as ACLED counts them (the parse); its steps:
    count_numbers, count_grammar, count_kinds, count_patterns, count_told, count_lists,
    count_groups, coder_remarks (a coder's remark in an ACLED note)
  timing          when: the time expression an event takes; background
  what, in steps:
    clause_roles    the clause typed on (Clause): who acted on whom, weapons within it, civilians, force
    codebook_ranks  ACLED's codebook read literally: a class and the rank of the rule that gave it
    clause_features the clause's features, as the fitted model reads them
    type_model      the fitted type model (data/models/): type and sub-type, confidence
    weapon_kinds    weapons named in a text; the sub-event type their delivery gives
  typers          an event typed by the fitted model or by its anchor word; typed again (retype)
  candidate       what the per-sentence steps read (ArticleContext) and fill in (Candidate)
 the article, read once:
  article_places  its places read again: the dateline's town, the country's parts, measured namesakes
  qualifiers      places that say where the place before them lies ("Kupiansk, Kharkiv")
  countries       which country a report is about; towns resolved outside it
  not_scenes      names that set no scene: an actor's alias, a source's seat, a capital speaking
  context         article -> ArticleContext: report, times, actors and parties, places
 sentence by sentence:
  sentence_times  the times and actors a sentence reads; what it hands on to the next (carry)
  sentence        the per-sentence core: factual event words, clauses -> Candidates, STEPS -> Drafts
  not_events      event words that tell no event of their own (a crowd's demand, a figurative clash)
  factuality      the factual filter: not hypothetical, negated, background, a topic or a time
  background      background and habit: what a place has seen, a habit, a kind, a setting, an accident
  talks           what talks were about, a visit at home, a call that is how a source spoke
  clause_tense    clause and tense helpers: a clause's own words, the past tense, the perfect
  placing         step place: the clause's scene
  meetings        where talks were held; how far a weak event word reaches for its place
  scene_checks    scenes checked: namesakes far from the story, reference points, addresses
  place_lists     a list of settlements: one scene each
  fallbacks       step fall_back: regions, anaphors, the capital, an earlier sentence's scene
  home_place      the place a report is about, for a scene the gazetteer lacks
  unknown_scene   a scene the gazetteer lacks, by what the text calls it
  counting        step count: casualties and roles; whether the clause tells a new event or more of one
  told_before     more of the event told just before: a count joins it, force met by a crowd is its
  folding         step fold: an event word with no scene of its own joins the event told before it
  other_events    stretches that tell another event: an earlier one set aside, another incident, mourning
  dating          step date: when
  kinds           steps kind, cast, qualify: what, who, status and confidence
  counts          counts told apart from their event
  per_place       a candidate -> one Draft per place, a count shared out over places
  gapping         a gapped conjunct ("and Tayeh, 21, on Wednesday"): one more event on its own day
  retold          a sentence that retells an event told before: more of it, or its place
  entries         an event log's entry (an ACLED note): one event by construction
  drafting        article -> Drafts: the sentences in order
 the article's events:
  merge           drafts -> one event per type, place and day; its steps:
    same_event      when two drafts tell one event (kind, day, place, a toll told again)
    told_apart      when they do not: another village, an attack's damage, only heard, elsewhere
    one_event       a draft joins the event it retells (merge_pairs): place, date, counts, actors
    headlines       headlines folded into the body's events
  not_news        the report's setting, not its news: loose developments, unplaced, background
  codebook        ACLED's codebook on each event: second actors, claims, the actors' country
  to_record       records made: a merged draft -> one EventRecord
  screen          the fitted record screen (data/models/): which records are the report's news
  extract         article -> drafts -> events -> records (extract_article)
"""

from events.extraction.draft import Draft
from events.extraction.extract import extract_article
from events.extraction.lexicon import Lexicon, load_lexicon

__all__ = ["Draft", "Lexicon", "extract_article", "load_lexicon"]
