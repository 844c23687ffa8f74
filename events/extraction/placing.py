"""The place step: where the candidate's event happened. Place takes the clause's scene places
(a weak event word only with a place close to it; a crowd's places only before what it wants
or opposes; talks where they were held, meetings), else those of a later clause of the
sentence with no event word; the scenes are then checked (scene_checks)."""

from __future__ import annotations

import re

from events.extraction import scene
from events.extraction.candidate import CROWDS, ArticleContext, Candidate
from events.extraction.meetings import (
    FRONTED,
    TALKS_ON,
    WHERE_AFTER,
    fronted_setting,
    near_trigger,
    officials_met,
    scene_of_verb,
    sides_talked,
    talked_of,
    travelled_to,
    venue_at_dateline,
    whose_office,
)
from events.extraction.scene_checks import (
    far_from_the_story,
    outside_its_division,
    read_address,
    retold_abroad,
    without_references,
)
from events.extraction.triggers import scene_clause
from events.places import AREA_KINDS, Gazetteer, Resolved, lacks_in
from events.reading.text import normalize_name


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
            if any(near_trigger(p, h, text) or scene_of_verb(p, h, ctx) for h in c.hits)
            or (p in set_by and c.trigger.event_type == "Diplomacy")
        ]  # fmt: skip
        if c.trigger.event_type == "Diplomacy" and (setting := fronted_setting(c, ctx)) is not None:
            c.targets = [setting]
        if not c.targets and c.trigger.id == "meeting":
            # "flew to Nairobi on an official visit"; "ISLAMABAD: ... hosted X at the Foreign Office"
            c.targets = travelled_to(c, ctx) or venue_at_dateline(c, ctx)
        return bool(
            c.targets
            or ctx.lacking(c.clause)
            or scene.unknown_place(text, c.clause, gazetteer, ctx.lexicon, ctx.abroad)
            or officials_met(c, ctx)
            or sides_talked(c, ctx)
        )
    if not c.targets and not ctx.lacking(c.clause):
        c.clause = _before_a_person_told(scene_clause(c.clause, c.clause_spans, c.sentence_hits), c, ctx)
        c.targets = _scene_places(c, ctx, c.clause)
    if c.targets and (fallback := ctx.lacking(c.clause)) is not None and _misread(c, fallback, gazetteer):
        c.targets = [fallback.region]  # read as the village the region holds (fall_back), not a namesake
    if c.targets and (fallback := ctx.lacking(c.clause)) is not None:
        c.targets = [_as_region(p, fallback, ctx) for p in c.targets]
    if not c.targets and (heading := _heading(c, ctx)) is not None:
        c.targets = [heading]
    far_from_the_story(c, ctx)
    retold_abroad(c, ctx)
    c.targets = without_references(c.targets, ctx.text)
    read_address(c, ctx)
    outside_its_division(c, ctx)
    return True


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


APPOSED_REGION = re.compile(r"\s*[,(]\s*")


def _as_region(p: Resolved | None, fallback: scene.RegionFallback, ctx: ArticleContext) -> Resolved | None:
    """ "fired mortars at Paraskoviivka, Donetsk": the name after a village the gazetteer lacks is the region
    that holds it (fall_back), not a town of that name the resolver read it as (Donetsk the city, or
    Russia's namesake of it); unless the report names that town elsewhere ("killed five in Kaduna ... in
    Unguwan Rimi, Kaduna": a part of the town it told the event at)."""
    if p is None or p.mention.start != fallback.region.mention.start:
        return p
    if ctx.gazetteer.kind(p.entry) in AREA_KINDS:
        return p
    # (the region set after the village by a comma or a parenthesis: not "Shola Quarters in Katsina
    # metropolis")
    if not APPOSED_REGION.fullmatch(ctx.text, fallback.start + len(fallback.place_name), p.mention.start):
        return p
    if any(q.entry == p.entry and q.mention.start != p.mention.start for q in ctx.places):
        return p
    # (nor a town the name after it says it lies in: "in Barangay Poblacion West in Rizal, Nueva Ecija" is the
    # town of Rizal, not the province of that name)
    after = next((q for q in ctx.places if q.mention.start > p.mention.start), None)
    if (
        after is not None
        and id(after.mention) in ctx.qualifiers
        and ctx.gazetteer.contains(after.entry, p.entry)
    ):
        return p
    return fallback.region


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
        targets = [t for t in targets if t is None or not (talked_of(text, c.hit.end, t, ctx)
                   or TALKS_ON.search(text, max(0, t.mention.start - 40), t.mention.start)
                   or whose_office(t, ctx))]  # fmt: skip
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
