"""The stretches of a sentence that tell another event than the one told before: an earlier event
set aside ("comes a week after an airstrike ... killed at least nine": earlier_aside, sequel_opening),
another incident ("Hours later, ...", "in another strike"), the dead mourned and a protest's
grievance (blanked before counting)."""

from __future__ import annotations

import re

from events.extraction.candidate import (
    ArticleContext,
    Candidate,
)
from events.extraction.dating import OTHER_OF_ITS_KIND

# an earlier event introduced as a new one, by an indefinite article ("after an airstrike", "after a
# bombing last month"; not "after the attack", which points back at the event told before)
INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
DEFINITE = re.compile(r"\b(?:the|this|that|these|those|its|their|his|her)\b", re.I)
# a sentence whose subject is the event told before, set after another ("The attack comes days after",
# "It came a week after", "The killing also follows by days")
COMES_AFTER = re.compile(
    # the subject: "It", or the event told before by its noun ("The attack", "The Russian attack on Kyiv",
    # not "The soldiers came under attack after ..."); then how long after and the cue, or the cue and a new
    # event (not "came after the gunmen stopped the vehicle": the same event's people)
    r"(?:It|(?:The|This|That|Its)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|killings?|raids?|strikes?|bombings?|"
    r"violence|incidents?|ambush(?:es)?|massacre|shootings?|explosions?|blasts?|assault|offensive|"
    r"clash(?:es)?|encounter|unrest|protests?|demonstrations?)"
    r"(?:\s+(?:on|in|at|near|against)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)"
    r"\s+(?:also\s+)?(?:comes?|came|follows?|followed)\s+(?!under\b)"
    r"(?:(?:just\s+|only\s+|barely\s+|(?:less|more)\s+than\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|"
    r"several|a\s+few|\d+)\s+)?(?:minutes|hours?|days?|weeks?|months?|years?|nights?)\s+"
    r"(?P<cue>after|on\s+the\s+heels\s+of)\s"
    r"|(?P<bare>after|on\s+the\s+heels\s+of)\s+"
    r"(?!(?:the|its|their|his|her|this|that|these|those|it|they|he|she|them)\b))"
)
# where the main clause takes up again after it: a participle of its own (", killing 17 soldiers")
PARTICIPLE_AFTER = re.compile(r",\s+(?:also\s+)?[a-z]+ing\b")
RELATIVE_OPENING = re.compile(r"\s*(?:which|who)\b")  # a relative clause set off by commas


def earlier_aside(ctx: ArticleContext, index: int) -> tuple[int, int] | None:
    """(Read once per sentence: count, fold, the told event's words and the article loop all ask.)"""
    if index not in ctx.asides:
        ctx.asides[index] = _earlier_aside(ctx, index)
    return ctx.asides[index]


def _earlier_aside(ctx: ArticleContext, index: int) -> tuple[int, int] | None:
    """The stretch of sentence ``index`` that tells an earlier event introduced as such after its
    opening ("... comes a week after an airstrike carried out by the
    army, supported by its allies, killed at least nine"; "The raid came after a bombing last month
    that killed 12"): from the cue to the main clause's next participle (", killing 17"), else to the
    sentence's end. None when there is none, when the sentence opens on it ("After an attack on the
    town, five were killed": its own event), when it points back with a definite article ("after the
    attack, which killed 40": the event told before) or in words of mourning."""
    sentence = ctx.sentences[index]
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“'"))
    sequel = sequel_opening(ctx, index)
    if sequel is not None:
        # "The attack comes days after an unnamed cartel set up an explosive device ..., injuring three":
        # the sentence sets the event told before after another; all after the cue is that other's
        return sequel.start("cue" if sequel.group("cue") else "bare"), sentence.end
    for h in ctx.sentence_hits[index]:  # every event word of the sentence, the earlier ones too
        cue = ctx.lexicon.earlier_event.search(ctx.text, max(sentence.start, h.start - 60), h.start)
        if (
            cue is not None
            and cue.start() > opening
            # set against an event the sentence tells before it ("The raid came after a bombing"; not
            # "Police are investigating after a man was shot": the news itself)
            and any(e.end <= cue.start() for e in ctx.sentence_hits[index])
            and INDEFINITE.search(cue.group())
            # (past the cue's own words, whose article is none of the event's: "in the wake of an attack")
            and not DEFINITE.search(cue.group(), _cue_words_end(ctx, cue.group()))
            and not ctx.lexicon.mourning.match(ctx.text, cue.start())
        ):
            comma = ctx.text.rfind(",", sentence.start, cue.start())
            if comma >= 0 and RELATIVE_OPENING.match(ctx.text, comma + 1):
                # "The fighting, which began on Saturday after a militia attack on a camp, left 17 dead":
                # the relative clause closes at its comma, and the main clause takes up again
                closing = ctx.text.find(",", h.end, sentence.end)
                return cue.start(), closing if closing >= 0 else sentence.end
            resumed = PARTICIPLE_AFTER.search(ctx.text, h.end, sentence.end)
            return cue.start(), resumed.start() if resumed else sentence.end
    return None


