"""The count patterns, built from data/lexicon/casualties.yaml (``patterns``): counts of the dead
and of the hurt, one person told without a number, pairs of groups, tolls, and the quick word tests
run before them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from events.extraction.count_grammar import (
    ASIDE,
    COORDINATED,
    NOT_AN_OBJECT,
    OF_GROUP,
    OWN_VERB,
    PERSON,
    PLURAL,
)
from events.extraction.count_kinds import HEDGED, counts_of_kind
from events.extraction.count_numbers import COUNT_WORD, NUMBER, number_named
from events.extraction.lexicon import CasualtyWords, load_lexicon


@dataclass(frozen=True, eq=False)
class Patterns:
    """The count patterns, built from data/lexicon/casualties.yaml. Compared and hashed as the one
    object ``patterns`` makes per word set (a compiled pattern's hash reads its whole program: a
    value hash cost more than the cached parse it keys)."""

    fatal: tuple[re.Pattern[str], ...]
    injured: tuple[re.Pattern[str], ...]
    none_killed: re.Pattern[str]
    one_dead: re.Pattern[str]
    coordinated: tuple[re.Pattern[str], ...]
    coordinated_hurt: tuple[re.Pattern[str], ...]
    subset: re.Pattern[str]
    elsewhere: re.Pattern[str]
    campaign: re.Pattern[str]  # a campaign's toll: no event's count
    many_events: re.Pattern[str]  # many events' toll, unless told with a day or a town (counting)
    period: re.Pattern[str]  # a tally over a span up to now, no toll of the event told before (counts)
    since_frame: re.Pattern[str]  # a sentence opening on the time it counts from: its counts a span's toll
    combatants: re.Pattern[str]
    update: re.Pattern[str]
    earlier: re.Pattern[str]  # a count told as an earlier report's, since superseded
    as_many: re.Pattern[str]  # the hurt counted by the dead before them
    one_hurt: re.Pattern[str]  # one person told hurt with no number ("the driver was injured")
    # one more dead after a count ("..., while the other succumbed to his wounds")
    other_died: re.Pattern[str]
    joint: re.Pattern[str]  # the dead and the hurt counted together ("13 civilians were killed and wounded")
    joint_hint: re.Pattern[str]  # the two verbs joined, which ``joint`` needs (a quick test before it)
    # a word of death, which every pattern that counts the dead needs (fatal, coordinated, one_dead,
    # AMONG_DEAD), and one of hurt, which those of the hurt need: quick tests before them (most clauses
    # count nothing)
    death_hint: re.Pattern[str]
    hurt_hint: re.Pattern[str]
    # a source told between a list's commas, no item of it ("killed a farmer, his son said, and ...")
    said: re.Pattern[str]
    # an auxiliary after a list's last group: the groups are the subject of a verb of their own
    list_subject: re.Pattern[str]


def _words_of(alternation: str) -> list[str]:
    """The words of one of casualties.yaml's alternations ("(?:said|says)" -> ["said", "says"])."""
    return alternation.removeprefix("(?:").removesuffix(")").split("|")


def _not_fatally(words: CasualtyWords) -> str:
    """A wound told as fatal is a death ("fatally injuring one of the officers"), no count of the hurt:
    a lookbehind for each of casualties.yaml's fatal_adverbs (they differ in length)."""
    return "".join(rf"(?<!\b{adverb}\s)" for adverb in _words_of(words.fatal_adverbs))


