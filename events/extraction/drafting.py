"""Article -> Drafts: the sentences in order, each one's drafts (sentence.sentence_drafts), the
counts, days and places it adds to the events told before it, the lede's time; then an event
log's entry, the drafts typed again and placed by the report's opening."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.candidate import ArticleContext, Typer, retold_subject
from events.extraction.context import article_context
from events.extraction.counts import attach_counts
from events.extraction.dating import date_named_event, date_told_event, in_relative_clause
from events.extraction.draft import VIOLENT, Draft
from events.extraction.entries import coded_counts, dated_entry, entry_drafts
from events.extraction.lexicon import Lexicon
from events.extraction.not_news import context_development
from events.extraction.other_events import earlier_aside
from events.extraction.retold import place_told_event, told_again
from events.extraction.sentence import sentence_drafts
from events.extraction.sentence_times import (
    carry,
    day_of_what_came_before,
    no_day_of_its_own,
    sentence_actors,
    sentence_times,
)
from events.extraction.timing import is_past
from events.extraction.typers import retype
from events.places import Gazetteer
from events.reading.article import Article
from events.reading.text import Sentence, typeset

LEDE_PARAGRAPHS = 2  # paragraphs counted from 0 (the headline's): the first time told with event words
# in the body of these is the story's day


def typeset_article(article: Article) -> Article:
    """The article as the readers see it (text.typeset); records quote the article as given."""
    text = typeset(article.text)
    return article if text == article.text else replace(article, text=text)


# "so far" alone, with no span it counts over ("so far this year", "since the war began")
SO_FAR = re.compile(r"so\s+far", re.I)


def _toll_so_far(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A count told "so far" and no other background ("Five people have reportedly been injured so far"):
    the toll of the event told before up to now, not a campaign's."""
    found = [m.group() for text in (ctx.undated_text, ctx.text)
             for m in ctx.lexicon.background.finditer(text, sentence.start, sentence.end)]  # fmt: skip
    return bool(found) and all(SO_FAR.fullmatch(f) for f in found)


def article_drafts(
    article: Article, gazetteer: Gazetteer, lexicon: Lexicon, typer: Typer | None = None
) -> list[Draft]:
    article = typeset_article(article)
    ctx = article_context(article, gazetteer, lexicon, typer)
    report = ctx.report
    for index, sentence in enumerate(ctx.sentences):
        if sentence.paragraph != ctx.paragraph:
            # Time is read per paragraph; the last armed actor carries on through the
            # article (news names the attacker once, then omits it). A list's items are one
            # paragraph: its first item's day dates the items after it.
            ctx.paragraph = sentence.paragraph
            if not _list_goes_on(article.text, sentence.start):
                ctx.paragraph_time = None
        times, actors = sentence_times(ctx, sentence), sentence_actors(ctx, sentence)
        new = sentence_drafts(ctx, index, times, actors)
        aside = earlier_aside(ctx, index)  # "came after a bombing last month that killed 12": not its count
        if new is None:  # a count with no event word told as happening ("No one was hurt.")
            new = []
            # not a background toll ("more than 1,000 homicides so far this year"; but "Five people have
            # been injured so far" after a strike is its toll up to now)
            if not ctx.background(sentence.start, sentence.end) or _toll_so_far(ctx, sentence):
                attach_counts(
                    ctx.drafts, sentence, lexicon, ctx.places, ctx.qualifiers, gazetteer, article.text, aside
                )
        # "the hospital was hit on Friday", "The violence erupted on Sunday": no event of its own
        retold = retold_subject(lexicon.retelling, sentence.text)[1] is not None
        # (a retelling after a source's "said" joins the event told, but dates nothing of old)
        said = retold or retold_subject(lexicon.retelling, sentence.text, said=True)[1] is not None
        if said and new and told_again(ctx, sentence, ctx.sentence_hits[index], new):
            new = []  # "The latest fighting took place at Al-Kasarah": the event just told, placed
        if not new and (ctx.sentence_hits[index] or retold):
            # "The attack took place last January" (not "The raid came after a bombing last month that
            # killed 12": that earlier event's day)
            own = [t for t in times if aside is None or not aside[0] <= t.start < aside[1]]
            hits = ctx.sentence_hits[index]
            talks = bool(hits) and all(h.trigger.event_type == "Diplomacy" for h in hits)
            kinds = frozenset(h.trigger.event_type for h in hits if h.trigger.event_type in VIOLENT)
            date_told_event(ctx, sentence, own, old=retold, talks=talks, kinds=kinds)
        if not new and (ctx.sentence_hits[index] or retold):
            place_told_event(ctx, index)  # (retold: "The strike hit an encampment in Deir al-Balah")
        date_named_event(ctx, index, times)  # "shortly before Wednesday's attack in Erbil, ..."
        ctx.drafts.extend(new)
        if (ctx.lede_time is None and sentence.paragraph <= LEDE_PARAGRAPHS and ctx.sentence_hits[index]
                and report.role(sentence.start, sentence.end) == "body"):  # fmt: skip
            # the lede's own time, whether or not its event stood on its own ("At least six people
            # were killed on Tuesday as clashes spread across the country")
            # (nor a day after the report's: "the planned talks, which are slated to begin on Aug. 14",
            # what is to come)
            dated = [t for t in times if not (t.speech or t.is_background)
                     and not is_past(t, report.reported, lexicon.recent_days)
                     and t.date_start <= report.reported
                     and not no_day_of_its_own(ctx.text, sentence.start, t)
                     and not in_relative_clause(t, ctx)
                     and not day_of_what_came_before(ctx.text, sentence.start, t)]  # fmt: skip
            # the time of the lede's own event where it told one ("On Monday, AFRICOM said it had carried
            # out an airstrike on January 25": January 25)
            # (read as the event's: "late last night, officials said on Thursday" counts its night back from
            # the Thursday, which the sentence's bare times, read from the report's day, do not)
            told = [d.time for d in new if d.time is not None
                    and any((d.time.start, d.time.end) == (t.start, t.end) for t in dated)]  # fmt: skip
            ctx.lede_time = told[0] if told else dated[0] if dated else None
        carry(ctx, sentence, times, actors)
    if dated_entry(ctx):
        if not ctx.drafts:
            ctx.drafts.extend(entry_drafts(ctx))
        coded_counts(ctx.drafts, article.text, lexicon)
    retype(ctx.drafts, ctx.typer)
    _placed_by_the_opening(ctx)
    paragraphed = bool(ctx.sentences) and ctx.sentences[-1].paragraph > 0
    for draft in ctx.drafts:
        draft.context = ctx.below_opening(draft.sentence)
        draft.paragraphed = paragraphed
    return [d for d in ctx.drafts if not context_development(d)]


