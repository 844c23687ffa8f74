"""The shape of a news report: headline, furniture (bylines, timestamps, photo captions, source
lines, bracketed coder remarks), dateline, lede and body.

A headline retells the lede: its events are folded into the body's (see headlines). Furniture
yields no event and no scene. A dateline ("BERLIN, Dec 13 (Reuters) –", "GOMA, Congo (AP) —",
"Maputo —", a town alone in capitals under the headline) gives the place the report was filed
from, which is not where anything happened, and the day it speaks from, against which "on
Sunday" is read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from events.extraction.timex import find_times

# A headline: the first line, followed by a line break, with no closing period.
HEADLINE_MAX = 220
DECK_LINES = 3  # at most this many lines between a headline and its datelined lede (a standfirst)
SENTENCE_END = (".", "?", "!", ":", ",", ";", '"', "”", "’", "…")
LIST_MARKS = ("-", "•", "*", "–", "—")
# Wire-service tags and bylines.
AGENCY = r"(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)|/(?P<agency2>[A-Z][\w -]{0,20})/)"
DASH = r"(?:--|[-–—])"
# (never a page's label: "BREAKING: S. Sudan government and rebels sign ceasefire")
_CAPS_PLACE = (
    r"(?!(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|VIDEO|PHOTOS|OPINION|ANALYSIS|EDITORIAL)\b)"
    # (two places filed from: "BAHAWALPUR/FAISALABAD:")
    r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,3}"
    r"(?:(?<=[A-Z]{4})/[A-Z]{4}[A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]+){0,2})?"
)
_TITLE_PLACE = r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}"
_DATE_WORDS = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?"
_LEADING_DATE = r"(?:[A-Z][a-z]+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*:\s*)?"
DATELINE = re.compile(
    rf"^{_LEADING_DATE}(?:"
    # "BERLIN, Dec 13 (Reuters) –", "GOMA, Congo (AP) —", "MEXICO CITY (AP) —", "ASSADABAD -"
    rf"(?P<caps>{_CAPS_PLACE})(?:,\s+(?!{_DATE_WORDS})(?P<where>[A-Z][\w .'’-]{{1,30}}?))?"
    rf"(?:,\s+(?P<date>{_DATE_WORDS}))?"
    # "KHARTOUM, July 20, (Xinhua/GNA) —", "ISLAMABAD: The", "MOGADISHU:-Somali forces"
    rf",?\s*(?:{AGENCY}\s*)?(?:{DASH}\s+|:(?:-\s*|\s+)(?=[A-Z]))"
    # "Maputo —", "Phnom Penh (FN), Apr. 24 –", "Dakar(Senegal):", "Jowhar (AX) –",
    # "Srinagar, Apr 23 (PTI) Terrorists": a date, then the agency, then the report
    # "Manila [Philippines], November 4 (ANI/Xinhua):"
    rf"|(?P<title>{_TITLE_PLACE})\s*(?:\((?P<paren>[A-Z][\w .]{{0,30}})\)|\[[A-Z][\w .]{{0,30}}\])?"
    rf"(?:,\s+(?P<date2>{_DATE_WORDS}))?\s*"
    rf"(?:{DASH}\s+|(?<=\)):\s*|(?<=\d)\s*\([A-Z][\w .&/-]{{0,30}}\)\s*(?:{DASH}\s+|:\s*|(?=[A-Z])))"
    # "May 3, 2025 (PORT SUDAN) –": the date first, the place in parentheses
    rf"|(?P<date3>{_DATE_WORDS})\s+\((?P<inner>{_CAPS_PLACE}|{_TITLE_PLACE})\)\s*{DASH}\s+"
    r")"
)
CAPS_LINE = re.compile(r"\s*(?P<caps>[A-Z]{4,}(?:[\s'’.-]+[A-Z]{2,}){0,3})\s*$")
# a line that is only a site's address ("UrduPoint.com", "www.dawn.com"): page furniture above the headline
SITE_LINE = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?", re.I)
ONE_WORD = re.compile(r"[^\s.!?]{1,30}")
BYLINE = re.compile(r"^(?:By\s+[A-Z][^:\n]{0,60}(?::\s*|$)|\(MENAFN[^)]*\)\s*)")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"  # "Friday, ", "Sunday "
# "Published 03 Oct, 2024 07:54am", "Updated on 12 May 2023": a timestamp with its word, no colon
TIMESTAMP = (
    r"(?i:Updated|Published|Posted|Last updated)(?:\s+on)?\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})[^\n]{0,25}"
)
FURNITURE_LINE = re.compile(
    r"^\s*(?:(?i:Updated|Published|Posted|Last updated|Source|Photo|Image|Read (?:also|more)|See also"
    r"|Related)\s*:.*"
    # "STOCK PHOTO OF ATTACKS ON SUMY OBLAST", "File photo: ...": a picture's label
    r"|(?i:stock|file|archive)\s+(?i:photo|image|picture)\b.*"
    rf"|{TIMESTAMP}"
    # "AFP |", "(Xinhua)", "Reuters", "Staff Reporter" (not a short sentence: "Five people were killed.")
    r"|\([A-Z][\w .&-]{1,30}\)\s*\|?|[A-Z][\w .&-]{1,30}\s*\||[A-Z][\w&-]*(?:\s+[A-Z&][\w&.-]*){0,3}"
    r"|[|=*_~#-]{1,80}"
    # "Dec 29, 2023 01:07 PM IST", "Friday, April 8, 2016" (the weekday optional; not "Monday, 6 May 2024",
    # which heads a timeline's entry)
    rf"|{_WEEKDAY}[A-Z][a-z]{{2,8}}\.? \d{{1,2}}, \d{{4}}.{{0,30}}"
    # "15 April 2021 - 13:12" (a time after the date, not "14 May 2023: RSF shelled Nyala")
    rf"|\d{{1,2}} [A-Z][a-z]{{2,8}}\.? \d{{4}}"
    r"(?:\s*[-–|,]?\s*\d{1,2}[:.]\d{2}(?:\s*[AP]M)?(?:\s*[A-Z]{2,4})?)?"
    # a date in figures with its time: "16/7/2024 7:20", "2016-06-23 17:03:55" (a date alone heads a
    # timeline's entry)
    r"|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AP]M)?"
    # an embedded post's author and date: "— Moses Moyo (@moses_moyo) October 6, 2018"
    r"|[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
    r"|By [A-Z].{0,60})\s*$"
)
# A photo caption ends with its credit: "REUTERS/Alexander Ermochenko", "/ Supplied",
# "(Representative image: ANI)", "Photo: AFP", "[Ashraf Amra – Anadolu Agency]".
CAPTION_CREDIT = re.compile(
    r"(?:\b[A-Z]{2,}/[A-Z][a-z][\w. -]+|/\s*Supplied|(?i:\((?:Representative\s+)?(?:image|photo|file photo)"
    r"[^)]*\)|\b(?:Photo|Image)\s*(?:credit)?:\s*[\w ./-]+|via Getty Images)|\(Reuters\)"
    # "[Ashraf Amra – Anadolu Agency]": the photographer and the agency, bracketed
    r"|\[[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){1,3}\s[–—-]\s[A-Z][\w.'’/ -]{0,30}"
    r"(?:Agency|Images|Photos?|Getty|AFP|EPA|Anadolu|Reuters|AP|Xinhua|Pool|Sipa|Shutterstock)\])\s*$"
)
# "[Agencies]", "[Photo/Xinhua]": a bare bracketed credit ends a caption when the line dates its photo in
# full and quotes no one ("Ban Ki-moon shakes hands with Mahmoud Abbas ..., January 6, 2009. [Agencies]");
# a news paragraph may end with its source so ("..., police said. [Reuters]")
BARE_CREDIT = re.compile(
    r"\[(?:Photo/|File\s+photo/)?(?:Agencies|Xinhua|AFP|Reuters|AP|EPA|IC|CFP|VCG|Photo|File\s+photo)\]\s*$"
)
TOLD = re.compile(r"\b(?:said|says|told|reported|according\s+to|announced|claimed)\b", re.I)
# a caption dates its photo in full ("January 6, 2009", "6 January 2009"); a news paragraph tells the weekday
FULL_DATE = re.compile(
    r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+)(?:19|20)\d\d\b"
)
BRACKETED = re.compile(r"\[[^\]\n]*\]")
# a pointer to another story inside a paragraph ("... Also read: Assam CM to meet Amit Shah on June 14."):
# furniture, to its sentence's end
READ_ALSO = re.compile(
    r"(?<![^\s.!?])(?i:also\s+read|read\s+also|read\s+more|see\s+also)\s*:[^\n]*?(?:[.!?](?=\s)|$)", re.M
)
# A credit on a line of its own ("PHOTO: REUTERS", "Photo credit: AFP"): the line before it is
# the photo's caption, which retells the report.
# (the credit names only: "REUTERS", "AFP/Getty Images"; not "Photo: Police at the scene of the attack")
CREDIT_LINE = re.compile(
    r"\(?(?i:photo|image|picture|file photo|photograph)(?:\s+(?i:credit))?\s*[:/]\s*"
    r"[A-Z][\w.'’&-]*(?:[\s/]+[A-Z][\w.'’&-]*){0,4}\)?"
)
CAPTION_MAX = 300


@dataclass(frozen=True)
class Dateline:
    span: tuple[int, int]
    place: tuple[int, int]  # the place name's span: where the report was filed, not a scene
    day: dt.date | None


@dataclass(frozen=True)
class Report:
    headline: tuple[int, int] | None
    furniture: tuple[tuple[int, int], ...]
    dateline: Dateline | None
    reported: dt.date  # the day the report speaks from

    def role(self, start: int, end: int) -> str:
        """'headline', 'furniture' or 'body' for a sentence at [start, end)."""
        if self.headline and self.headline[0] <= start < self.headline[1]:
            return "headline"
        if any(s <= start and end <= e for s, e in self.furniture):
            return "furniture"
        return "body"

    def blocked(self) -> list[tuple[int, int]]:
        """Spans whose names are never the scene of an event."""
        spans = list(self.furniture)
        if self.dateline is not None:
            spans.append(self.dateline.place)
        return spans


def read_report(text: str, published: dt.date) -> Report:
    lines = list(_lines(text))
    headline = _headline(text, lines)
    furniture = [span for span in lines if span != headline and _is_furniture(text[span[0] : span[1]])]
    furniture += _decks(text, lines, headline, furniture)
    furniture += [m.span() for m in BRACKETED.finditer(text)]
    furniture += [m.span() for m in READ_ALSO.finditer(text)]
    furniture += _bylines(text, lines)
    furniture += _captions(text, lines, headline)
    furniture += _crossheads(text, lines, headline, furniture)
    dateline = _dateline(text, lines, headline, published)
    reported = dateline.day if dateline and dateline.day else published
    return Report(headline, tuple(sorted(furniture)), dateline, reported)


def _lines(text: str):
    """[start, end) of each non-blank line, stripped."""
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end


def _headline(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first line, when a line follows it; past a site's name or a one-word section label
    ("UrduPoint.com", "INDIA") while two lines or more are left after it."""
    while len(lines) > 2 and (
        SITE_LINE.fullmatch(text, *lines[0])
        or ONE_WORD.fullmatch(text, *lines[0])
        or re.fullmatch(TIMESTAMP, text[lines[0][0] : lines[0][1]])  # "Published 03 Oct, 2024 07:54am"
    ):
        lines = lines[1:]
    if len(lines) < 2:
        return None
    start, end = lines[0]
    line = text[start:end].lstrip("# ")
    if len(line) > HEADLINE_MAX or line.endswith((".", "?", "!", ":", ",")) or DATELINE.match(line):
        return None
    return start, end


