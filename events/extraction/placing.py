"""The place and fall_back steps: where the candidate's event happened. Place takes the
clause's scene places (a weak event word only with a place close to it; a crowd's places
only before what it wants or opposes), else those of a later clause of the sentence with no
event word. Fall_back places an event the gazetteer cannot place directly: a village it
lacks named with its region or division, an anaphor ("in the region"), a scene an earlier
sentence of the paragraph set, or the place the report is about."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher

from events.extraction import scene
from events.extraction.candidate import ANAPHORIC_TRIGGER, ATTACH_WITHIN, CROWDS, ArticleContext, Candidate
from events.extraction.countries import LARGE_TOWN
from events.extraction.draft import Draft
from events.extraction.timing import overlap
from events.extraction.triggers import Hit, scene_clause
from events.places import AREA_KINDS, DIRECTION, Gazetteer, Mention, Resolved, haversine_km, lacks_in
from events.reading.text import Sentence, normalize_name


def place(c: Candidate, ctx: ArticleContext) -> bool:
    """The scene: the clause's places (weak event words only with a place close to them),
    else those of a later trigger-free clause of the sentence."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    c.targets = _scene_places(c, ctx, c.clause) or _passive_subject(c, ctx)
    set_by = []  # the places of the predicate joined to it ("arrived in Baghdad ..., and held talks")
    if not c.targets and not ctx.lacking(c.clause) and (setting := _coordinated(c, ctx)) != c.clause:
        c.targets = set_by = _scene_places(c, ctx, setting)
        if c.targets:
            c.clause = setting
    c.targets = _outside_the_grievance(_before_the_aim(_past_the_landmark(c, ctx), c, ctx), c, ctx)
    if c.roles_of("weak") and not ctx.entry:
        # (a meeting's setting told by the predicate before it: "arrived in Baghdad on Wednesday on his first
        # foreign trip since taking office, and held talks with ...")
        c.targets = [
            p for p in c.targets
            if any(_near_trigger(p, h, text) or _scene_of_verb(p, h, ctx) for h in c.hits)
            or (p in set_by and c.trigger.event_type == "Diplomacy")
        ]  # fmt: skip
        if c.trigger.event_type == "Diplomacy" and (setting := _fronted_setting(c, ctx)) is not None:
            c.targets = [setting]
        if not c.targets and c.trigger.id == "meeting":
            # "flew to Nairobi on an official visit"; "ISLAMABAD: ... hosted X at the Foreign Office"
            c.targets = _travelled_to(c, ctx) or _venue_at_dateline(c, ctx)
        return bool(
            c.targets
            or ctx.lacking(c.clause)
            or scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon, ctx.abroad)
            or _officials_met(c, ctx)
            or _sides_talked(c, ctx)
        )
    if not c.targets and not ctx.lacking(c.clause):
        c.clause = _before_a_person_told(scene_clause(c.clause, c.clause_spans, c.sentence_hits), c, ctx)
        c.targets = _scene_places(c, ctx, c.clause)
    if c.targets and (fallback := ctx.lacking(c.clause)) is not None and _misread(c, fallback, gazetteer):
        c.targets = [fallback.region]  # read as the village the region holds (fall_back), not a namesake
    if not c.targets and (heading := _heading(c, ctx)) is not None:
        c.targets = [heading]
    _far_from_the_story(c, ctx)
    _retold_abroad(c, ctx)
    c.targets = _without_references(c.targets, ctx.text)
    _address(c, ctx)
    _outside_its_division(c, ctx)
    return True


STORY_FAR_KM = 150.0  # a village told this far outside the one division a report is about is a namesake


def _far_from_the_story(c: Candidate, ctx: ArticleContext) -> None:
    """A scene the text calls a village or town ("in Nyaung Kone village", "in Barangay Maligubaan,
    Concepcion town"), read as a namesake far outside the one division the report names ("Pale
    Township, Sagaing Region", "an encounter in Misamis Occidental"), where none of its namesakes lies:
    a place the gazetteer lacks, in that division."""
    story = _story_division(ctx)
    if story is None or c.unknown:
        return
    gazetteer = ctx.gazetteer
    for k, t in enumerate(c.targets):
        if t is None or gazetteer.kind(t.entry) != "city" or not t.mention.settlement_word:
            continue
        if not ctx.lexicon.places.village.fullmatch(t.mention.settlement_word):
            continue
        if any(gazetteer.km_outside(story, e) < STORY_FAR_KM for e, _ in t.mention.candidates):
            continue  # (a namesake in or near the division: the resolver's to choose)
        why = f"no '{t.mention.text}' of the gazetteer lies in {gazetteer.name(story)}, the report's division"
        c.targets[k] = replace(t, entry=story, evidence=(gazetteer.label(story), why))
        c.unknown = t.mention.text
        return


def _retold_abroad(c: Candidate, ctx: ArticleContext) -> None:
    """A sentence that retells the event told just before ("... a car bomb exploded in the northern Iraqi
    city of Kirkuk" ... "The blast hit a crowded market in the Shorja district"), whose scene the gazetteer
    reads only as a namesake in another country far from the town that event was told at (Armenia's
    Shoghakat): a part of that town the gazetteer lacks, placed at the town."""
    told = ctx.told_just_before(c.sentence)
    if told is None or told.place is None or told.unknown_place or c.unknown or len(c.targets) != 1:
        return
    target, gazetteer = c.targets[0], ctx.gazetteer
    if target is None or gazetteer.kind(told.place.entry) != "city":
        return
    if ctx.lexicon.retelling.search(c.sentence.text.lstrip()) is None:
        return
    code = gazetteer.country_code(told.place.entry)
    readings = [e for e, _ in target.mention.candidates] or [target.entry]
    if any(gazetteer.country_code(e) == code for e in readings):
        return  # (a namesake in the town's country: the resolver's to choose)
    a, b = gazetteer.lonlat(told.place.entry), gazetteer.lonlat(target.entry)
    if a is None or b is None or haversine_km(a[1], a[0], b[1], b[0]) < STORY_FAR_KM:
        return
    why = f"no '{target.mention.text}' of the gazetteer lies near {told.place.mention.text}, the event's town"
    c.targets = [replace(told.place, evidence=(gazetteer.label(told.place.entry), why))]
    c.unknown = target.mention.text


def _story_division(ctx: ArticleContext) -> int | None:
    """The one division a report places things in: the divisions it names (second level before first)
    all lie in one first-level division with an outline, named twice or more."""
    gazetteer = ctx.gazetteer
    named = [p.entry for p in ctx.places if gazetteer.kind(p.entry) in ("admin1", "admin2")]
    firsts = {e if gazetteer.kind(e) == "admin1" else gazetteer.division_holding(e) for e in named}
    if len(named) < 2 or len(firsts) != 1 or None in firsts:
        return None
    seconds = {e for e in named if gazetteer.kind(e) == "admin2"}
    story = next(iter(seconds)) if len(seconds) == 1 else next(iter(firsts))
    return story if gazetteer.outline(story) is not None else None


# a relative clause that tells of a person ("..., who usually operated in Macomia")
WHO_CLAUSE = re.compile(r"(?:who|whom|whose)\b")


def _before_a_person_told(clause: tuple[int, int], c: Candidate, ctx: ArticleContext) -> tuple[int, int]:
    """The clause as scene_clause extends it, up to a relative clause on a person the trigger-free clauses
    open ("One of the dead terrorists was identified as ... Twahili Mwidini, who usually operated in
    Macomia": where he operated, not where he died)."""
    for span in c.clause_spans:
        if c.clause[1] - 1 <= span[0] < clause[1] and WHO_CLAUSE.match(ctx.text, span[0]):
            return clause[0], max(c.clause[1], span[0])
    return clause


