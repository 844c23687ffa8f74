"""Article -> EventRecords: drafts sentence by sentence, merged into events, made records."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from events.errors import ArticleError
from events.extraction import classify, scene
from events.extraction.actors import (
    MEMBERS_OF,
    ActorHit,
    communal,
    described_states,
    find_actors,
    find_parties,
    its_attack,
    named_by_people,
)
from events.extraction.candidate import CROWDS, ArticleContext, Typer, retold_subject
from events.extraction.casualties import Casualties, coder_remark, spread
from events.extraction.counting import earlier_aside
from events.extraction.countries import in_report_country
from events.extraction.counts import attach_counts
from events.extraction.dating import (
    date_named_event,
    date_told_event,
    dated_before,
    days_earlier,
    in_relative_clause,
)
from events.extraction.draft import DATE_NOTES, VIOLENT, Draft
from events.extraction.kinds import BARE_LABEL, EXTERNAL, PRONOUN_START, country_of, described_actor, inter_on
from events.extraction.lexicon import Actor, Lexicon, PlaceWords, Trigger
from events.extraction.merge import ANOTHER, draft_to_record, merge_drafts
from events.extraction.placing import place_told_event
from events.extraction.report import BRACKETED, read_report
from events.extraction.screen import load_screen
from events.extraction.sentence import sentence_drafts
from events.extraction.timex import DAY, YEAR, TimeRef, find_times, mark_telling, news_day, relative_days
from events.extraction.timing import dates_telling, is_past
from events.extraction.triggers import Hit, clause_of, clauses, trigger_hits
from events.places import (
    COMPASS,
    POSSESSIVE_GAP,
    QUALIFIER_GAP,
    Gazetteer,
    Mention,
    Resolved,
    find_mentions,
    fits_measure,
    haversine_km,
    place_fields,
    relation_before,
    resolve_mentions,
)
from events.reading.article import Article
from events.reading.text import Sentence, normalize_name, split_sentences, typeset
from events.records.record import EventRecord

ENTRY_DATE_WITHIN = 25  # characters: an event log's entry opens on its date
ENTRY_CONFIDENCE = 0.7  # an entry's event read with every event word taken as told
ENTRY_GAP = re.compile(r"[\s,)]*")  # between an entry's opening date and its first clause
WORD = re.compile(r"[^\W\d_]{2,}")
# what stands for the event of an entry with no event word: the model types it
ENTRY_TRIGGER = Trigger("entry", re.compile(r"(?!)"), "Strategic developments", "Other", weight=0.5)
LEDE_PARAGRAPHS = 2  # paragraphs counted from 0 (the headline's): the first time told with event words
# in the body of these is the story's day
# the loosest developments, a report's context (_context_development, _without_context)
CONTEXT_KINDS = ("Other", "Change to group/activity")
# a capitalised word after a country's name ("the UK Parliament"), not a day or a month ("in
# Nigeria Sunday") nor the head of an "X of" phrase
INSTITUTION_AFTER = re.compile(
    r" (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)[A-Z][a-z]+(?! of\b)"
)
TITLE_NAME = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Chancellor|Governor|Mayor|Gen\.|General|Colonel|"
    r"Col\.|Lt\.|Sgt\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Prince|Pope|Secretary|Senator|Sen\.|"
    r"Rep\.|spokesman|spokeswoman|spokesperson|adviser|advisor|envoy|commander|Ambassador|"
    r"negotiator|aide)\s+,?\s*((?:[A-Z][\w’'-]+\s?){1,3})"
)


def blocked_spans(text: str, lexicon: Lexicon, published, times=None) -> list[tuple[int, int]]:
    """Spans that are never places: people ("President Volodymyr Zelensky"), dates ("Jan. 9") and the
    region words that describe the report's country ("the Caribbean country", "the West African nation")."""
    spans = [m.span(1) for m in TITLE_NAME.finditer(text)]
    spans += [m.span("region") for m in DESCRIBED_COUNTRY.finditer(text)]
    spans += [m.span() for m in lexicon.movable_holidays.finditer(text)]
    spans += [(t.start, t.end) for t in (times if times is not None else find_times(text, published))]
    if lexicon.person_pattern is not None:
        spans += [m.span() for m in lexicon.person_pattern.finditer(text)]
    return spans


# "the Caribbean country", "the West African nation", "the Horn of Africa country": where the country lies,
# told to describe it, no scene
DESCRIBED_COUNTRY = re.compile(
    r"\bthe\s+(?P<region>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})\s+(?:(?:island|coastal|landlocked)\s+)?"
    r"(?:country|nation)\b"
)


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked (same length): "9 May" must not read as "may"."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def model_typer(model: classify.TypeModel) -> Typer:
    """Types an event with the fitted model (its best among ``allowed`` types when given)."""

    def typer(
        features: list[str], fallback: tuple[str, str], allowed: set[str] | None = None
    ) -> tuple[str, str, float]:
        return model.decide(features) if allowed is None else model.best(features, allowed)

    return typer


# The types of violence whose victims may be armed
ARMED_TYPES = {"Battles", "Explosions/Remote violence"}
ARMED_PARTIES = {"state_forces", "police", "rebels", "external"}


def _armed_dead(draft: Draft) -> bool:
    """The event's dead are all of armed parties ("eight Burkinabe soldiers have been killed"):
    ACLED codes no violence against civilians there."""
    parties = set(draft.casualties.party.split("+")) - {""}
    return bool(draft.casualties.fatalities) and bool(parties) and parties <= ARMED_PARTIES


def word_typer(
    features: list[str], fallback: tuple[str, str], allowed: set[str] | None = None
) -> tuple[str, str, float]:
    """Types an event by its anchor word alone (what the model is fitted to improve on)."""
    return (*fallback, 1.0)


def retype(drafts: list[Draft], typer: Typer) -> None:
    """Each event typed again on the features of every sentence that tells it."""
    for draft in drafts:
        if draft.modelled:
            draft.event_type, draft.sub_event_type, probability = typer(
                sorted(draft.features), draft.fallback
            )
            if draft.event_type == "Violence against civilians" and _armed_dead(draft):
                draft.event_type, draft.sub_event_type, probability = typer(
                    sorted(draft.features), draft.fallback, ARMED_TYPES
                )


def _outside_names(times: list[TimeRef], actors: list) -> list[TimeRef]:
    """Times that are not words of an armed group's name ("the March 23 Movement (M23)")."""
    return [t for t in times if not any(a.start <= t.start and t.end <= a.end for a in actors)]


# a bracket inside a sentence: the word after it goes on in lower case ("another [female] resident wounded")
INLINE_AFTER = re.compile(r"[ \t]*[a-z]")


GLOSSED_PRONOUN = re.compile(r"\b(?:they|he|she|it|we|them|their|its|his|her)\s*$", re.I)


def _inline_brackets(text: str) -> set[tuple[int, int]]:
    """Brackets an editor set inside a sentence ("a civilian had been killed and another [female]
    resident wounded"): no event of their own, but no end of their sentence either."""
    return {m.span() for m in BRACKETED.finditer(text) if INLINE_AFTER.match(text, m.end())}