@lru_cache(maxsize=4)
def patterns(words: CasualtyWords) -> Patterns:
    killed, hurt = words.killed_after, words.hurt_after
    # (each verb of saying a lookbehind of its own: they differ in length)
    saying = "".join(rf"|(?<=\b{verb}\s)" for verb in _words_of(words.saying_verbs))
    not_fatally = _not_fatally(words)
    # the verbs, and the auxiliaries, that open a clause of their own after a counted group
    clause_verbs = rf"(?:{words.auxiliaries}|{words.clause_verbs})"
    # a pair of groups, the passive's auxiliary and adverbs, up to the verb that tells what befell them
    coordinated = COORDINATED.replace("{clause_verbs}", clause_verbs)
    own_verb = OWN_VERB.replace("{clause_verbs}", clause_verbs)
    pair_told = (rf"{NOT_AN_OBJECT.replace('{saying}', saying)}\b{coordinated}{ASIDE}\s+"
                 rf"(?:(?:were|are|have\s+been|had\s+been|reportedly|also|\w+ly)\s+){{0,3}}"
                 rf"{HEDGED}?")  # fmt: skip
    return Patterns(
        fatal=counts_of_kind(
            killed,
            words.killing_before,
            words.death_nouns,
            "dead",
            toll=words.update_words,
            other=hurt,
            not_fatally=not_fatally,
        ),
        injured=counts_of_kind(
            hurt,
            words.hurting_before,
            words.injury_nouns,
            "(?:injured|wounded)",
            toll=None,
            other=killed,
            not_fatally=not_fatally,
        ),
        none_killed=NONE_KILLED,
        # One person named without a number: "the victim died in hospital", "the driver was
        # killed", "Guliso city Mayor was killed", "the governor has been killed", "stabbed him to
        # death" (one dead).
        one_dead=re.compile(
            r"\b(?:(?:(?i:the|a|an|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s+[^,.;()]{1,80},)?"
            r"\s+(?:was|has\s+been)"
            r"|(?:He|She))\s+"
            r"(?:(?:\w+ly|also|later|then|subsequently|reportedly|allegedly)\s+)?"
            r"(?:(?:found\s+)?(?:[a-z]+(?:ed|en)|shot|beat)\s+and\s+(?:later\s+|then\s+|subsequently\s+)?)?"
            rf"(?i:{words.one_death})\b"
            # (never a plural: "The officers died at 6am" after "Four policemen lost their lives")
            # ("Another victim died on Saturday": one more)
            r"|\b(?i:the|a|an|his|her|their|another)\s+(?:(?!(?i:who|which|that)\b)[\w'’-]+\s+){0,2}?"
            r"(?!(?i:who|which|that|[\w'’-]*(?:[^\Ws]s|men|children|people|police|personnel|folk))\b)[\w'’-]+"
            # (the place the person was of, and what befell them before, set off by commas: "a 53-year-old
            # resident of Kherson, who had been injured the previous afternoon in a drone attack, died")
            r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?(?:\s*,\s+who\s+[^,.;()]{1,150},)?\s+"
            r"(?:(?:\w+ly|also|later|then|subsequently|reportedly)\s+)?(?:died|succumbed)\b"
            r"|\b(?i:killed|murdered|assassinated|executed|beheaded|lynched)\s+(?:him|her)\b"
            # a clause that opens on the relative pronoun of one person and ends on the death ("..., who had
            # been injured in a drone attack on the city, died in hospital": its clause counts one dead)
            r"|^\s*who\s+(?:was|has|had)\s+[^,.;()]{1,150},\s+(?:(?:later|then|subsequently)\s+)?"
            r"(?:died|succumbed)\b"
            # "whose dead body was found", "the body of a man was found": one dead
            r"|\b(?i:dead\s+body|(?:the\s+)?body\s+of\s+(?:a|an|the|one)\b)"
            # "..., killing the soldier": one person named again
            rf"|\b(?i:{words.killing_one})\s+(?i:the|his|her|its|their)\s+"
            rf"(?:(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|had|has)\b)[\w'’-]+\s+){{0,2}}?"
            rf"(?!(?i:[\w'’-]*{PLURAL})\b)[\w'’-]+"
            r"(?=\s*(?:[,.;]|$)|\s+(?i:in|at|on|and|who|with|near|inside|outside)\b)"
            # "shot dead nine-year-old Ayat Mohammed Hazaa", "killed 23 year old Ahmed": one person, by name
            rf"|\b(?i:{words.killing_one})\s+(?:[\w-]+-year-old|\d+\s+years?\s+old)\s+(?-i:[A-Z][a-z]+)\b"
            r"(?!\s+[a-z]+s\b)"
            r"|\b(?i:stabbed|beat|beaten|hacked|shot|tortured|clubbed|stoned|burned)\s+"
            r"(?:him|her|(?i:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:to\s+death|dead)\b"
        ),
        # "Ten militants and four civilians were killed", "a woman and her child were killed",
        # "killing a soldier and two civilians", "killed a father and his two sons": one count
        # of several groups, summed.
        coordinated=(
            re.compile(
                # (a part set aside after them: "12 soldiers and seven civilians, a child among them, died")
                # ("were ambushed and killed": a first verb of the same deed before it, not a wounding)
                rf"{pair_told}(?:(?!(?:wounded|injured)\b)[a-z]+ed\s+and\s+)?{killed}\b",
                re.I,
            ),
            # never "left a woman and her child homeless"; "left two soldiers and a civilian dead"
            # (nor a second group with a verb of its own, a second clause: "killed 20 people and
            # thousands fled", "killed a soldier and two others were wounded")
            re.compile(rf"\b(?!left\b)(?:{words.killing_before})\s+{coordinated}{own_verb}", re.I),
            re.compile(rf"\bleft\s+{coordinated}\s+dead\b", re.I),
        ),
        # "a further eight police and 12 insurgents were wounded", "wounding a soldier and two civilians"
        coordinated_hurt=(
            re.compile(rf"{pair_told}(?:{hurt})\b", re.I),
            re.compile(
                rf"\b{not_fatally}(?!left\b)(?:{words.hurting_before})\s+{coordinated}{own_verb}", re.I
            ),
        ),
        subset=re.compile(rf"\b{words.subset_words}\b", re.I),
        elsewhere=re.compile(rf"\b{words.elsewhere}\b", re.I),
        campaign=re.compile(rf"\b{words.campaign_toll}\b", re.I),
        many_events=re.compile(rf"\b{words.many_events_toll}\b", re.I),
        period=re.compile(rf"\b{words.period_tally}\b", re.I),
        since_frame=re.compile(words.since_frame, re.I),
        combatants=re.compile(rf"\b{words.combatants}\b", re.I),
        update=re.compile(rf"\b{words.update_words}\s+(?:at\s+least\s+|about\s+|around\s+)?{NUMBER}", re.I),
        earlier=re.compile(rf"\b{words.earlier_words}\b", re.I),
        # "one person was killed and another injured", "four died and as many were left injured"
        # ("killing two and wounding another": one more, hurt)
        # "13 civilians have been killed and wounded", "killing and wounding 13": the dead and the hurt in one
        # count (not "killed, injured or captured", which tells none dead for certain)
        joint=re.compile(
            rf"\b{NUMBER}\s+{PERSON}{OF_GROUP}{ASIDE}"
            r"\s+(?:(?:were|was|(?:have|has|had)\s+been|reportedly|\w+ly)\s+){0,2}"
            rf"(?:{killed})\s+and\s+(?:{hurt})\b(?!\s*(?:,|\bor\b))"
            rf"|\b(?:{words.killing_before})\s+and\s+(?:{words.hurting_before})\s+(?:at\s+least\s+)?"
            rf"{number_named('n')}",
            re.I,
        ),
        joint_hint=re.compile(
            rf"\b(?:{killed}|{words.killing_before})\s+and\s+(?:{hurt}|{words.hurting_before})\b", re.I
        ),
        # (each alternative a word some pattern above cannot match without: a verb or a noun of the word
        # lists, "left ... dead", "to death", the "toll", the "number of" dead, the "body" of one dead; each
        # opens a word there, after a space or at a word's boundary)
        death_hint=re.compile(
            rf"\b(?:{killed}|{words.killing_before}|{words.death_nouns}|{words.one_death}|{words.killing_one}"
            r"|died|perished|succumbed|murdered|assassinated|executed|beheaded|lynched|dead|death|body|left"
            r"|(?:death|casualty|injury)?\s*toll|number)",
            re.I,
        ),
        said=re.compile(rf"\b{words.source_verbs}$", re.I),
        list_subject=re.compile(rf"\b{words.auxiliaries}\b", re.I),
        hurt_hint=re.compile(
            rf"\b(?:{hurt}|{words.hurting_before}|{words.injury_nouns}|injured|wounded)", re.I
        ),
        as_many=re.compile(
            rf"\b(?:and|while)\s+(?:(another)|as\s+many)\s+(?:(?:others?|people|were|was|left|also|"
            rf"critically|seriously|badly|slightly)\s+){{0,3}}(?:{hurt})\b"
            rf"|\b(?:and|while)\s+(?:{words.hurting_before})\s+(another|one\s+other)"
            r"(?=\s*[,.;]|\s+(?:in|on|at|and|with|who|person|man|woman|soldier|civilian)\b|$)"
            # "killing at least 10 police and wounding another three": that many more, hurt
            rf"|\b(?:and|while)\s+(?:{words.hurting_before})\s+another\s+{number_named('more')}\b",
            re.I,
        ),
        # "one soldier was martyred at the scene while the other succumbed to his wounds", "1 soldier martyred
        # at scene, another succumbs to wounds": one more dead, told after the count in the clause
        # ("..., while another two people later died in hospital": that many more)
        other_died=re.compile(
            r"[^.;:]{0,60}?(?:,|\s(?:and|while|whereas|but))\s+(?:(?:the\s+other|another)"
            rf"(?:\s+{number_named('more')})?|{number_named('counted')}\s+(?:more|others))(?:\s+(?:one|people"
            rf"|persons|others?))?\s+"
            r"(?:(?:\w+ly|later|also|then)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?"
            rf"(?:{words.one_death}|dies|succumbs)\b",
            re.I,
        ),
        # "the driver was injured", "was shot dead and her bodyguard wounded": one, as one_dead reads
        # (not "hurt": "the economy was hurt"; not "neither the driver nor ... was injured"; not an
        # agent, "and the army wounded civilians"; not one who then died: "... and later died")
        one_hurt=re.compile(
            r"(?<!\bneither\s)(?<!\bnor\s)(?<!\bno\s)"
            r"\b(?:(?i:the|a|an|his|her|their)|(?<=\band\s)(?P<and>(?i:his|her|their|the)))\s+"
            rf"(?:(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|had|has|and|or|nor|\d+|{COUNT_WORD})\b)"
            r"[\w'’-]+\s+){0,2}?"
            rf"(?!(?i:[\w'’-]*{PLURAL}|were|was|is|are|\d+|{COUNT_WORD})\b)[\w'’-]+\s+"
            r"(?:(?:was|has\s+been)\s+(?:(?:\w+ly|also|later|reportedly)\s+)?|(?(and)|(?!)))"
            rf"{not_fatally}(?i:injured|wounded)\b"
            r"(?(and)(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|by|outside|inside|near|during|when|while|as|late|early|"
            r"earlier|later|overnight|yesterday|today|last|this)\b))"
            r"(?![^.;]*\b(?:died|succumbed)\b)"
            # a person told by name ("Debuton was killed and Malbas was wounded in the attack"): one
            r"|\b(?!(?:The|A|An|This|That|It|There)\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+was\s+"
            r"(?:(?:\w+ly|also|later|reportedly)\s+)?(?i:injured|wounded)\b(?![^.;]*\b(?:died|succumbed)\b)"
        ),
    )


NONE_KILLED = re.compile(
    r"\b(?:no(?:body|\s+one)\s+(?:was|were|has\s+been)\s+(?:killed|hurt|harmed|injured|wounded)"
    r"(?:\s+or\s+(?:killed|hurt|harmed|injured|wounded))?|"
    r"no\s+(?:casualties|victims|fatalities|deaths|injuries|one\s+died)|without\s+casualties|"
    r"caused\s+no\s+casualties|no\s+reports?\s+of\s+(?:casualties|injuries|deaths))",
    re.I,
)


def default_patterns() -> Patterns:
    return patterns(load_lexicon().casualties)