def _heading(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """A place set as its sentence's heading, before a colon ("Hlukhiv community: the enemy fired
    from MLRS, 20 arrivals"): the scene of what the sentence tells after it (not in the report's
    opening sentence, where "Srinagar: ..." is a dateline, where the report was filed)."""
    report = ctx.report
    opening = next((k for k, s in enumerate(ctx.sentences) if report.role(s.start, s.end) == "body"), 0)
    if c.index <= opening:
        return None
    start = c.sentence.start + len(c.sentence.text) - len(c.sentence.text.lstrip().lstrip("\"“'"))
    for p in ctx.places:
        if p.mention.start != start:
            continue
        heading = ctx.lexicon.places.heading.match(ctx.text, p.mention.end)
        if heading is not None and heading.end() <= c.hit.start + 1:
            return p
    return None


def _without_references(targets: list[Resolved | None], text: str) -> list[Resolved | None]:
    """A place told after another as where that one lies ("in Mudiyah district, east of the capital,
    Aden", "in Dompe, 30 km east of Colombo", "southwest of Kirkuk, some 250 km from Baghdad") is its
    reference, no scene of its own (not one told first: "struck targets near Homs on Friday and hit
    the area of Hama airport on Sunday" tells two scenes). A bearing set off by a comma after another
    place's phrase tells where that one lies, however near it is told ("near the Soshanguve police
    station, north of Pretoria")."""
    told = [(t.mention.start, REFERENCE_RANK.get(t.mention.relation, 0)) for t in targets if t is not None]

    def reference(t: Resolved) -> bool:
        own = REFERENCE_RANK.get(t.mention.relation, 0)
        earlier = any(at < t.mention.start and rank < own for at, rank in told)
        return earlier or _apposed_bearing(t, targets, text)

    return [t for t in targets if t is None or not reference(t)]


def _apposed_bearing(place: Resolved, targets: list[Resolved | None], text: str) -> bool:
    """The place is told as ", north of X" right after the phrase of another of the targets."""
    if place.mention.bearing is None or place.mention.relation != "near":
        return False
    earlier = [t for t in targets if t is not None and t.mention.end <= place.mention.start]
    if not earlier:
        return False
    last = max(earlier, key=lambda t: t.mention.end)
    return APPOSED_BEARING.fullmatch(text, last.mention.end, place.mention.start) is not None


# the gap between a place's phrase and a bearing that places it (" police station, north of the ")
APPOSED_BEARING = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s*,\s+(?:(?:just|about|some|slightly|due)\s+)?[\w-]+\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village)\s+of\s+|(?:[\w'’-]+\s+)?capital,?\s+)?"
)


# how a place is told, from the scene itself (0: "in X", "on the outskirts of X") to a reference for
# another place (1: "near X", "west of X", "between X and Y"; 2: "some 250 km from X")
REFERENCE_RANK = {"near": 1, "between": 1, "offset": 2}


ADDRESS_GAP = re.compile(r",\s*")
# "in Abagana in Makurdi", "at Tudun Wada market in Zaria": the first name (or the part of a town it names)
# lies in the town after it, whatever follows
IN_TOWN_GAP = re.compile(r"\s+(?:(?P<part>[a-z]+)\s+)?in\s+")
# after the town: more of a list of places ("in Kabul, Kandahar and Herat"), not an address
LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?[A-Z]|\s+(?:and|or)\s+[A-Z]")
# between the town and the division holding it: a comma, or "in" ("in barangay San Miguel, Las Navas in
# Northern Samar")
HELD_GAP = re.compile(r",\s*|\s+in\s+(?:the\s+)?")
NEIGHBOURHOOD_KM = 25.0  # a part of a town named before it lies this close to it


def _address(c: Candidate, ctx: ArticleContext) -> None:
    """An address, from the smallest place out ("in Barangay San Jose, Mapanas, Northern Samar"): the
    first name is a part of the town after it, which the division after that holds (after a comma or
    "in": "in barangay San Miguel, Las Navas in Northern Samar"), or which "in" joins it to ("in Abagana
    in Makurdi"), or a comma that no further name of a list follows ("in Abagana, Makurdi, on Monday").
    Read as a namesake lying far from that town, it is a place the gazetteer lacks, placed at the town
    (not a second scene sharing the count), and so is that name told again later (_told_again_in)."""
    gazetteer, text = ctx.gazetteer, ctx.text
    for part, town in zip(c.targets, c.targets[1:], strict=False):
        if part is None or town is None or gazetteer.kind(town.entry) != "city" or c.unknown:
            continue
        gap = IN_TOWN_GAP.fullmatch(text, part.mention.end, town.mention.start)
        in_town = gap is not None and (
            gap.group("part") is None or ctx.lexicon.places.town_part.fullmatch(gap.group("part")) is not None
        )
        if not in_town and not ADDRESS_GAP.fullmatch(text, part.mention.end, town.mention.start):
            continue
        held = next((p for p in ctx.places if p.mention.start > town.mention.end), None)
        addressed = (
            held is not None
            and HELD_GAP.fullmatch(text, town.mention.end, held.mention.start) is not None
            and gazetteer.kind(held.entry) in AREA_KINDS
            and gazetteer.contains(held.entry, town.entry)
        )
        # (a comma alone: no list goes on, and no large town, nor a headline's: "Blasts in Kabul, Jalalabad")
        headline = ctx.report.headline or (0, 0)
        lone = (
            LIST_GOES_ON.match(text, town.mention.end) is None
            and gazetteer.population(part.entry) < LARGE_TOWN
            and not headline[0] <= part.mention.start < headline[1]
        )
        # ("in" or a lone comma: only a namesake filed far off, not "in Wukari, Jalingo", one state's towns)
        namesake = (
            gazetteer.kind(part.entry) in ("city", "poi", "admin2")
            and not gazetteer.contains(part.entry, town.entry)
            and scene.elsewhere(part.entry, town.entry, gazetteer)
        )
        if not (addressed or ((in_town or lone) and namesake)):
            continue
        a, b = gazetteer.lonlat(part.entry), gazetteer.lonlat(town.entry)
        if a is None or b is None or haversine_km(a[1], a[0], b[1], b[0]) <= NEIGHBOURHOOD_KM:
            continue
        c.targets = [t for t in c.targets if t is not part]
        c.unknown = part.mention.text
        c.notes.append(
            f"{c.unknown} is not in the gazetteer near {town.mention.text}, which the text names "
            f"after it; placed at {gazetteer.label(town.entry)}."
        )
        _told_again_in(part, town, ctx)
        return


# between a town and the division the address names it in: a comma or "in", after up to two more parts of the
# address ("at Bege Baptist Church, Madala, along Buruku Baringi road, Kaduna, in Chikun Local Government
# Area"), none joined by "and" or "or" (a list of places)
ADDRESS_ON = re.compile(r"(?:,[^,;:.()]{1,40}){0,2}(?:,\s*|,?\s+in\s+(?:the\s+)?)")
LISTED_WITH = re.compile(r"\b(?:and|or)\b")


def _outside_its_division(c: Candidate, ctx: ArticleContext) -> None:
    """A town whose address names the division it lies in, where no town of its name lies ("at Bege
    Baptist Church, Madala, ..., in Chikun Local Government Area", the gazetteer's Madala being near
    Abuja): a place the gazetteer lacks, in that division, not a second scene far off."""
    gazetteer, text = ctx.gazetteer, ctx.text
    for town, held in zip(c.targets, c.targets[1:], strict=False):
        if town is None or held is None or gazetteer.kind(town.entry) != "city" or c.unknown:
            continue
        if gazetteer.kind(held.entry) not in ("admin1", "admin2") or not held.mention.area_word:
            continue
        gap = ADDRESS_ON.fullmatch(text, town.mention.end, held.mention.start)
        if gap is None or LISTED_WITH.search(gap.group(0)):
            continue
        if not lacks_in([held.entry], [e for e, _ in town.mention.candidates], gazetteer):
            continue
        c.targets = [t for t in c.targets if t is not town]
        c.unknown = town.mention.text  # (the record's notes say where it was placed)
        return


def _told_again_in(part: Resolved, town: Resolved, ctx: ArticleContext) -> None:
    """The report said where a part of a town lies ("in barangay San Miguel, Las Navas"): told again
    later, that name is the same part of that town ("at the San Miguel public market"), not the
    namesake far off that the name alone reads as."""
    why = f"'{part.mention.text}' lies in {town.mention.text}, as the text said before"
    named = (part.entry, part.mention.text)
    ctx.places[:] = [
        replace(p, entry=town.entry, evidence=(*p.evidence, why))
        if p.mention.start > part.mention.start and (p.entry, p.mention.text) == named
        else p
        for p in ctx.places
    ]


# a sentence opening on a landmark ("Near Bakhmut, ...", "Around Kyiv, ...", "Outside Goma, ...")
LANDMARK_OPENING = re.compile(
    r"(?:Near|Around|Outside|Close\s+to|In\s+the\s+vicinity\s+of)\s+[^,.;]{1,60},\s+"
)


def _misread(c: Candidate, fallback: scene.RegionFallback, gazetteer: Gazetteer) -> bool:
    """ "in El Aguaje (Aguililla, Michoacan)": the scene is the name the fallback reads, resolved to
    a namesake lying elsewhere than the region named with it (no namesake lies there)."""
    return any(
        p.mention.start == fallback.start
        and p.mention.text == fallback.place_name
        and lacks_in([fallback.region.entry], [p.entry], gazetteer)
        for p in c.targets
    )


def _before_the_aim(targets: list[Resolved], c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "signed a peace agreement in Washington on Friday to end years of fighting in eastern Congo":
    the places of what the event aims to end are not its scene, when the clause names one before."""
    aim = ctx.lexicon.aim.search(ctx.text, c.hit.end, c.clause[1])
    if aim is None:
        return targets
    before = [t for t in targets if t is None or t.mention.start < aim.start()]
    return before if before else targets


def _outside_the_grievance(targets: list[Resolved], c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "marching on the Israeli embassy in Amman in protest at Israel's storming of hospitals in Gaza":
    the places of a crowd's grievance are not its scene, when the clause names another."""
    if c.trigger.event_type not in CROWDS:
        return targets
    # (a name that ends the phrase, with no space after it, starts where the cue's match ends: "in Gaza.")
    cues = [m.span() for m in ctx.lexicon.grievance_cue.finditer(ctx.text, c.clause[0], c.clause[1])]
    outside = [t for t in targets if t is None or not any(a <= t.mention.start <= b for a, b in cues)]
    return outside if outside else targets


def _past_the_landmark(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "Near Bakhmut, Russian forces shelled Chasiv Yar and Ivanivske": a landmark the sentence opens
    on is where the places after it lie, not a scene of its own, when the clause names others."""
    opening = LANDMARK_OPENING.match(ctx.text, c.sentence.start)
    if opening is None:
        return c.targets
    after = [t for t in c.targets if t is None or t.mention.start >= opening.end()]
    return after if after and len(after) < len(c.targets) else c.targets


# a journey's end: "flew to", "travelled on Thursday to", "headed to the Kenyan capital,"
TRAVELLED_TO = re.compile(
    r"\b(?:flew|travell?ed|went|came|headed|journeyed|arrived|jetted)\s+(?:(?:on|late|early)\s+)?"
    r"(?:\w+day\s+)?(?:to|in)\s+(?:the\s+(?:[\w-]+\s+)?(?:capital|city|port\s+city)\s*,?\s+(?:of\s+)?)?$"
)
WHO_BEFORE = re.compile(
    r"\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?$"
)  # "who went to Beijing in October"
AFTER_BETWEEN = re.compile(r"\b(?:after|before|following|since)\b")  # "flew to Washington after meeting Duda"


def _travelled_to(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "the minister flew to Nairobi on Thursday on an official visit", "headed Thursday to the Kenyan
    capital, Nairobi, on a two-day visit": where the journey told before the visit or the talks, in
    their clause, ended is their place (a town; not a journey told in a relative clause, "who went to
    Beijing in October", nor one the meeting came before or after, "flew to Washington after meeting")."""
    start = c.clause[0]
    for p in ctx.places:
        if not start <= p.mention.start < c.hit.start or ctx.gazetteer.kind(p.entry) != "city":
            continue
        journey = TRAVELLED_TO.search(ctx.text, max(start, p.mention.start - 60), p.mention.start)
        if journey is None or WHO_BEFORE.search(ctx.text, max(start, journey.start() - 20), journey.start()):
            continue
        if AFTER_BETWEEN.search(ctx.text, p.mention.end, c.hit.start):
            continue
        return [p]
    return []


# an office a meeting is held in, named by its kind ("at the Foreign Office", "at the Ministry of Foreign
# Affairs", "at the Prime Minister's Office"); not a named palace, hall or headquarters, which may be abroad
VENUE_AT = re.compile(
    r"\b(?:at|in)\s+the\s+(?:(?:Foreign|Prime\s+Minister['’]s|President['’]s|Presidential|Interior|Defen[cs]e)\s+)?"
    r"(?i:office|ministry|secretariat)\b"
)


# a phrase the sentence opens with that sets the gathering its main clause happened at, up to its first
# comma ("On the margins of the 48th session of the Council of Foreign Ministers ... in Islamabad, the
# minister met ...", "During his visit to Cairo, ..."): the place it names last is the setting
FRONTED_GATHERING = re.compile(
    r"[\s\-–—]*(?:(?:On|At|In)\s+the\s+(?:sidelines|side-lines|margins?)\s+of|During|At)\s+[^,;:.!?]*?"
    r"\b(?:in|at|to)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:city|capital)\s+(?:of\s+)?)?$"
)


def _fronted_setting(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The town (or division) an opening phrase before the main clause names as where the gathering was
    that the clause's meeting took place at ("On the margins of the ... session ... in Islamabad, the
    Minister ... met with ..."): the meeting's scene, not the countries its officials serve."""
    start = c.sentence.start
    for p in ctx.places:
        if not start <= p.mention.start < c.hit.start or ctx.gazetteer.kind(p.entry) == "country":
            continue
        if FRONTED_GATHERING.fullmatch(ctx.text, start, p.mention.start) and ctx.text.startswith(
            ",", p.mention.end
        ):
            return p
    return None


def _officials_met(c: Candidate, ctx: ArticleContext) -> bool:
    """ "Foreign Minister Elmar Mammadyarov met his Turkish counterpart ... on the sidelines of": a
    meeting across borders (a counterpart, an envoy, a foreign minister) told as done ("met", "held
    talks") stands with no place told, as a phone call does; not the noun of a meeting ahead or in
    general, nor a president who "met local officials"."""
    return (
        c.trigger.id == "meeting"
        and MET_VERB.fullmatch(ctx.text, c.hit.start, c.hit.end) is not None
        and DIPLOMATS.search(ctx.text, *c.clause) is not None
    )


def _sides_talked(c: Candidate, ctx: ArticleContext) -> bool:
    """ "Minister X and the head of UNAMA, Y, discussed ...": two sides' exchange (a verb that needs them as
    its subject, triggers.yaml `sides`) stands with no place told, as a meeting of officials does; not after
    a call the report told, which it retells ("X spoke by phone with Y ... X and Y discussed trade")."""
    called = any(d.trigger.placeless and d.event_type == "Diplomacy" for d in ctx.drafts)
    return c.trigger.sides and not called


def _talks_told_in_a_town(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The town of the talks the report told last, on the meeting's day (any, when it is told with none)."""
    own = [t for t in c.times if not (t.is_background or t.speech)]
    told = next((d for d in reversed(ctx.drafts) if d.event_type == "Diplomacy" and not d.headline
                 and d.place is not None), None)  # fmt: skip
    if told is None or ctx.gazetteer.kind(told.place.entry) != "city":
        return None
    if own and told.time_source != "undated" and not any(overlap(t, told.time) for t in own):
        return None
    return told.place


# a meeting told as done by its verb
MET_VERB = re.compile(r"met(?: with)?|held talks|hosted", re.I)
# who meets across borders: a counterpart, an envoy, a foreign minister (not "met local officials")
DIPLOMATS = re.compile(
    r"\b(?:counterparts?|ambassadors?|envoys?|delegations?|foreign\s+ministers?|(?:under\s+)?secretary\s+of\s+state"
    r"|under\s+secretary|diplomats?)\b",
    re.I,
)


def _venue_at_dateline(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """ "ISLAMABAD: The foreign minister hosted his Afghan counterpart at the Ministry of Foreign Affairs": a
    meeting told in an office and no town, or office-holders who met where no town is told ("New Delhi
    [India], March 22 (ANI): ... Jaishankar on Tuesday met US Under Secretary ... Nuland"), is in the town
    the report was filed from; but in the town of the talks the report told before, when it told them in
    another ("ISLAMABAD - ... The understanding was reached in Kabul on Wednesday during meetings ...
    The delegation met the senior Afghan leadership": the visit's talks, in Kabul)."""
    filed = ctx.filed_from
    if filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return []
    office = VENUE_AT.search(ctx.text, *c.clause) is not None
    if not office and not _officials_met(c, ctx):
        return []
    if (talks := _talks_told_in_a_town(c, ctx)) is not None:
        c.notes.append(f"Placed where the talks told before were held, {ctx.gazetteer.label(talks.entry)}.")
        return [talks]
    how = "a meeting in an office" if office else "office-holders met"
    c.notes.append(
        f"Placed at the dateline's town, {ctx.gazetteer.label(filed.entry)}: {how}, no town named."
    )
    return [filed]


COORDINATED = re.compile(r",\s+and\s+")
# a clause that opens with a noun phrase of its own: an article, a determiner, a count or a name
OWN_SUBJECT = re.compile(
    r"(?i:a|an|the|this|that|these|those|his|her|their|its|some|many|several|dozens|hundreds|\d+)\b|[A-Z]"
)


def _coordinated(c: Candidate, ctx: ArticleContext) -> tuple[int, int]:
    """The clause with the clauses before it that tell no event and that it is joined to by ", and"
    ("the envoy arrived in the capital, Kabul, and met Afghan leaders"): one subject's predicates,
    told in one setting."""
    spans = c.clause_spans
    k = next((i for i, span in enumerate(spans) if span == c.clause), None)
    start = c.clause[0]
    if OWN_SUBJECT.match(ctx.text, start) or ctx.lexicon.described_pattern.match(ctx.text, start):
        return c.clause  # "..., and gunmen later attacked a village": a subject of its own, elsewhere
    while (
        k
        and COORDINATED.fullmatch(ctx.text, spans[k - 1][1], spans[k][0])
        and not any(spans[k - 1][0] <= h.start < spans[k - 1][1] for h in c.sentence_hits)
        and not ctx.background(*spans[k - 1])  # "armed groups have operated in the east for decades"
    ):
        k -= 1
        start = spans[k][0]
    return start, c.clause[1]


# the subject of a passive event word ("Boni, home to several thousand people, was seized by
# jihadists"; "residents said Kadugli was attacked"; "Kherson and Mykolaiv were shelled"): what
# befell the place; before it only an article and a kind of place, or a telling ("said that")
SUBJECT_BEFORE = re.compile(
    # a time the clause opens with ("On May 12, Kostiantynivka was shelled", "Overnight, Kharkiv came under")
    r"(?i:(?:on|late|early|earlier|later|overnight|since|shortly|around|at\s+about)\b[^,;:.!?\d]{0,25}"
    r"(?:\d{1,4}[^,;:.!?\d]{0,12}){0,2},?\s+|(?:overnight|meanwhile|earlier|later|today|yesterday),\s+)?"
    r"(?:[^,;:.!?]*\b(?:said|says|say|reported|reports|confirmed|added|told\s+\w+)\s+(?:that\s+)?)?"
    r"(?i:(?:the\s+)?(?:[a-z]+\s+of\s+)?)$"
)
PASSIVE_AFTER = re.compile(
    r"(?:\s*,[^,;:.!?]{1,80},)?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:being\s+)?(?:(?:[a-z]+ly|once\s+again|again|also)\s+)?"
    # "came under (heavy) fire", "came under a massive missile attack": what befell the place
    r"|(?:(?:once\s+again|again|also)\s+)?(?:came|comes|come|has\s+come|have\s+come)\s+under\s+"
    # (not what came after it: "Washington came under criticism after its drones struck a wedding")
    r"(?:(?!(?:after|following|as|when|amid|over|for|because|since)\b)[\w-]+\s+){0,4}?)$"
)
JOINED = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)")
FELL = re.compile(r"(?i:fell|fallen)\b")  # ground that fell to a side: the subject of the verb
FALLEN_AFTER = re.compile(
    r"(?:\s*,[^,;:.!?]{1,80},)?\s+(?:(?:has|have|had)\s+)?(?:(?:[a-z]+ly|now|finally|also)\s+)?"
)


def _passive_subject(c: Candidate, ctx: ArticleContext) -> list[Resolved]:
    """The places the clause opens with, as the subject of its passive event word (not of a
    visit: "Kherson was visited by the president" is no talks)."""
    if c.diplomatic:
        return []
    start = c.clause[0]
    while start < c.hit.start and ctx.text[start] in ' \t\n"“':
        start += 1
    places = [p for p in ctx.places if start <= p.mention.start < c.hit.start
              and ctx.gazetteer.kind(p.entry) != "country"]  # fmt: skip
    for k, place in enumerate(places):
        if not SUBJECT_BEFORE.fullmatch(ctx.text, start, place.mention.start):
            continue
        subjects = [place]  # and the names joined to it ("Kherson and Mykolaiv")
        for other in places[k + 1 :]:
            if not JOINED.fullmatch(ctx.text, subjects[-1].mention.end, other.mention.start):
                break
            subjects.append(other)
        if PASSIVE_AFTER.fullmatch(ctx.text, subjects[-1].mention.end, c.hit.start) or (
            FELL.match(ctx.text, c.hit.start)
            and FALLEN_AFTER.fullmatch(ctx.text, subjects[-1].mention.end, c.hit.start)
        ):
            return subjects  # ("Bunagana fell to the rebels": the ground is the subject of "fell")
    return []


def _scene_places(c: Candidate, ctx: ArticleContext, clause: tuple[int, int]) -> list[Resolved]:
    text = ctx.text
    targets = scene.event_places(text, clause, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places)
    crowd = any(h.trigger.event_type in CROWDS for h in c.hits)
    # what the crowd wants or opposes: places named after it are its cause, not its scene
    cause = ctx.lexicon.places.cause.search(text, c.hit.end, clause[1]) if crowd else None
    within = (scene.event_places(text, (clause[0], cause.start()), ctx.places, ctx.qualifiers, ctx.gazetteer,
                                 ctx.lexicon.places) if cause else [])  # fmt: skip
    if within:
        return within  # "a protest in Lutsk demanding the return of prisoners from Mariupol"
    # an event word that holds its own "to" or "for" ("Abiy Ahmed's visit to Asmara", "the delegation left
    # for Jeddah to discuss"): the place named right after it is its scene ("to" alone names no scene:
    # "fled to X")
    ends = [h.end for h in c.hits if text[h.start : h.end].lower().endswith((" to", " for"))]
    # (ground taken told with its own preposition: "took full control of X", "drove the rebels out of X")
    grounds = [h.end for h in c.hits if h.trigger.sub_event_type in TERRITORY
               and text[h.start : h.end].lower().endswith((" of", " over", " from"))]  # fmt: skip
    # (not a people's adjective: "set fire to Palestinian properties" names whose they were)
    reached = [p for p in ctx.places if any(RIGHT_AFTER.fullmatch(text, e, p.mention.start) for e in ends)
               and not ctx.gazetteer.is_demonym(normalize_name(p.mention.text))]  # fmt: skip
    reached += [p for p in ctx.places if p not in reached
                and any(GROUND_AFTER.fullmatch(text, e, p.mention.start) for e in grounds)]  # fmt: skip
    if any(h.trigger.event_type == "Diplomacy" for h in c.hits):
        # "At the meeting, the two sides reviewed the latest developments in Sudan": what was talked
        # about, not where (not "met X to discuss the war, in Jeddah", "discussed a proposal with Hamas
        # leaders in Cairo": the place of a topic's own noun only)
        targets = [t for t in targets if t is None or not (_talked_of(text, c.hit.end, t, ctx)
                   or TALKS_ON.search(text, max(0, t.mention.start - 40), t.mention.start)
                   or _whose_office(t, ctx))]  # fmt: skip
        if not targets:  # "welcomed Putin to Ankara, where the two leaders held talks": where "where" is
            before = [
                p for p in ctx.places if c.sentence.start <= p.mention.start and p.mention.end <= c.hit.start
            ]
            targets = [p for p in before if WHERE_AFTER.match(text, p.mention.end)
                       and not FRONTED.match(text, c.sentence.start, p.mention.start)][-1:]  # fmt: skip
    return reached or targets


TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
# (the ground's kind before its name: "control of the strategic town of X")
GROUND_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:town|city|village|district|area|locality|settlement|commune|"
    r"municipality|county|province|region|state|base|camp)\s+of\s+)?"
)
# (or its title: "a visit to the capital Niamey", "a visit to the Ethiopian capital, Addis Ababa")
RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]+\s+)?capital,?\s+)?")


def _whose_office(place: Resolved, ctx: ArticleContext) -> bool:
    """ "the foreign ministers of Russia and Ukraine": whose officials met, not where (a country listed
    after the first one too)."""
    if HOSTED.match(ctx.text, place.mention.end, min(len(ctx.text), place.mention.end + 30)):
        return False  # "The president of Kenya hosted Tshisekedi": the host's country, the venue
    before = ctx.text[max(0, place.mention.start - 60) : place.mention.start]
    listed = re.sub(
        r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s*,\s*|,?\s+and\s+)$", "", before
    )  # "of Russia and "
    return ctx.lexicon.places.title.search(before) is not None or (
        listed != before and ctx.lexicon.places.title.search(listed) is not None
    )


