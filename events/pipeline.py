"""Article -> EventRecords: find drafts sentence by sentence, merge them, build records."""

from __future__ import annotations

import re

from events import extract as ex
from events.article import Article
from events.casualties import Casualties, parse_casualties
from events.counts import attach_counts, combine, place_key, reported, split_count
from events.errors import ArticleError
from events.lexicon import Lexicon
from events.merge import SEVERITY, draft_to_record, merge_drafts
from events.places import AREA_KINDS, QUALIFIER_GAP, Gazetteer, Resolved, find_mentions, resolve_mentions
from events.records import EventRecord
from events.text import split_sentences, squash
from events.timex import find_times, undated

TITLE_NAME = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Chancellor|Governor|Mayor|Gen\.|General|Colonel|"
    r"Col\.|Lt\.|Sgt\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Prince|Pope|Secretary|Senator|Sen\.|"
    r"Rep\.|spokesman|spokeswoman|spokesperson|adviser|advisor|envoy|commander|Ambassador|"
    r"negotiator|aide)\s+,?\s*((?:[A-Z][\w’'-]+\s?){1,3})"
)
INTERCEPTION = re.compile(r"\b(?:shot down|intercepted|downed|destroyed in (?:the )?air)\b", re.I)
# "shot down a Ukrainian Su-25 aircraft": what follows an interception verb is a crewed
# aircraft (not a drone or a missile); "fighter aircraft shot down": the shooter flies.
MANNED_AIRCRAFT = re.compile(
    r"\s+(?:(?:an?|the|two|three|\d+|several)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:fighter\s+)?jets?|fighters?|(?:war)?planes?|aircraft|helicopters?|bombers?|"
    r"(?:Su|MiG|Ka|Mi|Tu|Il|An|F)-\d+\w*)\b(?!\s+(?:drones?|missiles?))", re.I
)
SHOOTING_AIRCRAFT = re.compile(r"\b(?:fighter\s+(?:jets?|aircraft)|fighters|warplanes?|jets?|pilots?)\b",
                               re.I)  # fmt: skip
LETHAL_FORCE = re.compile(r"\b(?:live (?:rounds|ammunition|fire)|opened fire|shot dead|killing|killed)\b",
                          re.I)  # fmt: skip
PROTEST_SENTENCE = re.compile(r"\b(?:protest|rall(?:y|ies|ied)|demonstrat|march|picket)", re.I)
# What a crowd wants or opposes: places named after it are its cause, not its scene.
PROTEST_CAUSE = re.compile(r"\b(?:demanding|to demand|calling for|called for|urging|against|"
                           r"in support of|in solidarity with|over)\b", re.I)  # fmt: skip
CROWDS = ("Protests", "Riots")
PRONOUN_START = re.compile(r"(?:He|She|They)\b")


def blocked_spans(text: str, lexicon: Lexicon, published) -> list[tuple[int, int]]:
    """Spans that are never places: people ("President Volodymyr Zelensky") and dates ("Jan. 9")."""
    spans = [m.span(1) for m in TITLE_NAME.finditer(text)]
    spans += time_spans(text, published)
    if lexicon.person_pattern is not None:
        spans += [m.span() for m in lexicon.person_pattern.finditer(text)]
    return spans


def time_spans(text: str, published) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in find_times(text, published)]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with these spans blanked (same length): "9 May" must not read as "may"."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def article_drafts(article: Article, gazetteer: Gazetteer, lexicon: Lexicon) -> list[ex.Draft]:
    text = article.text
    undated_text = mask(text, time_spans(text, article.published))
    mentions = find_mentions(text, gazetteer, blocked_spans(text, lexicon, article.published))
    places = resolve_mentions(text, mentions, gazetteer)
    qualifiers = {id(places[k + 1].mention) for k, p in enumerate(places[:-1])
                  if _is_qualifier(text, p, places[k + 1], gazetteer)}  # fmt: skip
    actors = ex.find_actors(text, lexicon)
    drafts: list[ex.Draft] = []
    paragraph, paragraph_time, paragraph_actor, speaker = -1, None, None, None
    for sentence in split_sentences(text):
        if sentence.paragraph != paragraph:
            # Time and speaker are read per paragraph; the last armed actor carries on
            # through the article (news names the attacker once, then omits it).
            paragraph, paragraph_time = sentence.paragraph, None
        times = find_times(sentence.text, article.published, sentence.start)
        sentence_actors = [a for a in actors if sentence.start <= a.start < sentence.end]
        new = list(_sentence_drafts(article, undated_text, sentence, places, qualifiers,
                                    gazetteer, lexicon, times, paragraph_time, sentence_actors,
                                    paragraph_actor, speaker, drafts))  # fmt: skip
        if not new:
            attach_counts(drafts, sentence, lexicon, places, qualifiers, gazetteer, text)
        drafts.extend(new)
        dated = [t for t in times if not t.is_background]
        paragraph_time = dated[-1] if dated else paragraph_time
        fighters = [a.actor for a in sentence_actors if a.actor.kind in ("military", "armed_group")]
        paragraph_actor = fighters[-1] if fighters else paragraph_actor
        leaders = [a.actor for a in sentence_actors if a.actor.kind == "government"]
        speaker = leaders[0] if leaders and not PRONOUN_START.match(sentence.text) else speaker
    return drafts


