"""Whether a trigger tells an event that happened: hypotheticals, forecasts, negations and
questions block it; claims and denials set its status."""

from __future__ import annotations

import re

from events.extraction.lexicon import Lexicon, Trigger
from events.extraction.prefilter import finder
from events.reading.text import Sentence

QUOTES = re.compile(r"[“\"][^”\"]*[”\"]")
# A relative clause set off by commas ("separatists, who had vowed to disrupt the ceremony,
# planted"): what it says governs its own verb, not the sentence's.
RELATIVE_ASIDE = re.compile(r"(?:,|^)\s*(?:who|which|whom|whose)\b[^,;:]*,")


# events announced ahead, which a report may tell as planned or put off (lexicon put_off)
ANNOUNCED_TYPES = ("Diplomacy", "Protests")


def modality_blocks(text: str, sentence: Sentence, trigger_start: int, trigger_end: int,
                    clause: tuple[int, int], trigger: Trigger, lexicon: Lexicon) -> str:  # fmt: skip
    """Why this trigger is not an event that happened ('' when it is)."""
    head = RELATIVE_ASIDE.sub(",", text[sentence.start : trigger_start])
    if finder(lexicon.governing).search(head):
        return "speculative (warning or forecast)"
    if finder(lexicon.denial_governing).search(head):
        return "denied (a denial governs it)"
    before = RELATIVE_ASIDE.sub(",", text[clause[0] : trigger_start])
    topic_after = trigger.sub_event_type in ("Proposal", "Demand") or trigger.sides
    if trigger.event_type == "Diplomacy" and topic_after:
        after = ""  # (what two sides "discussed": "ways of developing relations" is the topic's mood)
    else:
        after = " ".join(text[trigger_end : clause[1]].split()[:3])
        if RELATIVE_AFTER.match(after) and not OF_ITSELF.search(
            " ".join(text[trigger_end : clause[1]].split()[:6])
        ):
            after = ""  # "agreed on a ceasefire which could end the fighting": the relative clause's mood
            # (not "talks which will take place next week": the event's own)
    if (
        finder(lexicon.hypothetical).search(before)
        or finder(lexicon.hypothetical).search(after)
        or finder(lexicon.hypothetical_np).search(before)
    ):
        return "hypothetical, future or conditional"
    announced = (trigger.event_type in ANNOUNCED_TYPES and finder(lexicon.put_off_before).search(before)
                 and not lexicon.took_place.search(text, trigger_end, clause[1]))  # fmt: skip
    if announced or lexicon.put_off_after.match(after) or DUE_TO_HAPPEN.match(text, trigger_end, clause[1]):
        return "planned, postponed or called off"
    near_before = " ".join(before.split()[-3:])
    if lexicon.negation.search(near_before) and not lexicon.denial.search(near_before):
        return "negated"
    if (
        ANY_BEFORE.search(near_before)
        and lexicon.negation.search(before)
        and not lexicon.denial.search(before)
    ):
        return "negated"  # "did not carry out any air strikes": "any" under a negation earlier in the clause
    if sentence.text.rstrip().endswith("?"):
        return "a question"
    if trigger.event_type == "Diplomacy" and UNANSWERED.match(text, trigger_end, clause[1]):
        return "negated"  # "Eye Radio's phone calls to the minister went unanswered": no call took place
    return ""


# "any" right before the event word, which a negation further back in its clause governs
ANY_BEFORE = re.compile(r"\bany\b", re.I)


# what befell a call: it was never taken up (within the few words after the call's word)
UNANSWERED = re.compile(
    r"(?:\s+[\w'’.-]+){0,8}?\s+(?:went|go|goes|were|was|are|is|remain(?:s|ed)?)\s+"
    r"(?:unanswered|unreturned)\b",
    re.I,
)


# "the summit that is due to soon take place in Seoul" (not "the clashes were due to a land dispute": a cause)
DUE_TO_HAPPEN = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:is|are|was|were)\s+due\s+to\s+(?:soon\s+|[a-z]+ly\s+)?"
    r"(?:take\s+place|be\s+held|begin|start|resume|open|convene|meet|visit|arrive|sign)\b",
    re.I,
)
RELATIVE_AFTER = re.compile(r"(?:which|who|whose)\b", re.I)
OF_ITSELF = re.compile(
    r"\b(?:take\s+place|be\s+held|begin|start|happen|occur|convene|go\s+ahead|postponed|cancell?ed)\b", re.I
)


def in_quotes(text: str, position: int, sentence: Sentence) -> bool:
    return any(sentence.start + m.start() <= position < sentence.start + m.end()
               for m in QUOTES.finditer(sentence.text))  # fmt: skip
