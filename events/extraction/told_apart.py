"""Two drafts told apart: another village, the damage of an attack, what was only heard, another
event elsewhere in a region; or told as the same (a toll retold, a town on a region's edge)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from unidecode import unidecode

from events.extraction.draft import VIOLENT, Draft
from events.extraction.timing import overlap
from events.places import Gazetteer


def two_villages(a: Draft, b: Draft) -> bool:
    """Each told at a place the gazetteer lacks, by two names that are not one name spelt two ways
    ("Dan Isa" and "Danisa", "Wad al-Nura" and "Wad Al Noura" are one)."""
    x, y = _bare(a.unknown_place), _bare(b.unknown_place)
    return bool(x and y) and x not in y and y not in x and SequenceMatcher(None, x, y).ratio() < SPELT_ALIKE


SPELT_ALIKE = 0.75


ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|an|at|ash|az)\b|[^a-z]")


def _bare(name: str) -> str:
    """A name without case, accents, spaces, hyphens and Arabic articles."""
    return ARTICLE.sub("", unidecode(name).lower())


LOOTED = re.compile(
    r"\b(?:loot(?:ed|ing)?|plunder(?:ed|ing)?|st[oe]l(?:e|en)|robb(?:ed|ery)|pillag(?:ed|ing))\b", re.I
)


def damage_of(damage: Draft, attack: Draft) -> bool:
    """ "Russia attacked Odesa, killing one ... Port infrastructure and two civilian vessels were
    damaged.": damage told with no one doing it, that day at the place of an event that killed or
    wounded, is that event's damage."""
    if damage.sub_event_type != "Looting/property destruction" or damage.actor1 is not None:
        return False
    if LOOTED.search(damage.sentence.text):
        return False  # "abandoned shops were looted": a taking of its own
    if attack.event_type not in VIOLENT or damage.place is None or attack.place is None or damage.separate:
        return False
    if not (attack.casualties.fatalities or attack.casualties.injuries):
        return False  # "militiamen ambushed a convoy and looted money ...; no fatalities": ACLED's looting
    return damage.place.entry == attack.place.entry and overlap(damage.time, attack.time)


