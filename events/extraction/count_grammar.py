"""The noun phrases of a count: who was counted (PERSON), whose they are (OF_GROUP), the parts
and names set aside (ASIDE), two groups joined (COORDINATED); pieces of the count patterns
(count_patterns) and of lists (count_lists)."""

from __future__ import annotations

import re

from events.extraction.count_numbers import COUNT_WORD, TIME_SPAN, number_named

# Who was hurt: up to four words ending the noun phrase ("four soldiers", "1 tribal elder",
# "3 Fulani", "two key leaders"), but never across a preposition or verb.
PERSON = (
    r"(?:\d+-year-old\s+)?(?:(?!(?:and|or|were|was|are|is|in|on|at|of|by|from|with|to|during|after|\d+|"
    + COUNT_WORD
    + "|"
    + TIME_SPAN
    + r")\b|injur|wound|kill|dead\b)"
    # the last word is no number nor the dead ("left 30 dead and 57 wounded" counts 57 wounded)
    # (a modifier may join two names: "BH/IS fighters", "JNIM/ISGS militants")
    # (and a name's acronym after it: "Village Defence Force (VDF) volunteers")
    r"[\w'’-]+(?:/[\w'’-]+)?(?:\s+(?-i:\([A-Z][A-Za-z.&-]{0,10}\)))?\s+){0,3}?"
    # (nor another count: "a statement that two| of its fighters had died" counts two, not "a statement")
    r"(?!(?:and|or|were|was|are|is|in|on|at|of|by|from|with|to|during|after|\d+|dead|"
    + COUNT_WORD
    + "|"
    + TIME_SPAN
    + r")\b)[\w'’-]+"
)


# an article that opens a noun, not a number ("six members of a family": "a" is no count there)
_ARTICLE_FIRST = r"(?!(?:a|an)\s+(?!(?:dozen|few|hundred|thousand|couple|pair)\b))"
# "a family of six": six people, a family's (read as "six family"; a headline's has no article:
# "Airstrike kills family of five")
FAMILY_OF = re.compile(
    rf"\b(?:(?:a|an|the)\s+)?(?P<unit>family|household)\s+of\s+(?P<n>{number_named(None)})\b(?!\s+(?:families"
    rf"|households))",
    re.I,
)
_UNIT_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:(?:\s+(?:and|of|for))?\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)){1,5}"
# a place by name, its kind word perhaps after it ("Gidan Damo village", "Tsafe Local Government Area")
_PLACE_NAMED = (
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)){0,4}"
    r"(?:\s+(?-i:[a-z]+)(?=\s+(?:in|of|were|was|have|has|had)\b))?"
)
# a participle that tells whose the counted people are ("four soldiers belonging to the 22nd Motorized
# Infantry Battalion (BIM) were killed", "two fighters affiliated with the group")
_BELONGING = (
    r"\s+(?:(?:belonging|attached|loyal)\s+to|(?:affiliated|associated|linked|allied)\s+(?:to|with))"
    r"\s+(?:the\s+)?[^,;.()]{1,60}?(?:\s+\([^()]{1,20}\))?"
)
# "of" and the group a counted person belongs to: "five members of the CV (Red Command) died"
# ("a local official spoke of nearly 200 dead": a number after "of" is the count, no group)
# ("five civilians from one family were killed": the family is where they came from, not a count)
# ("two soldiers of the Military and Police Campaign Aquiles, <names>, died": a unit's name, up to six words)
# ("five members of the outlawed Bangsamoro Islamic Freedom Fighters died": a modifier before the name)
OF_GROUP = (rf"(?:\s+of\s+the\s+(?:(?-i:[a-z][\w'’-]*)\s+)?{_UNIT_NAME}"
            rf"|\s+of\s+(?!{_ARTICLE_FIRST}{number_named(None)}\b)(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){{0,2}}?"
            r"(?:\s+\([^()]{1,40}\))?"
            r"|\s+(?:from|of)\s+(?:the\s+same|one|a\s+single)\s+[\w'’-]+(?:\s+[\w'’-]+)?"
            r"|\s+from\s+(?:the|a)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
            # "four people from Gidan Damo village in Tsafe Local Government Area of Zamfara State": where
            # they came from, a named place (and the places that hold it)
            rf"|\s+from\s+{_PLACE_NAMED}(?:,?\s+(?:in|of)\s+(?:the\s+)?{_PLACE_NAMED}){{0,3}}"
            rf"|{_BELONGING})?")  # fmt: skip
