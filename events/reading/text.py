"""Sentences with character spans and paragraph numbers, and the name normaliser shared by all
lookups (clauses are the extraction stage's: events/extraction/triggers.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

# Abbreviations that end in a period without ending a sentence.
_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov",
    "sen", "rep", "st", "mt", "ft", "jr", "sr", "vs", "etc", "no", "inc", "co", "corp", "ltd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "approx", "est", "dept", "fig",
    # ranks and titles ("Supt.", "Cpl.", "Atty."), and the saints and wards of place names ("Barangay
    # Sta. Cruz", "Sto. Niño", "Brgy. San Jose")
    "brig", "cpl", "pvt", "pte", "supt", "insp", "cmdr", "cdr", "hon", "rev", "fr", "pres", "atty", "engr",
    "sta", "sto", "brgy",
}  # fmt: skip
# Of those, the ones a sentence may end with ("at 6 p.m.", "the U.S."): they end it before a word
# that opens sentences (closed-class words: "6 p.m. The ambulance service said")
_MAY_END = {"a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "etc", "inc", "co", "corp", "ltd", "jr", "sr"}
_OPENER = re.compile(r"[\"'“‘(]?(?:The|A|An|He|She|It|They|We|I|This|That|These|Those|There|His|Her|Its|"
                     r"Their|But|And|In|On|At|After|When|While|Some|Many|No|One)\b")  # fmt: skip
# a period with no space after it ends a sentence too, between a word of small letters and a
# capitalised one ("Xinhua news agency reported.The RSF, for its part, ..."): copied and scraped
# text loses the space; not an initial's or an abbreviation's ("U.S.Army", "Mr.Smith"), nor inside
# an address ("www.Reuters.com")
_BOUNDARY = re.compile(
    r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z]{2}\.)(?=[A-Z][a-z]+[\s,;:])"
    r"|\n\s*\n|\n(?=\s*[#*\-])"
)
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


def _ends_with_abbreviation(chunk: str, following: str = "") -> bool:
    """The chunk ends with an abbreviation's period, not a sentence's (given the text after it)."""
    match = re.search(r"(?:^|[\s(\"“])([A-Za-z][A-Za-z.]{0,7})\.$", chunk)
    if not match:
        return False
    word = match.group(1).lower()
    if word in _MAY_END and _OPENER.match(following.lstrip()):
        return False
    return word in _ABBREV or len(word) == 1  # initials such as "J. Smith"


_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))[\"'‘“](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.!?,])[\"'’”](?=[\s.,;:!?)\]]|$)")


def _inside_quotes(chunk: str) -> bool:
    """More quotes opened than closed ("Don't" and "Russians'" are neither opening)."""
    return len(_OPEN_QUOTE.findall(chunk)) > len(_CLOSE_QUOTE.findall(chunk))


def split_sentences(text: str, breaks: tuple[int, ...] = ()) -> list[Sentence]:
    """Split text into sentences with [start, end) spans; blank lines start paragraphs.
    ``breaks``: positions that always end a sentence (a headline's or a byline's end)."""
    sentences: list[Sentence] = []
    start = 0
    forced = sorted(b for b in breaks if 0 < b < len(text))
    for end, kind in sorted([(m.end(), m) for m in _BOUNDARY.finditer(text)] + [(b, None) for b in forced],
                            key=lambda pair: pair[0]):  # fmt: skip
        if end <= start:
            continue
        if kind is None:
            _append(sentences, text, start, end)
            start = end
            continue
        match = kind
        chunk = text[start:end]
        following = text[end : end + 20]
        if "\n" not in match.group(0) and _ends_with_abbreviation(chunk.rstrip("\"'”’)]"), following):
            continue
        if match.group(0)[:1] in ("!", "?") and _inside_quotes(chunk):
            continue  # "a protest 'Don't be silent! Captivity kills!' in Lutsk": one sentence
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return _number_paragraphs(text, sentences)


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], 0))


def _number_paragraphs(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """Paragraph numbers: a line break between two sentences starts a new paragraph."""
    out: list[Sentence] = []
    paragraph = 0
    previous_end = 0
    for sentence in sentences:
        if "\n" in text[previous_end : sentence.start]:
            paragraph += 1
        out.append(Sentence(sentence.start, sentence.end, sentence.text, paragraph))
        previous_end = sentence.end
    return out


_APOSTROPHES = re.compile(r"[’'`ʼʻ′]")
# apostrophes typed as other marks after a letter ("Workers´ Party", "Kurdistan´s"; not the modifier
# letter ʼ, a letter of transliterations: "Maʼrib")
_LOOKALIKE_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[´`]")


def typeset(text: str) -> str:
    """The text with look-alike apostrophes after a letter made the typographic one (’), so the
    readers' patterns see one mark. Same length, so every span into it is a span into ``text``."""
    return _LOOKALIKE_APOSTROPHE.sub("’", text) if _LOOKALIKE_APOSTROPHE.search(text) else text


_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def normalize_name(name: str) -> str:
    """Lower-case ASCII key for names: 'Slov’yans’k' -> 'slovyansk', 'U.S.' -> 'us'.
    Names recur from article to article, so recent keys are kept."""
    ascii_name = unidecode(_APOSTROPHES.sub("", name)).lower()
    ascii_name = ascii_name.replace(".", "")
    return _NON_WORD.sub(" ", ascii_name).strip()


def squash(text: str) -> str:
    """Collapse runs of white space to one space."""
    return _SPACE.sub(" ", text).strip()