def _cue_words_end(ctx: ArticleContext, cue: str) -> int:
    """Where the words of an earlier event's cue ("after", "in the wake of") end in its text."""
    words = ctx.lexicon.earlier_cue.match(cue)
    return words.end() if words else 0


def sequel_opening(ctx: ArticleContext, index: int) -> re.Match[str] | None:
    """The opening of sentence ``index`` when it sets the event told before after another ("The attack
    comes days after ...") and tells an event word after its cue."""
    sentence = ctx.sentences[index]
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \"“'"))
    sequel = COMES_AFTER.match(ctx.text, opening, sentence.end)
    if sequel is None or not any(h.start >= sequel.end() for h in ctx.sentence_hits[index]):
        return None
    return sequel


# what ends one stretch of a sentence: a comma, semicolon, colon, bracket or dash, or a clause of
# its own ("... to mourn a rider killed by police when soldiers shot dead two mourners")
STRETCH_BREAK = re.compile(
    r"[,;:()–—]|\s-\s|\b(?:when|while|whereas|as|after|before|because|but|and\s+(?:then\s+)?[a-z]+ed)\b"
)


def mourned_stretches(
    text: str, lexicon, start: int = 0, end: int | None = None
) -> list[tuple[int, int, int]]:
    """(cue start, cue end, stretch end) of each run of words of mourning in text[start:end]: what
    follows the cue to the end of its stretch tells of the dead mourned."""
    end = len(text) if end is None else end
    out = []
    for cue in lexicon.mourning.finditer(text, start, end):
        stop = STRETCH_BREAK.search(text, cue.end(), end)
        out.append((cue.start(), cue.end(), stop.start() if stop else end))
    return out


def without_mourned(text: str, lexicon) -> str:
    """The text with the dead its words of mourning name blanked, to the end of their stretch
    ("a procession held to mourn the deaths of eight people killed on Tuesday" counts no dead)."""
    for cue_start, _, stop in reversed(mourned_stretches(text, lexicon)):
        text = text[:cue_start] + " " * (stop - cue_start) + text[stop:]
    return text


def without_grievance(text: str, lexicon) -> str:
    """The text with a protest's grievance blanked: its cue and the noun phrase after it (up to a
    verb of its own: "were shot by police who killed six" is the protest's)."""
    for cue in reversed(list(lexicon.grievance_cue.finditer(text))):
        text = text[: cue.start()] + " " * (cue.end() - cue.start()) + text[cue.end() :]
    return text


def another_incident(c: Candidate, ctx: ArticleContext) -> bool:
    """'Hours later, in Bannu district, militants took over a centre': the sentence opens
    another incident, which is not the event told before."""
    if ctx.lexicon.another_incident.search(c.sentence.text.lstrip()) is not None:
        return True
    # "A second airstrike struck a car carrying civilians, killing three": the clause's event word told as
    # another of its kind at the sentence's opening (not "another soldier died", a count of the same event)
    opening = c.sentence.start + len(c.sentence.text) - len(c.sentence.text.lstrip())
    told = OTHER_OF_ITS_KIND.match(ctx.text, opening)
    if told is not None and told.start() <= c.hit.start < told.end():
        return True
    # "A third civilian died in another strike": the deed told as done in another of its kind, after
    # the verb (the clause's only event word)
    other = OTHER_OF_ITS_KIND.search(ctx.text, *c.clause)
    return (
        other is not None
        and other.start() > opening
        and all(other.start() <= h.start < other.end() or h.trigger.role == "outcome" for h in c.hits)
        and any(other.start() <= h.start < other.end() for h in c.hits)
    )