# "twelve children and teenagers were killed": a second noun with no count of its own
ALSO_NAMED = rf"(?:\s+and\s+(?!{number_named(None)}\b)[a-z][\w'’-]*)?"
# "at least 20 people, including 10 women and three infants, were killed": a part, set aside
# (or a breakdown between dashes or in brackets: "six people -- a police officer and five rebels -- died")
# the names of the people counted, set off by commas ("two journalists, Ali Ahmed and Omar Said, were")
# capitalised, whatever the flags (accents too: "Miguel Ángel")
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|al|el|bin|ibn|de|da))*)"
NAMES_ASIDE = rf"\s*,\s*{_NAME}(?:\s*,\s*{_NAME}){{0,8}}(?:,?\s+and\s+{_NAME})?\s*,"
# the names told by a participle ("the four gunmen, initially identified only as Anding, Said and Habib, were
# killed", "two soldiers, named as ..., died")
NAMED_ASIDE = (
    r"\s*,\s*(?:[a-z]+ly\s+)?(?:identified|named|listed|known)\s+(?:only\s+|so\s+far\s+)?as\s+"
    rf"{_NAME}(?:\s*,\s*{_NAME}){{0,8}}(?:,?\s+and\s+{_NAME})?\s*,"
)
ASIDE = (
    r"(?:\s*,\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them)\s+[^,;.()]{1,80},"
    # "five civilians, two young girls among them, were killed": a counted part ("nine people, seven of
    # them children, were killed")
    rf"|\s*,\s*{number_named(None)}\s+[^,;.()]{{0,60}}?\s*among\s+them\s*,"
    rf"|\s*,\s*{number_named(None)}\s+of\s+(?:them|whom)\s+[^,;.()]{{1,40}},"
    # a breakdown set off by commas: "six people, four women and two soldiers, were wounded"
    rf"|\s*,\s*{number_named(None)}\s+[^,;.()]{{1,40}}?\s+and\s+{number_named(None)}\s+[^,;.()]{{1,40}}?,"
    r"|\s*(?:--|—|–)\s*[^-—–,;.()]{1,80}?\s*(?:--|—|–)|\s*\([^()]{1,80}\)"
    # (with no commas: "10 people including two children and 4 women were beheaded")
    # "three of its fighters, Hozan Qamishlo, Gule Halab, and Amed Afrin, had been killed": their names
    rf"|{NAMES_ASIDE}|{NAMED_ASIDE}"
    r"|\s+including\s+(?:(?!\b(?:where|when)\b)[^,;.()]){1,80}?"
    r"(?=\s+(?:(?:were|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|beheaded|murdered|shot|slain|"
    r"massacred|executed|wounded|injured)|died)\b))?"
)
# The end of a plural noun ("soldiers", "men", "police"): no count of one.
PLURAL = r"(?:s|men|children|people|police|personnel|folk)"
# Not followed by an object: "an airstrike killed 16" is no count of one.
NO_OBJECT = rf"(?!\s+(?:{number_named(None)}|the|his|her|their|its|him|them)\b)"
# Two groups joined ("ten militants and four civilians", "a woman and her child"): the second
# may be counted by a possessive alone (one person: "her child").
GROUP = r"(?:[\w'’-]+\s+)?[\w'’-]+"
# a counted second group may take three words ("four women and two army intelligence agents were
# wounded"), none of them a preposition's or an article's ("five fled into the bush" is no group; "A-level
# students" is one), and its last word no verb in -ed ("killed 20 people and five fled": 20; a verb told
# further on, "and thousands fled south", is still taken for the group's noun)
NOT_IN_GROUP = (
    r"(?!(?:in|into|onto|on|at|near|by|from|with|of|to|and|or|were|was|the|a|an|their|his|her)\b(?![-'’]))"
)
# nor a verb that opens a clause of its own (casualties.yaml's clause_verbs and auxiliaries, put in by
# `patterns`: "killed 20 people and thousands fled south", "and 30 others sustained injuries")
_NOT_A_VERB = r"(?!(?:{clause_verbs})\b(?![-'’]))"
_COUNTED_WORD = rf"{NOT_IN_GROUP}{_NOT_A_VERB}[\w'’-]+"
_COUNTED_GROUP = rf"(?:{_COUNTED_WORD}\s+){{0,2}}{NOT_IN_GROUP}{_NOT_A_VERB}(?-i:(?![a-z]+ed\b))[\w'’-]+"
# a counted second group told as a part of a side ("four soldiers and two of the assailants")
_PART_OF = r"of\s+(?:the|their|its|his|her)\s+[\w'’-]+"
# a first group with a name or a demonym before its two words ("two Lebanese Hezbollah fighters"), perhaps
# after an adjective ("a key Taliban commander and five of his fighters", "a senior al-Shabaab commander")
_NAMED_GROUP = rf"(?:(?:(?-i:[a-z])[\w'’-]+\s+)?(?-i:(?:[a-z]{{2}}-)?[A-Z])[\w'’-]+\s+)?{GROUP}"
# "of the District Reserve Guard (DRG)" after the first group: whose they are
# (or a participle's: "two Syrian guards working with the Lebanese group")
_OF_UNIT = (
    r"(?:\s+(?:of|from|[a-z]+ing\s+(?:with|for|alongside))\s+(?:the\s+)?(?:[\w'’()-]+\s+){0,4}?[\w'’()-]+)?"
)

