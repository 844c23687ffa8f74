"""The count patterns of one kind, the dead's or the hurt's (``counts_of_kind``): a number and the
people counted, then the verb or the noun that tells what befell them ("five people were killed",
"killing three", "two of them died", "left two dead", "12 deaths", "the death toll rose to 12")."""

from __future__ import annotations

import re

from events.extraction.count_grammar import ALSO_NAMED, ASIDE, NAMES_ASIDE, NO_OBJECT, OF_GROUP, PERSON
from events.extraction.count_numbers import NUMBER, TIME_SPAN

# a count of people told through what others say of it ("three people are said to have been killed", "ten
# villagers are feared to be dead", "five people were reported to have died"): the verb after it tells what
# befell them
HEDGED = (r"(?:(?:said|reported|believed|feared|thought|known|confirmed|understood|presumed)\s+to\s+"
          r"(?:have\s+(?:been\s+)?|be\s+))")  # fmt: skip


def _joint(before: str) -> str:
    """Lookbehinds for a verb of the other kind joined to this one ("killing and wounding 13", "kill,
    injure 13"): one count of the dead and the hurt together, neither's alone."""
    verbs = ("killing", "killed", "kills", "kill", "wounding", "wounded", "injuring", "injured", "injure")
    return "".join(rf"(?<!\b{v}{j})" for v in verbs for j in (" and ", " or ", ", ") if v not in before)


