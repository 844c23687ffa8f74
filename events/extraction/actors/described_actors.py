"""Actors the text describes by a state or a people, read against the article's places: a state's
forces, police or government named with its people or its name ("Afghan forces", "an Israeli
strike": described_states), a militia named for a people, clan or place (communal).
"""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.actors.party import Party
from events.extraction.lexicon import Actor, Lexicon
from events.places import Gazetteer, Resolved
from events.reading.text import Sentence, normalize_name

# What a state's people's name describes as its forces ("Afghan forces", "Kenyan security forces",
# "Ukrainian government positions"), and its government ("the Nigerien government")
STATE_NOUN = re.compile(
    # (on the name's line: "... in Guinea\n\nSecurity forces shot" names no Guinean forces twice)
    r"(?:[’']s)?[^\S\n]+((?i:(?:(?:security|armed|defen[cs]e|army|military|air|naval|ground|special|border|"
    r"occupation|occupying)\s+)?forces|(?:(?:occupation|occupying)\s+)?(?:troops|soldiers?|army)|military|"
    r"servicem[ae]n|positions)|"
    r"police|policemen|(?i:government)\s+(?:[\w-]+\s+)?(?:forces|positions?|troops|soldiers?|army|military|"
    r"checkpoints?|servicem[ae]n)|(?i:government|authorities))\b"
    # not a state that only tells or comments ("the Nigerian government declared Sunday's attack a
    # terrorist act"); "declared a state of emergency" is its act
    r"(?!\s+(?:(?:has|have|had)\s+)?(?:said|says|told|stated|condemned|denounced|called|blamed|accused|denied|"
    r"(?:declared|announced)(?!\s+an?\s)))"
)


# A strike told by the people's name of the state that made it: "an Israeli strike", "Russian
# missile strikes", "a US-led air raid"
STATE_STRIKE = re.compile(
    r"(?:-led)?\s+(?:(?:air|drone|missile|rocket|artillery|military|naval)\s+)?"
    r"(?:strikes?|airstrikes?|air\s+raids?|bombardments?|bombing|shelling)\b"
)
PERIOD = re.compile(r" \(\d{4}-(?:\d{4})?\)$")  # ACLED's years after a state actor's name


def named_by_people(place: Resolved, gazetteer: Gazetteer) -> bool:
    """The place is named by its people's adjective ("Russian forces", "Pakistani police")."""
    return gazetteer.is_demonym(normalize_name(place.mention.text))


def _of_workers(
    text: str, position: int, sentences: list[Sentence], lexicon: Lexicon, parties: list[Party]
) -> bool:
    """The sentence holding the position tells a strike of workers ("Sudanese strike: doctors walk
    out"), in words that are no named actor's ("the Kurdistan Workers' Party")."""
    sentence = next((s for s in sentences if s.start <= position < s.end), None)
    if sentence is None:
        return False
    named = [(p.start, p.end) for p in parties if p.actor is not None]
    return any(
        not any(s <= m.start() < e for s, e in named)
        for m in lexicon.labour_context.finditer(text, sentence.start, sentence.end)
    )