def _decks(
    text: str,
    lines: list[tuple[int, int]],
    headline: tuple[int, int] | None,
    furniture: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Lines between a headline and a datelined lede that are headlines too (a standfirst:
    "Washington thinks Iran-backed militias carried out the attack", with no closing period):
    they retell the report, and would run into its lede. Only when the dateline follows them,
    so that a lede written without a closing period is never taken for one."""
    if headline is None:
        return []
    decks = []
    first = lines.index(headline) + 1  # (past a site's name or a section's label above the headline)
    for start, end in lines[first : first + DECK_LINES + 1]:
        line = text[start:end]
        if (start, end) in furniture:
            continue
        if DATELINE.match(line):
            return decks
        if line.endswith(SENTENCE_END) or len(line) > HEADLINE_MAX or line.startswith(LIST_MARKS):
            return []
        decks.append((start, end))
    return []


def _is_furniture(line: str) -> bool:
    return bool(
        FURNITURE_LINE.fullmatch(line)
        or SITE_LINE.fullmatch(line)
        or CAPTION_CREDIT.search(line)
        or (BARE_CREDIT.search(line) and FULL_DATE.search(line) and not TOLD.search(line))
    )


def _captions(
    text: str, lines: list[tuple[int, int]], headline: tuple[int, int] | None
) -> list[tuple[int, int]]:
    """A line right above a credit line of its own ("Two people died when a bomb struck a car." /
    "PHOTO: REUTERS"): a photo's caption."""
    return [
        line
        for line, after in zip(lines, lines[1:], strict=False)
        if line != headline
        and line[1] - line[0] <= CAPTION_MAX
        and CREDIT_LINE.fullmatch(text, *after)
        and not DATELINE.match(text[line[0] : line[1]])  # a lede, not a caption ("BANNU: Gunmen stormed ...")
    ]


def _crossheads(
    text: str,
    lines: list[tuple[int, int]],
    headline: tuple[int, int] | None,
    furniture: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """A short title line set apart between two paragraphs of the body that retells the paragraph after
    it ("RSF shelling kills at least six people at refugee camp" above "RSF shelling on the Abu Shouk
    displacement camp killed six people"; "Deadly war"): a crosshead, furniture, which tells no event of
    its own, and none of the paragraph before it."""
    found = []
    for before, line, after in zip(lines, lines[1:], lines[2:], strict=False):
        if line == headline or line in furniture or before == headline or before in furniture:
            continue
        words = text[line[0] : line[1]]
        if (
            len(words.split()) <= CROSSHEAD_WORDS
            and "\n\n" in text[before[1] : line[0]]
            and "\n\n" in text[line[1] : after[0]]  # a paragraph of its own, set apart
            and words[:1].isupper()
            and not words.endswith(SENTENCE_END)
            and text[before[0] : before[1]].endswith((".", "!", "?", '"', "”"))
            and text[after[0] : after[1]].endswith((".", "!", "?", '"', "”"))
            and not words.startswith(LIST_MARKS)
            and _retold_after(words, text[after[0] : after[1]])
        ):
            found.append(line)
    return found


def _retold_after(line: str, paragraph: str) -> bool:
    """Every name and number of a crosshead (after its first word) is in the paragraph after it, or it
    has none ("Deadly war"): it retells that paragraph. A line whose place or count the next paragraph
    does not tell ("SAF airstrike on Nyala market kills 12" in a live report) tells news of its own."""
    told = paragraph.lower()
    return all(token.lower() in told for token in CROSSHEAD_TOKEN.findall(line.split(maxsplit=1)[-1]))


CROSSHEAD_TOKEN = re.compile(
    r"\b(?:[A-Z][\w'’-]+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?)\b"
)
CROSSHEAD_WORDS = 12


def _bylines(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'By India Today Web Desk: ...', '(MENAFN- Gulf Times) ...' at a paragraph's start."""
    spans = []
    for start, end in lines:
        match = BYLINE.match(text, start, end)
        if match and match.end() < end:
            spans.append((start, match.end()))
    return spans


def _dateline(text: str, lines, headline, published: dt.date) -> Dateline | None:
    """The dateline of the first body lines (it opens the report's first paragraphs)."""
    body = [span for span in lines if span != headline and not _is_furniture(text[span[0] : span[1]])]
    for start, end in body[:3]:
        match = DATELINE.match(text[start:end])
        if not match:
            continue
        name = next(group for group in ("caps", "title", "inner") if match.group(group))
        place = (start + match.start(name), start + match.end(name))
        expression = match.group("date") or match.group("date2") or match.group("date3")
        day = None
        if expression:
            found = find_times(expression, published)
            day = found[0].event_date if found else None
        if day is None:
            leading = find_times(text[start : start + match.start(name)], published)
            day = leading[0].event_date if leading else None
        return Dateline((start, start + match.end()), place, day)
    # a town alone in capitals on the line after the headline ("MOGADISHU"), above the lede
    after = [span for span in lines if headline and span[0] >= headline[1]][:2]
    lede = after[1:] and text[after[1][0] : after[1][1]]
    if lede and not _is_furniture(lede) and (match := CAPS_LINE.match(text, *after[0])):
        return Dateline(after[0], match.span("caps"), None)
    return None
