"""The drafts of one article -> one event per type, place and day -> EventRecords."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from shapely.geometry import Point, shape
from unidecode import unidecode

from events.extraction.casualties import Casualties
from events.extraction.counts import combine, reported
from events.extraction.dating import OTHER_OF_ITS_KIND
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.lexicon import load_lexicon
from events.extraction.timex import TimeRef
from events.extraction.timing import dates_telling, overlap
from events.places import Gazetteer, haversine_km, place_fields
from events.reading.article import Article
from events.records.record import EventRecord, Source, make_record, stable_id

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


def _specificity(draft: Draft, gazetteer: Gazetteer) -> int:
    if draft.place is None:
        return 4
    return SPECIFICITY.get(gazetteer.kind(draft.place.entry), 3)


def _same_kind(a: Draft, b: Draft) -> bool:
    if a.event_type != b.event_type:
        return False
    return (
        a.sub_event_type == b.sub_event_type
        or (a.sub_event_type in SEVERITY and b.sub_event_type in SEVERITY)
        or _unarmed(a)
        or _unarmed(b)
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


def _retold_apart(a: Draft, b: Draft) -> bool:
    """The later telling names by "the" what the earlier one brought in by "a" (as _refers_back) and
    tells a violent event of another type ("an attack on a village near Malam killed four herdsmen" ...
    "on Sunday afternoon militiamen attacked the nomadic village"; "launched an attack on a police station"
    ... "attacked the police station, setting off a car bomb"): the same incident, each telling's words
    typing it apart, typed again on both (_merge). A day of its own may be told again, but must agree
    (_same_event)."""
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


def _unarmed(draft: Draft) -> bool:
    """A strike told with no weapon ("a car was hit in the village of Zolochiv"): its sub-type is
    a guess, and the strike a report tells with its weapon there that day may be the same."""
    return (
        draft.event_type == "Explosions/Remote violence"
        and not draft.weapons
        # its sub-type not told by its own words ("shelled" tells it; "hit", "killed" do not)
        and (draft.trigger.needs_weapon or draft.trigger.event_type != draft.event_type)
    )


def _same_event(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    if _two_listed(a, b):
        return False  # "shelled the towns of Fardis, Aitaroun and al-Naqoura": a scene each
    if _nothing_of_its_own(a, b, gazetteer) or _nothing_of_its_own(b, a, gazetteer):
        return True
    if _only_heard(a, b, gazetteer):
        return True
    if _one_toll(a, b) or _damage_of(a, b) or _damage_of(b, a):
        return True
    if not (_same_kind(a, b) or _one_per_day(a, b) or _refers_back(a, b) or _retold_apart(a, b)):
        return False
    retold = any(d.time_source == "undated" and not d.separate for d in (a, b))
    if not (overlap(a.time, b.time) or retold):
        return False  # another day (an event told with no date is the dated one told again,
        # unless the text opens it as another incident)
    if _two_villages(a, b):
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
    if any(_elsewhere_in(x, y, gazetteer) or _another_village(x, y, gazetteer) for x, y in ((a, b), (b, a))):
        return False  # "the town of Arnoun in Nabatieh province" (unknown) and Bint Jbeil in it: two places
    return (
        gazetteer.contains(a.place.entry, b.place.entry)
        or gazetteer.contains(b.place.entry, a.place.entry)
        or _retold_with_its_toll(a, b, gazetteer)
        or _guessed_near(a, b, gazetteer)
        or _guessed_near(b, a, gazetteer)
    )


def _another_with_its_toll(a: Draft, b: Draft) -> bool:
    """The later telling opens another incident ("Later on Friday, insurgents struck an outlying
    neighbourhood of Nangade town and killed three") and each telling has dead of its own: two events at
    one place that day, each with its toll."""
    later = b if b.sentence.start > a.sentence.start else a
    return later.separate and bool(a.casualties.fatalities) and bool(b.casualties.fatalities)


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
    # (or told so after its verb: "A third civilian died in another strike", counting.another_incident)
    return draft.separate or OTHER_OF_ITS_KIND.match(draft.sentence.text.lstrip()) is not None


def _told_from(draft: Draft, target: Draft) -> bool:
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


def _two_villages(a: Draft, b: Draft) -> bool:
    """Each told at a place the gazetteer lacks, by two names that are not one name spelt two ways
    ("Dan Isa" and "Danisa", "Wad al-Nura" and "Wad Al Noura" are one)."""
    x, y = _bare(a.unknown_place), _bare(b.unknown_place)
    return bool(x and y) and x not in y and y not in x and SequenceMatcher(None, x, y).ratio() < SPELT_ALIKE


SPELT_ALIKE = 0.75
ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|an|at|ash|az)\b|[^a-z]")


def _bare(name: str) -> str:
    """A name without case, accents, spaces, hyphens and Arabic articles."""
    return ARTICLE.sub("", unidecode(name).lower())


def _one_toll(a: Draft, b: Draft) -> bool:
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


LOOTED = re.compile(
    r"\b(?:loot(?:ed|ing)?|plunder(?:ed|ing)?|st[oe]l(?:e|en)|robb(?:ed|ery)|pillag(?:ed|ing))\b", re.I
)


def _damage_of(damage: Draft, attack: Draft) -> bool:
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


def _nothing_of_its_own(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    """ "As the search team cordoned off the spot, the militants opened fire, ... triggering a gun
    battle": a violent event with neither a place nor a day of its own (both from earlier sentences)
    is the violent event told that day at that place or the place holding it, whatever its words
    type it as."""
    if not b.borrowed or a.borrowed or b.separate or a.place is None or b.place is None:
        return False
    if not ({a.event_type, b.event_type} <= VIOLENT and overlap(a.time, b.time)):
        return False
    return a.place.entry == b.place.entry or gazetteer.contains(a.place.entry, b.place.entry)


def _only_heard(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
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


def _elsewhere_in(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
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


def _another_village(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
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


def _retold_with_its_toll(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
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
    return _on_its_edge(a, b, gazetteer) or _on_its_edge(b, a, gazetteer)


def _on_its_edge(area: Draft, town: Draft, gazetteer: Gazetteer) -> bool:
    """The town lies in, or within EDGE_KM of, the first-level division or region the other names."""
    if area.place is None or town.place is None:
        return False
    return (
        gazetteer.kind(area.place.entry) in ("admin1", "region")
        and gazetteer.kind(town.place.entry) == "city"
        and gazetteer.country_code(area.place.entry) == gazetteer.country_code(town.place.entry)
        and gazetteer.km_outside(area.place.entry, town.place.entry) <= EDGE_KM
    )


def merge_drafts(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """One event per type, place and day; a headline's events folded into the body's; no
    country-wide summary beside the events it sums up."""
    body = _merge(_crowds_turned_violent([d for d in drafts if not d.headline], gazetteer), gazetteer)
    merged = fold_headlines(body, [d for d in drafts if d.headline], gazetteer)
    merged = _merge(_placed_in_the_story(merged, gazetteer), gazetteer)
    merged = [d for d in merged if not _summarised(d, merged, gazetteer)]
    kept = []
    for draft in merged:
        parts = _parts_of_its_sum(draft, merged, gazetteer)
        if parts:  # the parts are the events; the first takes the total's sentences as evidence
            parts[0].spans = sorted(set(parts[0].spans + draft.spans))
        else:
            kept.append(draft)
    return kept


def _parts_of_its_sum(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """A toll told first and then told again place by place, on the same day and in the same first-level
    division ("Israeli air strikes killed at least 15 Palestinians in the southern Gaza Strip on Sunday"
    ... "Eight people were killed when a strike hit a house in Rafah, and seven others died in a strike on
    a car in Khan Younis"): the parts are the events, the total no event of its own. The parts (none when
    the draft is no such total)."""
    total = draft.casualties.fatalities
    if draft.event_type not in VIOLENT or not total or total < 2 or draft.place is None:
        return []
    region = (
        gazetteer.division_holding(draft.place.entry)
        if gazetteer.kind(draft.place.entry) != "admin1"
        else draft.place.entry
    )
    if region is None:
        return []
    parts = [o for o in drafts if o is not draft and min(o.spans)[0] > min(draft.spans)[0]
             and o.event_type in VIOLENT and o.place is not None and o.casualties.fatalities
             and overlap(o.time, draft.time)
             and gazetteer.division_holding(o.place.entry) == region]  # fmt: skip
    return parts if len(parts) >= 2 and sum(o.casualties.fatalities for o in parts) == total else []


def _told_in(draft: Draft, detail: Draft, gazetteer: Gazetteer) -> bool:
    """The detail's event could be the one the draft tells more loosely: of its type, or both
    violent, on the same day, placed within the draft's country (or anywhere, if it has none),
    by the same side (when both name one), and not with a toll of its own beside the draft's
    unless the draft names the part of the country that holds it."""
    if detail is draft or detail.place is None or gazetteer.kind(detail.place.entry) == "country":
        return False
    if draft.actor1 and detail.actor1 and draft.actor1 != detail.actor1:
        return False  # "RSF shelling killed 30 ... army drones struck Nyala": another side's, another event
    if (
        draft.casualties.fatalities
        and detail.casualties.fatalities is not None
        and not _in_its_part(detail, draft, gazetteer)
    ):
        return False  # two tolls: two events ("killing four officers across Haiti" ... "three residents"),
        # unless the loose one names the part of the country the other lies in ("in central Mali")
    if not ({draft.event_type, detail.event_type} <= VIOLENT or draft.event_type == detail.event_type):
        return False
    country = draft.place.entry if draft.place is not None else None
    return (country is None or gazetteer.contains(country, detail.place.entry)) and (
        detail.time.event_date == draft.time.event_date
    )


def _placed_in_the_story(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """An event told with no place at all ("Police charges, tear gas and rubber bullets injured at
    least 50 party activists on Tuesday") on the day of the report's first placed event happened
    where that event did: it takes that place (a town or a division, not a country), with a note
    saying so. On another day, or opened as another incident ("Elsewhere on Sunday, a drone attack
    wounded three people"), it may be anywhere: it keeps no place."""
    story = next((d for d in drafts if d.place is not None and d.event_type != "Diplomacy"
                  and gazetteer.kind(d.place.entry) != "country"), None)  # fmt: skip
    if story is None:
        return drafts
    for draft in drafts:
        if (
            draft.place is None
            and not draft.unknown_place
            and draft.event_type != "Diplomacy"
            and not draft.separate  # "Elsewhere on Sunday, ...", "In a separate incident, ..."
            and overlap(draft.time, story.time)
        ):
            draft.place = story.place
            draft.notes.append(f"No place in its sentences: placed where the report's first event is, "
                               f"'{story.place.mention.text}', that day.")  # fmt: skip
    return drafts


def _summarised(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> bool:
    """An event told only in a country, or nowhere ("Fighting raged across Sudan on Monday"),
    beside an event the report places within it that day that it may tell more loosely
    (_told_in: "... in El Fasher"): a summary of it, not an event of its own. That event takes
    its sentences as evidence, and its toll when it has none ("jihadists killed at least eight
    people Sunday in a raid on an army camp in central Mali" ... "stormed Dioura army camp")."""
    if draft.event_type == "Diplomacy" or draft.unknown_place:
        return False
    if draft.separate:
        return False  # "Elsewhere on Sunday, a drone attack wounded three": another incident
    country = draft.place.entry if draft.place is not None else None
    if country is not None and gazetteer.kind(country) != "country":
        detail = _area_told_after(draft, drafts, gazetteer)
        if detail is None:
            return False
        detail.features |= draft.features  # (typed again on all its tellings)
        detail.mixed = detail.modelled = detail.modelled or draft.modelled
    else:
        detail = next((o for o in drafts if _told_in(draft, o, gazetteer)), None)
    if detail is None:
        return False
    detail.spans = sorted(set(detail.spans + draft.spans))
    if detail.casualties.fatalities is None and detail.casualties.injuries is None:
        detail.casualties = draft.casualties
    return True


def _area_told_after(draft: Draft, drafts: list[Draft], gazetteer: Gazetteer) -> Draft | None:
    """A lede that tells its event in a division only, with no day of its own ("Troops have beaten back
    an attack on a military base in Borno State"), and the next event the report tells within that
    division, of a violent type, on the report's day or the day before ("the terrorists invaded
    Kunnari, a village near Buratai town, at about 3am yesterday"): one event, told loosely and then
    precisely. -> the precise telling, which keeps its place and day and takes the lede's sentences,
    words and toll (_summarised); None when there is none."""
    if draft.place is None or draft.time.expression or draft.context:
        return None
    if (
        gazetteer.kind(draft.place.entry) not in ("admin1", "admin2", "region")
        or draft.event_type not in VIOLENT
    ):
        return None
    later = [o for o in drafts if o is not draft and min(o.spans)[0] > min(draft.spans)[0]]
    detail = next((o for o in later if o.event_type != "Diplomacy"), None)
    if (
        detail is None
        or detail.place is None
        or detail.event_type not in VIOLENT
        or detail.separate
        or (detail.place.entry == draft.place.entry and not detail.unknown_place)
        or not (
            detail.place.entry == draft.place.entry
            or gazetteer.contains(draft.place.entry, detail.place.entry)
        )
        or not 0 <= (draft.time.event_date - detail.time.event_date).days <= 1
        or _other_sides(draft, detail)
    ):
        return None
    return detail


def _other_sides(a: Draft, b: Draft) -> bool:
    """Both name the two sides, and no side of one is a side of the other (one side named tells too
    little: "Troops beat back an attack" ... "the terrorists invaded Kunnari")."""
    sides_a, sides_b = {a.actor1, a.actor2} - {None}, {b.actor1, b.actor2} - {None}
    return len(sides_a) == len(sides_b) == 2 and not sides_a & sides_b


def _in_its_part(detail: Draft, draft: Draft, gazetteer: Gazetteer) -> bool:
    """The draft names a part of a country ("central Mali") that holds the detail's place."""
    if draft.place is None or not draft.place.mention.direction or detail.place is None:
        return False
    drawn = place_fields(draft.place, gazetteer)["geometry"]
    point = gazetteer.lonlat(detail.place.entry)
    return drawn is not None and point is not None and shape(drawn).contains(Point(*point))


def _crowds_turned_violent(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """ "Police fired tear gas to disperse workers, who had taken to the streets and pelted
    stones": a protest met with force and a riot told in one sentence are one crowd, which
    turned violent: the riot, with the force's counts and its sentence as evidence."""
    out: list[Draft] = []
    for draft in drafts:
        riot = draft.event_type == "Protests" and next(
            (d for d in drafts if d.event_type == "Riots" and _places_compatible(d, draft, gazetteer)
             and (d.sentence.start == draft.sentence.start or _one_scene_day(d, draft))), None)  # fmt: skip
        if not riot:
            out.append(draft)
            continue
        riot.spans = sorted(set(riot.spans + draft.spans))
        riot.casualties = combine(riot.casualties, draft.casualties)
        if riot.actor2 is None and draft.actor2 not in (None, riot.actor1):
            riot.actor2, riot.inter2 = draft.actor2, draft.inter2
    return out


def _one_scene_day(a: Draft, b: Draft) -> bool:
    """Told at one place (both placed) on one day: one crowd, as ACLED codes a location-day."""
    return (
        a.place is not None
        and b.place is not None
        and a.place.entry == b.place.entry
        and overlap(a.time, b.time)
    )


def fold_headlines(body: list[Draft], headlines: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    """A headline retells the body: its event joins the body's event of the same type at a
    compatible place (whatever the day: headlines rarely say it), adding its sentence as
    evidence and its counts only where the body gives none. A headline event at a place
    the body tells another type of event at is the body's (the body says more); a headline
    event the body does not tell at all stands on its own. A body event it joins that has no
    place takes the headline's."""
    kept: list[Draft] = []
    for draft in headlines:
        near = [b for b in body if _places_compatible(b, draft, gazetteer) or _stand_in(draft, b, gazetteer)
                or _district_of(b, draft, gazetteer) or _on_its_edge(draft, b, gazetteer)
                or _close_to(draft, b, gazetteer)]  # fmt: skip
        same = [b for b in near if b.event_type == draft.event_type] or [
            b for b in near if {b.event_type, draft.event_type} <= VIOLENT
        ]  # one attack told as an attack in the headline, as a strike or a massacre in the body
        if not near:  # its town read as the province it names, when the body tells nothing at the town itself
            named = [b for b in body if _province_named(b, draft, gazetteer)]
            same = [b for b in named if b.event_type == draft.event_type] or [
                b for b in named if {b.event_type, draft.event_type} <= VIOLENT
            ]
        if same:
            target = same[0]
            target.spans = sorted(set(target.spans + draft.spans))
            target.features |= draft.features
            told = (draft.sentence.start, draft.sentence.end)
            if any(span != told for span in draft.spans) and reported(draft.casualties):
                # the headline took the lede's counts ("shot five men to death", told right under it): the
                # body's own telling of them
                target.casualties = combine(target.casualties, draft.casualties)
            else:
                target.casualties = _headline_counts(target.casualties, draft.casualties)
            _place_from(target, draft)
            _date_from(target, draft)  # "The attack took place early Thursday", read with the headline's
        elif near:
            _place_from(near[0], draft)
        else:
            kept.append(draft)
    return body + _merge(kept, gazetteer)


def _headline_counts(body: Casualties, headline: Casualties) -> Casualties:
    """The counts of a body event a headline retells: the headline's where the body gives none; where the
    body gives one kind, the headline's other kind when the kind both give agrees ("One killed, five
    wounded in camp attack" over "A displaced person was killed in the camp": five wounded); the headline's
    figure where the body tells only a bound it exceeds ("more than 40")."""
    if body.fatalities is None and body.injuries is None:
        return headline
    if body.above and not headline.above and (headline.fatalities or 0) > (body.fatalities or 0):
        # "At Least 43 Dead" over "More than 40 people have been killed": the figure the body's bound holds
        return replace(body, fatalities=headline.fatalities, above=False)
    if body.injuries is None and headline.injuries is not None and body.fatalities == headline.fatalities:
        return replace(body, injuries=headline.injuries)
    if body.fatalities is None and headline.fatalities is not None and body.injuries == headline.injuries:
        return replace(body, fatalities=headline.fatalities)
    return body


def _place_from(target: Draft, headline: Draft) -> None:
    """A body event told with no place takes the place of the headline that retells it."""
    if target.place is None and not target.unknown_place and headline.place is not None:
        target.place, target.unknown_place = headline.place, headline.unknown_place
        target.notes.append(f"Place from the headline: '{headline.place.mention.text}'.")


def _date_from(target: Draft, draft: Draft) -> None:
    """The date of two tellings of one event: the one that dates it, over one that gives only
    when it was told, or none (unless it is a coarser time holding the day the undated one is
    told on); the more precise of two alike, never the report's day of an undated headline over
    a date the text gives ("The attack happened last week") unless that date holds the day ("in
    November" in a November report)."""
    if (
        dates_telling(draft.time, target.time)
        or (
            target.time_source == "undated"
            and draft.time_source != "undated"
            and not _holds(draft.time, target.time)
        )
        or (
            draft.time.speech == target.time.speech
            and draft.time.precision < target.time.precision
            and (
                draft.time_source != "undated"
                or target.time_source == "undated"
                or _holds(target.time, draft.time)
            )
        )
    ):
        target.time, target.time_source = draft.time, draft.time_source
        told = [n for n in draft.notes if n.startswith(DATE_NOTES)][-1:]  # where the date was read
        target.notes = [n for n in target.notes if not n.startswith(DATE_NOTES)] + told


def _holds(coarse: TimeRef, day: TimeRef) -> bool:
    """A coarser time that holds the day an undated event is told on ("in September", of a report
    on 25 September): no more than that day says."""
    return coarse.precision > day.precision and coarse.date_start <= day.event_date <= coarse.date_end


NEAR_KM = 50.0  # a town this close to the one a headline says an event was near may be where it was


def _close_to(headline: Draft, body: Draft, gazetteer: Gazetteer) -> bool:
    """The headline tells its scene as near a town or on its outskirts ("clash near Goma"); the body
    tells it at a town within NEAR_KM of that one ("around the town of Sake, 25 km west of Goma")."""
    if (
        headline.place is None
        or body.place is None
        or headline.place.mention.relation not in ("near", "outskirts")
    ):
        return False
    a, b = gazetteer.lonlat(headline.place.entry), gazetteer.lonlat(body.place.entry)
    return (
        a is not None
        and b is not None
        and gazetteer.kind(body.place.entry) == "city"
        and haversine_km(a[1], a[0], b[1], b[0]) <= NEAR_KM
    )


def _stand_in(headline: Draft, body: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's scene the gazetteer lacks, placed at a stand-in ("armed gang attack in Rohingya
    refugee camp", placed at the dateline's Dhaka), tells no place against the body's in the same
    country."""
    if not headline.unknown_place or headline.place is None or body.place is None:
        return False
    return gazetteer.country_code(headline.place.entry) == gazetteer.country_code(body.place.entry)


def _district_of(body: Draft, headline: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's town and a body event placed at a second-level division of the same province
    ("Clashes in Herat" over "in Kohna Deh village, Pashtun Zarghun district"): the town names the
    province the district lies in."""
    if body.place is None or headline.place is None or _told_as_a_town(headline):
        return False
    district, town = body.place.entry, headline.place.entry
    if gazetteer.kind(district) != "admin2" or gazetteer.kind(town) != "city":
        return False
    province = gazetteer.entry(district)["admin1_code"]
    return bool(province) and province == gazetteer.entry(town)["admin1_code"]


TOWN_AFTER = re.compile(r"\s+(?:metropolis|city|town|municipality)\b", re.I)


def _told_as_a_town(headline: Draft) -> bool:
    """ "in Katsina metropolis", "the town of X": the headline names the town itself, not its province."""
    mention, sentence = headline.place.mention, headline.sentence
    return bool(mention.settlement_word) or (
        sentence.start <= mention.start < sentence.end
        and TOWN_AFTER.match(sentence.text, mention.end - sentence.start) is not None
    )


def _province_named(body: Draft, headline: Draft, gazetteer: Gazetteer) -> bool:
    """A headline's town named as its province is ("Ranger hurt in Pattani bomb blast" over "in Mayo
    district of Pattani"): a body event placed anywhere in the first-level division of the town's name."""
    if body.place is None or headline.place is None:
        return False
    mention, sentence = headline.place.mention, headline.sentence
    if not sentence.start <= mention.start < sentence.end or _told_as_a_town(headline):
        return False  # (a place the headline took from elsewhere names no province in it)
    town, place = headline.place.entry, body.place.entry
    if gazetteer.kind(town) != "city" or town == place:
        return False
    division = gazetteer.division_holding(town)
    return (
        division is not None
        and gazetteer.division_holding(place) == division
        and gazetteer.key_of(division) == gazetteer.key_of(town)
    )


def _places_compatible(a: Draft, b: Draft, gazetteer: Gazetteer) -> bool:
    if a.place is None or b.place is None:
        return True
    return (a.place.entry == b.place.entry or gazetteer.contains(a.place.entry, b.place.entry)
            or gazetteer.contains(b.place.entry, a.place.entry))  # fmt: skip


def _merge(drafts: list[Draft], gazetteer: Gazetteer) -> list[Draft]:
    merged: list[Draft] = []
    counted: Draft | None = None  # the event whose dead were told last
    for draft in drafts:
        target = next((m for m in merged if _same_event(m, draft, gazetteer)), None)
        if draft.casualties.more and target is not None and counted is not None and counted is not target:
            # "six other people were killed ... in eastern Khan Younis" after another event's dead: others
            # than those, not more than the event it joins had
            draft.casualties = replace(draft.casualties, more=False)
        if draft.casualties.fatalities:
            counted = target or draft
        if target is None:
            merged.append(draft)
            continue
        one_toll = _one_toll(target, draft)  # (read before the target takes anything of the draft)
        apart = _retold_apart(target, draft)
        if target.sub_event_type == "Looting/property destruction" and draft.event_type in VIOLENT:
            target.event_type, target.sub_event_type = draft.event_type, draft.sub_event_type
            target.sentence, target.trigger = draft.sentence, draft.trigger  # the attack's telling
        elif one_toll or apart:
            # one toll, or one incident, told twice and typed apart: typed again on both tellings' words
            target.mixed = True
            target.modelled = target.modelled or draft.modelled
        elif draft.event_type == target.event_type and (
            SEVERITY.get(draft.sub_event_type, 0) > SEVERITY.get(target.sub_event_type, 0)
            or (_unarmed(target) and not _unarmed(draft))
        ):
            target.sub_event_type = draft.sub_event_type
        if (
            _specificity(draft, gazetteer) < _specificity(target, gazetteer)
            or _told_from(draft, target)
            or (
                draft.unknown_place
                and not target.unknown_place
                and draft.place is not None
                and target.place is not None
                and draft.place.entry == target.place.entry
            )
        ):  # a more precise place, or a village the gazetteer lacks within the same one
            target.place, target.sentence = draft.place, draft.sentence
            target.unknown_place = draft.unknown_place
        _date_from(target, draft)
        if one_toll:  # the same dead told twice: not summed; the wounded from either
            target.casualties = replace(
                target.casualties, injuries=target.casualties.injuries or draft.casualties.injuries
            )
        else:
            target.casualties = combine(target.casualties, draft.casualties, later=True)
        if target.actor1 is None:
            target.actor1, target.inter1 = draft.actor1, draft.inter1
        if target.actor2 is None and draft.actor2 not in (None, target.actor1):
            target.actor2, target.inter2 = draft.actor2, draft.inter2
        elif (
            target.event_type == "Battles"
            and target.actor2 is None
            and draft.actor1 not in (None, target.actor1)
        ):
            # "Russian forces attacked near X, but were repelled by the Ukrainian military": a battle's
            # other side, told as the agent of its other clause
            target.actor2, target.inter2 = draft.actor1, draft.inter1
        target.weapons = list(dict.fromkeys(target.weapons + draft.weapons))
        target.civilian_targeting |= draft.civilian_targeting
        target.confidence = max(target.confidence, draft.confidence)
        target.spans = sorted(set(target.spans + draft.spans))
        target.features |= draft.features
        other_notes = [n for n in draft.notes if not n.startswith(DATE_NOTES)]  # _date_from has the date's
        target.notes = list(dict.fromkeys(target.notes + other_notes))
    return merged


def draft_to_record(draft: Draft, article: Article, gazetteer: Gazetteer) -> EventRecord:
    place = place_fields(draft.place, gazetteer, draft.unknown_place)
    notes = draft.notes + place.pop("notes")
    sentence = draft.sentence
    quoted = article.text[sentence.start : sentence.end]  # as given, not typeset (drafting.typeset_article)
    time = draft.time
    source = Source(
        article_id=article.article_id, title=article.title, published=article.published,
        source=article.source, url=article.url, source_text=quoted,
        source_span=(sentence.start, sentence.end),
    )  # fmt: skip
    return make_record(
        event_id=stable_id(article.article_id, draft.event_type, draft.sub_event_type,
                           place["gazetteer_id"], time.event_date, sentence.start,
                           # (the settlements of one list the gazetteer lacks, placed in one area)
                           *([draft.unknown_place] if draft.listed and draft.unknown_place else [])),
        article_id=article.article_id,
        event_date=time.event_date, date_start=time.date_start, date_end=time.date_end,
        time_precision=min(time.precision, 3), time_expression=time.expression,
        event_type=draft.event_type, sub_event_type=draft.sub_event_type, status=draft.status,
        actor1=draft.actor1, actor2=draft.actor2, inter1=draft.inter1, inter2=draft.inter2,
        civilian_targeting=draft.civilian_targeting,
        weapons=draft.weapons, fatalities=draft.casualties.fatalities,
        injuries=draft.casualties.injuries, source_text=quoted,
        source_span=(sentence.start, sentence.end), evidence_spans=draft.spans,
        confidence=min(1.0, draft.confidence), notes=" ".join(notes), sources=[source],
        **place,
    )  # fmt: skip