def described_states(
    text: str,
    places: list[Resolved],
    parties: list[Party],
    lexicon: Lexicon,
    gazetteer: Gazetteer,
    sentences: list[Sentence],
) -> list[Party]:
    """The parties, with a state's forces, police or government named with its people or its
    name ("Afghan forces", "Kenya's police", "Myanmar military", "the Nigerien government") as
    that state's actor (the lexicon's dated entry when it has one: "Military Forces of France
    (2017-)"), unless a named actor covers them, the name is one several states go by ("Congo's
    army"), or the state only tells or comments; and a strike told by the people's name ("an Israeli
    strike", actors.STATE_STRIKE) as its forces', unless the sentence tells a strike of workers."""
    for place in places:
        if gazetteer.kind(place.entry) != "country":
            continue
        force = STATE_NOUN.match(text, place.mention.end)
        if force is not None:
            end, noun = force.end(), force.group(1).lower()
        elif (
            STATE_STRIKE.match(text, place.mention.end)
            and named_by_people(place, gazetteer)
            and not _of_workers(text, place.mention.start, sentences, lexicon, parties)
        ):
            end, noun = place.mention.end, "military"  # "an Israeli strike": its forces struck
        else:
            continue
        if any(p.actor is not None and p.start < end and place.mention.start < p.end for p in parties):
            continue  # "Russian forces": a named actor
        code = gazetteer.country_code(place.entry)
        country = gazetteer.country_name(code)
        if not named_by_people(place, gazetteer) and normalize_name(place.mention.text) != normalize_name(
            country or ""
        ):
            continue  # "Congo's army": a name that several states go by
        kind = ("police" if noun.startswith("police") else
                "government" if noun in ("government", "authorities") else "military")  # fmt: skip
        parties = [p for p in parties if not (p.start < end and place.mention.start < p.end)]
        name = f"Government of {country}" if kind == "government" else f"{kind.title()} Forces of {country}"
        # the lexicon's own entry for that state's forces, with ACLED's period ("(2017-)"), if any
        known = next(
            (a for a in lexicon.actors if a.country == code and PERIOD.sub("", a.name) == name), None
        )
        state = known or Actor(name, kind, code, (), (), inter=1)
        party_type = "police" if kind == "police" else "state_forces"
        parties.append(Party(place.mention.start, end, party_type, state))
    return parties


# "Fulani militias", "Bul Nuer militia", "Tonj South county militia", "militiamen from Tonj South
# county": a militia named for a people, clan or place is a communal one (ACLED's identity militia)
PEOPLE_BEFORE = re.compile(
    r"(?<![\w-])((?:[A-Z][a-z]+\s+){1,2})(?:(?:ethnic|clan|tribal|communal|county|community)\s+)?$"
)
ADJECTIVE_ENDING = re.compile(r"(?:ed|ing|en|ous|ful|less|ive|ly|ant|ent|ic|al|ish|ue)$", re.I)
FROM_PLACE_AFTER = re.compile(
    r"\s+from\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:and\s+(?:[A-Z][\w-]*\s+){1,3})?"
    r"(?:county|counties|village|villages|community|communities|clans?|sub-clans?|tribes?|area)\b"
)
NOT_A_PEOPLE = {"shiite", "shia", "sunni", "islamist", "islamic", "the", "a", "an", "pro", "armed",
                "local", "government", "rebel", "allied", "rival", "unidentified", "unknown",
                "suspected", "late", "early", "overnight", "yesterday", "today", "last", "next",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                "january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"}  # fmt: skip


def communal(
    party: Party, text: str, places: list[Resolved], gazetteer: Gazetteer, lexicon: Lexicon
) -> Party:
    """A described militia named for a people, clan or place, as the identity militia it is."""
    if (
        party.actor is not None
        or party.type != "political_militia"
        or "militia" not in text[party.start : party.end]
    ):
        return party
    before = PEOPLE_BEFORE.search(text, max(0, party.start - 40), party.start)
    if before is not None:
        words = before.group(1).split()
        # a country's name or people ("Somali militia") is no people's of its own
        named = any(p.mention.start < party.start and before.start() <= p.mention.start
                    and gazetteer.kind(p.entry) == "country" for p in places)  # fmt: skip
        common = any(w.lower() in lexicon.function_words or w.lower() in NOT_A_PEOPLE for w in words)
        # a sentence's first word may be a common adjective capitalised ("Masked militiamen")
        opening = re.search(r"(?:^|[.!?:\n]\s*)$", text[max(0, before.start() - 3) : before.start()])
        if not named and not common and not (opening and ADJECTIVE_ENDING.search(words[0])):
            return replace(party, type="identity_militia")
    if FROM_PLACE_AFTER.match(text, party.end):
        return replace(party, type="identity_militia")
    return party