def _is_qualifier(text: str, place: Resolved, following: Resolved, gazetteer: Gazetteer) -> bool:
    gap = text[place.mention.end : following.mention.start]
    return bool(QUALIFIER_GAP.fullmatch(gap)) and (
        following.entry == place.entry or gazetteer.contains(following.entry, place.entry)
    )


def _trigger_hits(sentence, lexicon: Lexicon):
    """Trigger matches in a sentence: earliest first, then longest, then lexicon order."""
    hits = []
    for order, trigger in enumerate(lexicon.triggers):
        for match in trigger.pattern.finditer(sentence.text):
            hits.append((sentence.start + match.start(), sentence.start + match.end(), order, trigger))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0]), h[2]))
    return [(start, end, trigger) for start, end, _, trigger in hits]


def _sentence_drafts(article, undated_text, sentence, places, qualifiers, gazetteer, lexicon,
                     times, paragraph_time, sentence_actors, paragraph_actor, speaker,
                     previous):  # fmt: skip
    text = article.text
    clause_spans = ex.clauses(sentence)
    used: list[tuple[int, int]] = []  # words that already made an event
    hits = _trigger_hits(sentence, lexicon)
    for start, end, trigger in hits:
        if any(s < end and start < e for s, e in used):
            continue
        clause = next((c for c in clause_spans if c[0] <= start < c[1]), clause_spans[-1])
        clause_text = text[clause[0] : clause[1]]
        if ex.modality_blocks(undated_text, sentence, start, end, clause, trigger, lexicon):
            continue
        if trigger.sub_event_type == "Demand" and PROTEST_SENTENCE.search(sentence.text):
            continue  # "protesters demanding X": the protest's cause, not a diplomatic demand
        weapons = ex.weapons_in(clause_text, lexicon) if trigger.event_type != "Diplomacy" else []
        if trigger.needs_weapon and not weapons:
            continue
        if trigger.id == "remote_generic" and INTERCEPTION.search(clause_text):
            continue  # "shot down a missile fired by X": the launch is part of the interception
        notes: list[str] = []
        targets: list[Resolved | None] = []
        if not trigger.placeless:
            targets = ex.event_places(text, clause, places, qualifiers, gazetteer)
            cause = PROTEST_CAUSE.search(text, end, clause[1]) if trigger.event_type in CROWDS else None
            if cause and (scene := ex.event_places(text, (clause[0], cause.start()), places, qualifiers,
                                                   gazetteer)):  # fmt: skip
                targets = scene  # "a protest in Lutsk demanding the return of prisoners from Mariupol"
            if trigger.needs_place:
                targets = [p for p in targets if _near_trigger(p, start, end, trigger.reach)]
            elif not targets and not ex.unknown_place_in_region(text, clause, gazetteer):
                # "kidnapped, tortured, and killed a resident in X": the scene is told in a
                # later clause of the sentence that reports no event of its own
                clause = _scene(clause, clause_spans, hits)
                clause_text = text[clause[0] : clause[1]]
                targets = ex.event_places(text, clause, places, qualifiers, gazetteer)
        counted_text = clause_text if len(clause_spans) > 1 else sentence.text
        casualties = parse_casualties(counted_text)
        if not targets and trigger.id == "protest_force":
            _upgrade_protest(previous, sentence, casualties)
            continue
        if not targets and ex.ANAPHORIC_TRIGGER.search(text[clause[0] : start]) and _attach(
            previous, trigger, sentence, casualties
        ):
            continue
        unknown = ""
        fallback = None if trigger.placeless else ex.unknown_place_in_region(text, clause, gazetteer)
        areas_only = all(gazetteer.index.kinds[p.entry] in AREA_KINDS for p in targets)
        if fallback is not None and areas_only:
            targets, unknown = [fallback.region], fallback.place_name
        elif not trigger.placeless and not targets:
            anaphor, note = ex.resolve_anaphor(text, clause, places, gazetteer)
            if anaphor is not None:
                targets, notes = [anaphor], [note]
            else:
                unknown = ex.unknown_place(text, clause, gazetteer, lexicon)
        if trigger.needs_place and not targets and not unknown:
            continue
        time, time_source = ex.pick_time(times, start, clause, paragraph_time, article.published)
        if time is not None and time.is_background:
            continue
        if time_source == "inherited":
            notes.append(f"Date from an earlier sentence: '{time.expression}'.")
        elif time is None:
            time = undated(article.published)
            notes.append("No date in the text; coded to the week before publication.")
        actor1, actor2 = _actors(trigger, clause, start, sentence_actors, paragraph_actor,
                                 speaker if PRONOUN_START.match(sentence.text) else None,
                                 _country_of(targets, gazetteer))
        civilian = ex.civilian_target(clause_text, trigger.event_type)
        if civilian and trigger.event_type in ex.VIOLENT:
            country = _country_of(targets, gazetteer)
            actor2 = f"Civilians ({country})" if country else "Civilians"
            actor1 = actor1 if actor1 != actor2 else None
        status = trigger.status
        if lexicon.claim.search(sentence.text) and status == "occurred":
            status = "claimed"
            notes.append("Reported as a claim: " + squash(sentence.text)[:160])
            if lexicon.denial.search(sentence.text):
                notes.append("The claim is denied in the same report.")
        base = trigger.weight * {"explicit": 1.0, "inherited": 0.9, "undated": 0.75}[time_source]
        if ex.in_quotes(text, start, sentence):
            base *= 0.85
        event_type, sub_type = trigger.event_type, ex.sub_event_type(trigger, weapons)
        if trigger.id == "protest_force":
            sub_type = _force_level(sentence.text, casualties)
        if trigger.id == "ground_attack" and ex.CIVILIAN.search(clause_text):
            # An armed group attacking a village or civilians, not an opposing force.
            event_type, sub_type = "Violence against civilians", "Attack"
            civilian = True
            country = _country_of(targets, gazetteer)
            actor2 = f"Civilians ({country})" if country else "Civilians"
        if trigger.event_type == "Explosions/Remote violence" and any(
            d == "small_arms" for _, d in weapons
        ):
            event_type, sub_type = ex.SMALL_ARMS
        if trigger.id == "interception" and MANNED_AIRCRAFT.match(text, end, min(clause[1], end + 60)):
            # a crewed aircraft shot down is an attack on it, not a disrupted weapon
            by_air = SHOOTING_AIRCRAFT.search(text, clause[0], start)
            event_type, sub_type = ex.SMALL_ARMS if by_air else ("Explosions/Remote violence",
                                                                 "Shelling/artillery/missile attack")
        used.append((start, end))
        shares, share_note = {}, ""
        if reported(casualties) and not trigger.placeless:
            names = ex.listed_places(text, clause, places, qualifiers, gazetteer)
            if len(names) < 2 and len(targets) > 1:
                names = [p.mention.text for p in targets]
            if len(names) > 1:
                shares, share_note = split_count(casualties, counted_text, names, lexicon)
        for place in targets or [None]:
            place_factor = (place.confidence ** 0.5) if place else (1.0 if trigger.placeless else 0.7)
            own = casualties
            if shares:  # a scene outside the list told with the count takes the smallest share
                own = shares.get(place_key(place, unknown), list(shares.values())[-1])
            yield ex.Draft(
                trigger=trigger, event_type=event_type, sub_event_type=sub_type, status=status,
                sentence=sentence, place=place, time=time, time_source=time_source,
                casualties=own, actor1=actor1, actor2=actor2,
                weapons=[label for label, _ in weapons], civilian_targeting=civilian,
                confidence=round(base * place_factor, 3),
                notes=list(notes) + ([share_note] if shares else []),
                spans=[(sentence.start, sentence.end)], unknown_place=unknown,
            )  # fmt: skip


