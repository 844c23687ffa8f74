"""Event words in a sentence, and the clauses they sit in.

A trigger is a lexicon pattern (data/lexicon/triggers.yaml) that signals an event; a
clause is the stretch of a sentence between clause breaks (";", ", which", ", and she").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from events.extraction.lexicon import Lexicon, Trigger
from events.reading.text import Sentence

CLAUSE_BREAK = re.compile(
    # (not a clock's colon: "around 12:30 p.m. on Saturday in Alagarno" is one clause; a run of spaces is
    # tried from its first only, so that it is read once, not once from each space)
    r"(?<!\s)\s*(?:[;—–]|(?<!\d):|:(?!\d))\s*|,\s+and\s+(?=(?-i:[a-z]))|,\s+(?=(?:during|in)\s+which\b)|"
    r",\s+(?=(?:which|while|but|although|whereas|who|as|after|before|when|"
    r"though|even|despite|amid|amidst)\b)|(?<!\s)\s+(?=(?:while|whereas|but|although)\s)"
    # "said the attack showed ... and called on allies to increase pressure on Moscow": a new
    # predicate of telling or urging
    r"|(?<!\s)\s+and\s+(?=(?:called|urged|appealed|vowed|pledged|promised|warned|added|said)\s)",
    re.I,
)
# a remark set off by a pair of dashes inside a clause ("nine civilians — including four children —
# were killed"): no verb in it ("— an act the UN condemned —", "— who killed 5 people —") and not
# the clause's own coordination ("Two soldiers — and a civilian — were killed")
DASHED_ASIDE = re.compile(
    r"\s[—–]\s(?!(?:who|which|that|where|when|and|or|but)\b)"
    r"(?![^—–;:.!?]*\b(?:said|says|was|were|is|are|has|have|had|\w+ed)\b)[^—–;:.!?]{1,100}?\s[—–]\s"
)
# (a place named in apposition to its kind stays in it: "After talks in the Somali capital, Mogadishu, the two
# leaders said")
LEADING_SUBORDINATE = re.compile(
    r"^(?:As|While|When|After|Before|Although|Though|Since|Once|Until|Unless|If|Because|Whereas)\b"
    r"(?:[^,]{0,80}?\b(?:capital|city|town|village|province|region|district|state|county),\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|[^,]{0,80}),\s*"
)


@dataclass(frozen=True)
class Hit:
    """One trigger matched at [start, end) of the article text."""

    start: int
    end: int
    trigger: Trigger


def clauses(sentence: Sentence, hits: list[Hit] = ()) -> list[tuple[int, int]]:
    """Absolute [start, end) spans of the clauses of a sentence (``hits``: its event words, which
    keep a relative clause that tells an event of its own apart: _resumed)."""
    spans, start = [], 0
    lead = LEADING_SUBORDINATE.match(sentence.text)
    if lead:
        spans.append((sentence.start, sentence.start + lead.end() - 1))
        start = lead.end()
    asides = [m.span() for m in DASHED_ASIDE.finditer(sentence.text)]
    for match in CLAUSE_BREAK.finditer(sentence.text, start):
        if any(a <= match.start() < b for a, b in asides):
            continue  # "nine civilians — including four children — were killed": one clause
        if _tells_of_its_event_word(sentence, match, hits):
            continue  # "the blast, which also wounded 19 people": what the blast did, one clause
        spans.append((sentence.start + start, sentence.start + match.start()))
        start = match.end()
    spans.append((sentence.start + start, sentence.end))
    return _resumed([s for s in spans if s[1] > s[0]], sentence, hits)


OUTCOME = "outcome"  # the role of a trigger that tells what befell people ("killed", "wounded")


# between an event word and the comma before "which": the rest of its clause, no verb of its own ("the
# bombing of a market in Mogadishu on Sunday, which killed five", "shelled a village near Goma on Sunday,
# which killed three")
OWN_REST = re.compile(
    r"(?:(?!\b(?:was|were|is|are|has|have|had|said|says|told|who|that|which|and|but|while)\b)[^;:.!?—–]){0,120}"
)


def _tells_of_its_event_word(sentence: Sentence, match: re.Match[str], hits) -> bool:
    """A relative clause opened by "which" after an event word and the rest of its clause, that tells
    only what the event did to people ("for the blast, which also wounded 19 people"; "a car bomb exploded
    near a market on Sunday, which killed five"): in the event word's clause."""
    if not sentence.text.startswith("which", match.end()) or "," not in match.group(0):
        return False
    comma = sentence.start + match.start()
    if not any(
        h.end <= comma
        and h.trigger.role != OUTCOME
        and OWN_REST.fullmatch(sentence.text, h.end - sentence.start, match.start())
        for h in hits
    ):
        return False
    after = CLAUSE_BREAK.search(sentence.text, match.end())
    end = sentence.start + (after.start() if after else len(sentence.text))
    told = [h for h in hits if sentence.start + match.end() <= h.start < end]
    return bool(told) and all(h.trigger.role == OUTCOME for h in told)


# "a bomb planted in Bamenda by separatists, who had vowed to disrupt the ceremony, went off": a
# relative clause told inside its subject, closed by a comma before the main verb
RELATIVE_OPENING = re.compile(r"(?:who|which)\b", re.I)
RESUMED_VERB = re.compile(
    r",\s+(?=(?-i:(?:[a-z]+ed|went|came|struck|hit|left|blew|tore|took|fell|shot|overran|fought|drove|broke|"
    r"threw|stole|set|held|led)\b))"
)
# a relative clause that tells what has long been going on ("which has been fighting the regime since
# 2023"): background to the subject, no event of its own
ONGOING = re.compile(r"\b(?:has|have|had)\s+been\s+[a-z]+ing\b")
# "met the envoys of President Tinubu, who chairs ECOWAS, in Niger's capital of Niamey": a place after the
# comma that closes the relative clause is the main clause's scene
RESUMED_SCENE = re.compile(r",\s+(?=(?:in|at|near|outside)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z])")
SCENE_NAMED = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z]")


