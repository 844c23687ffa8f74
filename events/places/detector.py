"""Is a name the gazetteer knows a place here? A learned judge of the mention finder's names.

The finder (events.places.mentions) proposes every capitalised run the gazetteer knows;
many are people ("Walsh said"), organisations' words ("Commerce", "Research") or codes
("NGO" is an alternate name of Nagoya). A logistic model, fitted by bench/train_mentions.py
on the shared geoparsing corpora's gold toponyms, weighs what the name is (its candidates'
kinds and populations, whether it matched a main name or only an alias, its shape) and its
setting (the words just before and after it, and how the same words are used elsewhere in
the document: "Marty Walsh" three sentences earlier says who "Walsh" is). Scoring is a sum
of stored weights and a logistic function: numpy is not even needed.

Adjectives of countries ("Russian") are not judged: the corpora disagree on whether they are
toponyms, and the resolver reads them as votes for their country. Nor are the points of
interest an analyst curated in data/gazetteer/pois.csv.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from events import DATA_DIR
from events.errors import GazetteerError
from events.places.gazetteer import AREA_KINDS, Gazetteer
from events.places.mentions import Mention
from events.places.relative import COMPASS_WORDS
from events.places.resolver import POSSESSIVE_GAP, QUALIFIER_GAP
from events.reading.text import normalize_name

MODEL_PATH = DATA_DIR / "models" / "toponym-mentions.json"
_WORD = re.compile(r"[^\W\d_][\w'’.\-]*|\d+|[^\w\s]")
# "the Nuseirat refugee camp", "Zamzam camp": a camp for people is a settlement the text names,
# kept as "Elele village" is (the corpora the model learned from rarely tell camps)
CAMP_AFTER = re.compile(r"\s+(?:(?:refugee|displacement|displaced|IDP|IDPs')\s+)?camps?\b")
# "Erbil International Airport", "the Kharkiv airport", "Ain al-Asad air base": an airfield named after
# the town it serves lies there (an attack on it is placed at the town)
AIRFIELD_AFTER = re.compile(
    r"\s+(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]ir\s+[Bb]ase|[Aa]irbase|[Aa]irfield)\b"
)
SPEECH = {"said", "says", "told", "added", "wrote", "explained", "noted", "stated", "argued",
          "asked", "replied", "insisted", "warned"}  # fmt: skip


@dataclass(frozen=True)
class MentionModel:
    """Weights by feature name, a bias and the decision threshold on the probability."""

    version: str
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


@cache
def load_mention_model(path: Path = MODEL_PATH) -> MentionModel:
    """The shipped model (read once per process)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return MentionModel(str(data["version"]), {str(k): float(v) for k, v in data["weights"].items()},
                            float(data["bias"]), float(data["threshold"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"cannot read the toponym mention model {path} ({exc})") from exc


def judged(mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the model judges this mention: adjectives of countries, the points of
    interest curated in data/gazetteer (Mar-a-Lago, the Kremlin), and names the text calls
    settlements ("the town of Leo", "Elele village") are kept as they are."""
    if mention.settlement_word or any(gazetteer.kind(e) == "poi" for e, _ in mention.candidates):
        return False
    return not gazetteer.is_demonym(mention.name_key or normalize_name(mention.text))


def keep_places(text: str, mentions: list[Mention], gazetteer: Gazetteer,
                model: MentionModel | None = None) -> list[Mention]:  # fmt: skip
    """The mentions the model takes for places (and every adjective of a country)."""
    model = model or load_mention_model()
    features = mention_features(text, mentions, gazetteer)
    return [m for m, f in zip(mentions, features, strict=True)
            if not judged(m, gazetteer) or CAMP_AFTER.match(text, m.end) or AIRFIELD_AFTER.match(text, m.end)
            or model.probability(f) >= model.threshold]  # fmt: skip


def mention_features(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[list[str]]:
    """One list of feature names per mention."""
    usage = _usage(text, {normalize_name(m.text) for m in mentions}, gazetteer)
    out = [_features(text, m, gazetteer, usage) for m in mentions]
    for k in range(len(mentions) - 1):
        if _qualifies(text, mentions[k], mentions[k + 1], gazetteer):
            out[k].append("qualified")  # "Borova in the Kharkiv region", "Rubaya (Masisi, Nord-Kivu)"
            out[k + 1].append("qualifies")
        elif _owns(text, mentions[k], mentions[k + 1], gazetteer):
            out[k + 1].append("qualified")  # "in Manipur's Imphal", "Sudan's El Fasher": the area first
            out[k].append("qualifies")
    return out


def _qualifies(text: str, place: Mention, area: Mention, gazetteer: Gazetteer) -> bool:
    """The second mention names an area holding one of the first's candidates, right after it."""
    return QUALIFIER_GAP.fullmatch(text[place.end : area.start]) is not None and _holds(
        area, place, gazetteer
    )


def _owns(text: str, area: Mention, place: Mention, gazetteer: Gazetteer) -> bool:
    """The first mention, in the possessive, names an area holding one of the second's candidates."""
    return POSSESSIVE_GAP.fullmatch(text[area.end : place.start]) is not None and _holds(
        area, place, gazetteer
    )


def _holds(area: Mention, place: Mention, gazetteer: Gazetteer) -> bool:
    """One of the area's candidates that is an area holds one of the place's candidates."""
    areas = [a for a, _ in area.candidates if gazetteer.kind(a) in AREA_KINDS]
    return any(gazetteer.contains(a, e) for a in areas for e, _ in place.candidates)


def _features(text: str, m: Mention, gazetteer: Gazetteer, usage: dict[str, set[str]]) -> list[str]:
    ix = gazetteer.index
    key = normalize_name(m.text)
    words = m.text.split()
    entries = [e for e, _ in m.candidates]
    top = max(ix.population[e] for e in entries) if entries else 0
    kinds = {ix.kinds[e] for e in entries}
    main = any(gazetteer.key_of(e) == (m.name_key or key) for e in entries)
    f = [f"words:{min(len(words), 3)}", f"pop:{min(7, int(math.log10(top + 1)))}",
         f"candidates:{min(len(entries), 4)}", "main" if main else "alias_only",
         *(f"kind:{k}" for k in sorted(kinds))]  # fmt: skip
    if m.text.isupper():
        f.append(f"caps:{min(len(m.text), 5)}")
    elif len(m.text) <= 3:
        f.append("short")
    if any(e in ix.capitals for e in entries):
        f.append("capital")
    if m.area_word:
        f.append("area_word")
    if m.relation or m.near:
        f.append("relation")
    before, after = _word_before(text, m.start), _word_after(text, m.end)
    if before[:1].isupper() and _opening_word(before, gazetteer):
        before = before.lower()  # "Besides Naqoura, ...": a word that starts sentences, not a name's
    f.append(f"prev:{_shape(before)}")
    f.append(f"next:{_shape(after)}")
    if before and before[0].isupper() and not before.isupper() and text[m.start - 1 : m.start] == " ":
        f.append("after_capitalised")
    if after and after[0].isupper() and text[m.end : m.end + 1] == " ":
        f.append("before_capitalised")
    if before in ("", ".", "!", "?", "\n", '"', "“"):
        f.append("sentence_start")
    for use in sorted(usage.get(key, ())):
        f.append(f"elsewhere:{use}")
    return f


def _shape(word: str) -> str:
    """A neighbouring word as a feature: lower-case words as they are, capitalised ones by shape."""
    if not word:
        return "none"
    if word[0].isupper():
        return "Cap" if not word.isupper() else "CAPS"
    if word[0].isdigit():
        return "number"
    return word.lower() if word.isalpha() or not word[0].isalnum() else "other"


def _word_before(text: str, start: int) -> str:
    window = text[max(0, start - 40) : start]
    if not window.strip():
        return ""
    if window.endswith("\n"):
        return "\n"
    tokens = _WORD.findall(window)
    return tokens[-1] if tokens else ""


def _word_after(text: str, end: int) -> str:
    tokens = _WORD.findall(text[end : end + 40])
    return tokens[0] if tokens else ""


_RUN = re.compile(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*")


# Stopwords that begin names too ("South Gondar", "North Kivu", "Western Bahr el Ghazal"): kept in a run
NAME_OPENERS = frozenset({*COMPASS_WORDS, *(f"{w}ern" for w in COMPASS_WORDS)})


def _opening_word(word: str, gazetteer: Gazetteer) -> bool:
    key = normalize_name(word)
    return gazetteer.is_stopword(key) and key not in NAME_OPENERS


def _usage(text: str, keys: set[str], gazetteer: Gazetteer | None = None) -> dict[str, set[str]]:
    """How each name's words are used anywhere in the document: after a capitalised word
    ("Marty Walsh"), before one ("Walsh Street"), before a verb of speech ("Walsh said"). A
    run's opening words that start sentences and no names (the gazetteer's stopwords: "Besides
    Naqoura, ...", "Across Ukraine, ...") are not part of it."""
    out: dict[str, set[str]] = {}
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        while gazetteer is not None and len(words) > 1 and _opening_word(words[0], gazetteer):
            words = words[1:]
        for k, word in enumerate(words):
            key = normalize_name(word)
            if key not in keys:
                continue
            uses = out.setdefault(key, set())
            if k > 0:
                uses.add("after_capitalised")
            if k < len(words) - 1:
                uses.add("before_capitalised")
        tail = normalize_name(words[-1])
        if tail in keys and _word_after(text, run.end()).lower() in SPEECH:
            out.setdefault(tail, set()).add("speaks")
    return out
