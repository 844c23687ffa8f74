"""Article -> EventRecords: find drafts sentence by sentence, merge them, build records."""

from __future__ import annotations

import re

from events import extract as ex
from events.article import Article
from events.casualties import Casualties, of_combatants, parse_casualties, spread
from events.errors import ArticleError
from events.gazetteer import AREA_KINDS, Gazetteer
from events.geocode import QUALIFIER_GAP, Resolved, find_mentions, resolve_mentions
from events.lexicon import Lexicon
from events.places import place_fields
from events.records import EventRecord, Source, make_record, stable_id
from events.text import normalize_name, split_sentences, squash
from events.timex import find_times, undated

TITLE_NAME = re.compile(
    r"\b(?:President|Prime\s+Minister|Minister|Chancellor|Governor|Mayor|Gen\.|General|Colonel|"
    r"Col\.|Lt\.|Sgt\.|Mr\.|Mrs\.|Ms\.|Dr\.|King|Queen|Prince|Pope|Secretary|Senator|Sen\.|"
    r"Rep\.|spokesman|spokeswoman|spokesperson|adviser|advisor|envoy|commander|Ambassador|"
    r"negotiator|aide)\s+,?\s*((?:[A-Z][\w’'-]+\s?){1,3})"
)
INTERCEPTION = re.compile(r"\b(?:shot down|intercepted|downed|destroyed in (?:the )?air)\b", re.I)
LETHAL_FORCE = re.compile(r"\b(?:live (?:rounds|ammunition|fire)|opened fire|shot dead|killing|killed)\b",
                          re.I)  # fmt: skip
# Within one family of sub-types, the more severe wins when two reports merge.
SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1,
            "Excessive force against protesters": 2, "Armed clash": 0,
            "Government regains territory": 1, "Non-state actor overtakes territory": 1,
            # "kidnapped, tortured and killed a resident": one attack, as ACLED codes it
            "Abduction/forced disappearance": 0, "Attack": 1}  # fmt: skip
PROTEST_SENTENCE = re.compile(r"\b(?:protest|rall(?:y|ies|ied)|demonstrat|march|picket)", re.I)
PRONOUN_START = re.compile(r"(?:He|She|They)\b")
SPECIFICITY = {"poi": 0, "city": 0, "admin1": 1, "region": 1, "country": 2}


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
            _attach_casualties(drafts, sentence, lexicon, places, qualifiers, gazetteer, text)
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
        used.append((start, end))
        shares, share_note = {}, ""
        if _reported(casualties) and not trigger.placeless:
            names = ex.listed_places(text, clause, places, qualifiers, gazetteer)
            if len(names) < 2 and len(targets) > 1:
                names = [p.mention.text for p in targets]
            if len(names) > 1:
                shares, share_note = _split_count(casualties, counted_text, names, lexicon)
        for place in targets or [None]:
            place_factor = (place.confidence ** 0.5) if place else (1.0 if trigger.placeless else 0.7)
            own = casualties
            if shares:
                own = shares.get(_place_key(place, unknown), list(shares.values())[-1])
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
            draft.casualties = _combine(draft.casualties, casualties)
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
            draft.casualties = _combine(draft.casualties, casualties)
            if (sentence.start, sentence.end) not in draft.spans:
                draft.spans.append((sentence.start, sentence.end))
            return True
    return False


def _attach_casualties(drafts: list[ex.Draft], sentence, lexicon: Lexicon, places, qualifiers,
                       gazetteer: Gazetteer, text: str) -> None:  # fmt: skip
    """'A civilian was killed.' after a strike: the count belongs to that strike. A count
    told for several places ("40 soldiers were killed near A, B and C") gives each event at
    one of them its share, and nothing to events elsewhere."""
    if not drafts or lexicon.hypothetical.search(sentence.text):
        return
    casualties = parse_casualties(sentence.text)
    if not _reported(casualties):
        return
    names = ex.listed_places(text, (sentence.start, sentence.end), places, qualifiers, gazetteer)
    if len(names) > 1:
        shares, note = _split_count(casualties, sentence.text, names, lexicon)
        for draft in drafts[-6:]:
            share = shares.pop(_place_key(draft.place, draft.unknown_place), None)
            if share is not None and draft.event_type in ex.VIOLENT and _told_before(draft, sentence, 600):
                _add_casualties(draft, share, sentence, note)
        return
    last = drafts[-1]
    if last.event_type in ex.VIOLENT and _told_before(last, sentence, 300):
        _add_casualties(last, casualties, sentence)


def _told_before(draft: ex.Draft, sentence, within: int) -> bool:
    return sentence.start - max(e for _, e in draft.spans) <= within


def _add_casualties(draft: ex.Draft, casualties: Casualties, sentence, note: str = "") -> None:
    draft.casualties = _combine(draft.casualties, casualties)
    draft.spans.append((sentence.start, sentence.end))
    if note and note not in draft.notes:
        draft.notes.append(note)


def _reported(casualties: Casualties) -> bool:
    return casualties.fatalities is not None or casualties.injuries is not None


def _place_key(place: Resolved | None, unknown: str) -> str:
    return normalize_name(unknown or (place.mention.text if place is not None else ""))