def _talked_of(text: str, after: int, place: Resolved, ctx: ArticleContext) -> bool:
    """The place is a topic noun's ("the latest developments in Sudan") after a topic verb."""
    start = place.mention.start
    return (
        start >= after
        and ctx.lexicon.topic.search(text, after, start) is not None
        and TOPIC_NOUN_IN.search(text, max(0, start - 40), start) is not None
    )


# a phrase set before the main clause ("After visiting Goma, where ...", "Returning from Juba, where ...")
FRONTED = re.compile(r"\s*(?:After|Before|Following|Upon|On|Returning|Arriving|Leaving|Having|Fresh)\b")
HOSTED = re.compile(r"[^.;]{0,20}?\bhost(?:ed|s|ing)\b", re.I)
WHERE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*,\s*where\b"
)  # (a time between: "to Ankara on Sunday, where")
# "Ministerial talks on Syria", "a meeting on Sudan": the talks' subject, not where they were held
TALKS_ON = re.compile(
    r"\b(?:talks|meetings?|conferences?|summits?|negotiations|dialogue|consultations)\s+"
    r"(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$",
    re.I,
)
TOPIC_NOUN_IN = re.compile(
    r"\b(?:situation|developments|war|conflict|crisis|fighting|violence|events|tensions|escalation|ceasefire|"
    r"truce|hostages|aid|peace(?:\s+process)?|negotiations|deal|agreement)\s+in\s+"
    r"(?:the\s+)?$",
    re.I,
)