def counts_of_kind(
    verb_after: str, verb_before: str, nouns: str, tail: str, toll: str | None, other: str, not_fatally: str
) -> tuple[re.Pattern[str], ...]:
    """The count patterns of one kind; ``toll``: the words that update a death toll (the dead's
    patterns only); ``other``: the verbs after a count of the other kind (the hurt's for the dead's):
    "13 civilians were killed and wounded" counts the dead and the hurt together, neither alone;
    ``not_fatally``: lookbehinds for the adverbs that tell a wound as fatal (count_patterns)."""
    # (a first verb of the same deed before it, "were shot and killed"; never the other kind's)
    joined_first = rf"(?:(?!(?:{other})\b)[a-z]+(?:ed|en|t)\s+and\s+)?"
    # (nor the other kind's verb after it: "were killed and wounded", "were killed, injured or captured")
    not_joint = rf"(?!\s*(?:,|\s(?:and|or))\s*(?:{other})\b)"
    patterns = (
        # "three individuals were killed", "12 people dead", "a 67-year-old man died", "two
        # civilians were shot and killed"; not "an airstrike killed 16": an active verb with
        # its object after it
        re.compile(
            rf"\b{NUMBER}\s+{PERSON}{OF_GROUP}{ALSO_NAMED}{ASIDE}"
            # (an adverb inside the perfect: "had earlier been reported killed"; "were confirmed dead")
            rf"\s+(?:(?:were|was|(?:have|has|had)\s+(?:(?:earlier|already|since|\w+ly)\s+)?been|"
            rf"are|is|reportedly|reported|feared|believed|presumed|confirmed|also|later|[a-z]+ly)\s+){{0,2}}"
            rf"{HEDGED}?{joined_first}"
            rf"{not_fatally}(?:{verb_after})\b"
            rf"{NO_OBJECT}{not_joint}",
            re.I,
        ),
        # "killing three", "injuring three individuals", "killed the two occupants"
        # ("injured at least another 16", "wounding another three": more people, of this kind)
        re.compile(
            rf"\b(?=(?:{verb_before})\b){not_fatally}{_joint(verb_before)}(?!left\b){verb_before}\s+"
            rf"(?:at\s+least\s+|the\s+)?(?:another\s+)?{NUMBER}"
            # (a span of time is no count: "died of his wound two days later", "killed two days ago")
            rf"(?![\s-]+{TIME_SPAN}\b)(?:\s+{PERSON})?\b",
            re.I,
        ),
        # "two of the attackers were killed", "two of them died"; never "four of the people
        # killed were fishermen" (a part of a count told before)
        re.compile(
            rf"\b{NUMBER}\s+of\s+"
            r"(?:them|(?:the|its|their|our|his|her)\s+[\"“]?[\w'’-]+(?:\s+[\w'’-]+)?[\"”]?)"
            rf"(?:{NAMES_ASIDE})?\s+"
            rf"(?:(?:(?:were|was|have\s+been|"
            rf"has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|later\s+|confirmed\s+)?{verb_after})"
            + (r"|(?:later\s+)?(?:died|perished))\b" if toll else r")\b"),
            re.I,
        ),
        # "stabbed two police officers and killed them": the count told with the first verb
        re.compile(rf"\b{NUMBER}\s+{PERSON}\s+and\s+(?:then\s+|later\s+)?(?:{verb_before})\s+them\b", re.I),
        # "left two dead" (and never "left a woman homeless")
        re.compile(rf"\bleft\s+{NUMBER}(?:\s+{PERSON}(?:\s+and\s+{PERSON})?)?\s+{tail}\b{not_joint}", re.I),
        # "one fatality", "12 deaths", "resulting in one fatality", "three injuries"
        # (never across "and": "killed two and wounded another")
        # (never a state: "the attackers fled in an injured condition")
        # (nor a toll's noun: "which may lead to a higher death toll")
        re.compile(
            rf"\b{NUMBER}\s+(?:(?!(?:and|or)\b)[\w-]+['’]?\s+)?{not_fatally}(?:{nouns})\b{NO_OBJECT}"
            rf"{not_joint}"
            r"(?!\s+(?:condition|state|toll|tally)\b)",
            re.I,
        ),
        # "resulting in the death of a bystander", "leading to the deaths of three people" (or the verb's
        # noun: "clashes that led to the killing of 20 militants")
        re.compile(
            rf"\b(?:resulting\s+in|result(?:ed|s)?\s+in|leading\s+to|led\s+to|causing|caused)\s+the\s+"
            rf"(?:{nouns}|(?=[a-z]+ing\b)(?:{verb_before}))\s+of\s+{NUMBER}\b",
            re.I,
        ),
    )
    if not toll:
        return patterns
    # "hacked at least 22 civilians to death", "beat two protesters to death"
    # ("hacked to death 12 villagers"; never "beaten to death two days after")
    by_hand = r"\b(?:hack|stab|beat|burn|tortur|club|ston|bludgeon|shot|shoot)\w*\s+"
    to_death = re.compile(rf"{by_hand}{NUMBER}\s+{PERSON}{OF_GROUP}\s+to\s+death\b", re.I)
    death_first = re.compile(rf"{by_hand}to\s+death\s+(?:at\s+least\s+)?{NUMBER}\s+{PERSON}\b", re.I)
    # "the death toll rose to 12", "the death toll from Friday's suicide bombing on the beach has
    # risen to 37"
    told = rf"(?:from|of|in)\s+[^.;:]{{1,100}}?\s+(?:has\s+|had\s+)?(?:{toll})\s+"
    passive = rf"(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:{toll})\s+"
    return (
        *patterns,
        to_death,
        death_first,
        # ("the death toll has since risen to six")
        # ("the toll was later revised upward to 20")
        re.compile(
            rf"\b(?:death|casualty|injury)?\s*toll\s+(?:{told}|{passive}|(?:\w+\s+){{0,4}}?){NUMBER}\b", re.I
        ),
        # "The number of people killed in attacks in X has risen to 7": the toll, told by its noun
        re.compile(
            rf"\bnumber\s+of\s+(?:[\w'’-]+\s+){{0,2}}?(?:killed|dead|deaths|fatalities)\s+"
            rf"(?:[^.;:]{{1,100}}?\s+)?(?:has\s+|had\s+)?(?:{toll})\s+(?:at\s+least\s+)?{NUMBER}\b",
            re.I,
        ),
    )
