"""modality.yaml: hypothetical, negated, claimed and denied; background, tellings, earlier events,
the words around an event word, habits and kinds, ground forces with remote weapons in support. The
patterns are built in steps over one dict."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from events.errors import SitrepError
from events.extraction.lexicon.files import _check_keys, _compiled, _read, _word_alternation

# The modality patterns read on the text with its times blanked (events.extraction.modality,
# _factual): "since the 2021 coup" reads "since the      coup" there.
READ_BLANKED = {
    "hypothetical",
    "hypothetical_adjective",
    "negation",
    "governing",
    "denial",
    "denial_governing",
    "background",
}


def _blank_tolerant(pattern: Any) -> Any:
    """A pattern whose spaces stand for any run of spaces (a blanked time leaves one), but in
    its look-behinds, which must keep their width."""
    if not isinstance(pattern, str):
        return pattern  # _compiled names the error
    parts = re.split(r"(\(\?<[!=][^()]*\))", pattern)
    return "".join(p if p.startswith("(?<") else p.replace(" ?", r"\s*").replace(" ", r"\s+") for p in parts)


def _earlier_shape(words: str) -> str:
    """The text before an earlier event's noun, for these opening words: "after the Inata attack",
    "following more than a week of the worst border fighting", "in response to repeated missile
    attacks", and "days after deadly clashes disrupted a funeral march" (a time measured from it)."""
    return (rf"(?:\b(?:{words})\s+"
            r"(?:(?:(?:more\s+than|nearly|almost|over)\s+)?(?:a|an|one|two|three|four|five|several|\d+)\s+"
            r"(?:days?|weeks?|months?|years?)\s+of\s+(?:the\s+)?|"
            r"(?:the|a|an|this|that|last\s+\w+[’']s|[A-Z][\w-]*[’']s|repeated|recent|previous|"
            r"earlier)\s+)"
            r"|\b(?:hours|days|weeks|months|a\s+(?:day|week|month))\s+after\s+)")  # fmt: skip


def _modality(directory: Path) -> dict[str, Any]:
    modality = _read(directory / "modality.yaml")
    known = {"hypothetical", "hypothetical_adjective", "negation", "governing", "claim", "denial",
             "attribution", "background", "telling", "denial_governing", "claimed_tally_cap", "recent_days",
             "another_incident", "earlier_event", "ensuing", "told_in", "reaction", "intercepted",
             "labour_strike", "labour_context", "strike_words", "campaign_nouns", "campaign_begun",
             "retelling", "grievance", "put_off", "took_place", "mourning", "topic", "ending", "aim",
             "framing", "stalled", "forecast", "invited_to", "accident"}  # fmt: skip
    all_keys = known | HABIT_KEYS | CLAUSE_WORD_KEYS | COMBINED_ARMS_KEYS
    _check_keys("modality.yaml", "(file)", modality, all_keys)
    cap = modality.get("claimed_tally_cap")
    if cap is not None and (not isinstance(cap, int) or isinstance(cap, bool) or cap < 0):
        raise SitrepError(f"modality.yaml: claimed_tally_cap must be a whole number, not {cap!r}")
    days = modality.get("recent_days")
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise SitrepError(f"modality.yaml: recent_days must be a whole number of days, not {days!r}")
    patterns = {k: _compiled("modality.yaml", k, _blank_tolerant(modality.get(k)) if k in READ_BLANKED
                             else modality.get(k))
                for k in known - {"claimed_tally_cap", "recent_days"}}  # fmt: skip
    _earlier_events(patterns)
    _tellings(patterns)
    _clause_readings(modality, patterns)
    _begun_and_put_off(modality, patterns)
    return {**patterns, **_habits(modality), **_clause_words(modality), **_combined_arms(modality),
            "claimed_tally_cap": cap, "recent_days": days}  # fmt: skip