def _placed_by_the_opening(ctx: ArticleContext) -> None:
    """An opening event of a report of several paragraphs told only in a country ("Kenyan police
    officers in Haiti have neutralised several gang members"), whose opening then names one town or
    division of that country, in sentences with no event words of their own ("towards the districts
    of Bel-Air and Solino in the suburbs of Port-au-Prince"), and no other: it happened there, said
    in its notes."""
    gazetteer = ctx.gazetteer
    if not ctx.sentences or ctx.sentences[-1].paragraph == 0:
        return  # an event log's one-paragraph entry names its own place
    for draft in ctx.drafts:
        if draft.event_type == "Diplomacy" or draft.unknown_place or ctx.below_opening(draft.sentence):
            continue
        if (
            draft.place is None
            or gazetteer.kind(draft.place.entry) != "country"
            or draft.place.mention.direction
        ):
            continue
        country = draft.place.entry
        named = {
            p.entry: p
            for p in ctx.places
            if p.mention.start >= draft.sentence.end
            and gazetteer.kind(p.entry) in ("city", "admin2", "admin1")
            and id(p.mention) not in ctx.qualifiers
            and p.mention.relation != "offset"  # a reference point ("100 km north-east of the capital")
            and gazetteer.contains(country, p.entry)
            and any(
                s.start <= p.mention.start < s.end
                and not ctx.below_opening(s)
                and not hits
                and not _told_of_the_past(ctx, s)
                for s, hits in zip(ctx.sentences, ctx.sentence_hits, strict=True)
            )
        }  # (not "In Lviv, a general strike was called": a sentence with event words of its own; the
        # places are scenes, so not "President Zelensky, speaking in Kyiv, ...": where a source spoke;
        # nor "In August, police found 19 bodies in the town of Uruapan": the past's)
        if len(named) == 1:
            (draft.place,) = named.values()
            draft.notes.append(f"Place from the report's opening: '{draft.place.mention.text}'.")


def _told_of_the_past(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence has a time of the past (background, or older than the report's recent days)."""
    reported, recent = ctx.report.reported, ctx.lexicon.recent_days
    return any(sentence.start <= t.start < sentence.end and (t.is_background or is_past(t, reported, recent))
               for t in ctx.times)  # fmt: skip


# a line that is a list's item: its marker ("- ", "• ", "* ") opens it
LIST_ITEM = re.compile(r"[ \t]*[-•*][ \t]+\S")


def _list_goes_on(text: str, start: int) -> bool:
    """Whether the sentence opens a list's item that follows another item of it ("- On Friday 19 August,
    violence broke out ... / - In the Hassakeh region, a drone attack killed 4": Friday's too)."""
    line = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text, line) or line == 0:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    return LIST_ITEM.match(text, before) is not None
