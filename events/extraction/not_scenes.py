"""Names that set no scene: a town's name that is an actor's alias, a compass name that is a
bearing, where a source sits or spoke, a capital that stands for its government, a country's
name that opens an institution's."""

from __future__ import annotations

import re

from events.extraction.actors import MEMBERS_OF, ActorHit, named_by_people
from events.extraction.lexicon import Lexicon
from events.places import COMPASS, Gazetteer, Resolved
from events.reading.text import Sentence, normalize_name

# a capitalised word after a country's name ("the UK Parliament"), not a day or a month ("in
# Nigeria Sunday") nor the head of an "X of" phrase
INSTITUTION_AFTER = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?! of\b)"
)


THAT = re.compile(r",?\s*that\b")


# "According to a police official in", "According to officials in": a source and its seat
ACCORDING = re.compile(
    # ("According to a police officer in Imphal, five insurgents ... were arrested ... in Thoubal")
    r"\b(?i:according\s+to)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?i:officials?|officers?|sources?|police|authorities|spokes\w+)"
    r"\s+(?:in|at|based\s+in)\s+(?:the\s+)?$"
)


# "a government official in Marib told", "a source in Kharkiv said", "Police in Peshawar said": one person's
# or a force's seat (read as such only when what they told names another place)
SPEAKER_SEAT = re.compile(
    r"\b(?:officials?|sources?|spokes(?:man|woman|person)|officers?|commanders?|police)\s+"
    r"(?:in|at|based\s+in)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# the source told last, at its sentence's end ("..., an official in Jos said."): "said" and the stop
SOURCE_LAST = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|told\s+\w+)(?:\s+on\s+\w+)?\s*(?:[.\n]|$)")


# "the town", "the city": the place named before, again
ANAPHORIC_PLACE = re.compile(
    r"\b(?:the|this|that)\s+(?:town|city|village|area|region|district|province|capital)\b", re.I
)


def names_an_actor(
    text: str, place: Resolved, actors: list[ActorHit], gazetteer: Gazetteer, lexicon: Lexicon
) -> bool:
    """A town's name that is an armed group's or a force's alias where the text names that actor
    ("a firefight between the Taliban and the Pakistan military": no Taliban, a town in Turkey)."""
    mention = place.mention
    # "Russian missiles struck Kyiv": a large city an actor is called after is the city, when named by its
    # own name ("fighters of Hamas" is no Hamm, one of whose alternate names it is)
    own_name = gazetteer.key_of(place.entry) == normalize_name(mention.text)
    if gazetteer.kind(place.entry) != "city" or (
        own_name and gazetteer.population(place.entry) >= ACTOR_NAMED_TOWN
    ):
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    if lexicon.places.locative.search(before) and not MEMBERS_OF.search(before):
        return False  # "In Washington on Friday, ...": the place (not "fighters of Hamas")
    return any(a.start <= mention.start and mention.end <= a.end for a in actors)


ACTOR_NAMED_TOWN = 100_000  # people: a town smaller than this is no seat an actor is named after


# "the North East of Borno State": a bearing of the place after it, not Ghana's North East region
BEARING_NAME = re.compile(rf"(?i:{COMPASS}|(?:north|south)\s+(?:east|west))")


OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def bearing_of_a_place(text: str, place: Resolved, places: list[Resolved], gazetteer: Gazetteer) -> bool:
    """A compass name before "of <Name>" ("the North East of Borno State") is a bearing of that place,
    unless that place holds the name's reading ("the North West of Cameroon": the region)."""
    mention = place.mention
    of = OF_A_NAME.match(text, mention.end)
    if BEARING_NAME.fullmatch(mention.text) is None or of is None:
        return False
    after = next((q for q in places if q.mention.start >= of.end() - 1), None)
    return after is None or not gazetteer.contains(after.entry, place.entry)


