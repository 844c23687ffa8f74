"""When two drafts of one article tell the same event: its kind, its day, its place, its toll
told again (same_event); which is the more severe sub-event and the more specific place."""

from __future__ import annotations

import re

from events.extraction.dating import OTHER_OF_ITS_KIND
from events.extraction.draft import VIOLENT, Draft
from events.extraction.lexicon import load_lexicon
from events.extraction.timing import overlap
from events.extraction.told_apart import (
    another_village,
    damage_of,
    elsewhere_in,
    nothing_of_its_own,
    only_heard,
    retold_with_its_toll,
    two_villages,
)
from events.places import Gazetteer

# Within one family of sub-types, the more severe wins when two reports merge.
SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1,
            "Excessive force against protesters": 2, "Armed clash": 0,
            "Government regains territory": 1, "Non-state actor overtakes territory": 1,
            # "kidnapped, tortured and killed a resident": one attack, as ACLED codes it
            "Abduction/forced disappearance": 0, "Attack": 1,
            # "agreed to a ceasefire after talks in Doha": the talks, which reached an agreement
            "Meeting": 0, "Agreement": 1,
            # "arrested five suspects ... explosives were seized in the crackdown": one operation
            "Disrupted weapons use": 0, "Arrests": 1}  # fmt: skip


SPECIFICITY = {"poi": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 2, "country": 3}


def specificity(draft: Draft, gazetteer: Gazetteer) -> int:
    if draft.place is None:
        return 4
    return SPECIFICITY.get(gazetteer.kind(draft.place.entry), 3)


def _same_kind(a: Draft, b: Draft) -> bool:
    if a.event_type != b.event_type:
        return False
    return (
        a.sub_event_type == b.sub_event_type
        or (a.sub_event_type in SEVERITY and b.sub_event_type in SEVERITY)
        or unarmed(a)
        or unarmed(b)
    )


def _one_per_day(a: Draft, b: Draft) -> bool:
    """Two sub-types of one type told at one place on one day that ACLED would code once: a crowd's
    riot told as a violent demonstration and as mob violence (one crowd); a remote attack told again
    with no date of its own by another weapon word ("airstrikes on sites in the Damascus countryside"
    ... "the Israeli missiles targeted military sites"). Not two attacks each dated ("shelled Kherson
    on Sunday, killing two ... drones struck Kherson on Sunday, wounding three")."""
    if a.event_type != b.event_type:
        return False
    if a.event_type == "Riots":
        # one crowd against the same side ("set fire to part of a police station" ... "stormed the police
        # station"), not a demonstration against police and a mob lynching a thief
        return overlap(a.time, b.time) and (a.actor2 is None or b.actor2 is None or a.actor2 == b.actor2)
    undated = [d for d in (a, b) if d.time_source == "undated"]
    other = b if undated and undated[0] is a else a
    # (the other dated by when it was told, "SANA said on Thursday that Israel had carried out airstrikes",
    # or on the same day; not an event dated on a day of its own, "last Friday Israel carried out strikes")
    return (
        a.event_type == "Explosions/Remote violence"
        and bool(undated)
        and (overlap(a.time, b.time) or other.time.speech)
    )


def _refers_back(a: Draft, b: Draft) -> bool:
    """The later telling, with no day of its own, names by "the" what the earlier one brought in
    by "a" ("a drone struck a car in southern Lebanon" ... "the car was hit with a guided missile
    near Ghandouriyeh"): given information, the same event told again, whatever weapon word
    each telling uses."""
    if a.event_type != b.event_type or b.time_source not in ("inherited", "undated") or b.separate:
        return False
    if b.sentence.start <= a.sentence.start:
        return False
    brought = _heads(a.sentence.text, "a")
    return bool(brought & _heads(b.sentence.text, "the"))


def retold_apart(a: Draft, b: Draft) -> bool:
    """The later telling names by "the" what the earlier one brought in by "a" (as _refers_back) and
    tells a violent event of another type ("an attack on a village near Malam killed four herdsmen" ...
    "on Sunday afternoon militiamen attacked the nomadic village"; "launched an attack on a police station"
    ... "attacked the police station, setting off a car bomb"): the same incident, each telling's words
    typing it apart, typed again on both (merge_pairs). A day of its own may be told again, but must agree
    (same_event)."""
    if a.event_type == b.event_type or not {a.event_type, b.event_type} <= VIOLENT:
        return False
    if b.separate or b.sentence.start <= a.sentence.start:
        return False
    return bool(_heads(a.sentence.text, "a") & _heads(b.sentence.text, "the"))