def article_context(
    article: Article, gazetteer: Gazetteer, lexicon: Lexicon, typer: Typer | None = None
) -> ArticleContext:
    text = article.text
    report = read_report(text, article.published)
    actors = find_actors(text, lexicon)
    times = _outside_names(find_times(text, report.reported, holidays=lexicon.holidays), actors)
    times = relative_days(text, mark_telling(text, times, lexicon.telling))
    if (told := _lede_told_on(report, times, text)) is not None:
        # "A government official told Xinhua on Friday that ... an overnight drone strike": the report's
        # "overnight", "yesterday" and "last night" are counted from the day its lede was told (its
        # weekdays, dates and "this morning" are read as before: "On Saturday" is the Saturday before
        # publication)
        again = {(t.start, t.end): t for t in find_times(text, told, holidays=lexicon.holidays)}
        times = [_deictic(t, again, text) for t in times]
    mentions = find_mentions(text, gazetteer, blocked_spans(text, lexicon, report.reported, times))
    resolved = _dateline_town(report, resolve_mentions(text, mentions, gazetteer), gazetteer)
    resolved = [p for p in resolved if not _names_an_actor(text, p, actors, gazetteer, lexicon)
                and not _bearing_of_a_place(text, p, resolved, gazetteer)]  # fmt: skip
    locative = lexicon.places.locative

    def scene(p: Resolved) -> bool:  # "in the Somali capital Mogadishu": named as where something is
        return locative.search(text, max(0, p.mention.start - 60), p.mention.start) is not None

    def goes_on(p: Resolved) -> bool:  # "Madinat al Salah": the name goes on past the mention
        return lexicon.places.name_goes_on.match(text, p.mention.end) is not None

    places = in_report_country(resolved, gazetteer, _filed_in(report, resolved, gazetteer), scene, goes_on)
    kept = {p.mention.start for p in places}
    abroad = frozenset(p.mention.start for p in resolved if p.mention.start not in kept)
    places = _parts_elsewhere(text, places, gazetteer)
    places = sorted(places + _capital_offsets(text, places, gazetteer), key=lambda p: p.mention.start)
    places, measured = _measured_namesakes(text, places, gazetteer, lexicon.places.measured_gap)
    # a furniture line ends the sentence before it too ("... / AFP Archive" then "April 9, 2022")
    lines = [*report.furniture, *([report.headline] if report.headline else [])]
    inline = _inline_brackets(text)
    breaks = tuple(b for span in lines if span not in inline for b in span)
    if report.dateline is not None:  # a dateline opens its sentence (the line before may end "1:38 p.m.")
        breaks += (report.dateline.span[0],)
    sentences = [s for s in split_sentences(text, breaks) if report.role(s.start, s.end) != "furniture"]
    places = _country_parts(text, places, gazetteer, sentences,
                            report.dateline.place if report.dateline else (0, 0),
                            report.headline[1] if report.headline else 0)  # fmt: skip
    qualifiers = measured | {id(places[k + 1].mention) for k, p in enumerate(places[:-1])
                             if _is_qualifier(text, p, places[k + 1], gazetteer, lexicon.places)}  # fmt: skip
    # "the village of Nikolskoye in Russia's Belgorod region": the division after the possessive too
    qualifiers |= {id(places[k + 2].mention) for k in range(len(places) - 2)
                   if id(places[k + 1].mention) in qualifiers
                   and POSSESSIVE_GAP.fullmatch(text, places[k + 1].mention.end, places[k + 2].mention.start)
                   and gazetteer.contains(places[k + 2].entry, places[k].entry)}  # fmt: skip
    # the countries the report names by name ("Sri Lanka: Protesters ..."), not by demonym
    named = [p for p in places if gazetteer.kind(p.entry) == "country"]
    countries = frozenset(gazetteer.country_code(p.entry) for p in named if not named_by_people(p, gazetteer))
    peoples = frozenset(gazetteer.country_code(p.entry) for p in named if named_by_people(p, gazetteer))
    actors = _at_home(text, actors, {gazetteer.country_code(p.entry) for p in places})
    blocked = report.blocked()
    scenes = [p for p in places if not any(s <= p.mention.start < e for s, e in blocked)
              and not _source_seat(text, p, lexicon, places, gazetteer, sentences, blocked)
              and not _capital_for_its_state(text, p, gazetteer, lexicon)
              and not _names_institution(text, p, gazetteer)]  # fmt: skip
    return ArticleContext(article=article, undated_text=mask(text, [(t.start, t.end) for t in times]),
                          places=scenes, qualifiers=qualifiers, actors=actors,
                          parties=_parties(text, actors, places, lexicon, gazetteer, sentences),
                          gazetteer=gazetteer,
                          lexicon=lexicon, countries=countries, peoples=peoples, abroad=abroad,
                          report=report, typer=typer or model_typer(classify.load_model()), times=times,
                          sentences=sentences, sentence_hits=trigger_hits(text, sentences, lexicon),
                          weapons=classify.weapon_spans(text, lexicon),
                          filed_from=_dateline_place(report, places), told_on=told)  # fmt: skip


LEDE_REACH = 400  # characters of the body's first paragraph where the lede's telling day is looked for
TOLD_BEFORE_DAYS = 6  # a telling this many days before publication at most is the report's day


def _deictic(time, again: dict, text: str):
    """The time as read from the lede's telling day when it is counted from the day it is told
    ("overnight", "yesterday"), else as read from the day of publication."""
    other = again.get((time.start, time.end))
    if other is None or not DEICTIC.search(text, time.start, time.end):
        return time
    return replace(other, speech=time.speech)


DEICTIC = re.compile(r"\b(?:overnight|yesterday|last\s+night)\b", re.I)


RELATIVE_TELLER = re.compile(r"\b(?:who|whom|which)\b[^,.;:]*$", re.I)


def _lede_told_on(report, times: list, text: str):
    """The day the lede's source spoke ("told Xinhua on Friday"), when the report gives no dated
    dateline, the lede no other time, and that day is shortly before publication: a wire report
    published later."""
    if report.dateline is not None and report.dateline.day is not None:
        return None
    opening = len(text) - len(text[report.headline[1] if report.headline else 0 :].lstrip())
    end = text.find("\n", opening)  # the lede: the body's first paragraph (its first characters)
    end = min(end if end >= 0 else len(text), opening + LEDE_REACH)
    lede = [t for t in times if opening <= t.start < end]
    # (not a relative clause's own telling: "condemned by a resident who said on Wednesday that he fled")
    told = next((t for t in lede if t.speech and t.precision == 1
                 and not RELATIVE_TELLER.search(text, max(opening, t.start - 60), t.start)),
                None)  # fmt: skip
    if told is None or any(not t.speech for t in lede):
        return None  # (a lede that dates its event, "returned to the streets today", speaks from that day)
    if not 1 <= (report.reported - told.event_date).days <= TOLD_BEFORE_DAYS:
        return None
    return told.event_date


# "30 kilometres east of the capital" (no name after it: "the capital Mogadishu" names it)
# (nor "the capital of Zamfara State": another capital than the country's)
THE_CAPITAL_ANCHOR = re.compile(r"\bthe\s+capital\b(?!\s*,?\s+(?:city\s+)?[A-Z]|\s+of\b)")