# a source named as where the news came from, after the news ("has learned from defense sources in X",
# "SANA said, citing a military source in Damascus")
SOURCED_FROM = re.compile(
    r"\b(?:(?:learn(?:ed|t)|heard|got|obtained)\s+from|citing|quoting)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)


def source_seat(
    text: str, place: Resolved, lexicon: Lexicon, places: list[Resolved], gazetteer: Gazetteer,
    sentences: list[Sentence], blocked: list[tuple[int, int]],
) -> bool:  # fmt: skip
    """'The health ministry in Ramallah said': the name is where a source sits, told as the
    subject of a verb of telling, not where the event was. ``blocked``: the report's headline,
    dateline and other spans that tell no scene (no other place of the sentence there)."""
    mention = place.mention
    seat = lexicon.places.seat.search(text, max(0, mention.start - 60), mention.start)
    after = text[mention.end : mention.end + 40].lstrip(" )")
    if seat is not None and lexicon.telling.match(after) is not None:
        return True
    if seat is not None and SOURCED_FROM.search(text, max(0, seat.start() - 40), seat.start()):
        return True  # "has learned from defense sources in Yaounde": the sources' seat, told after the news
    stop = text.find(".", mention.end)
    rest = (mention.end, stop if stop >= 0 else len(text))
    anaphoric = ANAPHORIC_PLACE.search(text, *rest) is not None  # "... in the city": the seat again
    named_after = not anaphoric and any(rest[0] < q.mention.start < rest[1] for q in places)
    # "a Yemeni government official in Marib told Xinhua that ... airstrikes ... in Nehm district": another
    # town or district (not a country or province, which may hold the seat, nor a people: "an Israeli
    # strike"); or one its sentence told before the source ("... in Bokkos, an official in Jos said")
    opening = next((s.start for s in sentences if s.start <= mention.start < s.end), mention.start)
    told = (opening, rest[1]) if SOURCE_LAST.match(text, mention.end) else rest
    if (
        not anaphoric
        and lexicon.telling.match(after) is not None
        and SPEAKER_SEAT.search(text, max(0, mention.start - 60), mention.start)
        and any(
            told[0] <= q.mention.start < told[1]
            and q.mention.start != mention.start
            and not any(s <= q.mention.start < e for s, e in blocked)
            and gazetteer.kind(q.entry) in ("city", "admin2")
            and q.entry != place.entry
            and not named_by_people(q, gazetteer)
            and not gazetteer.contains(q.entry, place.entry)
            for q in places
        )
    ):
        return True
    # "According to a police official in Imphal, armed guerrillas attacked Zairon": the source's seat,
    # when the sentence names another place after it (not "... in Djibo, jihadists killed 15 people at
    # the town's market")
    if (
        after.startswith(",")
        and ACCORDING.search(text, max(0, mention.start - 100), mention.start)
        and named_after
    ):
        return True
    # "said in a statement issued in Maiduguri that 18 people died": where the telling was
    told = lexicon.told_in.search(text, max(0, mention.start - 60), mention.start)
    if told is not None and THAT.match(after) is not None:
        return True
    # "In remarks to local media in the capital Mogadishu, the army chief confirmed ...", "told reporters in
    # Bamenda that measures had been taken": where he spoke
    return lexicon.spoke_in.search(text, max(0, mention.start - 80), mention.start) is not None


# a capital as the subject of a verb of a government's saying or stance ("while Juba says Khartoum
# funds militias", "Moscow denies"; not "Damascus was hit by Israeli air strikes"), and no preposition
# or determiner before it
STANCE_AFTER = re.compile(
    r"\s+(?:accuses|accused|funds|funded|backs|backed|arms|armed|wants|wanted|rejects|rejected|supports|"
    r"supported|blames|blamed|demands|demanded|condemns|condemned|accepts|accepted|refuses|refused)\b"
)


NOT_A_SUBJECT = re.compile(
    r"\b(?:in|at|from|to|near|of|on|into|outside|around|the|a|an|and|between)\s+$", re.I
)


def capital_for_its_state(text: str, place: Resolved, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """A national capital told as the subject of a verb of saying or stance: its government, not a
    scene."""
    mention = place.mention
    if gazetteer.capital_of(gazetteer.country_code(place.entry)) != place.entry:
        return False
    told = lexicon.telling.match(text[mention.end : mention.end + 40].lstrip(" "))
    if told is None and not STANCE_AFTER.match(text, mention.end):
        return False
    return NOT_A_SUBJECT.search(text, max(0, mention.start - 15), mention.start) is None


def names_institution(text: str, place: Resolved, gazetteer: Gazetteer) -> bool:
    """'outside the UK Parliament', 'the Nigeria Police Force': a country's name opening an
    institution's name is no scene (the institution is not the country)."""
    following = INSTITUTION_AFTER.match(text, place.mention.end)
    return following is not None and place.entry is not None and gazetteer.kind(place.entry) == "country"
