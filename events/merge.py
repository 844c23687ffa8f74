"""The drafts of one article -> one event per type, place and day -> EventRecords."""

from __future__ import annotations

from events import extract as ex
from events.article import Article
from events.counts import combine
from events.places import Gazetteer, place_fields
from events.records import EventRecord, Source, make_record, stable_id

# Within one family of sub-types, the more severe wins when two reports merge.
SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1,
            "Excessive force against protesters": 2, "Armed clash": 0,
            "Government regains territory": 1, "Non-state actor overtakes territory": 1,
            # "kidnapped, tortured and killed a resident": one attack, as ACLED codes it
            "Abduction/forced disappearance": 0, "Attack": 1}  # fmt: skip
SPECIFICITY = {"poi": 0, "city": 0, "admin1": 1, "region": 1, "country": 2}


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
        target.casualties = combine(target.casualties, draft.casualties)
        target.actor1 = target.actor1 or draft.actor1
        if target.actor2 is None and draft.actor2 not in (None, target.actor1):
            target.actor2 = draft.actor2
        target.weapons = list(dict.fromkeys(target.weapons + draft.weapons))
        target.civilian_targeting |= draft.civilian_targeting
        target.confidence = max(target.confidence, draft.confidence)
        target.spans = sorted(set(target.spans + draft.spans))
        target.notes = list(dict.fromkeys(target.notes + draft.notes))
    return merged


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
