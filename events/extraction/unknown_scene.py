"""A scene the gazetteer lacks, by what the text calls it: a first-level division (the country's
division spelt most like it, or the part of the country), a settlement of its own (somewhere
in the division of the town it is placed by), a part or a building of a town (at the town)."""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from events.extraction.candidate import ArticleContext, Candidate
from events.places import DIRECTION, Mention, Resolved
from events.reading.text import normalize_name


def first_level_told(c: Candidate, ctx: ArticleContext) -> str | None:
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


def division_spelt_so(c: Candidate, ctx: ArticleContext, country: str) -> Resolved | None:
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


def country_part(country: Resolved, part: str) -> Resolved:
    """The country as the part of it the text names ("northern"), its mention telling that direction."""
    if not part or country.mention.direction:
        return country
    return replace(country, mention=replace(country.mention, direction=part))


def village_in(town: Resolved, why: str, c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str]:
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


def filed_division(filed: Resolved, c: Candidate, ctx: ArticleContext) -> tuple[Resolved, str]:
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
