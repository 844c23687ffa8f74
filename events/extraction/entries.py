"""An event log's entry (an ACLED note): one paragraph opening on its date, one event by
construction, read again when no clause told it; the coder's remark on its count."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.candidate import ArticleContext
from events.extraction.casualties import Casualties, spread
from events.extraction.coder_remarks import coder_remark
from events.extraction.draft import Draft
from events.extraction.lexicon import Lexicon, Trigger
from events.extraction.sentence import sentence_drafts
from events.extraction.sentence_times import sentence_actors, sentence_times
from events.extraction.timex import YEAR
from events.extraction.triggers import Hit, clause_of, clauses

ENTRY_DATE_WITHIN = 25  # characters: an event log's entry opens on its date


ENTRY_CONFIDENCE = 0.7  # an entry's event read with every event word taken as told


ENTRY_GAP = re.compile(r"[\s,)]*")  # between an entry's opening date and its first clause


WORD = re.compile(r"[^\W\d_]{2,}")


# what stands for the event of an entry with no event word: the model types it
ENTRY_TRIGGER = Trigger("entry", re.compile(r"(?!)"), "Strategic developments", "Other", weight=0.5)


def dated_entry(ctx: ArticleContext) -> bool:
    """An entry of an event log (an ACLED note): one paragraph, no headline, opening on its
    calendar date ("On 9 May 2023, ...", "Around 15 January 2023 ...", "04 January."; not "On
    Monday, ..." nor a year alone)."""
    if ctx.report.headline is not None or len({s.paragraph for s in ctx.sentences}) != 1:
        return False
    # (after the coder's label, if the note opens with one: "Non-violent transfer of territory: On ...")
    label = ctx.lexicon.note_label.match(ctx.text)
    opens = label.end() if label else 0
    return any(t.start < opens + ENTRY_DATE_WITHIN and t.precision < YEAR
               and any(c.isdigit() for c in t.expression) for t in ctx.times)  # fmt: skip


def entry_drafts(ctx: ArticleContext) -> list[Draft]:
    """An entry tells one event by construction. When no clause of it was read as telling
    one (a weak event word with no place beside it, an event told as reported or as "had"),
    its first sentence with event words is read again with every word taken as told and any
    place of its clause as the scene; when it has no event word at all, its first clause
    after the date stands for the event and the type model reads it from its other words
    and its actors. The notes say which; the confidence is lowered."""
    told = next((k for k, hits in enumerate(ctx.sentence_hits) if hits), None)
    if told is not None:
        return _as_entry(ctx, told, "no clause of it was told as a new event")
    opening = [t.end for t in ctx.times if t.start < ENTRY_DATE_WITHIN]
    for index, sentence in enumerate(ctx.sentences):  # the first words told after the date
        start = ENTRY_GAP.match(ctx.text, max(opening, default=0)).end() if index == 0 else sentence.start
        if start >= sentence.end or not WORD.search(ctx.text, start, sentence.end):
            continue  # "04 January." alone: the event is told in the next sentence
        end = clause_of(start, clauses(sentence))[1]
        if end <= start or not WORD.search(ctx.text, start, end):
            end = sentence.end
        ctx.sentence_hits[index] = [Hit(start, end, ENTRY_TRIGGER)]
        return _as_entry(ctx, index, "no event word in it; its first clause is the event")
    return []  # a date and nothing told after it


def _as_entry(ctx: ArticleContext, index: int, why: str) -> list[Draft]:
    """The entry's sentence read again as its first reading began, dated by its opening date:
    nothing carried over from the sentences after it, every event word taken as told."""
    sentence = ctx.sentences[index]
    times, actors = sentence_times(ctx, sentence), sentence_actors(ctx, sentence)
    ctx.lede_time = ctx.paragraph_actor = ctx.speaker = None
    # the entry's opening date dates it ("04 January. Unidentified men burned ...")
    ctx.paragraph_time = next((t for t in ctx.times if t.start < ENTRY_DATE_WITHIN), None)
    ctx.entry = True
    try:
        drafts = sentence_drafts(ctx, index, times, actors) or []
    finally:
        ctx.entry = False
    drafts = [d for d in drafts if d.trigger is drafts[0].trigger]  # its first event word's: one event
    for draft in drafts:
        draft.confidence = round(draft.confidence * ENTRY_CONFIDENCE, 3)
        draft.notes.append(f"Read as the entry's event: {why}.")
    return drafts


def coded_counts(drafts: list[Draft], text: str, lexicon: Lexicon) -> None:
    """A coder's remark on the count in an event log's entry ("Unclear fatalities coded as
    10", "Fatalities split between 2 events") is the entry's count, over what its sentences
    tell."""
    count, parts, span = coder_remark(text, lexicon.casualties)
    if span is None:
        return
    for draft in drafts:
        fatalities = draft.casualties.fatalities if count is None else count
        # (a total the text already shared over as many places as the remark's events is shared once:
        # "8 Taliban militants were killed ... in Shah Wali Kot and Maywand districts. Fatalities are
        # split across 2 events (4)")
        if parts and fatalities and not (count is None and draft.shared == parts):
            fatalities = spread(Casualties(fatalities, None), parts)[0].fatalities
        if fatalities != draft.casualties.fatalities:
            draft.casualties = replace(draft.casualties, fatalities=fatalities)  # the remark: evidence
            draft.spans.append(span)
            draft.notes.append(f"Fatalities as the entry's coder gave them: '{text[span[0] : span[1]]}'.")
