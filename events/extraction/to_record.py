"""Records made: a merged draft -> one EventRecord, with its place, time, source and evidence."""

from __future__ import annotations

from events.extraction.draft import Draft
from events.places import Gazetteer, place_fields
from events.reading.article import Article
from events.records.record import EventRecord, Source, make_record, stable_id


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