# the verbs of a meeting (not the nouns "talks", "meetings"): the scene their clause names after
# them is theirs however long their object ("met X, Y and Z in Paris")
MEETING_VERB = re.compile(r"(?i:met(?:\s+with)?|hosted|held\s+talks)")


def _scene_of_verb(place: Resolved, hit: Hit, ctx: ArticleContext) -> bool:
    """ "met in X", "hosted ... in X"; or the event word is the subject of "was held in X" ("the meeting
    to discuss "bilateral ties" was held in the German city of Bonn")."""
    if place.mention.start <= hit.end:
        return False
    if MEETING_VERB.fullmatch(ctx.text, hit.start, hit.end) is not None:
        return True
    held = HELD_IN.search(ctx.text, hit.end, place.mention.start)
    return (
        held is not None and held.end() == place.mention.start and place.mention.start - hit.end <= HELD_REACH
    )


# "(the meeting ...) was held in (the German city of) X", "(negotiations ...) have been resumed on Thursday
# in X", "(the talks) began in X"
HELD_IN = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|will\s+be)\s+(?:held|resumed|convened|reconvened)"
    r"|resumed|began|opened|took\s+place|reconvened|got\s+under\s?way)\s+"
    r"(?:(?:on|last|this)\s+[A-Z][a-z]+\s+)?(?:in|at)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+(?:city|town|capital)\s+of\s+)?"
)
HELD_REACH = 200  # the event word's own noun phrase, a quoted topic included


def _near_trigger(place: Resolved, hit: Hit, text: str) -> bool:
    """Weak triggers ("talks", "fighting") only take a place named close to them (a name set
    off by commas between them counts for nothing: "a meeting with his Turkish counterpart,
    Hakan Fidan, at the UN headquarters in New York")."""
    reach = hit.trigger.reach
    if place.mention.start > hit.end:
        reach += sum(len(m.group(0)) - 1 for m in APPOSED_NAME.finditer(text, hit.end, place.mention.start))
    return place.mention.end >= hit.start - reach and place.mention.start <= hit.end + reach


APPOSED_NAME = re.compile(r",\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,")  # ", Hakan Fidan,"


def fall_back(c: Candidate, ctx: ArticleContext) -> bool:
    """A village the gazetteer lacks, named with its region; an anaphor; an unknown name."""
    if c.trigger.placeless:
        return True
    text, gazetteer = ctx.text, ctx.gazetteer
    fallback = ctx.lacking(c.clause)
    areas_only = all(gazetteer.kind(p.entry) in AREA_KINDS for p in c.targets)
    if fallback is not None and areas_only:
        c.targets, c.unknown = [fallback.region], fallback.place_name
    elif c.targets and all(gazetteer.kind(p.entry) == "country" for p in c.targets):
        # a country alone ("the forces of Mozambique bombed ... in the Mbau area (Mocimboa Da
        # Praia, Cabo Delgado)") gives way to a division the text names in parentheses
        named, how = scene.division_named(text, c.clause, ctx.places, gazetteer), "in parentheses"
        if named is None:  # "in Di, Sourou Province near the Mali border"
            named, how = scene.division_by_kind_word(c.clause, ctx.places, gazetteer), "with its kind"
        _place_at_division(c, ctx, named, how)
        if named is None and (seat := _institution_seat(c, ctx)) is not None:
            c.targets = [seat]
        elif named is None and (filed := _filed_within(c, ctx)) is not None:
            c.targets = [filed]
            label = ctx.gazetteer.label(filed.entry)
            c.notes.append(f"Placed at {label}, the town the report was filed from, in the country the text "
                           "names: talks are held where they are reported from.")  # fmt: skip
    elif not c.targets and (capital := _nation_capital(c, ctx)) is not None:
        c.targets = [capital]
    elif not c.targets and (seat := _institution_seat(c, ctx)) is not None:
        c.targets = [seat]  # "near Georgia's parliament"
    elif not c.targets and (there := _there(c, ctx)) is not None:
        c.targets = [there]
        c.notes.append(f"'there' read as {there.mention.text}, named before it in the sentence.")
    elif not c.targets:
        anaphor, note = scene.resolve_anaphor(text, c.clause, ctx.places, gazetteer, ctx.lexicon.places)
        if anaphor is None and (found := _dateline_as_anaphor(c, ctx)) is not None:
            filed, told = found
            label = ctx.gazetteer.label(filed.entry)
            anaphor, note = filed, f"'{told}' read as {label}, the town the report was filed from"
        named = None if anaphor else scene.division_named(text, c.clause, ctx.places, gazetteer)
        if anaphor is not None:
            c.targets, c.notes = [anaphor], [note]
        elif named is not None:
            _place_at_division(c, ctx, named)
        else:
            c.unknown = scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon, ctx.abroad)
            if c.unknown:
                (home, why), lacking = _home_place(c, ctx), None
            else:
                (home, lacking), why = _earlier_scene(c, ctx), ""
            if home is not None and c.unknown:
                c.targets = [home]
                label = ctx.gazetteer.label(home.entry)
                c.notes.append(f"{c.unknown} is not in the gazetteer; placed at {label}, {why}.")
            elif home is not None:
                c.targets, c.unknown = [home], lacking or ""
                c.place_borrowed = True
                c.notes.append(f"Place from an earlier sentence: '{home.mention.text}'.")
            else:  # "Minbya Town, Minbya Township, Mrauk-U District, Rakhine State, ... clashed"
                named = scene.division_by_kind_word(c.clause, ctx.places, gazetteer)
                _place_at_division(c, ctx, named, "with its kind")
    return True