def _split_count(casualties: Casualties, counted_text: str, names: list[str],
                 lexicon: Lexicon) -> tuple[dict[str, Casualties], str]:  # fmt: skip
    """A count told for several places -> each place's share (by normalised name), and the
    note that says how it was divided."""
    claimed = lexicon.claim.search(counted_text) or lexicon.attribution.search(counted_text)
    cap = lexicon.claimed_tally_cap if claimed and of_combatants(counted_text, casualties) else None
    parts = spread(casualties, len(names), cap)
    told = ", ".join(f"{n} {w}" for n, w in ((casualties.fatalities, "killed"),
                                            (casualties.injuries, "injured")) if n is not None)  # fmt: skip
    note = (f"{told} reported for {len(names)} places ({', '.join(names)}), "
            "divided evenly over them as ACLED does")  # fmt: skip
    if cap is not None and max(casualties.fatalities or 0, casualties.injuries or 0) > cap:
        note += f"; one side's claim of its enemy's losses, counted as at most {cap} in all"
    return {normalize_name(n): part for n, part in zip(names, parts, strict=True)}, note + "."


def _combine(a: Casualties, b: Casualties) -> Casualties:
    """Within one article a later count updates an earlier one: keep the larger."""
    def pick(x, y):
        return y if x is None else x if y is None else max(x, y)

    return Casualties(pick(a.fatalities, b.fatalities), pick(a.injuries, b.injuries))


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


# --- merging -----------------------------------------------------------------------------


def _specificity(draft: ex.Draft, gazetteer: Gazetteer) -> int:
    if draft.place is None:
        return 3
    return SPECIFICITY.get(gazetteer.index.kinds[draft.place.entry], 2)


def _same_kind(a: ex.Draft, b: ex.Draft) -> bool:
    if a.event_type != b.event_type:
        return False
    return a.sub_event_type == b.sub_event_type or (
        a.sub_event_type in SEVERITY and b.sub_event_type in SEVERITY
    )


def _same_event(a: ex.Draft, b: ex.Draft, gazetteer: Gazetteer) -> bool:
    if not _same_kind(a, b):
        return False
    if a.time.date_end < b.time.date_start or b.time.date_end < a.time.date_start:
        return False
    if a.place is None or b.place is None:
        return a.place is b.place or a.event_type != "Diplomacy" or a.sub_event_type in (
            "Meeting", "Phone call")  # fmt: skip
    if a.place.entry == b.place.entry:
        return True
    if a.sub_event_type in ("Proposal", "Demand", "Statement"):
        return False
    return gazetteer.contains(a.place.entry, b.place.entry) or gazetteer.contains(
        b.place.entry, a.place.entry
    )


def merge_drafts(drafts: list[ex.Draft], gazetteer: Gazetteer) -> list[ex.Draft]:
    """One event per type, place and day: fold drafts that tell the same event."""
    merged: list[ex.Draft] = []
    for draft in drafts:
        target = next((m for m in merged if _same_event(m, draft, gazetteer)), None)
        if target is None:
            merged.append(draft)
            continue
        if SEVERITY.get(draft.sub_event_type, 0) > SEVERITY.get(target.sub_event_type, 0):
            target.sub_event_type = draft.sub_event_type
        if _specificity(draft, gazetteer) < _specificity(target, gazetteer):
            target.place, target.sentence = draft.place, draft.sentence
            target.unknown_place = draft.unknown_place
        if draft.time.precision < target.time.precision:
            target.time, target.time_source = draft.time, draft.time_source
        target.casualties = _combine(target.casualties, draft.casualties)
        target.actor1 = target.actor1 or draft.actor1
        if target.actor2 is None and draft.actor2 not in (None, target.actor1):
            target.actor2 = draft.actor2
        target.weapons = list(dict.fromkeys(target.weapons + draft.weapons))
        target.civilian_targeting |= draft.civilian_targeting
        target.confidence = max(target.confidence, draft.confidence)
        target.spans = sorted(set(target.spans + draft.spans))
        target.notes = list(dict.fromkeys(target.notes + draft.notes))
    return merged


# --- records -----------------------------------------------------------------------------


def draft_to_record(draft: ex.Draft, article: Article, gazetteer: Gazetteer) -> EventRecord:
    place = place_fields(draft.place, gazetteer, draft.unknown_place)
    notes = draft.notes + place.pop("notes")
    sentence = draft.sentence
    time = draft.time
    source = Source(
        article_id=article.article_id, title=article.title, published=article.published,
        source=article.source, url=article.url, source_text=sentence.text,
        source_span=(sentence.start, sentence.end),
    )  # fmt: skip
    return make_record(
        event_id=stable_id(article.article_id, draft.event_type, draft.sub_event_type,
                           place["gazetteer_id"], time.event_date, sentence.start),
        article_id=article.article_id,
        event_date=time.event_date, date_start=time.date_start, date_end=time.date_end,
        time_precision=min(time.precision, 3), time_expression=time.expression,
        event_type=draft.event_type, sub_event_type=draft.sub_event_type, status=draft.status,
        actor1=draft.actor1, actor2=draft.actor2, civilian_targeting=draft.civilian_targeting,
        weapons=draft.weapons, fatalities=draft.casualties.fatalities,
        injuries=draft.casualties.injuries, source_text=sentence.text,
        source_span=(sentence.start, sentence.end), evidence_spans=draft.spans,
        confidence=min(1.0, draft.confidence), notes=" ".join(notes), sources=[source],
        **place,
    )  # fmt: skip


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
