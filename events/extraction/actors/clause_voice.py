"""The voice of a clause around one event word: who did it (the agent) and to whom (the victim),
read from the words before and after it (a passive, "by X", "in an Israeli strike", two verbs of one
subject, a headline's participle); the subject's own party, not its backer.
"""

from __future__ import annotations

import re

from events.extraction.actors.party import Party, Roles

SUBSET_BEFORE = re.compile(r"\b(?:among them|among whom|including|such as)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "were killed", "was attacked", "had been abducted", "came under attack": the trigger is passive.
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|got|get)\s+"
    r"(?:(?:\w+ly|also|later|found|reported|allegedly|then|all|both|feared|believed|presumed)\s+){0,2}$"
    # "came under (heavy) attack": as passive
    r"|\b(?:came|come|comes|coming)\s+under\s+(?:(?:an?|heavy|renewed|fresh|sustained)\s+)?$"
    # its auxiliary left out after "and": "two officers were killed and a third (was) injured"
    r"|\b(?:were|was)\s+(?:killed|injured|wounded|hurt)\s+and\s+(?:a\s+(?:second|third|fourth|fifth|sixth)|another|"
    r"one|two|three|four|five|six|\d+)(?:\s+(?:others?|more|people|\[[^\]]{1,30}\]))?\s+$",
    re.I,
)
# ("the shooting death of a journalist at the hands of unknown gunmen": whose hands; not "follows by
# days": how long after)
AGENT_AFTER = re.compile(
    r"^\W{0,3}(?:[\w-]+\s+){0,6}?(?:by(?!\s+(?:(?:a\s+few|a|several|\w+)\s+)?(?:minutes?|hours?|days?|weeks?|"
    r"months?|years?)\b)|from|at\s+the\s+hands\s+of|blamed\s+on)\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# "robbed on the Kaga-Bandoro - Grevai axis (6 Km from Kaga-Bandoro) by armed men": a passive's
# agent after a place told with its remarks, unless "by" is another participle's ("a city retaken
# by", "a statement issued by", "an area long controlled by")
# ("in an attack blamed on the RSF": whose deed, told as blame; not "attributed to", which a statement
# is as often as a deed)
PASSIVE_AGENT_AFTER = re.compile(r"^[^.;:]{0,100}?\b(?:by|blamed\s+on)\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# "was injured in a Ukrainian drone attack", "were killed in an Israeli strike": a passive's agent
# named with the event word it was hurt in (the party, then at most one word, then the event word)
# (an adjective or two may stand before the party: "killed in an overnight Ukrainian drone strike",
# "in a suspected Russian missile attack")
IN_AN_ATTACK = re.compile(
    r"\s+(?:\w+\s+){0,3}?in\s+(?:an?|the)\s+"
    # (not a preposition or an -ing word: "in an airstrike targeting ISWAP fighters", "in a clash with Russian
    # forces" name the target)
    r"(?:(?!(?:targeting|against|with|after|during|on|of|to|by|for|from|at|near)\b)[a-z][\w-]*(?<!ing)\s+){0,2}?",
    re.I,
)
NAMES_THE_EVENT = re.compile(r"\s+(?:[\w-]+\s+)?")
OTHER_PARTICIPLE = re.compile(
    r"\b(?:retaken|taken|recaptured|captured|seized|held|controlled|occupied|issued|published|released|led|"
    r"run|backed|supported|funded|surrounded|administered|governed|ruled|used|built|owned|operated|"
    r"established|attributed|blamed)\s+(?:\w+ly\s+)?by\s+(?:[\w'’-]+\s+){0,5}$",
    re.I,
)
# verbs of ground taken, after which "from X" names the side that lost it, not the one that acted
GROUND_TAKEN = re.compile(r"(?:re)?(?:captur|tak|took|seiz|liberat|gain|wrest)\w*", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:[\w'’-]+\s+){0,5}$", re.I)
# a subordinating word right before a party, a few words at most and no preposition between them: the
# party is the subject of a clause of its own ("after soldiers fired on them"; not "shortly after
# midnight on soldiers", where "after" is a preposition)
ANOTHER_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|because|since|until|whereas)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:on|at|in|of|to|for|with|by|from|into|upon)\b)[\w'’-]+\s+){0,2}$",
    re.I,
)
TARGET_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,3}?(?:on|against|at|targeting|upon)\s+"
                          r"(?:the\s+|a\s+|an\s+|two\s+|\d+\s+|several\s+)?$", re.I)  # fmt: skip