def _earlier_events(patterns: dict[str, Any]) -> None:
    """earlier_event, earlier_cue, earlier_event_told, earlier_event_time: the words of an earlier
    event in the shapes they are read in (patterns rebuilt in place)."""
    # the word lists, checked above, inside the clause shapes they are read in
    # "after the Inata attack", "following more than a week of the worst border fighting", "in
    # response to repeated missile attacks"
    earlier_words = patterns["earlier_event"].pattern
    earlier = _earlier_shape(f"{earlier_words}|{patterns['mourning'].pattern}")
    patterns["earlier_event"] = re.compile(earlier + r"(?:[\w'’-]+\s+){0,3}$")
    # (their article is the cue's, no determiner of the event: "in the wake of an attack")
    patterns["earlier_cue"] = re.compile(rf"\b(?:{earlier_words}|{patterns['mourning'].pattern})\s+")
    patterns["earlier_event_told"] = re.compile(
        earlier + r"(?:[\w'’-]+\s+){0,3}[\w'’-]+"
        r"(?:,\s+(?:(?:in|during)\s+which|which|that|when|who)|\s+(?:that|who|which))\s+(?:[\w'’-]+\s+){0,6}$"
    )
    # "the first such meeting since a heated Oval Office clash ... on Feb. 28": the earlier
    # event's time, what the clause is measured from, never the clause's own
    # (not a mourning's: "gathered to mourn a slain activist in Conakry on Sunday" is the gathering's day)
    timed = _earlier_shape(earlier_words)
    patterns["earlier_event_time"] = re.compile(timed + r"[^,;:.!?]{0,120}?(?:\s+on)?\s*$")


def _tellings(patterns: dict[str, Any]) -> None:
    """told_in, spoke_in, told_by, reaction (and its verbs alone), ensuing: where and how a source told,
    what it reacted to, what ensued (patterns rebuilt in place)."""
    telling = patterns["telling"].pattern
    told_in = patterns["told_in"].pattern
    patterns["told_in"] = re.compile(
        rf"\b(?:{telling})\s+in\s+an?\s+(?:{told_in})(?:\s+[a-z]+)?\s+(?:in|from)\s+$"
    )
    # a clause that opens with where someone spoke: "In remarks to local media in the capital",
    # "Speaking to reporters in", "At a press conference in"; or one set off after its speaker
    # ("President Zelensky, speaking in Kyiv, called for ...")
    patterns["spoke_in"] = re.compile(
        rf"(?:^|[.\n]\s*|,\s+(?=speaking\b))(?:In\s+(?:an?\s+)?(?i:remarks|comments|{told_in})|[Ss]peaking|"
        rf"At\s+an?\s+(?i:{told_in})|"
        r"Addressing\s+(?:reporters|journalists|the\s+media))\b[^,.;]{0,50}?"
        r"\s+in\s+(?:the\s+)?(?:capital,?\s+)?$"
        # or a telling to the press anywhere ("The governor told reporters in Bamenda that ..."): where it was
        rf"|\b(?:{telling})\s+(?:to\s+)?(?:the\s+)?(?:(?:local|foreign|visiting|state)\s+)?"
        r"(?:reporters|journalists|newsmen|press|media)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?"
        r"(?:in|at)\s+(?:the\s+)?"
        r"(?:(?:regional|provincial|state)\s+)?(?:capital,?\s+)?$"
    )
    # a verb of telling and the one told ("told Reuters", "told the Al Hadath television channel",
    # "residents reached"), before the means: "he said by phone"
    # (no verb of a call between them: "said Putin and Trump spoke by phone" is a call)
    patterns["told_by"] = re.compile(
        rf"\b(?:{telling}|reached|contacted|interviewed)\b"
        r"(?:\s+(?!(?:spoke|speaks|talked|talks|held|holds|had|has|have)\b)[\w.’'-]+){0,6}\s*$",
        re.I,
    )
    patterns["reaction_verbs"] = re.compile(rf"(?:{patterns['reaction'].pattern})\b", re.I)
    patterns["reaction"] = re.compile(
        rf"\b(?i:{patterns['reaction'].pattern})\s+(?i:the|this|that|these|those|such|its|their|"
        rf"[A-Z][\w-]*[’']s)\s+(?:(?!(?i:in|at|on|with|during|through|by|near)\b)[\w'’-]+\s+){{0,3}}$"
    )  # no preposition between the determiner and the event word: "denounced the killings in a march"
    patterns["ensuing"] = re.compile(rf"\b(?:{patterns['ensuing'].pattern})\s+(?:[a-z-]+\s+)?$", re.I)