def nothing_of_its_own(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """ "As the search team cordoned off the spot, the militants opened fire, ... triggering a gun
    battle": a violent event with neither a place nor a day of its own (both from earlier sentences)
    is the violent event told that day at that place or the place holding it, whatever its words
    type it as."""
    if not b.borrowed or a.borrowed or b.separate or a.place is None or b.place is None:
        return False
    if not ({a.event_type, b.event_type} <= VIOLENT and overlap(a.time, b.time)):
        return False
    return a.place.entry == b.place.entry or gazetteer.contains(a.place.entry, b.place.entry)


def only_heard(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """ "Armed clashes resumed on Sunday in Zawiya ... On Sunday, gunfire and explosions were heard again in
    the Harsha area": violence only heard, in a later sentence that tells nothing more, that day at the
    place of a violent event told before (or within it), is that event's sound."""
    if a.event_type not in VIOLENT or b.event_type not in VIOLENT or a.separate or b.separate:
        return False
    if b.sentence.start <= a.sentence.start or a.place is None or b.place is None:
        return False  # (heard first, then told: "Gunfire was heard in Goma. Later M23 shelled a camp")
    heard = HEARD.search(b.sentence.text)
    if heard is None or ANOTHER_TOLD.search(b.sentence.text, heard.end()):
        return False  # "explosions were heard across Omdurman as RSF shells struck a market": told there
    if not overlap(a.time, b.time):
        return False
    return a.place.entry == b.place.entry or gazetteer.contains(a.place.entry, b.place.entry)


HEARD = re.compile(r"\b(?:was|were|could\s+be|can\s+be|had\s+been|have\s+been)\s+(?:[a-z]+\s+)?heard\b", re.I)


# a clause of its own after what was heard, telling who did what ("... as jihadists attacked a school")
ANOTHER_TOLD = re.compile(
    r"\b(?:as|while|when|where|after|and|but|with)\s+(?!(?:residents|witnesses|sources)\b)", re.I
)


def elsewhere_in(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """The first event is at a place the gazetteer lacks, placed at the division that holds it ("the
    town of Arnoun in Nabatieh province"); the second at another named place in that division
    ("the Bint Jbeil district"), not the one the unknown name is called after ("SBI Moreh", Moreh), in a
    report of several paragraphs."""
    return (
        bool(a.unknown_place)
        and a.paragraphed  # an event log's one-paragraph entry tells one event
        and gazetteer.kind(a.place.entry) in ("admin1", "admin2")
        and _named_with(a)
        and gazetteer.contains(a.place.entry, b.place.entry)
        and b.place.mention.text.lower() not in a.unknown_place.lower()
    )


def another_village(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """The first event is at a place the gazetteer lacks, told in a sentence of its own as another
    incident and placed only at its country ("Near the southern village of Zrariyeh, a second drone
    struck a car"); the second at a town the gazetteer knows ("hitting one in Naqoura"), by another name:
    two places. (Not the same attack told again at its village: "In the village of X, the attackers
    killed the six".)"""
    return (
        bool(a.unknown_place)
        and ANOTHER.search(a.sentence.text) is not None
        and not b.unknown_place
        and a.paragraphed
        and a.sentence.start != b.sentence.start
        and gazetteer.kind(a.place.entry) == "country"
        and gazetteer.kind(b.place.entry) == "city"
        and _bare(b.place.mention.text) not in _bare(a.unknown_place)
    )


# another incident told inside the sentence ("a second drone struck", "in a separate attack"); the
# sentence-opening cues are the lexicon's another_incident (Draft.separate)
ANOTHER = re.compile(r"\b(?:a\s+(?:second|third)|another|separate(?:ly)?)\s+[a-z]", re.I)


def _named_with(draft: Draft) -> bool:
    """The division a place the gazetteer lacks is placed at is named right after it, in its
    sentence ("the town of Arnoun in Nabatieh province"), not found elsewhere in the report."""
    at = draft.sentence.text.find(draft.unknown_place)
    if at < 0:
        return False
    gap = draft.place.mention.start - (draft.sentence.start + at + len(draft.unknown_place))
    return 0 <= gap <= 40


EDGE_KM = 25.0  # a town this close to a region's outline may be what a report calls that region


# a sentence that tells the event before it again ("the drone hit the car"; not "a drone hit a tent",
# "another strike")
TOLD_AGAIN = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:drones?|strikes?|airstrikes?|attacks?|blast|explosion|shelling|"
    r"missiles?|rockets?|shells?|bomb|raid|ambush)\b",
    re.I,
)


def _told_as_the_same(draft: Draft) -> bool:
    """Its sentence names the event just told ("the drone hit the car"); retold.told_again asks the
    same of a sentence's subject while drafts are read."""
    return TOLD_AGAIN.search(draft.sentence.text) is not None


def retold_with_its_toll(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """ "Artillery fire struck Omdurman City in the capital Khartoum, killing four civilians and
    injuring 30 others" and "... fired artillery shells at Omdurman City's Al-Thawra
    neighborhood, killing four civilians ... and injuring 30 others": one event told twice (once
    dated only by its telling, or not at all), its places read differently within one
    first-level division; the same toll says so."""
    if not any(
        d.time.speech or d.time_source == "undated" or (d.time_source == "inherited" and _told_as_the_same(d))
        for d in (a, b)
    ):
        return False  # each told with its own day: two events, however alike
    ca, cb = a.casualties, b.casualties
    if not ca.fatalities or ca.fatalities != cb.fatalities or ca.injuries != cb.injuries:
        return False
    if ca.fatalities + (ca.injuries or 0) < 2:
        return False  # "A teenager was killed in Beitin" ... "On Monday, a man was killed in Qabatiya": one
        # dead at two towns tells two events
    ea, eb = gazetteer.entry(a.place.entry), gazetteer.entry(b.place.entry)
    if bool(ea["admin1_code"]) and ea["admin1_code"] == eb["admin1_code"]:
        return True
    # "... attacked a car in South Lebanon" and "the drone hit the car near Nabatiya": a region told
    # loosely, and a town on its edge (another division, as GeoNames draws them), with the same toll
    return on_its_edge(a, b, gazetteer) or on_its_edge(b, a, gazetteer)


def on_its_edge(area: Draft, town: Draft, gazetteer: Gazetteer) -> bool:
    """The town lies in, or within EDGE_KM of, the first-level division or region the other names."""
    if area.place is None or town.place is None:
        return False
    return (
        gazetteer.kind(area.place.entry) in ("admin1", "region")
        and gazetteer.kind(town.place.entry) == "city"
        and gazetteer.country_code(area.place.entry) == gazetteer.country_code(town.place.entry)
        and gazetteer.km_outside(area.place.entry, town.place.entry) <= EDGE_KM
    )
