"""Extraction: an article's text -> event records, sentence by sentence.

In: an Article (events.reading.article), the gazetteer (events.places) and the lexicon
(data/lexicon/, read by ``lexicon``). Out: validated EventRecords, one per event type,
place and day, each with the sentence and span it came from, its evidence, confidence
and notes.

The modules, in the order the steps run:
  report      the shape of a report: headline, furniture, dateline, the day it speaks from
  lexicon     the word lists and patterns of data/lexicon/, checked when loaded
  timex       time expressions and holidays -> dates and ACLED time precision
  actors      who: actors named or described, their ACLED types, their roles in a clause
  triggers    event words in a sentence, and the clauses they sit in
  modality    hypothetical, negated, claimed or denied
  scene       where: the places a clause puts its event at
  casualties  fatalities and injuries as ACLED counts them
  timing      when: the time expression an event takes; background
  classify    what: features, ACLED's codebook, the fitted type model (data/models/)
  candidate   what the per-sentence steps read (ArticleContext) and fill in (Candidate)
  sentence    the per-sentence core: the factual filter, clauses -> Candidates, STEPS -> Drafts
  placing     steps place, fall_back: where
  counting    steps count, fold: casualties; more of an event told before joins it
  dating      step date: when
  kinds       steps kind, cast, qualify: what, who, status and confidence
  counts      counts told apart from their event
  merge       drafts -> one event per type, place and day; headlines folded -> records
  screen      the fitted record screen (data/models/): which records are the report's news
  core        article -> context -> drafts -> records
"""

from events.extraction.core import extract_article
from events.extraction.draft import Draft
from events.extraction.lexicon import Lexicon, load_lexicon

__all__ = ["Draft", "Lexicon", "extract_article", "load_lexicon"]
