"""Talks, visits and calls, for the factual filter (events.extraction.factuality): an event word that
is what talks were about, a visit with no border crossed, a call that is how a source spoke."""

from __future__ import annotations

import re

from events.extraction.candidate import ArticleContext
from events.extraction.clause_tense import past_tense
from events.extraction.triggers import Hit

# where talks were had, not what they were about: "discussed the war during a phone call"
SETTING_BEFORE = re.compile(
    r"\b(?:in|during|at|by|for|over|via|after|before|ahead\s+of|on\s+the\s+sidelines\s+of)\s+"
    r"(?:(?:a|an|the|their|his|her|its|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


SETTING_WORD = re.compile(r"(?:by|over|via)\b", re.I)  # an event word that opens with its setting's word


# a clause of its own after the verb of talking ("welcomed Putin to Ankara, where the two leaders held
# talks", "reviewed progress and held talks")
CLAUSE_IN_TOPIC = re.compile(
    r",\s*(?:where|when|after|before|and)\b|\b(?:and|then)\s+(?:held|hosted|signed|began|opened|launched|met|"
    r"attended|chaired|joined|started|resumed)\b|\b(?:and|then)\s+$",
    re.I,
)


def talked_about(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A diplomatic event word that is what talks were about ("exchanged views on the outcome of
    the talks", "welcomed the agreements on ... and the preparation of proposals"), not where."""
    if SETTING_WORD.match(ctx.text, hit.start):
        return False  # the event word tells the setting itself: "discussed ... over the phone"
    topic = ctx.lexicon.topic.search(ctx.text, max(clause[0], hit.start - 140), hit.start)
    return (
        topic is not None
        and not SETTING_BEFORE.search(ctx.text, topic.end(1), hit.start)
        and not CLAUSE_IN_TOPIC.search(ctx.text, topic.end(1), hit.start)
    )


# verbs of talking whose object is what was talked about, whatever it is ("discussed the fighting in X")
DISCUSSED = re.compile(
    r"\b(discuss(?:ed|es|ing)?|exchanged views on|talked about)\b[^.;:!?]{0,120}$",
    re.I,
)


def discussed(hit: Hit, clause: tuple[int, int], ctx: ArticleContext) -> bool:
    """A violent or other event word that is what a talk was about ("The Secretary also discussed ...
    the need to protect civilians and deescalate hostilities in El Fasher"), not news of its own: in the
    talk's own clause, with no comma, clause word or relative between them."""
    topic = DISCUSSED.search(ctx.text, max(clause[0], hit.start - 140), hit.start)
    if topic is None or past_tense(ctx.text, hit):  # "Protesters who had discussed the killings marched"
        return False
    start = topic.end(1)
    return (
        not CLAUSE_IN_TOPIC.search(ctx.text, start, hit.start)
        and not RELATIVE_IN_TOPIC.search(ctx.text, start, hit.start)
        # a topic told with what it did ("the strike on a school that killed 30 on Saturday"): news of its own
        # (a date is no sign: "discussed the attack on Tsafe with traditional rulers on Friday" is the talk's)
        and not TOLD_AS_NEWS.search(ctx.text, hit.end, clause[1])
    )


TOLD_AS_NEWS = re.compile(r"\b(?:that|which|who)\b", re.I)


# a clause with a verb of its own after the topic's verb ("discussed the attack in which gunmen killed 12",
# "discussed security after gunmen killed six", "discussed the situation, hours after rebels shelled Sake",
# "discussed how bandits abducted 50"): news told, not what was talked about
RELATIVE_IN_TOPIC = re.compile(
    r",|\b(?:in which|which|that|who|where|when|how|after|before|as|while|once|following|since|until|"
    r"because)\b",
    re.I,
)


AFTER_ITS = re.compile(r"\b[Aa]fter\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?$")
# a visit, told as a noun or a verb ("on a working visit", "visited several relief camps")
VISIT_NOUN = re.compile(r"\bvisit(?:s|ed|ing)?$")


def two_countries(ctx: ArticleContext) -> bool:
    """The report names places or peoples of two countries or more ("Kenya's foreign minister
    welcomed Haiti's Prime Minister Garry Conille in Nairobi"): a visit may cross a border."""
    codes = {ctx.gazetteer.country_code(p.entry) for p in ctx.places} | ctx.countries | ctx.peoples
    return len(codes - {""}) >= 2