TOWN_HEADS = ("city", "town")  # the heads of an anaphor that stands for a town


def _dateline_as_anaphor(c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str] | None:
    """ "KANO, Nigeria - Police arrested 40 protesters during clashes in the city on Monday": "the city"
    or "the town", where the report names no town before it, is the town the report was filed from
    (that town, and the words that told it)."""
    filed = ctx.filed_from
    if filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return None
    told = ctx.lexicon.places.anaphor.search(ctx.text, *c.clause)
    if told is None or told.group(1).lower() not in TOWN_HEADS:
        return None
    if any(p.mention.start < told.start() and ctx.gazetteer.kind(p.entry) == "city" for p in ctx.places):
        return None
    return filed, told.group(0)


def _filed_within(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The dateline's town, for a diplomatic event placed only at the country that town lies in
    ("MOGADISHU - Ethiopia's Prime Minister arrived in Somalia for talks")."""
    filed = ctx.filed_from
    if c.trigger.event_type != "Diplomacy" or filed is None or ctx.gazetteer.kind(filed.entry) != "city":
        return None
    code = ctx.gazetteer.country_code(filed.entry)
    return filed if all(ctx.gazetteer.country_code(p.entry) == code for p in c.targets) else None


def _institution_seat(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The capital, for a scene told only as one country and an institution that sits there
    ("riot police dispersed protesters near Georgia's parliament"), not for a diplomatic event."""
    gazetteer = ctx.gazetteer
    told = ctx.lexicon.places.capital_institution.search(ctx.text, *c.clause)
    countries = c.targets or [p for p in ctx.places if c.clause[0] <= p.mention.start < c.clause[1]
                              and gazetteer.kind(p.entry) == "country"]  # fmt: skip
    codes = {gazetteer.country_code(p.entry) for p in countries}
    if told is None or c.diplomatic or len(codes) != 1:
        return None
    capital = gazetteer.capital_of(codes.pop())
    if capital is None:
        return None
    why = f"'{told.group(0)}' sits in the capital, {gazetteer.name(capital)}"
    c.notes.append(f"Placed at {gazetteer.label(capital)}: {why}.")
    return replace(countries[0], entry=capital, evidence=(*countries[0].evidence, why))


# "protesting in the central African nation's capital": the capital of the country the report is about
NATION_CAPITAL = re.compile(r"\b(?:nation|country)['’]s\s+capital\b", re.I)
# "In the capital, ...": the country's capital (not "the state capital", "the provincial capital")
THE_CAPITAL = re.compile(rf"\bthe\s+capital\b|{NATION_CAPITAL.pattern}", re.I)


# "there" for a place ("were killed there"), not the existential "there were clashes"
THERE = re.compile(
    r"(?<=[a-z] )there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|"
    r"appears?|remains?|exists?)\b)"
)


def _there(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """ "after four militants were killed there last night": the place named last before it
    in its sentence (not a country)."""
    told = THERE.search(ctx.text, *c.clause)
    if told is None:
        return None
    before = [p for p in ctx.places if c.sentence.start <= p.mention.start < told.start()
              and ctx.gazetteer.kind(p.entry) != "country"]  # fmt: skip
    return before[-1] if before else None


def _nation_capital(c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The capital of the report's country, for a scene told as "the nation's capital": the
    dateline's town when it is that capital ("N'DJAMENA, Chad (AP) — ..."), else read through
    the country's name."""
    told = NATION_CAPITAL.search(ctx.text, *c.clause)
    if told is None:
        return None
    gazetteer = ctx.gazetteer
    filed = ctx.filed_from
    home = ctx.home_country or (gazetteer.country_code(filed.entry) if filed else "")
    capital = gazetteer.capital_of(home) if home else None
    if capital is None:
        return None
    why = f"'{told.group(0)}': the capital of {gazetteer.country_name(home) or home}"
    if filed is not None and filed.entry == capital:
        return replace(filed, evidence=(*filed.evidence, why))
    country = next((p for p in ctx.places if gazetteer.kind(p.entry) == "country"
                    and gazetteer.country_code(p.entry) == home), None)  # fmt: skip
    return None if country is None else replace(country, entry=capital, evidence=(*country.evidence, why))


def _place_at_division(
    c: Candidate, ctx: ArticleContext, named: tuple[Resolved, str | None] | None, how: str = "in parentheses"
) -> None:
    """The scene is the division the text names (in an ACLED-style parenthesis, or by its
    kind: "Mrauk-U District"); the place itself is not in the gazetteer."""
    if named is None:
        return
    division, name = named
    c.targets = [division]
    c.unknown = name or scene.unknown_place(ctx.text, c.clause, ctx.gazetteer, ctx.lexicon, ctx.abroad)
    c.notes.append(
        f"Placed at {ctx.gazetteer.label(division.entry)}, the division the text names {how}; "
        "the scene itself is not in the gazetteer."
    )


def _earlier_scene(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str | None]:
    """An event told with no place of its own takes the scene an earlier sentence of its
    paragraph set and told no event at ("Demonstrators gathered in Gedaref. Soldiers
    dispersed the crowds."), as it takes that sentence's date."""
    # the scenes events were told at, by span (a scene read from a parenthesis is a new
    # Mention each time it is read)
    told = {(d.place.mention.start, d.place.mention.end) for d in ctx.drafts if d.place is not None}
    for k in range(c.index - 1, -1, -1):
        sentence = ctx.sentences[k]
        if sentence.paragraph != c.sentence.paragraph:
            break
        span = (sentence.start, sentence.end)
        scenes = scene.event_places(
            ctx.text, span, ctx.places, ctx.qualifiers, ctx.gazetteer, ctx.lexicon.places
        )
        scenes = [p for p in scenes if ctx.gazetteer.kind(p.entry) != "country"]
        if scenes:
            named = scenes[-1], None
        # else a scene the gazetteer lacks, named with its divisions: "in Basonge (Lubefu, Sankuru)"
        elif lacking := ctx.lacking(span):
            named = lacking.region, lacking.place_name
        else:
            named = scene.division_named(ctx.text, span, ctx.places, ctx.gazetteer)
        if named is not None:
            lent = any((p.mention.start, p.mention.end) in told for p in scenes or [named[0]])
            return (None, None) if lent else named
    return None, None


# "in South Sudan's northern oil-rich (Unity State)": a place word, then a few words (not "According to
# the (Sagaing District) People Defense Force")
# (nor a division of a relative clause: "blamed on the Grand Grif gang, which operates in the Artibonite"; nor
# where the attackers went: "before fleeing into the forests of Katsina State")
A_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b")
GONE_TO = re.compile(
    r"\b(?:fle(?:e|d|eing|es)|escap\w*|retreat\w*|withdr[ae]w\w*|towards?|headed|crossed)\b", re.I
)
IN_A_PLACE = re.compile(r"(?:\b(?:in|of)\s+(?:[\w'’-]+\s+){0,4}|\(\s*(?:[\w'’ -]+,\s*)?)$")


def _home_place(c: Candidate, ctx: ArticleContext) -> tuple[Resolved | None, str]:
    """The place a report is about, for a scene it names that the gazetteer lacks ("the
    Barwaqo neighborhood" of a report on Mogadishu): the nearest town or district named
    before it in its paragraph, else in the headline, else the division of the nearest event told
    before it on its day ("in Balochistan's Kalat district" ... "in the Shah-e-Mardan area"),
    unless the dateline's town lies in that division or the text says "the capital", else the
    town it was filed from ("MANILA - ... near Malacañang"), else the report's first; and which
    it was."""
    gazetteer = ctx.gazetteer
    # (a report that names no place but its dateline's town lies in that town's country: "RAWALPINDI -
    # ... The demonstration took place on GT Road at Rawat")
    home_country = _land(c, ctx) or (gazetteer.country_code(ctx.filed_from.entry) if ctx.filed_from else "")
    kinds = ("city", "admin2", "admin1", "region")
    usable = [p for p in ctx.places
              if gazetteer.kind(p.entry) in kinds and id(p.mention) not in ctx.qualifiers
              and gazetteer.country_code(p.entry) in ("", home_country)]  # fmt: skip
    paragraph = [p for p in usable if p.mention.start < c.clause[0]
                 and any(s.paragraph == c.sentence.paragraph and s.start <= p.mention.start < s.end
                         for s in ctx.sentences)]  # fmt: skip
    headline = ctx.report.headline
    heading = [p for p in usable if headline and headline[0] <= p.mention.start < headline[1]]
    if headline:  # its scenes first ("Clan elder from Hiiraan shot dead in Mogadishu": not Hiiraan)
        scenes = scene.event_places(
            ctx.text, headline, ctx.places, ctx.qualifiers, gazetteer, ctx.lexicon.places
        )
        heading = [p for p in heading if p in scenes] + [p for p in heading if p not in scenes]
    filed = [p for p in [ctx.filed_from] if p is not None and gazetteer.kind(p.entry) == "city"
             and gazetteer.country_code(p.entry) == home_country]  # fmt: skip
    # the division of an event told before it, on its day (a scene told "On Monday" after Sunday's
    # attack in Herat province is not in Herat: the dateline's Kabul stays the better guess)
    own = [t for t in c.times if not (t.is_background or t.speech)]
    in_capital = THE_CAPITAL.search(ctx.text, c.sentence.start, c.sentence.end) is not None
    divisions = [p for p in usable if p.mention.start < c.clause[0] and p not in paragraph
                 and gazetteer.kind(p.entry) in ("admin1", "admin2") and not in_capital
                 and not any(gazetteer.contains(p.entry, f.entry) for f in filed)
                 and _told_that_day(p, own, ctx)]  # fmt: skip
    ranked = [(p, "the town the text names after it") for p in _chained(c, ctx, usable)]
    ranked += [(p, "the place the text names it in elsewhere") for p in _named_in_elsewhere(c, ctx, usable)]
    # "in Suliman Khil area of the restive Pachir Agam district in the eastern Nangarhar province"
    kind_named = scene.division_by_kind_word(c.clause, ctx.places, gazetteer)
    ranked += [(kind_named[0], "the division its clause names with its kind")] if kind_named else []
    ranked += [
        _village_in(p, "the place the report names before it", c, ctx) for p in paragraph[::-1] + heading
    ]
    # a division its sentence names after it ("A rebel attack in Mayom County ... in South Sudan's northern
    # Unity State"), before the report's other divisions and the one it was filed from
    ranked += [(p, "the division its sentence names after it") for p in usable
               if c.clause[0] <= p.mention.start < c.sentence.end
               and gazetteer.kind(p.entry) in ("admin1", "admin2")
               and IN_A_PLACE.search(ctx.text, max(0, p.mention.start - 60), p.mention.start)
               and not A_RELATIVE_CLAUSE.search(ctx.text, c.clause[0], p.mention.start)
               and not GONE_TO.search(ctx.text, c.clause[0], p.mention.start)][:1]  # fmt: skip
    ranked += [(p, "the division the report names before it") for p in divisions[::-1]]
    ranked += [_filed_division(p, c, ctx) for p in filed]
    # the part of the country where the event told just before it was ("struck a car in southern
    # Lebanon" ... "the car was hit near the Ghandouriyeh town"), before a town named anywhere else
    told = ctx.told_just_before(c.sentence)
    part = told is not None and told.place is not None and told.place.mention.direction
    if part and not told.unknown_place:
        ranked += [(told.place, "the part of the country the event told before it was in")]
    # the one part of a country the report places things in ("attacks on motorcycles in southern
    # Lebanon" ... "near the southern village of Zrariyeh")
    parts = [
        p
        for p in ctx.places
        if gazetteer.kind(p.entry) == "country"
        and p.mention.direction
        and ctx.lexicon.places.locative.search(ctx.text, max(0, p.mention.start - 30), p.mention.start)
    ]
    if len({(p.entry, p.mention.direction) for p in parts}) == 1:
        ranked += [(parts[0], "the part of the country the report places its events in")]
    # (a village lies in one country: not a region across several, "the Southeast Asian country")
    within_one = [p for p in usable if gazetteer.country_code(p.entry)]
    ranked += [_village_in(p, "the place the report names first", c, ctx) for p in within_one[:1]]
    # else the country it names, when the report's places lie in no other ("in Talla Massali town" of
    # a report on "Cameroon's far north region"): the best the text supports
    countries = [p for p in ctx.places if gazetteer.kind(p.entry) == "country"]
    one_country = len({gazetteer.country_code(p.entry) for p in countries}) == 1
    # named as where things are ("in Cameroon's far north"), not as who acted or spoke ("Russia's
    # defence ministry said", "Israel said its jets struck")
    countries = [
        p
        for p in countries
        if ctx.lexicon.places.locative.search(ctx.text, max(0, p.mention.start - 30), p.mention.start)
    ]
    if one_country and home_country in ("", *ctx.countries):
        ranked += [(p, "the only country the report names") for p in countries[:1]]
    if (part := _first_level_told(c, ctx)) is not None:
        # a first-level division of its own ("in northern Zawzjan province"): the country's division spelt
        # most like it (Jowzjan), else in no other division and at no town, but in the country (the part of it
        # the text names)
        spelt = _division_spelt_so(c, ctx, home_country)
        if spelt is not None:
            return spelt, "the first-level division of the report's country spelt most like it"
        ranked = [(_country_part(p, part), why) for p, why in ranked if gazetteer.kind(p.entry) == "country"]
    return next(iter(ranked), (None, ""))


def _first_level_told(c: Candidate, ctx: ArticleContext) -> str | None:
    """The scene the gazetteer lacks is told as a first-level division ("in northern Zawzjan province",
    "the state of X"; places.yaml first_level_words): the part of its country the text puts it in
    ("north", or "" when it names none); None when it is told otherwise."""
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1]) if c.unknown else -1
    if at < 0:
        return None
    first_level = ctx.lexicon.places.first_level
    after = KIND_AFTER.match(ctx.text, at + len(c.unknown))
    before = KIND_OF.search(ctx.text, max(0, at - 20), at)
    if not any(m is not None and first_level.fullmatch(m.group(1)) for m in (after, before)):
        return None
    start = before.start() if before is not None and first_level.fullmatch(before.group(1)) else at
    direction = DIRECTION.search(ctx.text, max(0, start - 20), start)
    return direction.group(1).lower().replace("-", "") if direction else ""


SPELT_LIKE = 0.7  # how alike (difflib's ratio) a name and a division's name are to be read as one
SPELT_APART = 0.05  # by how much the division's name is spelt more like it than any other division's


def _division_spelt_so(c: Candidate, ctx: ArticleContext, country: str) -> Resolved | None:
    """The first-level division of the report's country whose name is spelt much like the one the text
    tells as a division and the gazetteer lacks ("Zawzjan province": Jowzjan; "Ningarhar": Nangarhar), by a
    clear margin over the others."""
    gazetteer = ctx.gazetteer
    key = normalize_name(c.unknown)
    alike = sorted(
        ((SequenceMatcher(None, key, normalize_name(gazetteer.name(d))).ratio(), d)
         for d in gazetteer.divisions_of(country)),
        reverse=True,
    )  # fmt: skip
    if not alike or alike[0][0] < SPELT_LIKE or (len(alike) > 1 and alike[0][0] - alike[1][0] < SPELT_APART):
        return None
    entry = alike[0][1]
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1])
    mention = Mention(at, at + len(c.unknown), c.unknown, ((entry, 1),))
    why = f"no '{c.unknown}' in the gazetteer: {gazetteer.name(entry)}, spelt most like it"
    return Resolved(mention, entry, 0.5, (gazetteer.label(entry), why))