# the words that join two groups of one count ("a soldier and two civilians", "the village head along with two
# of his sons", "the traditional ruler, <name>, together with three other residents")
PAIRING = r"(?:and|as\s+well\s+as|(?:along|together)\s+with)"

COORDINATED = (
    # (not a place or a thing a preposition takes: "opened fire at the market and two people were killed")
    rf"(?:{number_named('first')}|(?<!\bat\s)(?<!\bin\s)(?<!\bon\s)(?<!\bnear\s)(?<!\binto\s)(?<!\bfrom\s)"
    r"(?<!\binside\s)(?<!\boutside\s)(?P<the>the))\s+"
    r"(?P<one>(?!(?:dozen|hundred|thousand)\s+and\b)"
    rf"(?(the)(?:(?!(?:on|in|at|near|by|from|with|of|to)\b)[\w'’-]+\s+){{0,2}}[\w'’-]+|{_NAMED_GROUP})"
    rf"|(?:[\w'’-]+\s+){{2}}[\w'’-]+(?=\s+and\s+another\b)){_OF_UNIT}(?:{NAMES_ASIDE})?\s+{PAIRING}\s+"
    r"(?:(?P<owner>his|her|their)\s+)?"
    rf"(?:(?:another\s+(?!one\b))?{number_named('second')}\s+"
    r"|(?P<another>another)\s+(?!(?:one\s+)?(?:was|were|is|are|had|has|later)\b))?"
    rf"(?P<two>(?!(?:dozen|hundred|thousand)\b)(?(second)(?:{_COUNTED_GROUP}|{_PART_OF})|{GROUP})){_OF_UNIT}"
    # "another" with a verb of its own is a second clause ("killed a child and another was wounded"; a
    # plural verb is the pair's: "a soldier and another civilian were killed")
    r"(?(another)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?!\s+(?:was|is|had|has|later)\b))"
    r"(?=[\s,.;]|$)"
)

# a verb right after a verb's object pair: its second group opens a clause of its own ("killed 20 people
# and thousands fled": 20 dead); not a participle that describes the group ("a civilian employed at the
# station", "two civilians trapped in a house", "a man named Ahmed")
# (casualties.yaml's clause_verbs and auxiliaries, put in by `patterns` as in the counted group)
OWN_VERB = (
    r"(?!\s+(?:(?:also|later|then)\s+)?(?:(?:{clause_verbs})\b(?![-'’])|"
    r"(?!(?:named|called|identified|aged|believed)\b)(?-i:[a-z]+ed)"
    r"(?!\s+(?:by|at|in|inside|on|near|as|for|with|while|during|from|under)\b)\b))"
)


# the first group of a pair that a verb's passive ends is its subject, no verb's object ("shelling hit
# the town and three people were killed": three dead, not the town and three)
# nor a preposition's ("shot dead outside a pharmacy and her bodyguard wounded": one hurt)
# (a verb of saying before it opens the clause, casualties.yaml's saying_verbs: "police reported three
# soldiers and a civilian were killed")
NOT_AN_OBJECT = (
    r"(?:(?<!ed\s){saying})"
    r"(?<!\bhit\s)(?<!\bhits\s)(?<!\bstruck\s)(?<!\bstrikes\s)(?<!\bat\s)(?<!\bin\s)(?<!\bon\s)"
    r"(?<!\bnear\s)(?<!\binto\s)(?<!\bfrom\s)(?<!\binside\s)(?<!\boutside\s)(?<!\bof\s)(?<!\bto\s)(?<!\bby\s)"
    r"(?<!\bwith\s)"
)