PARTICIPLE_BEFORE = re.compile(r"(?:,|\band)\s+$")
# a verb in the past and "and" before an event word: two verbs of one subject ("chased down and killed")
OWN_CLAUSE_GAP = re.compile(r",\s+[a-z]|\bto\s+[a-z]+\b")
JOINED_VERB = re.compile(r"\b([a-z]{3,}ed(?:\s+(?:down|up|out|off|away|on))?)\s+and\s+$")
# A determiner or number before the event word: it is a noun ("one fatality", "the attack").
NOUN_BEFORE = re.compile(r"\b(?:a|an|the|this|that|these|those|one|two|three|\d+|several|many|no|his|her|"
                         r"their|its|further|more|new|heavy|deadly|fatal|another|other)\s+$",
                         re.I)  # fmt: skip
# "carried out an airstrike", "declared a state of emergency": the subject of the support verb
# made the strike, declared the emergency.
SUPPORT_VERB = re.compile(r"\b(?:carried out|conducted|launched|staged|committed|perpetrated|mounted|made|"
                          r"led|claimed|executed|imposed|ordered|enforced|issued|established|set up|signed|"
                          r"held|organi[sz]ed)\s+(?:\w+\s+){0,2}$|\b(?:declared|announced)\s+an?\s+(?:\w+\s+)?$",
                          re.I)  # fmt: skip
# a past form of a verb done to someone, in a headline, whose active verbs are in the present: a passive
# participle when no object follows it ("Elder shot dead in Mogadishu", "Three soldiers killed near Gao";
# not "Gunmen killed 6", nor a verb of two sides or none: "Soldiers clashed with militants", "Protesters
# rallied in Lagos")
HEADLINE_PARTICIPLE = re.compile(
    r"(?i:killed|shot|slain|wounded|injured|hurt|abducted|kidnapped|arrested|detained|beheaded|stabbed|"
    r"executed|captured|freed|released|struck|targeted|bombed|shelled|attacked|ambushed|torched|looted|"
    r"raided|lynched|massacred|murdered|assassinated|hacked|beaten|tortured|raped)\b"
)
HEADLINE_NO_OBJECT = re.compile(
    r"\s*(?:$|[,:;.]|(?:dead|in|at|on|near|by|as|after|during|while|for|from|over|outside|inside|across|"
    r"amid|along|around|between|off|to|and|when|since)\b)",
    re.I,
)
# An event word whose subject is the one it befell ("three soldiers died"): read as a passive.
INTRANSITIVE = re.compile(r"(?i:died|lost (?:their|his|her) lives?)")
# Event words that are no verb and so have no agent before them ("dozens dead", "fatalities").
NOT_A_VERB = re.compile(r"(?i:dead|deaths?|fatalit(?:y|ies)|injuries|casualties)")


def _names_the_event(text: str, party: Party, event_words: list[tuple[int, int]]) -> bool:
    """The party names one of the clause's event words: it holds it ("a Russian attack") or stands a
    word or less before it ("a Ukrainian drone attack")."""
    return any(
        party.start <= start < party.end or NAMES_THE_EVENT.fullmatch(text, party.end, start) is not None
        for start, _ in event_words
        if start >= party.start
    )