def _resumed(spans: list[tuple[int, int]], sentence: Sentence, hits) -> list[tuple[int, int]]:
    """A relative clause that a comma closes before the main verb: the words after that comma
    continue the clause before it, which they join (the relative clause between them), unless
    the relative clause tells an event of its own ("Gunmen, who stormed a village in Zamfara,
    killed 12"; not one long going on: ONGOING) or both parts name a scene of their own ("an IED
    planted near Gao by jihadists, who control the area, struck a convoy near Timbuktu")."""
    out: list[tuple[int, int]] = []
    text, base = sentence.text, sentence.start
    for span in spans:
        opening = RELATIVE_OPENING.match(text, span[0] - base)
        verb = RESUMED_VERB.search(text, span[0] - base, span[1] - base) if opening and out else None
        closing = verb or (
            RESUMED_SCENE.search(text, span[0] - base, span[1] - base) if opening and out else None
        )
        if (
            closing is None
            or (
                any(span[0] <= h.start < base + closing.start() for h in hits)
                and not ONGOING.search(text, span[0] - base, closing.start())
            )
            or (
                SCENE_NAMED.search(text, closing.end(), span[1] - base)
                and SCENE_NAMED.search(text, out[-1][0] - base, out[-1][1] - base)
            )
        ):
            out.append(span)
            continue
        if verb is None:  # the main clause's event word came before: its clause runs on to the scene
            main = out.pop()
            out += [(span[0], base + closing.start()), (main[0], span[1])]
            continue
        out.append((span[0], base + closing.start()))
        out.append((out[-2][0], span[1]))
    return out


def trigger_hits(text: str, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Hit]]:
    """Trigger matches of each sentence: earliest first, then longest, then lexicon order.
    Each pattern runs once over the whole text."""
    hits = []
    for order, trigger in enumerate(lexicon.triggers):
        for match in trigger.pattern.finditer(text):
            hits.append((match.start(), match.end(), order, trigger))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2]))
    starts = [s.start for s in sentences]
    per_sentence: list[list[Hit]] = [[] for _ in sentences]
    for start, end, _, trigger in hits:
        k = bisect.bisect_right(starts, start) - 1
        if (
            k >= 0
            and end <= sentences[k].end
            and not _in_a_name(text, sentences[k], start, end)
            and not modifies_a_role(text, start, end)
            and (not trigger.sides or _two_sides(text, sentences[k], start, lexicon))
            and not (trigger.takes_ground and _things_taken(text, sentences[k], start, lexicon))
        ):
            per_sentence[k].append(Hit(start, end, trigger))
    # ("X and Y discussed a peace treaty in a phone call": the call, no meeting)
    return [
        [h for h in hits if not (h.trigger.sides and any(o.trigger.placeless for o in hits))]
        for hits in per_sentence
    ]


