"""How drafts are typed: by the fitted type model (data/models/) or by the anchor word alone;
every event typed again on the words of all the sentences that tell it."""

from __future__ import annotations

from events.extraction.candidate import Typer
from events.extraction.draft import Draft
from events.extraction.type_model import TypeModel


def model_typer(model: TypeModel) -> Typer:
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