def _country_part(country: Resolved, part: str) -> Resolved:
    """The country as the part of it the text names ("northern"), its mention telling that direction."""
    if not part or country.mention.direction:
        return country
    return replace(country, mention=replace(country.mention, direction=part))


def _village_in(town: Resolved, why: str, c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str]:
    """The town a scene the gazetteer lacks is placed by; but the first-level division holding that
    town when the text calls the scene a settlement of its own (places.yaml village_words): "clashed
    in the southern town of Mahaday" is somewhere near the town named before it, not at it."""
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1])
    # (the words around the name, not in it: "the Town Hall" is a building)
    end = at + len(c.unknown)
    near = f"{ctx.text[max(c.clause[0], at - 30) : at]} {ctx.text[end : end + 30]}" if at >= 0 else ""
    places = ctx.lexicon.places
    division = (
        ctx.gazetteer.division_holding(town.entry) if ctx.gazetteer.kind(town.entry) == "city" else None
    )
    called = places.village.search(near) and not places.town_part.search(near)
    called = called or _called_a_town(c.unknown, ctx)
    if division is None or not called:
        return town, why
    return replace(town, entry=division), f"the division of {why}"


def _called_a_town(name: str, ctx: ArticleContext) -> bool:
    """The report calls the name a settlement of its own where it names it elsewhere ("a missile attack on
    the Saudi Arabian city of Samtah" ... "hit a car maintenance workshop in Samtah"): no part of the town
    it is placed by."""
    if not name:
        return False
    village = ctx.lexicon.places.village
    for told in re.finditer(rf"\b{re.escape(name)}\b", ctx.text):
        before = KIND_OF.search(ctx.text, max(0, told.start() - 20), told.start())
        if before is not None and (village.fullmatch(before.group(1)) or before.group(1).lower() == "city"):
            return True
        after = KIND_AFTER.match(ctx.text, told.end())
        if after is not None and village.fullmatch(after.group(1)):
            return True
    return False


KIND_OF = re.compile(r"\b([a-z]+)\s+of\s+$")  # "the city of " before a name
KIND_AFTER = re.compile(r"\s+([a-z]+)\b")  # " village" after it


def _land(c: Candidate, ctx: ArticleContext) -> str:
    """The country a scene the gazetteer lacks lies in: the one the towns and divisions named around
    it lie in (its paragraph and the headline) when most of the report's towns and divisions lie there
    too, not where the people who acted come from ("Turkish bombardment sparks fire in Duhok's Amedi
    district" ... "fire broke out near Hiror village": Iraq, though "Turkish" is told more often than
    Duhok); else the report's country."""
    gazetteer, headline = ctx.gazetteer, ctx.report.headline or (0, 0)
    paragraph = [(s.start, s.end) for s in ctx.sentences if s.paragraph == c.sentence.paragraph]
    towns = [
        p for p in ctx.places if gazetteer.kind(p.entry) != "country" and gazetteer.country_code(p.entry)
    ]
    near = [p for p in towns if any(start <= p.mention.start < end for start, end in [headline, *paragraph])]
    local = Counter(gazetteer.country_code(p.entry) for p in near).most_common(1)
    overall = Counter(gazetteer.country_code(p.entry) for p in towns).most_common(1)
    return local[0][0] if local and overall and local[0][0] == overall[0][0] else ctx.home_country


# "Sitio Bud Kaha, Barangay Maligay, Patikul": names that a comma parts, each the next's part (the
# first perhaps with its kind: "Larzanak locality, Shindand district")
COMMA_CHAIN = re.compile(r"(?:\s+[a-z]+)?(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*,\s+")


def _chained(c: Candidate, ctx: ArticleContext, usable: list[Resolved]) -> list[Resolved]:
    """The town or district named after a scene the gazetteer lacks, a chain of names apart
    ("in Sitio Bud Kaha, Barangay Maligay, Patikul"): the place that holds it."""
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1]) if c.unknown else -1
    if at < 0:
        return []
    end = at + len(c.unknown)
    return [p for p in usable if end < p.mention.start < c.clause[1]
            and ctx.gazetteer.kind(p.entry) in ("city", "admin2")
            and COMMA_CHAIN.fullmatch(ctx.text, end, p.mention.start)][:1]  # fmt: skip