PASSIVE_BEFORE = re.compile(r"[\s,)]*\b(?:(?:has|have|had)\s+)?(?:was|were|been)\s+$", re.I)
LAST_WORD = re.compile(r"([\w’'-]+)[\s,)]*$")


def _things_taken(text: str, sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """A verb of taking ground told in the passive whose subject names no ground ("148 rounds of ammunition
    and other articles were seized from the hideout", "one of the bandit leaders was captured"): things or
    people taken, no territory (the ground is a name or a word of ground: "the town was captured",
    "Soledar has been captured"; read before an aside set off by commas: "Kidal, home to several thousand
    people, was seized")."""
    aux = PASSIVE_BEFORE.search(text, max(sentence.start, start - 30), start)
    if aux is None:
        return False
    end = aux.start()
    if "," in text[end : aux.end()]:  # the comma that closes an aside: the subject is before its opening one
        opening = text.rfind(",", sentence.start, end)
        end = opening if opening >= 0 else end
    head = LAST_WORD.search(text, sentence.start, end)
    if head is None:
        return False
    word = head.group(1)
    if word.lower() in lexicon.pronouns:  # people, not ground (a capitalised pronoun is no name)
        return True
    return not word[0].isupper() and lexicon.places.ground_word.fullmatch(word) is None


def _two_sides(text: str, sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """ "Minister X and the head of UNAMA, Y, discussed ...": the subject of the verb of an exchange at
    ``start``, the sentence's opening up to it, names two sides, office-holders joined by "and" (not "He
    said the biggest problem they discussed was security"; nor a plural told before, "the two sides",
    which retells talks or a call as often as it tells new ones)."""
    words = re.findall(r"[^\s,]+", text[sentence.start : start])
    offices = lexicon.places.offices  # (places.yaml office_words; the rest function words)
    return (
        "and" in words[1:-1]
        and all(w[0].isupper() or w[0].isdigit() or w[0] in "(\"'‘“" or w in offices
                or w in lexicon.function_words for w in words)
        and any(w.lower() in offices for w in words)
    )  # fmt: skip


# an event or weapon noun after a determiner that modifies a noun of a person's expertise or of a
# workplace ("a Jaish commander believed to be an IED expert", "a bomb maker", "the bomb factory", "a
# bomb disposal squad", "a Russian drone operator"): a description, not an event nor a weapon used (a
# verb before its object is no modifier: "arrested smugglers", "struck factories"; nor is a noun with no
# determiner: "Russian drone operators struck a car" used drones)
ROLE_HEAD = re.compile(
    r"[ \t-]+(?:experts?|specialists?|makers?|making|factory|factories|disposal|operators?)\b", re.I
)
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|their)\s+(?:[\w-]+\s+)?$", re.I)


def modifies_a_role(text: str, start: int, end: int) -> bool:
    """The word at [start, end) modifies a noun of expertise or workplace after a determiner."""
    return (
        ROLE_HEAD.match(text, end) is not None
        and DETERMINER_BEFORE.search(text, max(0, start - 24), start) is not None
    )


NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)")


def _in_a_name(text: str, sentence: Sentence, start: int, end: int) -> bool:
    """'Ban' in "UN Secretary General Ban Ki-moon", 'Shell' in "Shell Petroleum": an event word
    capitalised inside a sentence with another capitalised word right after it is part of a name
    (not in a headline's title case; "the African Union Summit opened" ends its name: the event)."""
    if not text[start].isupper() or not text[start:end].isalpha() or _title_case(sentence.text):
        return False
    after = NEXT_WORD.match(text, end, sentence.end)
    return after is not None and after.group(1)[:1].isupper() and not after.group(1).isupper()


def _title_case(sentence: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", sentence) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def clause_of(position: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    return next((c for c in spans if c[0] <= position < c[1]), spans[-1])


def scene_clause(clause: tuple[int, int], spans: list[tuple[int, int]], hits: list[Hit]) -> tuple[int, int]:
    """The clause, extended over the following clauses of its sentence that hold no trigger
    ("kidnapped, tortured, and killed a resident in X": the scene is told later)."""
    end = clause[1]
    for span in spans:
        if span[0] >= end - 1 and not any(span[0] <= h.start < span[1] for h in hits):
            end = span[1]
        elif span[0] >= end - 1:
            break
    return clause[0], end