def _capital_offsets(text: str, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """ "stormed the police station in Dompe, 30 kilometres east of the capital": the capital of the
    one country the report's places lie in, as a place the text measures from (a point computed
    from it, as from a named anchor)."""
    codes = {gazetteer.country_code(p.entry) for p in places} - {""}
    capital = gazetteer.capital_of(codes.pop()) if len(codes) == 1 else None
    if capital is None:
        return []
    out = []
    for match in THE_CAPITAL_ANCHOR.finditer(text):
        word = match.start() + match.group(0).rindex("capital")
        told = relation_before(text[max(0, word - 60) : word])
        if told.get("relation") != "offset":
            continue
        mention = Mention(word, match.end(), "capital", ((capital, 1),), **told)
        why = (
            f"'the capital': {gazetteer.name(capital)}, the capital of the country the report's places lie in"
        )
        out.append(Resolved(mention, capital, 0.5, (gazetteer.label(capital), why)))
    return out


def _measured_namesakes(
    text: str, places: list[Resolved], gazetteer: Gazetteer, gap: re.Pattern[str]
) -> tuple[list[Resolved], set[int]]:
    """ "Pobeda, a small village about five kilometres west of Donetsk": a town's reading far from
    where the measure puts it is a namesake of a place the gazetteer lacks. The name, wherever the
    text repeats it, is read as the measure from the anchor (a point computed from it); the anchor
    only describes it. ``gap``: what may stand between the name and its anchor (PlaceWords.measured_gap).
    Returns the places and the anchors' mention ids (qualifiers)."""
    measured: dict[str, Resolved] = {}  # the name as written -> the anchor with its measure
    anchors = set()
    for here, anchor in zip(places, places[1:], strict=False):
        if anchor.mention.relation == "offset" and _misses_measure(text, here, anchor, gazetteer, gap):
            anchors.add(id(anchor.mention))
            if _better_known(here, anchor, gazetteer):
                # "in Woldia, only about thirty kilometers south of Kobo", the only Kobo read lying 200 km
                # off: Woldia is sure, the anchor's reading the namesake; Kobo lies that far the other way
                back = anchor.mention.bearing
                told = replace(anchor.mention, bearing=None if back is None else (back + 180) % 360)
                measured.setdefault(normalize_name(anchor.mention.text), replace(here, mention=told))
            else:
                measured.setdefault(normalize_name(here.mention.text), anchor)
    if not measured:
        return places, anchors
    out = []
    for p in places:
        anchor = measured.get(normalize_name(p.mention.text))
        if anchor is None or id(p.mention) in anchors:
            out.append(p)
            continue
        told = anchor.mention
        mention = replace(
            p.mention, relation=told.relation, offset_km=told.offset_km, bearing=told.bearing, measured=True
        )
        why = f"no '{p.mention.text}' of the gazetteer lies {told.offset_km:g} km from {told.text}, as told"
        out.append(
            Resolved(mention, anchor.entry, min(p.confidence, anchor.confidence), (*anchor.evidence, why))
        )
    return out, anchors


def _better_known(here: Resolved, anchor: Resolved, gazetteer: Gazetteer) -> bool:
    """The place measured is the surer reading of the two: its name reads as one town only, larger than the
    anchor's reading (a report measures a place from a better-known one; when the place it measures is the
    larger, the anchor's reading is a namesake of the place meant)."""
    ix = gazetteer.index
    return (
        len(here.mention.candidates) == 1
        and gazetteer.kind(anchor.entry) == "city"
        and ix.population[here.entry] > ix.population[anchor.entry]
    )


def _misses_measure(
    text: str, here: Resolved, anchor: Resolved, gazetteer: Gazetteer, gap: re.Pattern[str]
) -> bool:
    """ "Pobeda, a village about five kilometres west of Donetsk": a town's reading that the
    measure from a town after it, told as its appositive, does not fit."""
    if gazetteer.kind(here.entry) != "city" or gazetteer.kind(anchor.entry) not in ("city", "poi"):
        return False  # "Kiryat Shmona, about 2 km from Lebanon": a country is no point to measure from
    if gap.fullmatch(text, here.mention.end, anchor.mention.start) is None:
        return False  # "Djibo, and a second group raided a village 30 km north of Kaya": another clause
    spot, origin = gazetteer.lonlat(here.entry), gazetteer.lonlat(anchor.entry)
    if spot is None or origin is None or here.entry == anchor.entry:
        return False
    return not fits_measure(spot, origin, anchor.mention)


def _at_home(text: str, actors: list[ActorHit], countries: set[str]) -> list[ActorHit]:
    """The actors named, less those named only by a common noun of their country's ("gangs" for
    Haiti's, "jihadists" for the Sahel's JNIM) in a report whose places all lie in other countries:
    the noun then describes someone else's."""
    if not countries:  # no country told: no evidence against the alias
        return actors
    return [a for a in actors
            if not a.actor.country or a.actor.country in countries or not _common_noun(text, a)]  # fmt: skip


def _common_noun(text: str, hit: ActorHit) -> bool:
    """The actor is named here by one of its aliases that is a common noun ("gangs", "jihadists")."""
    told = text[hit.start : hit.end].lower()
    return any(alias.islower() and alias == told for alias in hit.actor.aliases)


def _dateline_place(report, places: list[Resolved]) -> Resolved | None:
    """The town the report was filed from, if its dateline names one the gazetteer knows."""
    if report.dateline is None:
        return None
    start, end = report.dateline.place
    return next((p for p in places if start <= p.mention.start < end), None)


def _dateline_town(report, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """A dateline names the town the report was filed from: its name read as a division or a
    region ("GAZA -" as Mozambique's Gaza province) is the largest town of that name instead."""
    town = _dateline_place(report, places)
    if town is None or gazetteer.kind(town.entry) == "city":
        return places
    # (a name in capitals has only the divisions it may abbreviate as candidates: looked up again)
    named = (*town.mention.candidates, *gazetteer.lookup(town.mention.text))
    cities = [e for e, _ in named if gazetteer.kind(e) == "city"]
    if not cities:
        return places
    best = max(cities, key=gazetteer.population)
    why = f"{gazetteer.label(best)}: a dateline names a town"
    return [replace(p, entry=best, evidence=(*p.evidence, why)) if p is town else p for p in places]


# "Sira neighbourhood of Aden city", "the Hodan district of Mogadishu": the first name is a part
# of the second
PART_OF = re.compile(
    r"\s+(?:neighbou?rhood|district|quarter|suburb|ward)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
# "Kharkiv's Kyivskyi district", "Gaza's Shejaiya neighbourhood": a town's part after the town's possessive
POSSESSED_PART = re.compile(r"\s+(?:neighbou?rhood|district|quarter|suburb|ward|area|sector)\b", re.I)


def _parts_elsewhere(text: str, places: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """The places less a part told of a town that the gazetteer puts elsewhere (Sira, India, for
    "Sira neighbourhood of Aden city"; Kyivskyi, Poltava, for "Kharkiv's Kyivskyi district"): the
    gazetteer lacks the part, and the town named with it is where it is."""
    kept = []
    for k, place in enumerate(places):
        town = places[k + 1] if k + 1 < len(places) else None
        owner = places[k - 1] if k > 0 else None
        if (
            town is not None
            and PART_OF.fullmatch(text, place.mention.end, town.mention.start)
            and gazetteer.kind(town.entry) in ("city", "poi")
            and place.entry != town.entry
            and scene.elsewhere(place.entry, town.entry, gazetteer)
        ):
            continue
        if (
            owner is not None
            and POSSESSIVE_GAP.fullmatch(text, owner.mention.end, place.mention.start)
            and (
                POSSESSED_PART.match(text, place.mention.end)
                or POSSESSED_PART.match(f" {place.mention.area_word}")
            )
            and gazetteer.kind(owner.entry) == "city"
            and place.entry != owner.entry
            and scene.elsewhere(place.entry, owner.entry, gazetteer)
        ):
            continue
        kept.append(place)
    return kept


# "in the northeastern part of the country", "the country's north", "the north of the country"
_COMPASS_WORD = rf"{COMPASS}(?:ern)?"
_LAND = r"(?:country|nation)"
_TROUBLED = r"(?:(?:far|restive|volatile|troubled|insurgency-hit|conflict-hit)\s+)?"
COUNTRY_PART = re.compile(
    rf"\b(?i:the)\s+{_TROUBLED}(?P<a>{_COMPASS_WORD}|central)\s+(?:parts?|regions?|areas?)\s+of\s+the\s+{_LAND}\b"
    rf"|\b(?i:the)\s+(?:[A-Z][\w-]*\s+){{0,2}}{_LAND}['’]s\s+{_TROUBLED}(?P<b>{_COMPASS_WORD}|centre|center|central)"
    r"(?:\s+(?:parts?|regions?|areas?))?\b"
    rf"|\b(?i:the)\s+(?:far\s+)?(?P<c>{_COMPASS_WORD}|centre|center)\s+of\s+the\s+{_LAND}\b",
)


# a country named as a reference point, not as the scene's ("near the border with Mali")
REFERENCE_BEFORE = re.compile(
    r"\b(?:borders?\s+with|bordering|border\s+of|from|into|toward|towards)\s+(?:the\s+)?$", re.I
)
POSSESSIVE_AFTER = re.compile(r"['’]s\s")
REFERENCE_AFTER = re.compile(r"['’]?s?\s+(?:border|frontier)s?\b", re.I)  # "close to the Niger border"


def _reference_point(text: str, place: Resolved) -> bool:
    """A country named as a reference point ("near the border with Mali", "close to the Niger border")."""
    start, end = place.mention.start, place.mention.end
    return bool(REFERENCE_BEFORE.search(text, max(0, start - 40), start) or REFERENCE_AFTER.match(text, end))


def _country_parts(
    text: str,
    places: list[Resolved],
    gazetteer: Gazetteer,
    sentences: list[Sentence],
    dateline: tuple[int, int],
    headline_end: int = 0,
) -> list[Resolved]:
    """The places, with a part of the report's country told without its name ("in the
    northeastern part of the country"): that part of the country the phrase speaks of (see
    _country_meant), which its record draws (events.places.place_fields)."""
    found, inside = [], set()
    for match in COUNTRY_PART.finditer(text):
        within = [p for p in places if match.start() <= p.mention.start and p.mention.end <= match.end()]
        if any(
            p.mention.start < match.end() and match.start() < p.mention.end for p in places if p not in within
        ):
            continue
        others = [p for p in places if p not in within and not dateline[0] <= p.mention.start < dateline[1]]
        sentence = next((s for s in sentences if s.start <= match.start() < s.end), None)
        span = (sentence.start, sentence.end) if sentence else (match.start(), match.end())
        entry = _country_meant(text, match.start(), span, others, gazetteer, headline_end)
        if entry is None:
            continue
        inside.update(id(p) for p in within)  # "the West African nation's north": the nation's part
        direction = next(g for g in match.groups() if g).lower()
        mention = Mention(match.start(), match.end(), match.group(), ((entry, 1),), direction=direction)
        why = "the part of the report's country the text names"
        found.append(Resolved(mention, entry, 0.7, (gazetteer.label(entry), why)))
    kept = [p for p in places if id(p) not in inside]
    return sorted(kept + found, key=lambda p: p.mention.start) if found else places


def _country_meant(
    text: str,
    at: int,
    sentence: tuple[int, int],
    places: list[Resolved],
    gazetteer: Gazetteer,
    headline_end: int,
) -> int | None:
    """The country "the country" speaks of at ``at``: in its ``sentence``, one whose institution
    speaks ("..., Lebanon's health ministry said"), else one named by its name that is no
    reference point ("near the border with Mali"), the nearest; else one its headline names;
    else the country most of the report's places lie in (its people's adjectives not counted,
    unless there is nothing else: the attackers are often named so). The dateline's town is
    where the report was filed, not a clue."""
    start, end = sentence
    named = [
        p
        for p in places
        if gazetteer.kind(p.entry) == "country"
        and not named_by_people(p, gazetteer)
        and not _reference_point(text, p)
    ]
    near = [p for p in named if start <= p.mention.start < end]
    owning = [p for p in near if POSSESSIVE_AFTER.match(text, p.mention.end)]
    if owning or near:
        return min(owning or near, key=lambda p: abs(p.mention.start - at)).entry
    headed = [p for p in named if p.mention.start < headline_end]  # "Mozambique: villagers beheaded"
    if headed:
        return headed[0].entry
    places = [p for p in places if not _reference_point(text, p)] or places
    for counted in ([p for p in places if not named_by_people(p, gazetteer)], places):
        codes = Counter(gazetteer.country_code(p.entry) for p in counted)
        codes.pop("", None)
        if codes:
            return gazetteer.index.by_id.get(f"country:{codes.most_common(1)[0][0]}")
    return None


def _filed_in(report, places: list[Resolved], gazetteer: Gazetteer) -> str:
    """The country of the town the report was filed from (its dateline), if resolved."""
    town = _dateline_place(report, places)
    return gazetteer.country_code(town.entry) if town is not None else ""


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


def _names_an_actor(
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


def _bearing_of_a_place(text: str, place: Resolved, places: list[Resolved], gazetteer: Gazetteer) -> bool:
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


def _source_seat(
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


def _capital_for_its_state(text: str, place: Resolved, gazetteer: Gazetteer, lexicon: Lexicon) -> bool:
    """A national capital told as the subject of a verb of saying or stance: its government, not a
    scene."""
    mention = place.mention
    if gazetteer.capital_of(gazetteer.country_code(place.entry)) != place.entry:
        return False
    told = lexicon.telling.match(text[mention.end : mention.end + 40].lstrip(" "))
    if told is None and not STANCE_AFTER.match(text, mention.end):
        return False
    return NOT_A_SUBJECT.search(text, max(0, mention.start - 15), mention.start) is None


def _names_institution(text: str, place: Resolved, gazetteer: Gazetteer) -> bool:
    """'outside the UK Parliament', 'the Nigeria Police Force': a country's name opening an
    institution's name is no scene (the institution is not the country)."""
    following = INSTITUTION_AFTER.match(text, place.mention.end)
    return following is not None and place.entry is not None and gazetteer.kind(place.entry) == "country"


def _parties(text: str, actors, places: list[Resolved], lexicon: Lexicon, gazetteer: Gazetteer,
             sentences: list[Sentence]):  # fmt: skip
    """Actors named or described, but not a city named as the scene ("targeting Kyiv" is the
    place struck, not the government that 'Kyiv' can stand for; "the armed forces of Ukraine"
    are Ukraine's); states described by their people (actors.described_states) and communal
    militias (actors.communal) as such."""
    # (a people's adjective is no scene: "in a Ukrainian drone attack" names Ukraine's forces)
    scenes = [p.mention for p in places
              if lexicon.places.locative.search(text, max(0, p.mention.start - 60), p.mention.start)
              and not lexicon.places.title.search(text, max(0, p.mention.start - 60), p.mention.start)
              and not gazetteer.is_demonym(normalize_name(p.mention.text))
              and not its_attack(text.replace("’", "'"), p.mention.end)]  # fmt: skip
    # "a third [officer] injured": an editor's gloss, no party of its own; but a gloss on a pronoun names who
    # acted ("They [RSF fighters] stormed the village")
    brackets = _inline_brackets(text)
    glossed = {(a, b) for a, b in brackets if GLOSSED_PRONOUN.search(text, max(0, a - 12), a)}
    inline = brackets - glossed
    parties = [party for party in find_parties(text, actors, lexicon)
               if not (party.actor and any(m.start <= party.start < m.end for m in scenes))
               and not any(a <= party.start < b for a, b in inline)
               # (a gloss on a pronoun names an actor, not who fled: "they [the villagers] fled after ...")
               and not (any(a <= party.start < b for a, b in glossed)
                        and classify.group_of(party.type) != "armed")]  # fmt: skip
    parties = described_states(text, places, parties, lexicon, gazetteer, sentences)
    return sorted((communal(p, text, places, gazetteer, lexicon) for p in parties), key=lambda p: p.start)


def typeset_article(article: Article) -> Article:
    """The article as the readers see it (text.typeset); records quote the article as given."""
    text = typeset(article.text)
    return article if text == article.text else replace(article, text=text)


# "so far" alone, with no span it counts over ("so far this year", "since the war began")
SO_FAR = re.compile(r"so\s+far", re.I)


def _toll_so_far(ctx: ArticleContext, sentence: Sentence) -> bool:
    """A count told "so far" and no other background ("Five people have reportedly been injured so far"):
    the toll of the event told before up to now, not a campaign's."""
    found = [m.group() for text in (ctx.undated_text, ctx.text)
             for m in ctx.lexicon.background.finditer(text, sentence.start, sentence.end)]  # fmt: skip
    return bool(found) and all(SO_FAR.fullmatch(f) for f in found)


def article_drafts(
    article: Article, gazetteer: Gazetteer, lexicon: Lexicon, typer: Typer | None = None
) -> list[Draft]:
    article = typeset_article(article)
    ctx = article_context(article, gazetteer, lexicon, typer)
    report = ctx.report
    for index, sentence in enumerate(ctx.sentences):
        if sentence.paragraph != ctx.paragraph:
            # Time is read per paragraph; the last armed actor carries on through the
            # article (news names the attacker once, then omits it). A list's items are one
            # paragraph: its first item's day dates the items after it.
            ctx.paragraph = sentence.paragraph
            if not _list_goes_on(article.text, sentence.start):
                ctx.paragraph_time = None
        times, actors = _sentence_times(ctx, sentence), _sentence_actors(ctx, sentence)
        new = sentence_drafts(ctx, index, times, actors)
        aside = earlier_aside(ctx, index)  # "came after a bombing last month that killed 12": not its count
        if new is None:  # a count with no event word told as happening ("No one was hurt.")
            new = []
            # not a background toll ("more than 1,000 homicides so far this year"; but "Five people have
            # been injured so far" after a strike is its toll up to now)
            if not ctx.background(sentence.start, sentence.end) or _toll_so_far(ctx, sentence):
                attach_counts(
                    ctx.drafts, sentence, lexicon, ctx.places, ctx.qualifiers, gazetteer, article.text, aside
                )
        # "the hospital was hit on Friday", "The violence erupted on Sunday": no event of its own
        retold = retold_subject(lexicon.retelling, sentence.text)[1] is not None
        # (a retelling after a source's "said" joins the event told, but dates nothing of old)
        said = retold or retold_subject(lexicon.retelling, sentence.text, said=True)[1] is not None
        if said and new and _told_again(ctx, sentence, ctx.sentence_hits[index], new):
            new = []  # "The latest fighting took place at Al-Kasarah": the event just told, placed
        if not new and (ctx.sentence_hits[index] or retold):
            # "The attack took place last January" (not "The raid came after a bombing last month that
            # killed 12": that earlier event's day)
            own = [t for t in times if aside is None or not aside[0] <= t.start < aside[1]]
            hits = ctx.sentence_hits[index]
            talks = bool(hits) and all(h.trigger.event_type == "Diplomacy" for h in hits)
            kinds = frozenset(h.trigger.event_type for h in hits if h.trigger.event_type in VIOLENT)
            date_told_event(ctx, sentence, own, old=retold, talks=talks, kinds=kinds)
        if not new and (ctx.sentence_hits[index] or retold):
            place_told_event(ctx, index)  # (retold: "The strike hit an encampment in Deir al-Balah")
        date_named_event(ctx, index, times)  # "shortly before Wednesday's attack in Erbil, ..."
        ctx.drafts.extend(new)
        if (ctx.lede_time is None and sentence.paragraph <= LEDE_PARAGRAPHS and ctx.sentence_hits[index]
                and report.role(sentence.start, sentence.end) == "body"):  # fmt: skip
            # the lede's own time, whether or not its event stood on its own ("At least six people
            # were killed on Tuesday as clashes spread across the country")
            # (nor a day after the report's: "the planned talks, which are slated to begin on Aug. 14",
            # what is to come)
            dated = [t for t in times if not (t.speech or t.is_background)
                     and not is_past(t, report.reported, lexicon.recent_days)
                     and t.date_start <= report.reported
                     and not _no_day_of_its_own(ctx.text, sentence.start, t)
                     and not in_relative_clause(t, ctx)
                     and not _day_of_what_came_before(ctx.text, sentence.start, t)]  # fmt: skip
            # the time of the lede's own event where it told one ("On Monday, AFRICOM said it had carried
            # out an airstrike on January 25": January 25)
            # (read as the event's: "late last night, officials said on Thursday" counts its night back from
            # the Thursday, which the sentence's bare times, read from the report's day, do not)
            told = [d.time for d in new if d.time is not None
                    and any((d.time.start, d.time.end) == (t.start, t.end) for t in dated)]  # fmt: skip
            ctx.lede_time = told[0] if told else dated[0] if dated else None
        _carry(ctx, sentence, times, actors)
    if _dated_entry(ctx):
        if not ctx.drafts:
            ctx.drafts.extend(_entry_drafts(ctx))
        _coded_counts(ctx.drafts, article.text, lexicon)
    retype(ctx.drafts, ctx.typer)
    _placed_by_the_opening(ctx)
    paragraphed = bool(ctx.sentences) and ctx.sentences[-1].paragraph > 0
    for draft in ctx.drafts:
        draft.context = ctx.below_opening(draft.sentence)
        draft.paragraphed = paragraphed
    return [d for d in ctx.drafts if not _context_development(d)]


def _told_again(ctx: ArticleContext, sentence: Sentence, hits: list[Hit], new: list[Draft]) -> bool:
    """A sentence whose subject retells the event just told ("The latest fighting took place at
    Al-Kasarah, west of the regional capital"), with one violent event and no day of its own: more of
    that event, which takes its place when it is within the event's (or the event had none)."""
    told = ctx.told_just_before(sentence) or _only_violent(ctx)
    if told is None or len(new) != 1 or told.event_type not in VIOLENT:
        return False
    draft = new[0]
    if _at_a_crowd(ctx, sentence, hits, told, draft):
        return True
    if draft.event_type not in VIOLENT:
        return False
    # its own day dates the event told before when that had none but its telling's ("aid workers told
    # AFP on Tuesday" ... "the strike at Mai Tsebri happened on Monday")
    redated = draft.time_source not in ("undated", "inherited")
    if redated and (
        told.time is None or not (told.time_source == "undated" or dates_telling(draft.time, told.time))
    ):
        return False
    skip, subject = retold_subject(ctx.lexicon.retelling, sentence.text, said=True)
    opening = sentence.start + skip
    if any(sentence.start <= h.start < opening for h in hits):
        return False  # an event word before the subject: a sentence of its own
    # (words of where or when it happened, "took place", tell no event of their own)
    # (what it did, "and killed 17 civilians", is more of it)
    said_of_it = ("locus", "outcome")
    if subject is None or any(
        h.start >= opening + subject.end() and h.trigger.role not in said_of_it for h in hits
    ):
        return False  # another event word after the subject ("The attack came as gunmen raided ...")
    gazetteer = ctx.gazetteer
    # a scene the gazetteer lacks, put in a place found outside its sentence ("The attack in Pont-Sonde
    # was blamed on ...", put in the dateline's town): the scene is named, its container only a guess
    guessed = (
        draft.place is not None
        and bool(draft.unknown_place)
        and not sentence.start <= draft.place.mention.start < sentence.end
        and told.place is not None
        and not told.unknown_place
    )
    if (
        draft.place is not None
        and told.place is not None
        and not guessed
        and not (
            draft.place.entry == told.place.entry or gazetteer.contains(told.place.entry, draft.place.entry)
        )
    ):
        return False  # told elsewhere: another event
    if guessed:
        told.unknown_place = draft.unknown_place
        told.notes.append(
            f"Scene from a later sentence that retells it: '{draft.unknown_place}', not in the gazetteer; "
            f"placed where the event was told, '{told.place.mention.text}'."
        )
    elif draft.place is not None:
        told.place, told.unknown_place = draft.place, draft.unknown_place
        told.notes.append(f"Place from a later sentence that retells it: '{draft.place.mention.text}'.")
    told.spans = sorted(set(told.spans + draft.spans))
    told.absorb(sentence, draft.casualties, [])  # its counts ("and killed 17 civilians"), if it gives any
    if redated:
        told.time, told.time_source = draft.time, draft.time_source
        told.notes = [n for n in told.notes if not n.startswith(DATE_NOTES)]
        told.notes.append(f"Date from a later sentence that retells it: '{draft.time.expression}'.")
    return True


# the retold violence's setting, a crowd's gathering ("The violence broke out at a protest against ...")
AT_A_CROWD = re.compile(r"\b(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _at_a_crowd(ctx: ArticleContext, sentence: Sentence, hits: list[Hit], told: Draft, draft: Draft) -> bool:
    """ "Israeli soldiers shot dead a Palestinian teenager during a clash in the West Bank ... The violence
    broke out at a protest against Israeli settlements near Ramallah": the violence told again, set at a
    crowd's gathering, was that crowd's (its riot, or force against its demonstration), at the place it
    names within the first telling's; one event, with the first telling's counts, the forces that met the
    crowd its second actor."""
    if draft.event_type not in CROWDS or draft.time_source not in ("undated", "inherited"):
        return False
    opening = sentence.start + len(sentence.text) - len(sentence.text.lstrip())
    subject = ctx.lexicon.retelling.search(sentence.text.lstrip())
    if subject is None or not VIOLENCE_NOUN.search(subject.group(0)):
        return False
    later = [h for h in hits if h.start >= opening + subject.end() and h.trigger.role != "locus"]
    if not later or any(
        h.trigger.event_type not in CROWDS
        or not AT_A_CROWD.search(ctx.text, max(opening, h.start - 40), h.start)
        for h in later
    ):
        return False
    gazetteer = ctx.gazetteer
    if (
        draft.place is not None
        and told.place is not None
        and not (
            draft.place.entry == told.place.entry or gazetteer.contains(told.place.entry, draft.place.entry)
        )
    ):
        return False
    told.event_type, told.sub_event_type = draft.event_type, draft.sub_event_type
    if draft.event_type == "Protests":  # a demonstration met by the violence told: force against it
        lethal = bool(told.casualties.fatalities)
        told.sub_event_type = "Excessive force against protesters" if lethal else "Protest with intervention"
    force = (told.actor1, told.inter1) if told.actor1 not in (None, draft.actor1) else (None, None)
    told.actor1, told.inter1, told.actor2, told.inter2 = (
        draft.actor1,
        draft.inter1,
        draft.actor2,
        draft.inter2,
    )
    if told.actor2 is None:
        told.actor2, told.inter2 = force  # the forces who met the crowd
    told.modelled = False  # the crowd's type stands (not typed again on the first telling's words)
    told.features |= draft.features
    if draft.place is not None:
        told.place, told.unknown_place = draft.place, draft.unknown_place
    told.spans = sorted(set(told.spans + draft.spans))
    told.notes.append(
        "Told again as violence at a crowd's gathering: the crowd's event, typed by that telling."
    )
    return True


# the general nouns of violence a retelling may open with ("The violence", "The clashes")
VIOLENCE_NOUN = re.compile(r"\b(?:violence|clashes|unrest|confrontations?|fighting)\b", re.I)


def _only_violent(ctx: ArticleContext) -> Draft | None:
    """The one violent event the body has told so far, however far back ("gang members attacked a
    small town ..." ... "The attack in Pont-Sonde was blamed on the Grand Grif gang")."""
    told = [d for d in ctx.drafts if d.event_type in VIOLENT and (not d.headline or len(d.spans) > 1)]
    return told[0] if len(told) == 1 else None  # (a headline's event the lede told again, too)


def _placed_by_the_opening(ctx: ArticleContext) -> None:
    """An opening event of a report of several paragraphs told only in a country ("Kenyan police
    officers in Haiti have neutralised several gang members"), whose opening then names one town or
    division of that country, in sentences with no event words of their own ("towards the districts
    of Bel-Air and Solino in the suburbs of Port-au-Prince"), and no other: it happened there, said
    in its notes."""
    gazetteer = ctx.gazetteer
    if not ctx.sentences or ctx.sentences[-1].paragraph == 0:
        return  # an event log's one-paragraph entry names its own place
    for draft in ctx.drafts:
        if draft.event_type == "Diplomacy" or draft.unknown_place or ctx.below_opening(draft.sentence):
            continue
        if (
            draft.place is None
            or gazetteer.kind(draft.place.entry) != "country"
            or draft.place.mention.direction
        ):
            continue
        country = draft.place.entry
        named = {
            p.entry: p
            for p in ctx.places
            if p.mention.start >= draft.sentence.end
            and gazetteer.kind(p.entry) in ("city", "admin2", "admin1")
            and id(p.mention) not in ctx.qualifiers
            and p.mention.relation != "offset"  # a reference point ("100 km north-east of the capital")
            and gazetteer.contains(country, p.entry)
            and any(
                s.start <= p.mention.start < s.end
                and not ctx.below_opening(s)
                and not hits
                and not _told_of_the_past(ctx, s)
                for s, hits in zip(ctx.sentences, ctx.sentence_hits, strict=True)
            )
        }  # (not "In Lviv, a general strike was called": a sentence with event words of its own; the
        # places are scenes, so not "President Zelensky, speaking in Kyiv, ...": where a source spoke;
        # nor "In August, police found 19 bodies in the town of Uruapan": the past's)
        if len(named) == 1:
            (draft.place,) = named.values()
            draft.notes.append(f"Place from the report's opening: '{draft.place.mention.text}'.")


def _told_of_the_past(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence has a time of the past (background, or older than the report's recent days)."""
    reported, recent = ctx.report.reported, ctx.lexicon.recent_days
    return any(sentence.start <= t.start < sentence.end and (t.is_background or is_past(t, reported, recent))
               for t in ctx.times)  # fmt: skip


def _context_development(draft: Draft) -> bool:
    """A development of the loosest kinds (a group's changed activity, a curfew, people
    fleeing, an announcement) told below a report's opening paragraphs without a day or a
    place of its own: the report's context, not its news ("On Sunday, the governor declared a
    state of emergency in Zamfara state" stays an event)."""
    return draft.context and _loose_development(draft) and not _dated_and_placed(draft)


def _sentence_times(ctx: ArticleContext, sentence: Sentence) -> list[TimeRef]:
    """The sentence's times, less the dateline's, qualifiers and an earlier event's time."""
    dateline = ctx.report.dateline.span if ctx.report.dateline else (0, 0)
    earlier = ctx.lexicon.earlier_event_time  # "since a clash ... on Feb. 28": that clash's time
    times = [t for t in ctx.times if sentence.start <= t.start and t.end <= sentence.end
             and not dateline[0] <= t.start < dateline[1] and not t.qualifier
             and not (earlier.search(ctx.text, sentence.start, t.start)
                      and not FIRST_TOLD_BEFORE.search(ctx.text, sentence.start, t.start))
             and not _to_come(ctx.text, sentence.start, t)]  # fmt: skip
    before = _the_day_before(ctx, sentence)
    return sorted([*times, before], key=lambda t: t.start) if before is not None else times


# "were recovered after a clash with rebels in Baao on Friday": the time of an event told for the first
# time after "after" (sentence.FIRST_TOLD_AFTER), not of an earlier one ("a day after a bomb attack on
# Monday")
FIRST_TOLD_BEFORE = re.compile(
    r"(?<!\bday\s)(?<!\bdays\s)(?<!\bhours\s)(?<!\bweeks\s)(?<!\bweek\s)\b(?:after|following)\s+(?:a|an)\s+"
    r"[^,;:.!?]{0,120}?(?:\s+on)?\s*$",
    re.I,
)


# a verb of the future before a time in its clause ("Independence Day, which will be marked on Thursday")
FUTURE_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bits\s)(?<!\bown\s)\b(?:will|shall|won['’]t)\s+(?!of\b)(?:[\w'’-]+,?\s+){0,5}$", re.I
)


# a day and its date joined by a comma ("on Thursday, November 15"): one time, no clause break
DAY_COMMA = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,$")


def _to_come(text: str, start: int, time: TimeRef) -> bool:
    """The time is told in the future ("which will be marked on Thursday"): no event's."""
    # (the clause opens at the last comma, unless the comma only joins a day and its date: "on Thursday,
    # November 15")
    breaks = [start + m.end() for m in re.finditer(r"[,;:]", text[start : time.start])
              if not DAY_COMMA.search(text, start, start + m.end())]  # fmt: skip
    return FUTURE_BEFORE.search(text, max([start, *breaks]), time.start) is not None


# a sentence that opens on the day before the event told before ("In addition, the day before, the
# community came under fire", "A day earlier, a drone struck Omdurman"); not a day inside a clause
# ("protested following the death of a student the day before": that death's day)
DAY_BEFORE = re.compile(
    r"\s*(?:(?:in\s+addition|also|meanwhile|and|separately),?\s+)?(?:on\s+)?"
    r"(?P<e>the\s+(?:day|night|evening)\s+before|the\s+previous\s+(?:day|night|evening)|a\s+day\s+(?:earlier|before))"
    r"(?=\s*,|\s+(?:the|a|an|[A-Z]))",
    re.I,
)


# the day before told inside a clause in the past perfect ("a resident, who had been injured the previous
# afternoon in a drone attack on the city, died in hospital"): told from the day the report speaks of
DAY_BEFORE_PERFECT = re.compile(
    r"\bhad\s+(?:been\s+)?[a-z]+ed\s+(?P<e>the\s+(?:day|night|evening)\s+before|"
    r"the\s+previous\s+(?:day|night|evening|morning|afternoon)|a\s+day\s+(?:earlier|before))\b",
    re.I,
)


def _the_day_before(ctx: ArticleContext, sentence: Sentence) -> TimeRef | None:
    """The day before the event told before (or the lede's day), when the sentence opens on it, or tells it
    in the past perfect (DAY_BEFORE_PERFECT) and no other time."""
    found = DAY_BEFORE.match(ctx.text, sentence.start) or DAY_BEFORE_PERFECT.search(
        ctx.text, sentence.start, sentence.end
    )
    if found is None or any(
        t.start < found.end() or found.re is DAY_BEFORE_PERFECT
        for t in ctx.times
        if sentence.start <= t.start < sentence.end
    ):
        return None
    if found.re is DAY_BEFORE_PERFECT and ctx.lexicon.earlier_event_time.search(
        ctx.text, sentence.start, found.start("e")
    ):
        return None  # "protested over the death of a man who had been shot the day before": that death's day
    told = dated_before(ctx)
    anchor = told.time if told is not None else ctx.lede_time
    if found.re is DAY_BEFORE_PERFECT:  # the day before the one the report speaks of, not a span's
        anchor = anchor or news_day(ctx.report.reported)
        anchor = replace(anchor, date_start=anchor.event_date, date_end=anchor.event_date)
    if anchor is None or anchor.precision > DAY:
        return None
    return days_earlier(anchor, 1, found.group("e"), found.start("e"), found.end("e"))


def _sentence_actors(ctx: ArticleContext, sentence: Sentence) -> list[ActorHit]:
    return [a for a in ctx.actors if sentence.start <= a.start < sentence.end]


def _dated_entry(ctx: ArticleContext) -> bool:
    """An entry of an event log (an ACLED note): one paragraph, no headline, opening on its
    calendar date ("On 9 May 2023, ...", "Around 15 January 2023 ...", "04 January."; not "On
    Monday, ..." nor a year alone)."""
    if ctx.report.headline is not None or len({s.paragraph for s in ctx.sentences}) != 1:
        return False
    # (after the coder's label, if the note opens with one: "Non-violent transfer of territory: On ...")
    label = ctx.lexicon.note_label.match(ctx.text)
    opens = label.end() if label else 0
    return any(t.start < opens + ENTRY_DATE_WITHIN and t.precision < YEAR
               and any(c.isdigit() for c in t.expression) for t in ctx.times)  # fmt: skip


def _entry_drafts(ctx: ArticleContext) -> list[Draft]:
    """An entry tells one event by construction. When no clause of it was read as telling
    one (a weak event word with no place beside it, an event told as reported or as "had"),
    its first sentence with event words is read again with every word taken as told and any
    place of its clause as the scene; when it has no event word at all, its first clause
    after the date stands for the event and the type model reads it from its other words
    and its actors. The notes say which; the confidence is lowered."""
    told = next((k for k, hits in enumerate(ctx.sentence_hits) if hits), None)
    if told is not None:
        return _as_entry(ctx, told, "no clause of it was told as a new event")
    opening = [t.end for t in ctx.times if t.start < ENTRY_DATE_WITHIN]
    for index, sentence in enumerate(ctx.sentences):  # the first words told after the date
        start = ENTRY_GAP.match(ctx.text, max(opening, default=0)).end() if index == 0 else sentence.start
        if start >= sentence.end or not WORD.search(ctx.text, start, sentence.end):
            continue  # "04 January." alone: the event is told in the next sentence
        end = clause_of(start, clauses(sentence))[1]
        if end <= start or not WORD.search(ctx.text, start, end):
            end = sentence.end
        ctx.sentence_hits[index] = [Hit(start, end, ENTRY_TRIGGER)]
        return _as_entry(ctx, index, "no event word in it; its first clause is the event")
    return []  # a date and nothing told after it


def _as_entry(ctx: ArticleContext, index: int, why: str) -> list[Draft]:
    """The entry's sentence read again as its first reading began, dated by its opening date:
    nothing carried over from the sentences after it, every event word taken as told."""
    sentence = ctx.sentences[index]
    times, actors = _sentence_times(ctx, sentence), _sentence_actors(ctx, sentence)
    ctx.lede_time = ctx.paragraph_actor = ctx.speaker = None
    # the entry's opening date dates it ("04 January. Unidentified men burned ...")
    ctx.paragraph_time = next((t for t in ctx.times if t.start < ENTRY_DATE_WITHIN), None)
    ctx.entry = True
    try:
        drafts = sentence_drafts(ctx, index, times, actors) or []
    finally:
        ctx.entry = False
    drafts = [d for d in drafts if d.trigger is drafts[0].trigger]  # its first event word's: one event
    for draft in drafts:
        draft.confidence = round(draft.confidence * ENTRY_CONFIDENCE, 3)
        draft.notes.append(f"Read as the entry's event: {why}.")
    return drafts


# a line that is a list's item: its marker ("- ", "• ", "* ") opens it
LIST_ITEM = re.compile(r"[ \t]*[-•*][ \t]+\S")


def _list_goes_on(text: str, start: int) -> bool:
    """Whether the sentence opens a list's item that follows another item of it ("- On Friday 19 August,
    violence broke out ... / - In the Hassakeh region, a drone attack killed 4": Friday's too)."""
    line = text.rfind("\n", 0, start) + 1
    if not LIST_ITEM.match(text, line) or line == 0:
        return False
    before = text.rfind("\n", 0, line - 1) + 1
    return LIST_ITEM.match(text, before) is not None


def _carry(ctx: ArticleContext, sentence, times, actors) -> None:
    """What the next sentences inherit: the paragraph's time, the last armed actor, the speaker."""
    dated = [t for t in times if not t.is_background and not _no_day_of_its_own(ctx.text, sentence.start, t)]
    ctx.paragraph_time = dated[-1] if dated else ctx.paragraph_time
    fighters = [a.actor for a in actors if a.actor.kind in ("military", "armed_group")]
    ctx.paragraph_actor = fighters[-1] if fighters else ctx.paragraph_actor
    leaders = [a.actor for a in actors if a.actor.kind == "government"]
    ctx.speaker = leaders[0] if leaders and not PRONOUN_START.match(sentence.text) else ctx.speaker


# spans of weeks to the report's day ("over the past two weeks"; "in recent days" still dates the
# paragraph's strikes: the bundled example)
RECENT_SPAN = re.compile(r"\b(?:past|last)\s+(?:two|three|four|[2-4])\s+weeks\b", re.I)
# "since she won a fourth term in an election in January": what a span is measured from
SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.!?]{0,120}$", re.I)


# a sentence opened by what came before ("Following last week's invasion ..., officials said")
OPENED_BY_BEFORE = re.compile(r"(?:following|after|in\s+the\s+wake\s+of)\s+[^,;:.!?]*$", re.I)


def _day_of_what_came_before(text: str, start: int, time: TimeRef) -> bool:
    """A day told as whose a thing is ("last week's invasion") in the phrase that opens the sentence on what
    came before: that earlier thing's day, not the lede's."""
    if text[time.end : time.end + 2] not in ("'s", "’s"):
        return False
    return OPENED_BY_BEFORE.fullmatch(text, start, time.start) is not None


def _no_day_of_its_own(text: str, start: int, time: TimeRef) -> bool:
    """A time inside a 'since' clause dates what a span is measured from, and a span of weeks to
    the report's day is no day of its own: neither dates the paragraph or the lede."""
    if text[time.start : time.start + 6].lower() == "since ":  # "since February 2022"
        return True
    if RECENT_SPAN.search(time.expression):  # "over the past two weeks": a span to the report's day
        return True
    return SINCE_BEFORE.search(text, max(start, time.start - 120), time.start) is not None


# "in northern Gaza", "in the east of Kharkiv", "(Giro district) of the eastern (Ghazni province)", "in
# the restive northern (province)": a part of what is named after it
DIRECTIONAL_GAP = re.compile(
    # (the kind of place the name is may come first: "the Nuseirat refugee camp in central Gaza")
    r"\s+(?:(?:refugee\s+camp|camp|neighbou?rhood|district|area|quarter|suburb|village|town|city)\s+)?"
    rf"(?:in|of)\s+(?:the\s+)?(?:(?:far|[a-z]+ive|[a-z]+ed)\s+)?(?:{_COMPASS_WORD}|central)\s+"
    rf"|\s+in\s+the\s+(?:far\s+)?(?:{COMPASS}|centre|center)\s+of\s+",
    re.I,
)
OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
AREA_OF_A_TOWN_KM = 60  # a town named for the area around it reaches this far
AREAS = ("admin1", "admin2", "region", "country")


COMPASS_OF_GAP = re.compile(
    rf"\s+(?:(?:just|some|further)\s+)?(?:to\s+the\s+|in\s+(?:the\s+)?)?{COMPASS}\s+of\s+(?:the\s+)?", re.I
)


def _is_qualifier(
    text: str, place: Resolved, following: Resolved, gazetteer: Gazetteer, words: PlaceWords
) -> bool:
    """ "Kupiansk, Kharkiv" (a container), or "Khan Younis, a city in the south of Gaza" (an
    appositive that describes the place: the name after it is no scene of its own)."""
    gap = text[place.mention.end : following.mention.start]
    if words.appositive.fullmatch(gap):
        return True
    if COMPASS_OF_GAP.fullmatch(gap) and gazetteer.kind(place.entry) != "country":
        # "Kafr Batna north of Damascus", "the Amran province north of Sanaa": where it lies, with no
        # comma (not "in Niger north of Niamey": a country is no scene, the town is the better place)
        return True
    # "Al Jubah district of Marib": a division named with its kind, then the area holding it
    of_area = bool(place.mention.area_word) and OF_GAP.fullmatch(gap) is not None
    if DIRECTIONAL_GAP.fullmatch(gap) or words.division_of.fullmatch(gap) or of_area:
        # "Jabalia in northern Gaza", "Llano Grande in the municipality of Coatepec Harinas": the area
        # the place lies in (or around the town named for it)
        candidates = [e for e, _ in following.mention.candidates]
        areas = [e for e in candidates if e == following.entry or gazetteer.kind(e) in AREAS]
        holds = any(gazetteer.may_hold(e, place.entry) for e in areas)
        return holds or _town_near(place, following, gazetteer)
    return bool(QUALIFIER_GAP.fullmatch(gap)) and (
        following.entry == place.entry or gazetteer.may_hold(following.entry, place.entry)
    )


def _town_near(place: Resolved, town: Resolved, gazetteer: Gazetteer) -> bool:
    """A town named as an area's ("in northern Gaza"), within reach of the place before it."""
    here, there = gazetteer.lonlat(place.entry), gazetteer.lonlat(town.entry)
    if here is None or there is None or gazetteer.kind(town.entry) not in ("city", "poi"):
        return False
    return haversine_km(here[1], here[0], there[1], there[0]) <= AREA_OF_A_TOWN_KM


def _coded_counts(drafts: list[Draft], text: str, lexicon: Lexicon) -> None:
    """A coder's remark on the count in an event log's entry ("Unclear fatalities coded as
    10", "Fatalities split between 2 events") is the entry's count, over what its sentences
    tell."""
    count, parts, span = coder_remark(text, lexicon.casualties)
    if span is None:
        return
    for draft in drafts:
        fatalities = draft.casualties.fatalities if count is None else count
        # (a total the text already shared over as many places as the remark's events is shared once:
        # "8 Taliban militants were killed ... in Shah Wali Kot and Maywand districts. Fatalities are
        # split across 2 events (4)")
        if parts and fatalities and not (count is None and draft.shared == parts):
            fatalities = spread(Casualties(fatalities, None), parts)[0].fatalities
        if fatalities != draft.casualties.fatalities:
            draft.casualties = replace(draft.casualties, fatalities=fatalities)  # the remark: evidence
            draft.spans.append(span)
            draft.notes.append(f"Fatalities as the entry's coder gave them: '{text[span[0] : span[1]]}'.")


def _unplaced(draft: Draft, loose: bool) -> bool:
    """An event of a report of several paragraphs with no place at all, even after its
    headline's, or only a country (``loose``: "struck Hezbollah targets deep inside Lebanon"):
    told too loosely to code (ACLED codes no event without a location). Talks, calls and
    agreements need no place."""
    if not draft.paragraphed or not loose:
        return False
    return draft.event_type != "Diplomacy" and draft.sub_event_type != "Agreement"


def _without_context(drafts: list[Draft]) -> list[Draft]:
    """A report of several paragraphs that tells events of its own tells its loosest developments ("Army
    personnel patrol an area", "the fifth day of the 'week of resistance' declared by organisers") as their
    setting, not as events, wherever it tells them (_context_development: below its opening, whatever
    else it tells); told alone, or in an entry of one paragraph (an ACLED note), they stand."""
    if all(_loose_development(d) for d in drafts):
        return drafts
    return [d for d in drafts if not (d.paragraphed and _loose_development(d) and not _dated_and_placed(d))]


def _perfect_background(draft: Draft, gazetteer: Gazetteer) -> bool:
    """Told below the report's opening in the present perfect, with no time of its own and in no other
    sentence, and told as many or of no one town ("the Houthis have damaged dozens of ships", "Al-Shabaab
    has severally planted IEDs on roads"): what has happened over time, the report's background, not a new
    event. Not one told apart ("Separately, settlers have torched cars in Burqa") or with its dead, nor
    one at a town ("gunmen have also stormed a hospital in Zawiya")."""
    if not (draft.perfect and draft.context and len(draft.spans) == 1 and draft.time_source != "explicit"):
        return False
    if draft.separate or ANOTHER.search(draft.sentence.text):
        return False
    many = MANY_TIMES.search(draft.sentence.text) is not None
    at_a_town = draft.place is not None and gazetteer.kind(draft.place.entry) in ("city", "poi")
    hurt = bool(draft.casualties.fatalities or draft.casualties.injuries)
    return many or not (at_a_town or hurt)


# many events in one telling ("dozens of ships", "a series of attacks", "severally", "repeatedly")
MANY_TIMES = re.compile(
    r"\b(?:dozens|scores|hundreds|thousands|a\s+series|series|several|many|numerous|multiple|countless)\s+of\b"
    r"|\b(?:severally|repeatedly|routinely|regularly|frequently|often)\b",
    re.I,
)


def _loose_development(draft: Draft) -> bool:
    return draft.event_type == "Strategic developments" and draft.sub_event_type in CONTEXT_KINDS


def _dated_and_placed(draft: Draft) -> bool:
    """Told with a day and a place of its own: news ("On Wednesday, the government imposed a curfew in
    Dhaka")."""
    return draft.time_source == "explicit" and draft.place is not None


def _loose(draft: Draft, gazetteer: Gazetteer) -> bool:
    """Placed nowhere, or only in a country (not a part of one the text names: "northern Mali")."""
    if draft.unknown_place:
        return False
    if draft.place is None:
        return True
    country = gazetteer.kind(draft.place.entry) == "country"
    return country and place_fields(draft.place, gazetteer)["geometry"] is None


def _peaceful_counts_none(draft: Draft) -> None:
    """A peaceful protest hurts no one (ACLED's codebook: no violence, no force met): the dead told
    beside it are what it is about ("in memory of a demonstrator who was killed"), not its own."""
    told = draft.casualties
    if draft.sub_event_type == "Peaceful protest" and (told.fatalities or told.injuries):
        draft.casualties = Casualties(None, None)
        draft.notes.append(
            "The deaths or injuries told beside this peaceful protest are its cause, not its own."
        )


# A named armed group's claim of an attack, or the report's attributing it ("Al Shabaab claimed
# responsibility", "Al Shabaab assumed responsible", "an IED likely planted by JNIM militants")
CLAIM_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:claimed|claims|has\s+claimed|have\s+claimed)\s+(?:responsibility|the\s+attack|"
    r"the\s+(?:bombing|blast|killing|strike|ambush))\b|\s+(?:\w+\s+)?(?:assumed|believed|suspected|thought)\s+"
    r"(?:to\s+be\s+)?responsible\b",
    re.I,
)
CLAIM_BEFORE = re.compile(
    r"\b(?:planted|claimed|carried\s+out)\s+by\s+(?:the\s+)?$|\b(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?$",
    re.I,
)
CLAIM_WITHIN = 300  # characters after the event's last sentence a claim may be told in
CLAIM_WORDS = re.compile(r"claim|responsib|(?:planted|carried out) by|blamed on|attributed to", re.I)


def _claims(text: str, lexicon: Lexicon) -> list[tuple[int, Actor]]:
    """(position, actor) of each named armed group the text says claimed an attack or did it."""
    if not CLAIM_WORDS.search(text):
        return []  # most reports: no claim told (a quick test before the actors are looked up)
    out = []
    for hit in find_actors(text, lexicon):
        if hit.actor.kind not in ("armed_group", "militia"):
            continue
        if CLAIM_AFTER.match(text, hit.end) or CLAIM_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            out.append((hit.start, hit.actor))
    return out


def _claimed(draft: Draft, claims: list[tuple[int, Actor]], gazetteer: Gazetteer) -> None:
    """An attack by hands the report does not name, claimed by (or laid at the door of) a named
    armed group in its sentences or just after them: that group's."""
    if not claims or draft.event_type not in VIOLENT or draft.inter1 not in (None, 3):
        return
    if draft.actor1 is not None and not draft.actor1.startswith("Unidentified"):
        return
    start, end = draft.sentence.start, max(e for _, e in draft.spans) + CLAIM_WITHIN
    told = [actor for at, actor in claims if start <= at < end]
    if len({a.name for a in told}) != 1:
        return
    soil = gazetteer.country_code(draft.place.entry) if draft.place is not None else ""
    draft.actor1, draft.inter1 = told[0].name, inter_on(told[0], soil)
    draft.notes.append(f"First actor from the report's claim or attribution: {told[0].name}.")


def _with_country(draft: Draft, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """An actor the text describes, named without its country where the sentence that told it had
    no place ("Civilians" from "nine people ... were killed" told after the strike), named with the
    country of the event's place ("Civilians (Palestinian Territory)")."""
    country = country_of([draft.place], gazetteer)
    if country is None:
        return
    for kind in lexicon.actor_types.values():
        bare = BARE_LABEL.sub("", kind.label)
        # (not forces told as foreign to the place: "the occupation forces" are no forces of its country)
        if draft.actor1 == bare and kind.inter and draft.inter1 != EXTERNAL:
            draft.actor1 = kind.label.replace("{country}", country)
        if draft.actor2 == bare and kind.inter and draft.inter2 != EXTERNAL:
            draft.actor2 = kind.label.replace("{country}", country)


# The sub-event types whose unnamed target is civilians ("looted an NGO office", "a suspected thief was
# beaten up by locals")
DONE_TO_CIVILIANS = ("Looting/property destruction", "Mob violence")
# The sub-event types of a protest that met force: the force is its second actor
FORCE_MET = ("Protest with intervention", "Excessive force against protesters")


def _codebook_second_actor(draft: Draft, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
    """The second actor where the sub-event type settles it in ACLED's codebook: a peaceful
    protest met no force, so it has none (the police who watched are no party); one that met force
    has the force (the police, when the text names none: "Police arrested 23 demonstrators"); looting or
    destruction of property told with no owner is done to civilians ("looted an NGO office",
    "burnt eight houses", "seized a thousand heads of livestock"), as is a mob's violence against no
    one named otherwise ("a suspected thief was beaten up by locals"), and a remote attack
    whose victims, told in a later sentence of it, are civilians ("shelled Volfyne, hitting two
    houses. A civilian was killed.")."""
    if draft.sub_event_type == "Peaceful protest":
        draft.actor2, draft.inter2 = None, None
        return
    if draft.sub_event_type in FORCE_MET and draft.actor2 is None:  # met force: the police's, unless named
        draft.actor2, draft.inter2 = described_actor("police", country_of([draft.place], gazetteer), lexicon)
        return
    remote = draft.event_type == "Explosions/Remote violence"
    remote_on_civilians = remote and "victim:civilians" in draft.features
    if draft.actor2 is None and (draft.sub_event_type in DONE_TO_CIVILIANS or remote_on_civilians):
        country = country_of([draft.place], gazetteer)
        draft.actor2, draft.inter2 = described_actor("civilians", country, lexicon)
        draft.civilian_targeting = draft.civilian_targeting or remote_on_civilians


def extract_article(
    article: Article,
    gazetteer: Gazetteer,
    lexicon: Lexicon,
    max_events: int | None = None,
    screened: bool = True,
) -> list[EventRecord]:
    """All events of one article, as validated records; ``screened``: only those the fitted
    screen (events.extraction.screen) keeps (the ``screen_records`` setting, on by default)."""
    typed = typeset_article(article)
    drafts = merge_drafts(article_drafts(typed, gazetteer, lexicon), gazetteer)
    retype([d for d in drafts if d.mixed], model_typer(classify.load_model()))
    drafts = [d for d in drafts if not _unplaced(d, _loose(d, gazetteer))]
    drafts = _without_context(drafts)
    drafts = [d for d in drafts if not _perfect_background(d, gazetteer)]
    if max_events is not None and len(drafts) > max_events:
        raise ArticleError(
            article.origin or article.article_id,
            f"{len(drafts)} events found, over the limit of {max_events} per article",
        )
    claims = _claims(typed.text, lexicon)
    for draft in drafts:
        _peaceful_counts_none(draft)
        _codebook_second_actor(draft, gazetteer, lexicon)
        _claimed(draft, claims, gazetteer)
        _with_country(draft, gazetteer, lexicon)
    records = [draft_to_record(d, article, gazetteer) for d in drafts]
    if screened:
        records = load_screen().keep(records, article.text, article.published)
    return sorted(records, key=lambda r: (r.source_span[0], r.event_id))