def _scene(clause: tuple[int, int], clause_spans, hits) -> tuple[int, int]:
    """The clause, extended over the following clauses of its sentence that hold no trigger."""
    end = clause[1]
    for span in clause_spans:
        if span[0] >= end - 1 and not any(span[0] <= h[0] < span[1] for h in hits):
            end = span[1]
        elif span[0] >= end - 1:
            break
    return clause[0], end


def _force_level(text: str, casualties: Casualties) -> str:
    lethal = (casualties.fatalities or 0) > 0 or LETHAL_FORCE.search(text) is not None
    return "Excessive force against protesters" if lethal else "Protest with intervention"


def _upgrade_protest(previous: list[ex.Draft], sentence, casualties: Casualties) -> None:
    """'Police fired tear gas at protesters': the protest just told met force."""
    for draft in reversed(previous[-4:]):
        if draft.event_type == "Protests" and sentence.start - draft.sentence.end < 400:
            level = _force_level(sentence.text, casualties)
            if SEVERITY[level] > SEVERITY.get(draft.sub_event_type, 0):
                draft.sub_event_type = level
            draft.casualties = combine(draft.casualties, casualties)
            draft.actor2 = draft.actor2 or "Police Forces"
            draft.spans.append((sentence.start, sentence.end))
            return