def _clause_readings(modality: dict[str, Any], patterns: dict[str, Any]) -> None:
    """grievance, topic, framing, stalled, forecast, ending, hypothetical_np, aim, intercepted,
    labour_strike, labour_context, strike_words: what a clause is read for (in place)."""
    # what a weapon word's clause is read for (events.extraction.factuality), on the text as
    # written: what was shot down, a labour strike ("a general strike"), a word that tells a strike
    grievance = modality["grievance"].replace(" ", r"\s+")
    # then a noun phrase of up to eight words, no verb or clause word in it
    phrase = r"(?:(?!(?:was|were|is|are|had|has|have|been|and|but|who|which|when|then)\b)[\w'’-]+\s+){0,8}"
    patterns["grievance"] = re.compile(rf"\b(?:{grievance})\s+{phrase}$", re.I)
    patterns["grievance_cue"] = re.compile(rf"\b(?:{grievance})\s+{phrase}", re.I)
    # what was talked about ("exchanged views on the outcome of the talks held in Istanbul"), up to
    # the event word within its clause
    patterns["topic"] = re.compile(rf"\b({modality['topic']})\b[^.;:!?]{{0,120}}$", re.I)
    patterns["framing"] = re.compile(rf"\b(?:{modality['framing']})\b", re.I)
    # a talk's state told after its noun, within its clause ("talks between ... remain deadlocked")
    patterns["stalled"] = re.compile(
        rf"[^.;:!?]{{0,100}}?\b(?:(?:have|has|had)\s+(?:been\s+)?|"
        rf"(?:remain|remains|remained|are|were|is|was)\s+)?"
        rf"(?:(?:largely|effectively|again|now|still)\s+)?(?:{modality['stalled']})\b",
        re.I,
    )
    # an event's noun, a few words, and "is possible", "are likely": a forecast of it (its clause's own)
    patterns["forecast"] = re.compile(
        rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:is|are|remains?|seems?)\s+(?:still\s+|also\s+|now\s+)?"
        rf"(?:{modality['forecast']})\b(?!\s+to\b)",
        re.I,
    )
    # the aim of ending the violence named next ("agreed to end the (fighting)"): a few words before it
    aims = f"{modality['aim']}|{modality['ending']}"
    patterns["ending"] = re.compile(rf"\b(?:{aims})\s+(?:the\s+|all\s+|this\s+|their\s+)?"
                                    r"(?:[\w-]+\s+){0,2}$", re.I)  # fmt: skip
    # (its noun and what hangs on it, "possible patients with gunshot (wounds)"; not past a preposition
    # that opens the clause's own adverbial, "a potential peace treaty in a phone (call)")
    patterns["hypothetical_np"] = re.compile(
        rf"(?:{patterns['hypothetical_adjective'].pattern})"
        r"(?:\s+(?!(?:in|during|by|over|at|on|via|through|and|but|while|as)\b)[\w'’-]+){0,4}\s*$",
        re.I,
    )
    patterns["aim"] = re.compile(rf"\b(?:{modality['aim']})\b", re.I)
    patterns["intercepted"] = re.compile(rf"\b(?:{modality['intercepted']})\b", re.I)
    patterns["labour_strike"] = re.compile(rf"\b(?:{modality['labour_strike']})\s+$", re.I)
    patterns["labour_context"] = re.compile(
        rf"\b(?:{modality['labour_strike']}|{modality['labour_context']})\b", re.I
    )
    patterns["strike_words"] = re.compile(rf"(?i:{modality['strike_words']})")  # the whole event word