def _filed_division(filed: Resolved, c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str]:
    """The town the report was filed from, for a scene the gazetteer lacks that the text calls part of
    a town ("the Barwaqo neighbourhood", "Malacanang Palace": places.yaml town_part_words); else that
    town's first-level division, which holds the villages near it as the town's point does not
    ("MAIDUGURI - fighters killed 10 farmers in Kwatanari"), and the town's own quarters too."""
    at = ctx.text.find(c.unknown, c.clause[0], c.clause[1])
    division = ctx.gazetteer.division_holding(filed.entry)
    if division is None or (at >= 0 and _called_a_town_part(ctx, at, at + len(c.unknown), c.clause[0])):
        return filed, "the town the report was filed from"
    return replace(filed, entry=division), "the division of the town the report was filed from"


# the words right after a name the gazetteer lacks, and right before it ("the Barwaqo neighbourhood", "the
# Barwaqo residential neighbourhood", "the neighbourhood of Barwaqo"): its kind is told there, not by a
# word further off that another name holds ("on GT Road at Rawat": the road is GT's, Rawat a place of its own)
WORDS_AFTER = re.compile(r"\s+([\w'’-]+)(?:\s+([\w'’-]+))?")
WORD_BEFORE = re.compile(r"([\w'’-]+)(?:\s+of)?(?:\s+the)?\s+$")


def _called_a_town_part(ctx: ArticleContext, start: int, end: int, floor: int) -> bool:
    """The name the gazetteer lacks is called a part or a building of a town by a kind word of its own or
    next to it (places.yaml town_part_words)."""
    part, text = ctx.lexicon.places.town_part, ctx.text
    if part.fullmatch(text[start:end].rsplit(None, 1)[-1]):
        return True  # its own kind word: "Malacanang Palace"
    after = WORDS_AFTER.match(text, end)
    if after and (
        part.fullmatch(after.group(1))
        or (after.group(2) and after.group(1).islower() and part.fullmatch(after.group(2)))
    ):
        return True
    before = WORD_BEFORE.search(text[max(floor, start - 30) : start])
    return before is not None and part.fullmatch(before.group(1)) is not None


def _named_in_elsewhere(c: Candidate, ctx: ArticleContext, usable: list[Resolved]) -> list[Resolved]:
    """The place the text names a scene the gazetteer lacks in, where it names that scene again
    ("shelling ... in the north of Taze Township" ... "Taze Township in Sagaing region is still cut
    off"): the place that holds it."""
    if not c.unknown:
        return []
    found: list[Resolved] = []
    for match in re.finditer(re.escape(c.unknown), ctx.text):
        if c.clause[0] <= match.start() < c.clause[1]:
            continue
        found += [p for p in usable if match.end() < p.mention.start <= match.end() + NAMED_IN_REACH
                  and ctx.gazetteer.kind(p.entry) in ("city", "admin2", "admin1")
                  and NAMED_IN.fullmatch(ctx.text, match.end(), p.mention.start)]  # fmt: skip
    return found[:1]


NAMED_IN_REACH = 30  # characters between the name and the place it lies in (NAMED_IN says which)
# "Taze Township in", "Kabe village, ", "Gangaw district of": the name (and its kind), then where it lies
# (not "Villagers from Chaung Oo living in Mandalay": where they live)
NAMED_IN = re.compile(
    r"(?:\s+(?:village|town|township|ward|hamlet|commune|municipality|district|sub-?district|tehsil|county|"
    r"city|area|camp|locality|neighbou?rhood|quarter|region|province|governorate|state|oblast|raion))?"
    r"(?:\s*,\s*(?:in\s+(?:the\s+)?)?|\s+(?:in|of)\s+(?:the\s+)?)"
)


def _told_that_day(division: Resolved, times: list, ctx: ArticleContext) -> bool:
    """An event told before is placed in the division (or in it), undated or on one of these
    days (any day, when the scene is told with none)."""
    gazetteer = ctx.gazetteer
    return any(
        d.place is not None
        and (d.place.entry == division.entry or gazetteer.contains(division.entry, d.place.entry))
        and (not times or d.time_source == "undated" or any(overlap(t, d.time) for t in times))
        for d in ctx.drafts
    )


def _lede_told(ctx: ArticleContext, sentence: Sentence) -> Draft | None:
    """The headline's event when the lede was told as it (its spans reach into the body) and no
    other event was told since."""
    if not ctx.drafts or not ctx.drafts[-1].headline:
        return None
    told = ctx.drafts[-1]
    body = [e for s, e in told.spans if s >= told.sentence.end]
    if not body or sentence.start - max(body) > ATTACH_WITHIN:
        return None
    return told


NEARBY_TOWN_KM = 25.0  # a town told again this close to the one the event was placed at is where it fell


def _nearby_town(place: Resolved, other: Resolved, gazetteer: Gazetteer) -> bool:
    here, there = gazetteer.lonlat(place.entry), gazetteer.lonlat(other.entry)
    return (
        gazetteer.kind(other.entry) == "city"
        and other.entry != place.entry
        and here is not None
        and there is not None
        and gazetteer.country_code(place.entry) == gazetteer.country_code(other.entry)
        and haversine_km(here[1], here[0], there[1], there[0]) <= NEARBY_TOWN_KM
    )


def _within_its_name(told: Draft, place: Resolved, span: tuple[int, int], ctx: ArticleContext) -> bool:
    """The sentence that retells the event names its scene in the division of the name the event was
    told at ("killed ... in a disputed border area in Ubon Ratchathani" ... "The incident occurred near
    Chong Bok in Nam Yuen district of Ubon Ratchathani"): the town read first was that division, and the
    scene told again lies in it."""
    gazetteer, name = ctx.gazetteer, normalize_name(told.place.mention.text)
    return any(
        span[0] <= q.mention.start < span[1]
        and gazetteer.kind(q.entry) in ("admin1", "admin2")
        and normalize_name(q.mention.text) == name
        and gazetteer.contains(q.entry, told.place.entry)
        and gazetteer.contains(q.entry, place.entry)
        for q in ctx.places
    )


def place_told_event(ctx: ArticleContext, index: int) -> None:
    """A sentence that retells the event told just before it by a definite event word, with
    no event of its own ("According to the military, the fighting started ... in a town in
    Negros Occidental province"), in the same paragraph, places that event if it was told with
    no place: its one scene is the event's."""
    sentence = ctx.sentences[index]
    # "The attack happened in El Aguaje, a town in ...": a sentence opening on the event told
    # again places it though a paragraph apart, and within the country it was told in
    subject = ctx.lexicon.retelling.search(sentence.text.lstrip()) is not None
    told = ctx.told_just_before(sentence) or (_lede_told(ctx, sentence) if subject else None)
    gazetteer = ctx.gazetteer
    country = told is not None and told.place is not None and gazetteer.kind(told.place.entry) == "country"
    # "... killed 11 people in central Gaza. The strike hit an encampment in Deir al-Balah": a town
    # told again nearby, where the event told loosely fell
    town = told is not None and told.place is not None and gazetteer.kind(told.place.entry) == "city"
    if (
        told is None
        or told.unknown_place
        or (told.place is not None and not (subject and (country or town)))
        or (told.sentence.paragraph != sentence.paragraph and not subject)
    ):
        return
    if not subject and not any(
        ANAPHORIC_TRIGGER.search(ctx.text, sentence.start, h.start) for h in ctx.sentence_hits[index]
    ):
        return
    span = (sentence.start, sentence.end)
    scenes = [p for p in scene.event_places(ctx.text, span, ctx.places, ctx.qualifiers, gazetteer,
                                            ctx.lexicon.places)
              if gazetteer.kind(p.entry) != "country"]  # fmt: skip
    lacking = ctx.lacking(span)
    if lacking is not None and (not scenes or any(p.mention.start == lacking.start for p in scenes)):
        scenes = [lacking.region]  # "in El Aguaje, a town in the Aguililla region": the region
    if len(scenes) != 1 or (country and not gazetteer.contains(told.place.entry, scenes[0].entry)):
        return
    if town and not (
        _nearby_town(told.place, scenes[0], gazetteer) or _within_its_name(told, scenes[0], span, ctx)
    ):
        return
    told.place = scenes[0]
    told.unknown_place = lacking.place_name if lacking is not None and scenes[0] is lacking.region else ""
    told.spans.append(span)
    told.notes.append(f"Place from a later sentence: '{told.unknown_place or scenes[0].mention.text}'.")


