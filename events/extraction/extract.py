"""Article -> EventRecords: drafts sentence by sentence (drafting), merged into events (merge),
the report's setting left out (not_news), the codebook applied (codebook), made records and
screened (screen)."""

from __future__ import annotations

from events.errors import ArticleError
from events.extraction.codebook import (
    claimed,
    claims_told,
    codebook_second_actor,
    peaceful_counts_none,
    with_country,
)
from events.extraction.drafting import article_drafts, typeset_article
from events.extraction.lexicon import Lexicon
from events.extraction.merge import merge_drafts
from events.extraction.not_news import loosely_placed, perfect_background, unplaced, without_context
from events.extraction.screen import load_screen
from events.extraction.to_record import draft_to_record
from events.extraction.type_model import load_model
from events.extraction.typers import model_typer, retype
from events.places import Gazetteer
from events.reading.article import Article
from events.records.record import EventRecord


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
    retype([d for d in drafts if d.mixed], model_typer(load_model()))
    drafts = [d for d in drafts if not unplaced(d, loosely_placed(d, gazetteer))]
    drafts = without_context(drafts)
    drafts = [d for d in drafts if not perfect_background(d, gazetteer)]
    if max_events is not None and len(drafts) > max_events:
        raise ArticleError(
            article.origin or article.article_id,
            f"{len(drafts)} events found, over the limit of {max_events} per article",
        )
    claims = claims_told(typed.text, lexicon)
    for draft in drafts:
        peaceful_counts_none(draft)
        codebook_second_actor(draft, gazetteer, lexicon)
        claimed(draft, claims, gazetteer)
        with_country(draft, gazetteer, lexicon)
    records = [draft_to_record(d, article, gazetteer) for d in drafts]
    if screened:
        records = load_screen().keep(records, article.text, article.published)
    return sorted(records, key=lambda r: (r.source_span[0], r.event_id))