def _begun_and_put_off(modality: dict[str, Any], patterns: dict[str, Any]) -> None:
    """campaign_begun, put_off_before, put_off_after, took_place; the keys read only in them are
    dropped (in place)."""
    # a campaign's beginning told with its time ("The offensive was launched on Wednesday"): the
    # campaign's noun (or its plural), up to four words, the verb, up to two words, the time
    patterns["campaign_begun"] = re.compile(
        rf"\b(?:{modality['campaign_nouns']})s?\s+(?:[\w-]+\s+){{0,4}}?(?:was |were |had been |has been )?"
        rf"(?:{modality['campaign_begun']})\s+(?:[\w-]+\s+){{0,2}}$",
        re.I,
    )
    del patterns["campaign_nouns"]  # read in campaign_begun
    put_off = modality["put_off"].replace(" ", r"\s+")
    invited = modality["invited_to"].replace(" ", r"\s+")
    patterns["put_off_before"] = re.compile(
        rf"\b(?:{put_off})\s+$|\b(?:{invited})\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I
    )
    del patterns["invited_to"]  # read in put_off_before
    patterns["put_off_after"] = re.compile(
        rf"(?:[\w'’-]+\s+)?(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:{put_off})\b", re.I
    )
    del patterns["put_off"]  # read in put_off_before and put_off_after
    took_place = modality["took_place"].replace(" ", r"\s+")
    patterns["took_place"] = re.compile(rf"\b(?:{took_place})\b", re.I)


# modality.yaml's word lists of habits and kinds (_habits)
HABIT_KEYS = {"irregular_past", "habit_adverbs", "plural_endings", "relative_pronouns", "bare_subject_not",
              "generic_copulas", "generic_subject_prepositions", "generic_adverbs", "trend_apart",
              "latest_of", "series_after"}  # fmt: skip