def _roles_around(
    text: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    parties: list[Party],
    event_words: list[tuple[int, int]] = (),
    headline: bool = False,
) -> Roles:
    start, end = trigger
    inside = [p for p in parties if clause[0] <= p.start < clause[1]]
    before = [p for p in inside if p.end <= start]
    after = [p for p in inside if p.start >= end]
    agents: list[Party] = []
    victims: list[Party] = []
    if NOT_A_VERB.fullmatch(text, start, end):  # "leaving dozens of people dead": the dead
        return Roles((), tuple(before[-1:] + after[:1]), tuple(p for p in inside if p not in before[-1:]))
    passive = PASSIVE_BEFORE.search(text, max(clause[0], start - 40), start) is not None or (
        INTRANSITIVE.fullmatch(text, start, end) is not None  # "three soldiers died": the dead
    )
    # the second of two verbs with one subject ("locals in X chased down and killed two men", "were
    # abducted and killed"): the subject and the voice are the first verb's
    joined = JOINED_VERB.search(text, max(clause[0], start - 40), start)
    subject: list[Party] = []
    if joined is not None and not passive:
        first = joined.start(1)
        passive = PASSIVE_BEFORE.search(text, max(clause[0], first - 40), first) is not None
        # (no clause of its own between them: "..., operatives posted in the area mobilized and drove them
        # back" is no act of the bandits named before the comma)
        subject = [p for p in before if p.end <= first and not OWN_CLAUSE_GAP.search(text, p.end, first)]
    if headline:  # "Clan elder shot dead in Mogadishu", "Six killed as ...": a participle with no object
        passive = passive or (HEADLINE_PARTICIPLE.match(text, start, end) is not None
                              and HEADLINE_NO_OBJECT.match(text, end) is not None)  # fmt: skip
    taking = GROUND_TAKEN.match(text, start, end) is not None
    for party in after:
        gap = text[end : party.start]
        if taking and FROM_BEFORE.search(gap):
            victims.append(party)  # "recaptured the town from the RSF": whom it was taken from
        elif AGENT_AFTER.match(gap) or (
            passive and PASSIVE_AGENT_AFTER.match(gap) and not OTHER_PARTICIPLE.search(gap)
        ):
            agents.append(party)
        elif passive and IN_AN_ATTACK.fullmatch(gap) and _names_the_event(text, party, event_words):
            agents.append(party)  # "injured in a Ukrainian drone attack": whose attack it was
        elif ANOTHER_CLAUSE.search(gap):
            continue  # "protested ... after soldiers fired on them": the soldiers are another clause's
        elif TARGET_AFTER.match(gap) or not passive:
            victims.append(party)
    if passive:  # the subject, not a part of it told in apposition ("13 officers, among them a secretary,")
        subjects = [
            p for p in before if not SUBSET_BEFORE.search(text, max(clause[0], p.start - 40), p.start)
        ]
        victims = (subjects or before)[-1:] + victims
    elif subject:
        victims += [p for p in agents if p not in victims]
        agents = subject[-1:]
    elif (
        before
        and not PARTICIPLE_BEFORE.search(text, max(clause[0], start - 8), start)
        and not (
            NOUN_BEFORE.search(text, max(clause[0], start - 12), start)
            and not SUPPORT_VERB.search(text, max(clause[0], start - 40), start)
        )
    ):  # ", injuring three" and "one fatality" take their subject from the main clause, if any
        # active voice: "by X" later belongs to another verb ("shot down a missile fired by X")
        victims += [p for p in agents if p not in victims]
        agents = [_head_of_subject(text, before)]
    agents = [p for p in agents if p.type != "property"]  # things do not act
    # (the owners of what was struck are not struck: "demolished homes of suspected militants")
    owned = [o for o in victims if o.type == "property"]
    victims = [v for v in victims if not any(OWNER_GAP.fullmatch(text, o.end, v.start) for o in owned)]
    chosen = {id(p) for p in agents + victims}
    return Roles(tuple(agents), tuple(victims), tuple(p for p in inside if id(p) not in chosen))


# between a subject and the party that backs it ("government forces backed by clan militias",
# "soldiers, supported by local vigilantes,", "the army alongside allied fighters")
SUPPORT_GAP = re.compile(
    r",?\s+(?:(?:backed|supported|assisted|aided|accompanied|reinforced|escorted|helped)\s+by|alongside|"
    r"together\s+with|along\s+with|with\s+(?:the\s+)?(?:help|support|backing)\s+of|"
    r"in\s+(?:coordination|collaboration|cooperation)\s+with)\s+(?:[a-z][\w-]*\s+){0,2}"
)


def _head_of_subject(text: str, before: list[Party]) -> Party:
    """The subject's own party, of the parties told before the verb: the last, unless it (with the
    words of one noun phrase before it) backs an earlier one ("Somali forces backed by local clan
    militias recaptured the town": the forces)."""
    j = len(before) - 1
    while j > 0:
        gap = text[before[j - 1].end : before[j].start]
        if SUPPORT_GAP.fullmatch(gap):
            return before[j - 1]
        if gap.strip():  # not one noun phrase with the party before it ("local clan militias")
            break
        j -= 1
    return before[-1]


OWNER_GAP = re.compile(
    r"\s+(?:of|belonging\s+to|owned\s+by)\s+(?:(?:the|a|an|two|several|suspected|alleged)\s+)*"
)