def _heads(text: str, article: str) -> set[str]:
    """The head nouns of the noun phrases an article opens ("a car", "an armoured vehicle": car,
    vehicle; "the car was hit": car), as the last of up to two lower-case words that are not
    function words."""
    function_words = load_lexicon().function_words
    heads = set()
    for m in NOUN_PHRASE.finditer(text):
        if (m.group(1).lower() == "the") != (article == "the"):
            continue
        words = [w for w in m.group(2, 3) if w]
        if words[0] in function_words:
            continue
        head = words[1] if len(words) > 1 and words[1] not in function_words else words[0]
        if len(head) >= 3 and head not in function_words:
            heads.add(head)
    return heads


NOUN_PHRASE = re.compile(r"\b([Aa]n?|[Tt]he)\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?")


def unarmed(draft: Draft) -> bool:
    """A strike told with no weapon ("a car was hit in the village of Zolochiv"): its sub-type is
    a guess, and the strike a report tells with its weapon there that day may be the same."""
    return (
        draft.event_type == "Explosions/Remote violence"
        and not draft.weapons
        # its sub-type not told by its own words ("shelled" tells it; "hit", "killed" do not)
        and (draft.trigger.needs_weapon or draft.trigger.event_type != draft.event_type)
    )


def same_event(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    if _two_listed(a, b):
        return False  # "shelled the towns of Fardis, Aitaroun and al-Naqoura": a scene each
    if nothing_of_its_own(a, b, gazetteer) or nothing_of_its_own(b, a, gazetteer):
        return True
    if only_heard(a, b, gazetteer):
        return True
    if same_toll(a, b) or damage_of(a, b) or damage_of(b, a):
        return True
    if not (_same_kind(a, b) or _one_per_day(a, b) or _refers_back(a, b) or retold_apart(a, b)):
        return False
    retold = any(d.time_source == "undated" and not d.separate for d in (a, b))
    if not (overlap(a.time, b.time) or retold):
        return False  # another day (an event told with no date is the dated one told again,
        # unless the text opens it as another incident)
    if two_villages(a, b):
        return False  # "20 civilians were massacred in Karou. Fourteen were killed in Ouatagouna"
    if (a.place is None) != (b.place is None) and (_another_of_its_kind(a) or _another_of_its_kind(b)):
        return False  # "A second airstrike struck a car, killing three": another incident, wherever it was
    if a.place is None or b.place is None:
        return (
            a.place is b.place or a.event_type != "Diplomacy" or a.sub_event_type in ("Meeting", "Phone call")
        )
    if a.place.entry == b.place.entry:
        return not _another_with_its_toll(a, b)
    if a.sub_event_type in ("Proposal", "Demand", "Statement") or a.separate or b.separate:
        return False  # ("Hours later, in Bannu district, ...": another incident, inside the province or not)
    if any(elsewhere_in(x, y, gazetteer) or another_village(x, y, gazetteer) for x, y in ((a, b), (b, a))):
        return False  # "the town of Arnoun in Nabatieh province" (unknown) and Bint Jbeil in it: two places
    return (
        gazetteer.contains(a.place.entry, b.place.entry)
        or gazetteer.contains(b.place.entry, a.place.entry)
        or retold_with_its_toll(a, b, gazetteer)
        or _guessed_near(a, b, gazetteer)
        or _guessed_near(b, a, gazetteer)
    )


def _another_with_its_toll(a: Draft, b: Draft) -> bool:
    """The later telling opens another incident ("Later on Friday, insurgents struck an outlying
    neighbourhood of Nangade town and killed three") and each telling has dead of its own: two events at
    one place that day, each with its toll."""
    later = b if b.sentence.start > a.sentence.start else a
    if not later.separate:
        return False
    # (or a village of its own the gazetteer lacks, placed in the other's town: "A second attack on a post
    # in Boulkessi wounded two soldiers")
    earlier = a if later is b else b
    if later.unknown_place and later.unknown_place != earlier.unknown_place and _counted(later):
        return True
    return bool(a.casualties.fatalities) and bool(b.casualties.fatalities)


def _counted(draft: Draft) -> bool:
    return bool(draft.casualties.fatalities or draft.casualties.injuries)


def _two_listed(a: Draft, b: Draft) -> bool:
    """Two settlements of one list its clause set the event at (place_lists.listed_scenes): two scenes, one
    holding the other or not."""
    return (
        a.listed
        and b.listed
        and a.sentence.start == b.sentence.start
        and (
            a.place is None
            or b.place is None
            or a.place.entry != b.place.entry
            or a.unknown_place != b.unknown_place
        )
    )


def _guessed_near(told: Draft, scene: Draft, gazetteer: Gazetteer) -> bool:
    """The later telling, with no day of its own, names a scene the gazetteer lacks, placed at a town
    named outside its sentence ("... 23 others wounded in the firefight in Barangay Liang", placed at the
    headline's Sulu); the earlier telling is at a known town of the same first-level division ("killed on
    Friday in an encounter with soldiers in Patikul"): the scene's town is only a guess, the event the
    one told that day in that division."""
    if not scene.unknown_place or told.unknown_place or scene.sentence.start <= told.sentence.start:
        return False
    if gazetteer.kind(told.place.entry) != "city":
        return False  # (a district told before is no town the scene was guessed near)
    if scene.time_source not in ("inherited", "undated") or scene.separate:
        return False
    if scene.sentence.start <= scene.place.mention.start < scene.sentence.end:
        return False  # its container named with it ("in Kohna Deh village, Pashtun Zarghun district")
    ea, eb = gazetteer.entry(told.place.entry), gazetteer.entry(scene.place.entry)
    return (
        bool(ea["admin1_code"])
        and ea["admin1_code"] == eb["admin1_code"]
        and gazetteer.country_code(told.place.entry) == gazetteer.country_code(scene.place.entry)
    )


def _another_of_its_kind(draft: Draft) -> bool:
    """Its sentence opens on its event word told as another of its kind ("A second airstrike struck a car",
    "Another attack hit ..."; not "Meanwhile, two soldiers were also injured", more of the same event)."""
    # (or told so after its verb: "A third civilian died in another strike", other_events.another_incident)
    return draft.separate or OTHER_OF_ITS_KIND.match(draft.sentence.text.lstrip()) is not None


def told_from(draft: Draft, target: Draft) -> bool:
    """The draft tells the place the target told only as around a town ("on the outskirts of Colombo")
    as a point away from it ("in Dompe, 30 kilometres east of the capital"): the more precise telling.
    (Not a town's own name against a point away from it: "drones struck Omdurman" ... "launched from a
    base 40 km north of Omdurman".)"""
    if draft.place is None or target.place is None or draft.place.entry != target.place.entry:
        return False
    told, around = draft.place.mention, target.place.mention
    return around.relation in ("outskirts", "near") and told.relation == "offset" and told.bearing is not None


def _retold(draft: Draft) -> bool:
    """Its count points back at dead told before ("The eight soldiers were killed when ...")."""
    span = draft.casualties.fatal_span
    if span is None or span[0] < 0:
        return False
    near = draft.sentence.text[max(0, span[0] - 12) : span[0] + 12]
    return RETOLD_COUNT.search(near) is not None


RETOLD_COUNT = re.compile(r"\b(?:the|these|those)\s+(?:same\s+)?(?:\d+|[a-z]+)\b", re.I)


def same_toll(a: Draft, b: Draft) -> bool:
    """ "One person was killed and eight were injured in the Russian attack on Odesa" and "Russia
    attacked Odesa this afternoon, killing one person and injuring eight others": one violent event
    told twice and typed apart by each telling's words; the same dead and the same wounded, that day,
    at that place, say so."""
    if a.event_type == b.event_type or not {a.event_type, b.event_type} <= VIOLENT:
        return False
    ca, cb = a.casualties, b.casualties
    if not ca.fatalities or ca.fatalities != cb.fatalities:
        return False
    if (
        ca.injuries is None
        and cb.injuries is None
        and not (ca.fatal_group and ca.fatal_group == cb.fatal_group and (_retold(a) or _retold(b)))
    ):
        return False  # the dead alone: two events, unless one telling points back ("The eight soldiers were")
    if None not in (ca.injuries, cb.injuries) and ca.injuries != cb.injuries:
        return False  # (the wounded told by one telling only: "..., and several were injured")
    if a.sentence.paragraph == b.sentence.paragraph:
        return False  # one paragraph's two sentences each with its toll: two events ("... A roadside bomb
        # killed three civilians"); a report retells its lede in a later paragraph
    if ca.fatalities + (ca.injuries or cb.injuries or 0) < 3:
        return False  # "one killed, one injured": a toll too common to tell one event
    if a.separate or b.separate or a.place is None or b.place is None:
        return False
    return a.place.entry == b.place.entry and overlap(a.time, b.time)