def _habits(modality: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns a clause is read with for a habit or a kind of event told (events.extraction.background:
    habitual_present, kind_described, told_beside_a_trend), from modality.yaml's word lists."""
    lists = {key: _word_alternation("modality.yaml", key, modality.get(key)) for key in sorted(HABIT_KEYS)}
    return {
        # (not "attacks", "attacked", "attacking": a noun's plural or another tense; nor an irregular past,
        # "insurgents shot two farmers", nor a form the past shares, "soldiers hit a camp")
        "bare_verb": re.compile(rf"(?!(?:{lists['irregular_past']})$)[a-z]+(?<!s)(?<!ed)(?<!ing)"),
        "plural_subject": re.compile(rf"(?:[a-z]{{2,}}(?<!s)s|{lists['plural_endings']})$", re.I),
        "present_gap": re.compile(rf"\s+(?:(?:{lists['habit_adverbs']}|[a-z]+ly)\s+)?"),
        # a singular subject's present ("ISWAP also attacks"), told as a habit by its adverb
        "singular_verb": re.compile(rf"(?!(?:{lists['irregular_past']})$)[a-z]+(?<![su])s"),
        "adverb_gap": re.compile(rf"\s+(?:{lists['habit_adverbs']}|[a-z]+ly)\s+"),
        # a relative clause after its subject ("The herders, who attack farmers")
        "relative_gap": re.compile(
            rf"\s*(?:,\s*)?(?:{lists['relative_pronouns']})\s+"
            rf"(?P<adverb>(?:{lists['habit_adverbs']}|[a-z]+ly)\s+)?"
        ),
        "bare_opening": re.compile(
            rf"\s*(?:(?!(?:{lists['bare_subject_not']})\b)[A-Za-z-]+\s+){{0,2}}", re.I
        ),
        # the subject's rest ("for ransom", "on convoys in the north"), a present copula, an indefinite noun
        "generic_predicate": re.compile(
            rf"(?:\s+(?:{lists['generic_subject_prepositions']})\b[^,.;:]{{0,80}}?)?\s+"
            rf"(?:{lists['generic_copulas']})\s+(?:(?:{lists['generic_adverbs']})\s+)?(?:a|an)\s",
            re.I,
        ),
        "trend_apart": re.compile(rf",|\b(?:{lists['trend_apart']})\b"),
        # the series a dated event is the latest of, or follows ("in the latest", "follows a")
        "latest_of": re.compile(
            rf"\bin\s+(?:the|its|their)\s+(?:{lists['latest_of']})\b"
            rf"|\b(?:{lists['series_after']})\s+(?:a|an)\b",
            re.I,
        ),
    }


# modality.yaml's word lists read around an event word (_clause_words)
CLAUSE_WORD_KEYS = {"fleeing", "harm_heard", "reacted", "press_outlets", "press_kinds", "seeking",
                    "sought_haste", "arrest_verbs", "raid_words", "crowd_dispersed", "conceding",
                    "setting_openers"}  # fmt: skip


def _clause_words(modality: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """The patterns of the factual filter's word lists (events.extraction.factuality, background and
    talks), from modality.yaml."""
    lists = {
        key: _word_alternation("modality.yaml", key, modality.get(key)) for key in sorted(CLAUSE_WORD_KEYS)
    }
    return {
        "fleeing": re.compile(rf"\b(?:{lists['fleeing']})\b", re.I),
        "harm_heard": re.compile(rf"\b(?:{lists['harm_heard']})\b", re.I),
        "reacted_after": re.compile(
            rf"s?\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:{lists['reacted']})\b", re.I
        ),
        "to_the_press": re.compile(
            rf"\s+(?:to|with)\s+(?:the\s+)?(?:{lists['press_outlets']}|"
            rf"(?:[\w.-]+\s+){{0,3}}(?:{lists['press_kinds']}))\b",
            re.I,
        ),
        # what may stand between a verb of telling and the "that" of what was said: the press it was told to
        # and the occasion ("told reporters on Monday", "said in a statement"), not a noun of its own ("told
        # reporters the convoy that left", "said the statement that was released": a relative clause)
        "told_before_that": re.compile(
            rf"(?:\s+(?:the\s+)?(?:{lists['press_outlets']}|(?:[\w.-]+\s+){{0,3}}(?:{lists['press_kinds']})))?"
            r"(?:\s+(?:(?:late|early)\s+)?(?:in|at|on|during|via|by|through|to|with|from|over)(?:\s+[\w.’'-]+){1,6}?)*",
            re.I,
        ),
        "sought": re.compile(
            rf"\b(?:{lists['seeking']})\s+(?:the\s+|an?\s+)?(?:(?:{lists['sought_haste']})\s+)?$", re.I
        ),
        "arrested_in": re.compile(
            rf"\b(?:{lists['arrest_verbs']})\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:in|during)\s+(?:(?:{lists['raid_words']})\s+)*$",
            re.I,
        ),
        "dispersed": re.compile(rf"\b(?:{lists['crowd_dispersed']})", re.I),
        # (up to the opening phrase's comma)
        "conceding_opening": re.compile(rf"\s*(?:{lists['conceding']})\b[^,;:.!?]*,"),
        "setting_opening": re.compile(
            rf"\s*(?:{lists['conceding']}|{lists['setting_openers']})\b[^,;:.!?]*,"
        ),
    }


# modality.yaml's word lists of ground forces told with remote weapons in support (_combined_arms)
COMBINED_ARMS_KEYS = {"combined_arms", "ground_units", "support_verbs", "support_weapons", "support_kinds",
                      "support_nouns"}  # fmt: skip


def _combined_arms(modality: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Ground forces told with the remote weapons that support them (events.extraction.codebook_ranks):
    "ground troops", "air-ground", "backed by air strikes", "with air support"; patterns as written."""
    lists = {key: _word_alternation("modality.yaml", key, modality.get(key), spaced=False)
             for key in sorted(COMBINED_ARMS_KEYS)}  # fmt: skip
    return {
        "combined_arms": re.compile(
            rf"\b(?:ground\s+(?:{lists['ground_units']})|{lists['combined_arms']}|"
            rf"(?:{lists['support_verbs']})\s+by\s+(?:[\w-]+\s+){{0,3}}?(?:{lists['support_weapons']})|"
            rf"with\s+(?:the\s+)?(?:{lists['support_kinds']})\s+(?:{lists['support_nouns']}))",
            re.I,
        )
    }
