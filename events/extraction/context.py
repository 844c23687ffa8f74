"""Article -> ArticleContext: the report's shape, its times (the lede's telling day), actors and
parties, and its places judged once (article_places, qualifiers, not_scenes), which every
sentence's steps then read."""

from __future__ import annotations

import re
from dataclasses import replace

from events.extraction.actors import (
    ActorHit,
    communal,
    described_states,
    find_actors,
    find_parties,
    its_attack,
    named_by_people,
)
from events.extraction.article_places import (
    capital_offsets,
    country_parts,
    dateline_place,
    dateline_town,
    filed_in,
    measured_namesakes,
    parts_elsewhere,
)
from events.extraction.candidate import ArticleContext, Typer
from events.extraction.clause_roles import group_of
from events.extraction.countries import in_report_country
from events.extraction.lexicon import Lexicon
from events.extraction.not_scenes import (
    bearing_of_a_place,
    capital_for_its_state,
    names_an_actor,
    names_institution,
    source_seat,
)
from events.extraction.qualifiers import is_qualifier
from events.extraction.report import BRACKETED, read_report
from events.extraction.timex import TimeRef, find_times, mark_telling, relative_days
from events.extraction.triggers import trigger_hits
from events.extraction.type_model import load_model
from events.extraction.typers import model_typer
from events.extraction.weapon_kinds import weapon_spans
from events.places import POSSESSIVE_GAP, Gazetteer, Resolved, find_mentions, resolve_mentions
from events.reading.article import Article
from events.reading.text import Sentence, normalize_name, split_sentences

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
    resolved = dateline_town(report, resolve_mentions(text, mentions, gazetteer), gazetteer)
    resolved = [p for p in resolved if not names_an_actor(text, p, actors, gazetteer, lexicon)
                and not bearing_of_a_place(text, p, resolved, gazetteer)]  # fmt: skip
    locative = lexicon.places.locative

    def scene(p: Resolved) -> bool:  # "in the Somali capital Mogadishu": named as where something is
        return locative.search(text, max(0, p.mention.start - 60), p.mention.start) is not None

    def goes_on(p: Resolved) -> bool:  # "Madinat al Salah": the name goes on past the mention
        return lexicon.places.name_goes_on.match(text, p.mention.end) is not None

    places = in_report_country(resolved, gazetteer, filed_in(report, resolved, gazetteer), scene, goes_on)
    kept = {p.mention.start for p in places}
    abroad = frozenset(p.mention.start for p in resolved if p.mention.start not in kept)
    places = parts_elsewhere(text, places, gazetteer)
    places = sorted(places + capital_offsets(text, places, gazetteer), key=lambda p: p.mention.start)
    places, measured = measured_namesakes(text, places, gazetteer, lexicon.places.measured_gap)
    # a furniture line ends the sentence before it too ("... / AFP Archive" then "April 9, 2022")
    lines = [*report.furniture, *([report.headline] if report.headline else [])]
    inline = _inline_brackets(text)
    breaks = tuple(b for span in lines if span not in inline for b in span)
    if report.dateline is not None:  # a dateline opens its sentence (the line before may end "1:38 p.m.")
        breaks += (report.dateline.span[0],)
    sentences = [s for s in split_sentences(text, breaks) if report.role(s.start, s.end) != "furniture"]
    places = country_parts(text, places, gazetteer, sentences,
                            report.dateline.place if report.dateline else (0, 0),
                            report.headline[1] if report.headline else 0)  # fmt: skip
    qualifiers = measured | {id(places[k + 1].mention) for k, p in enumerate(places[:-1])
                             if is_qualifier(text, p, places[k + 1], gazetteer, lexicon.places)}  # fmt: skip
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
              and not source_seat(text, p, lexicon, places, gazetteer, sentences, blocked)
              and not capital_for_its_state(text, p, gazetteer, lexicon)
              and not names_institution(text, p, gazetteer)]  # fmt: skip
    return ArticleContext(article=article, undated_text=mask(text, [(t.start, t.end) for t in times]),
                          places=scenes, qualifiers=qualifiers, actors=actors,
                          parties=_parties(text, actors, places, lexicon, gazetteer, sentences),
                          gazetteer=gazetteer,
                          lexicon=lexicon, countries=countries, peoples=peoples, abroad=abroad,
                          report=report, typer=typer or model_typer(load_model()), times=times,
                          sentences=sentences, sentence_hits=trigger_hits(text, sentences, lexicon),
                          weapons=weapon_spans(text, lexicon),
                          filed_from=dateline_place(report, places), told_on=told)  # fmt: skip


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


def _parties(text: str, actors, places: list[Resolved], lexicon: Lexicon, gazetteer: Gazetteer,
             sentences: list[Sentence]):  # fmt: skip
    """Actors named or described, but not a city named as the scene ("targeting Kyiv" is the
    place struck, not the government that 'Kyiv' can stand for; "the armed forces of Ukraine"
    are Ukraine's); states described by their people (actors.described_states) and communal
    militias (actors.communal) as such."""
    # (a people's adjective is no scene: "in a Ukrainian drone attack" names Ukraine's forces)
    plain = text.replace("’", "'")
    scenes = [p.mention for p in places
              if lexicon.places.locative.search(text, max(0, p.mention.start - 60), p.mention.start)
              and not lexicon.places.title.search(text, max(0, p.mention.start - 60), p.mention.start)
              and not gazetteer.is_demonym(normalize_name(p.mention.text))
              and not its_attack(plain, p.mention.end)]  # fmt: skip
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
                        and group_of(party.type) != "armed")]  # fmt: skip
    parties = described_states(text, places, parties, lexicon, gazetteer, sentences)
    return sorted((communal(p, text, places, gazetteer, lexicon) for p in parties), key=lambda p: p.start)
