"""Whose deaths a count is of: the noun it names ("four soldiers" -> "soldier"), "" when general
("people") or a person's name."""

from __future__ import annotations

import re

from events.extraction.count_grammar import NAMED_ASIDE
from events.extraction.count_numbers import number_value

WHO_ASIDE = re.compile(r"(?:^|,)\s*who\s+[^,]*,")
NAMED_ASIDE_RE = re.compile(NAMED_ASIDE)


GENERAL = {"people", "person", "persons", "other", "others", "individual", "individuals", "victim",
           "victims", "civilian", "civilians", "dead", "death", "deaths", "fatality", "fatalities", "toll",
           "body", "bodies",
           # adverbs of the verb before it, not whose deaths ("was shot and later died")
           "later", "then", "subsequently", "eventually", "reportedly", "allegedly", "also",
           "immediately", "earlier", "already", "since",
           # a relative pronoun after the noun, no group ("a minor who was killed": a minor)
           "who", "whom", "which", "that"}  # fmt: skip


# heads that name a part of the group after "of" ("members of the security forces": the forces)
OF_HEADS = frozenset(
    {"member", "members", "personnel", "elements", "element", "units", "unit", "rank", "ranks"}
)
# the head noun after a count's names ("three Hezbollah| members", "two Houthi| fighters")
NAMED_HEAD = re.compile(r"((?:\s+[A-Z][\w'’-]*)*)\s+([a-z]{3,}s)\b")
NAME_END = re.compile(r"\s[A-Z][\w'’-]*[^s\W]$")  # a name, not a plural demonym ("Palestinians")
NOT_HEADS = frozenset(
    "this thus unless across towards whereas perhaps always besides sometimes afterwards".split()
)


def counted_group(text: str, span: tuple[int, int]) -> str:
    """Whose deaths a count is of: the noun it names ('soldiers' -> 'soldier'), '' if general."""
    # (never the words of a relative clause set off by commas: "The man, who was shot in the chest, died", nor
    # the names a participle tells: "The four gunmen, identified as Anding and Habib, were killed": gunmen)
    told = NAMED_ASIDE_RE.sub(" ", WHO_ASIDE.sub(" ", text[span[0] : span[1]]))
    words = re.findall(r"[A-Za-z]+", told.lower())
    if "including" in words:  # "20 civilians including children": civilians, of whom some children
        words = words[: words.index("including")]
    if "among" in words:  # "three civilians, two women among them": civilians (the part's count before it)
        counted = [k for k in range(1, words.index("among")) if number_value(words[k])]
        words = words[: counted[-1]] if counted else words[: words.index("among")]
    head = NAMED_HEAD.match(text, span[1])  # "killing three Hezbollah members": members
    if head and head.group(2).lower() not in NOT_HEADS and (head.group(1) or NAME_END.search(text, *span)):
        words.append(head.group(2).lower())
    # "a militant affiliated with the Hizbul Mujahideen outfit": the head before the modifier after it
    modifier = next((k for k, w in enumerate(words) if k and w in POST_MODIFIERS), None)
    if modifier is not None:
        words = words[:modifier]
    elif head_before := MODIFIED_HEAD.search(text, max(0, span[0] - 60), span[0]):
        words = [head_before.group(1).lower()]  # (the count's span opened after the modifier)
    if "toll" in words or "number" in words:
        return ""  # "the death toll has risen to 35", "the number of people killed rose to 7": everyone's
    # "eight soldiers of Yemen's government forces", "six soldiers from the Southern Armed Forces":
    # soldiers, the head before "of" or "from"
    if cut := next((k for k, w in enumerate(words) if w in ("of", "from")), None):
        before = [w for w in words[:cut] if w not in GENERAL and not number_value(w)
                  and w not in KILL_WORDS and not w.endswith(("ed", "ing"))]  # fmt: skip
        if before and before[-1] not in OF_HEADS:
            words = words[:cut]
    nouns = [w for w in words if w not in GENERAL and not number_value(w) and w not in KILL_WORDS
             and not w.endswith(("ed", "ing", "ly"))]  # fmt: skip
    noun = nouns[-1] if nouns else ""
    if noun and _a_name(text, span, noun):
        return ""  # "killing 17-year-old Mohammad Abu Kishk": a person by name, of no group
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


# before a person's name: "a constable named Rehman Ullah", "17-year-old Mohammad", "a man called Ali"
NAME_OPENER = re.compile(r"(?:named|called|[\w-]+-year-old|years?\s+old|aged)\s+$", re.I)
NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*")


def _a_name(text: str, span: tuple[int, int], noun: str) -> bool:
    """The count's noun is a person's name ("Rehman Ullah died", "killing 17-year-old Mohammad Abu Kishk"),
    told in running text (a headline's capitals tell no name: "Two Israeli Soldiers Killed"): a name
    joined to another, or after "named" or an age."""
    told = text[span[0] : span[1]]
    word = next((m for m in reversed(list(NAME_WORD.finditer(told))) if m.group(0).lower() == noun), None)
    if word is None or not re.search(r"(?<![\w'’-])[a-z]{3,}\b", told):
        return False
    start, end = span[0] + word.start(), span[0] + word.end()
    before = text[max(0, start - 30) : start]
    return (
        NAME_BEFORE.search(before) is not None
        or NAME_OPENER.search(before) is not None
        or NAME_WORD.match(text, end + 1) is not None
    )


# a capitalised word right before, within a sentence and no article ("Rehman| Ullah"; not "The| Palestinian")
NAME_BEFORE = re.compile(r"(?<![.:!?]\s)(?<![.:!?])\b(?!(?:The|A|An)\b)[A-ZÀ-ÖØ-Þ][\w'’-]*\s+$")


# participles and adjectives that open a modifier after a group's noun ("fighters loyal to", "a militant
# affiliated with")
POST_MODIFIERS = frozenset("affiliated belonging linked loyal attached associated allied aligned".split())
MODIFIED_HEAD = re.compile(
    rf"\b([a-z]{{3,}})\s+(?:{'|'.join(sorted(POST_MODIFIERS))})\s+(?:with|to)\s+(?:the\s+)?$"
)
KILL_WORDS = {
    "no",  # "no fewer than four people": the count's words, no group
    "fewer",
    "another",  # "Another victim died": one more
    "kill",  # a headline's "Drone Strikes Kill At Least 15 Civilians"
    "killed",
    "killing",
    "kills",
    "took",  # "took two lives" ("claimed" and "lives" below): the dead, no group
    "cost",
    "dead",
    "found",  # "were found dead"
    "died",
    "were",
    "was",
    "are",  # "five people are feared dead", "are said to be killed": the verb's words, no group
    "is",
    "be",
    "said",
    "thought",
    "known",
    "understood",
    "been",
    "have",
    "has",
    "had",
    "the",
    "at",
    "least",
    "more",
    "than",
    "over",
    "about",
    "around",
    "nearly",
    "some",
    "reportedly",
    "also",
    "and",
    "a",
    "an",
    "year",
    "old",
    "left",
    "claimed",
    "lives",
    "of",
    "from",
    "to",
    "death",
    "shot",
    "down",
    "slain",
    "him",
    "her",
    "them",
    "lost",
    "their",
    "his",
    "life",
}