# before a list of the clause's scenes: where the list's people came from or went, a route, or whose
# the places are ("fighters from Chad and Niger", "the road between Kediner and Mershing")
LIST_NOT_SCENE = re.compile(
    r"\b(?:between|from|to|towards?|into|via|through)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)


def listed_scenes(c: Candidate, ctx: ArticleContext) -> list[tuple[Resolved, str]] | None:
    """A list of settlements the clause sets its event at ("shelled the outskirts of the border towns of
    Fardis, Aitaroun and al-Naqoura", "attacks on Kasai and Nahuta villages in Batsari"): each settlement
    is a scene of its own, as ACLED codes one event per place and day. The scenes as (place, the name the
    gazetteer lacks or ''): a settlement the gazetteer lacks, or reads as a place outside the area the text
    names with the list (a namesake), is placed in that area. None when the clause tells no such list,
    or the list adds no scene to those the clause's steps found. Not a route ("between A and B"), where
    people came from or went ("fighters from A and B"), countries ("in Afghanistan and Pakistan") nor a
    list of areas that hold a town the clause names too."""
    if c.trigger.placeless or c.diplomatic:
        return None
    for found in ctx.lexicon.places.coordinated.finditer(ctx.text, *c.clause):
        items = _list_items(found, ctx)
        if items is not None and (scenes := _scenes_of_list(items, found.end(), c, ctx)) is not None:
            return scenes
    return None


def _list_items(found: re.Match[str], ctx: ArticleContext) -> list[tuple[int, str, Resolved | None]] | None:
    """The names of a coordinated list (start, name, the place read there or None): each a place the
    gazetteer reads there, or a name that may be a place it lacks (no time, actor, people or common
    word); names that are not open it ("On Sunday, Kyiv and Kharkiv"). None when the list is no list of
    places: a name read across its "and" ("Jammu and Kashmir"), a name no place inside it."""
    text, gazetteer, lexicon = ctx.text, ctx.gazetteer, ctx.lexicon
    items: list[tuple[int, str, Resolved | None]] = []
    names = list(lexicon.places.list_item.finditer(text, found.start(), found.end()))
    for m, following in zip(names, [*names[1:], None], strict=True):
        place = next((p for p in ctx.places if p.mention.start <= m.start() < p.mention.end), None)
        if place is not None and following is not None and place.mention.end > following.start():
            return None  # one name read across the list's joints
        name = m.group(0)
        key = normalize_name(name)
        named = place is not None or not (
            gazetteer.is_stopword(key)
            or gazetteer.is_demonym(key)
            or lexicon.actor_pattern.match(name)
            or scene.time_word(name, lexicon)
        )
        if named:
            items.append((m.start(), name, place))
        elif items:
            return None
    return items if len(items) >= 2 else None


def _scenes_of_list(
    items: list[tuple[int, str, Resolved | None]], end: int, c: Candidate, ctx: ArticleContext
) -> list[tuple[Resolved, str]] | None:
    text, gazetteer, words = ctx.text, ctx.gazetteer, ctx.lexicon.places
    first = items[0][0]
    before = text[max(c.clause[0], first - 60) : first]
    names = {normalize_name(name) for _, name, _ in items}
    told = {p.mention.start for p in c.targets if p is not None}
    own_unknown = normalize_name(c.unknown) in names if c.unknown else False
    introduced = words.locative.search(before) is not None or words.list_opening.search(before) is not None
    if not (introduced or own_unknown or any(p is not None and p.mention.start in told for _, _, p in items)):
        return None  # the clause's steps found no scene in it ("Israel and Hezbollah exchanged fire")
    if (
        LIST_NOT_SCENE.search(before)
        or words.title.search(before)  # "the governors of Kano and Kaduna": whose offices
        or any(p is not None and p.mention.relation == "between" for *_, p in items)
    ):
        return None
    known = [p for *_, p in items if p is not None]
    if any(gazetteer.kind(p.entry) == "country" or id(p.mention) in ctx.qualifiers for p in known):
        return None
    # the parts of one town ("the districts of Salhuddien and Midan", "the Shejaiya and Zeitoun
    # neighbourhoods"): one place, as ACLED codes the town
    kind = words.list_opening.search(before) or words.list_kind.match(text, end)
    if kind is not None and words.town_part.search(kind.group(0)) and not words.village.search(kind.group(0)):
        return None
    area = _area_of_list(first, end, c, ctx) or _area_of_clause(c, ctx, known, own_unknown)
    inside = [p for p in known if area is None or _within(area, p, gazetteer)]
    read: list[tuple[str, Resolved | None]] = []
    for start, name, place in items:
        # (a namesake outside the area the list is named with: "Kasai and Nahuta villages in Batsari")
        if place is not None and area is not None and not _within(area, place, gazetteer):
            place = None
        read.append((name, place or _read_in_list(start, name, inside, area, gazetteer)))
    placed = [p for _, p in read if p is not None]
    scenes: list[tuple[Resolved, str]] = []
    for name, place in read:
        if place is None and area is not None:
            scenes.append((area, name))
        elif place is not None and not any(
            gazetteer.contains(place.entry, q.entry) for q in placed if q is not place
        ):
            scenes.append((place, ""))
    # the clause's other scenes (not the list's area, nor an area holding one of its places)
    others = [(t, "" if own_unknown else c.unknown) for t in c.targets
              if t is not None and t is not area and t not in known
              and (area is None or t.mention is not area.mention)
              and not any(gazetteer.contains(t.entry, p.entry) for p, _ in scenes)]  # fmt: skip
    scenes += others
    before_split = {(t.entry, c.unknown) for t in c.targets if t is not None}
    if not scenes or {(p.entry, u) for p, u in scenes} == before_split:
        return None
    # (one scene: only for a list whose first name, which the gazetteer lacks, the steps could not place,
    # or placed at another of the list's: "the border towns of Khiam, Naqoura and Aitaroun" is at Naqoura
    # at least; "struck Khiam and Naqoura": not Khiam, which it lacks, at Naqoura)
    return scenes if len(scenes) > 1 or not before_split or own_unknown else None


def _area_of_clause(
    c: Candidate, ctx: ArticleContext, known: list[Resolved], own_unknown: bool
) -> Resolved | None:
    """The one area the clause's steps set its event in, when it names a list of settlements too ("attacked
    two towns in Lower Shabelle region, ... the capture of the districts of Awdhegle and Mubarak"): where
    the settlements the gazetteer lacks lie; or where they placed the list's first name, which it lacks."""
    gazetteer = ctx.gazetteer
    if own_unknown and c.targets and c.targets[0] is not None and c.targets[0] not in known:
        return c.targets[0]
    areas = [t for t in c.targets if t is not None and t not in known
             and (gazetteer.kind(t.entry) in ("admin1", "admin2", "region")
                  or (gazetteer.kind(t.entry) == "country" and t.mention.direction))]  # fmt: skip
    return areas[0] if len({t.entry for t in areas}) == 1 and len(areas) == len(c.targets) else None


def _read_in_list(
    start: int, name: str, known: list[Resolved], area: Resolved | None, gazetteer: Gazetteer
) -> Resolved | None:
    """A name of a list the mention finder left unread, read as the settlement or district of that name
    within the area the list is named with, else the one nearest the list's other places, within
    LIST_SPREAD_KM of them: "in Maungdaw, Ann and Thandwe" (Myanmar's Ann), "the Lebanese border towns
    of ... and al-Naqoura" (En Naqoura)."""
    points = [p for k in known if (p := gazetteer.lonlat(k.entry)) is not None]
    if area is None and not points:
        return None
    key = normalize_name(name)

    def spread(entry: int) -> float:
        at = gazetteer.lonlat(entry)
        if at is None or not points:
            return 0.0 if at is not None or area is not None else float("inf")
        return min(haversine_km(at[1], at[0], p[1], p[0]) for p in points)

    found = [(e, spread(e)) for e, _ in gazetteer.lookup_key(key) or gazetteer.lookup_without_article(key)
             if gazetteer.kind(e) in ("city", "admin2")
             and (_within_entry(area.entry, e, gazetteer) if area is not None else True)]  # fmt: skip
    found = [(e, km) for e, km in found if km <= LIST_SPREAD_KM]
    if not found:
        return None
    entry = min(found, key=lambda f: f[1])[0]
    mention = Mention(start, start + len(name), name, tuple((e, 1) for e, _ in found))
    return Resolved(
        mention, entry, LIST_READING, (gazetteer.label(entry), "named in a list with places near it")
    )


LIST_SPREAD_KM = 100.0  # a name of a list lies this close to the list's other places at most
LIST_READING = 0.6  # the confidence of a name of a list read by the country of the others


def _within_entry(area: int, entry: int, gazetteer: Gazetteer) -> bool:
    return entry == area or gazetteer.contains(area, entry)


def _within(area: Resolved, place: Resolved, gazetteer: Gazetteer) -> bool:
    return _within_entry(area.entry, place.entry, gazetteer)


def _division_named_so(town: Resolved, ctx: ArticleContext) -> Resolved | None:
    """A town read where the text names the area holding a list of settlements ("reclaimed towns including
    Dali and Al-Mazmum in Sennar"): the division of its name in its country, which is what holds towns (the
    one the report names with its kind word, "Sennar State", else the first-level one)."""
    gazetteer = ctx.gazetteer
    if gazetteer.kind(town.entry) != "city":
        return None
    key, code = normalize_name(town.mention.text), gazetteer.country_code(town.entry)
    divisions = [e for e, _ in town.mention.candidates
                 if gazetteer.kind(e) in ("admin1", "admin2") and gazetteer.country_code(e) == code
                 and normalize_name(gazetteer.name(e)) == key]  # fmt: skip
    if not divisions:
        return None
    worded = {p.entry for p in ctx.places if p.mention.area_word and p.entry in divisions}
    divisions.sort(key=lambda e: (e not in worded, gazetteer.kind(e) != "admin1"))
    why = f"a list of settlements told in {town.mention.text}: the division of that name"
    return replace(town, entry=divisions[0], evidence=(gazetteer.label(divisions[0]), why))


def _area_of_list(first: int, end: int, c: Candidate, ctx: ArticleContext) -> Resolved | None:
    """The area a list of settlements is named with: the division or country named right after it ("Kasai and
    Nahuta villages in Batsari local government area") or right before it ("the southern Lebanese border
    towns of"), in the clause."""
    gazetteer, text, words = ctx.gazetteer, ctx.text, ctx.lexicon.places
    settlements = words.list_opening.search(
        text, max(c.clause[0], first - 60), first
    ) or words.list_kind.match(text, end)
    areas = [a for p in ctx.places if c.clause[0] <= p.mention.start < c.clause[1]
             and id(p.mention) not in ctx.qualifiers
             and (a := p if gazetteer.kind(p.entry) in AREA_KINDS
                  else _division_named_so(p, ctx) if settlements else None) is not None]  # fmt: skip
    after = next((p for p in areas if p.mention.start >= end), None)
    # (not a people: "struck A and B in the Russian attack")
    if (
        after is not None
        and words.area_after_list.fullmatch(text, end, after.mention.start)
        and not gazetteer.is_demonym(normalize_name(after.mention.text))
    ):
        return after
    # (a people's adjective told with the kind of the list's settlements: "the Lebanese border towns of")
    before = [p for p in areas if p.mention.end <= first]
    if before and words.area_before_list.fullmatch(text, before[-1].mention.end, first):
        return before[-1]
    return None