def _near_trigger(place: Resolved, start: int, end: int, reach: int) -> bool:
    """Weak triggers ("talks", "fighting") only take a place named close to them."""
    return place.mention.end >= start - reach and place.mention.start <= end + reach


def _attach(previous: list[ex.Draft], trigger, sentence, casualties: Casualties) -> bool:
    """'The strike killed three': add to the last event of this type nearby, if any."""
    for draft in reversed(previous[-6:]):
        same_kind = draft.event_type == trigger.event_type and (
            trigger.sub_event_type == "by_weapon" or draft.sub_event_type == trigger.sub_event_type
        )
        if same_kind and sentence.paragraph == draft.sentence.paragraph:
            draft.casualties = combine(draft.casualties, casualties)
            if (sentence.start, sentence.end) not in draft.spans:
                draft.spans.append((sentence.start, sentence.end))
            return True
    return False


def _actors(trigger, clause, trigger_start, sentence_actors, paragraph_actor, speaker, country):
    in_clause = [a for a in sentence_actors if clause[0] <= a.start < clause[1]]
    hits = in_clause or sentence_actors
    pool = [a.actor for a in hits]
    names: list[str] = []
    if trigger.event_type == "Diplomacy":
        nearest = sorted(hits, key=lambda a: abs(a.start - trigger_start))
        names = [a.actor.name for a in nearest if a.actor.kind in ("government", "organisation")]
        if not names and speaker is not None:
            names = [speaker.name]
    elif trigger.event_type in ("Protests", "Riots"):
        names = [a.name for a in pool if a.kind in ("police", "government", "military")]
        crowd = "Protesters" if trigger.event_type == "Protests" else "Rioters"
        names.insert(0, f"{crowd} ({country})" if country else crowd)
    else:
        names = [a.name for a in pool if a.kind in ("military", "armed_group", "police")]
        if not names and paragraph_actor is not None and trigger.event_type in ex.VIOLENT:
            names = [paragraph_actor.name]
    unique = list(dict.fromkeys(names))
    return (unique[0] if unique else None), (unique[1] if len(unique) > 1 else None)


def _country_of(targets, gazetteer: Gazetteer) -> str | None:
    for place in targets:
        if place is not None:
            return gazetteer.country_name(gazetteer.index.country[place.entry])
    return None


def extract_article(
    article: Article, gazetteer: Gazetteer, lexicon: Lexicon, max_events: int | None = None
) -> list[EventRecord]:
    """All events of one article, as validated records."""
    drafts = merge_drafts(article_drafts(article, gazetteer, lexicon), gazetteer)
    if max_events is not None and len(drafts) > max_events:
        raise ArticleError(
            article.origin or article.article_id,
            f"{len(drafts)} events found, over the limit of {max_events} per article",
        )
    records = [draft_to_record(d, article, gazetteer) for d in drafts]
    return sorted(records, key=lambda r: (r.source_span[0], r.event_id))
