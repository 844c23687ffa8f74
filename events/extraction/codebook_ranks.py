"""ACLED's codebook on a clause (codebook): the class its definitions give and the rank of the
rule that gave it; the ranks that decide the type outright (DECISIVE)."""

from __future__ import annotations

import re

from events.extraction.actors import INSTALLATION, PLACE_NOUN
from events.extraction.clause_roles import (
    DEMONSTRATORS,
    FIRED_AT,
    LATER_ARREST,
    NON_STATE,
    PROTEST_WORDS,
    REMOTE_WORDS,
    VIOLENT_WORDS,
    Clause,
    a_mob,
    agent_suffered,
    ambush_only,
    attacked_by_a_state,
    fire_exchanged,
    fire_set_on_the_hurt,
    forces_attacked,
    group_of,
    protesters_arrested,
    unarmed_attacked,
)
from events.extraction.lexicon import load_lexicon

# A crewed aircraft (not a drone or a missile), in the two regexes below.
AIRCRAFT = (r"(?:(?:fighter\s+)?jets?|fighters?|(?:war)?planes?|aircraft|helicopters?|bombers?|"
            r"(?:Su|MiG|Ka|Mi|Tu|Il|An|F)-\d+\w*)")  # fmt: skip


# "shot down a Ukrainian Su-25 aircraft": a crewed aircraft downed; "fighter aircraft shot
# down": the shooter flies.
DOWNED_AIRCRAFT = re.compile(
    rf"\b(?:shot down|downed|destroyed)\s+(?:(?:an?|the|two|three|\d+|several)\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{AIRCRAFT}\b(?!(?:[\s-]+type)?[\s-]+(?:drones?|missiles?|UAVs?))",  # ("aircraft-type drones": drones)
    re.I,
)


# "a police helicopter was downed by a drone": the same, told in the passive ("two unmanned
# aircraft were shot down" is an interception)
DOWNED_AIRCRAFT_PASSIVE = re.compile(
    rf"(?<!unmanned\s)(?<!drone\s)\b{AIRCRAFT}\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?"
    r"(?:shot\s+down|downed)\b",
    re.I,
)


SHOOTING_AIRCRAFT = re.compile(
    r"\b(?:fighter\s+(?:jets?|aircraft)|fighters|warplanes?|jets?|pilots?)\b", re.I
)


LOOTING = {"loot", "riot"}  # taking or burning things


UNSETTLED = 99


# The codebook's ranks that decide the type outright, chosen on the check parts of the shared
# corpora: a crewed aircraft downed or sexual violence (0), remote weapons (3, ACLED's definition of an
# explosion), taking or retaking ground (4), arrests, agreements, bases and handovers told
# without violence (7), a crowd turning violent (8). Elsewhere the fitted model weighs the
# codebook's word with the rest: it does better there than the codebook alone (world_dev
# check, type: 0.78 with this set; 0.75 when every rank decides; 0.79 with remote weapons only,
# which misses definitional cases of the team's articles).
QUIET = 7  # the rank of arrests, agreements, bases and handovers told without violence


NOTE_LABEL = -1  # the rank of an ACLED note's opening label: before all the rest


ON_THE_STATE = 11  # the rank of a non-state armed group's violence on the state's forces alone


ON_THE_UNARMED = 12  # the rank of a non-state armed group's violence on unarmed people alone, no side armed


# the rank of an armed side's doing with no crowd told: the codebook rules out a demonstration's types (no
# protesters, no rioters), the model chooses among the rest
NO_CROWD = 13


# the rank of a development told with no violence in its clause (troops deployed, a curfew imposed): a
# strategic development, its sub-type the model's
DEVELOPMENT = 14


DEMONSTRATIONS = ("Protests", "Riots")


# an ACLED note's remark on a crowd's size, which its coders write for demonstrations ("[size=around 60]")
CROWD_SIZE = re.compile(r"\[size=", re.I)


DECISIVE = {NOTE_LABEL, 0, 3, 4, 5, QUIET, 8, ON_THE_STATE, ON_THE_UNARMED, NO_CROWD, DEVELOPMENT}


FORCE_MET = 5  # the rank of a demonstration met with force


SETTLED = "settled:"


BOMBED = re.compile(r"\bbomb(?:ed|ing|s)\b(?!\s+(?:attack|blast|explosion))", re.I)


STATE = ("state_forces", "police")


# "..., and police returned fire": fire exchanged, told in the sentence's next clause
RETURNED_FIRE = re.compile(r"\b(?:returned|return|returning)\s+fire\b|\bexchanged?\s+(?:of\s+)?fire\b", re.I)


# the arrests are what the crowd wants undone ("demanded the release of activists who were detained")
ARRESTS_DEMANDED = re.compile(
    r"\b(?:demand\w*|call\w*\s+for|urg\w*|release)\b[^.;]{0,80}?\b(?:detain|arrest)\w*", re.I
)


# the verb, not "strikes" (the noun of air strikes); "hit" as a raid's ("Bandits hit Zamfara community")
STRUCK = re.compile(r"\bstruck\b|\bto strike\b|\bhits?\b(?!-)", re.I)


REMOTE_ATTACK = REMOTE_WORDS | {"ground_attack", "attack_noun", "kill", "injure"}


REMOTE = {"air": "Air/drone strike", "ground": "Shelling/artillery/missile attack",
          "remote": "Remote explosive/landmine/IED", "grenade": "Grenade"}  # fmt: skip


OWN_SUBTYPE = {"abduction": "Violence against civilians::Abduction/forced disappearance",
               "sexual_violence": "Violence against civilians::Sexual violence",
               "suicide_bomb": "Explosions/Remote violence::Suicide bomb",
               "chemical": "Explosions/Remote violence::Chemical weapon",
               "interception": "Strategic developments::Disrupted weapons use",
               "arrests": "Strategic developments::Arrests",
               "base": "Strategic developments::Headquarters or base established",
               "agreement": "Strategic developments::Agreement",
               "withdraw": "Strategic developments::Non-violent transfer of territory",
               "group_change": "Strategic developments::Change to group/activity",
               "other_development": "Strategic developments::Other",
               "loot": "Strategic developments::Looting/property destruction"}  # fmt: skip


def codebook(c: Clause) -> tuple[str, int]:
    """ACLED's codebook read literally: the class, and how the codebook settles it (a rank
    of DEFINED, lower first; UNSETTLED where the codebook leaves the choice open). Remote
    weapons make explosions; an engagement or direct fire a battle; taking or retaking
    ground a battle; a crowd or mob turning violent a riot; a demonstration met with force
    an intervention; abductions, sexual violence, disrupted weapons, arrests, agreements,
    bases and handovers are what they are. Who attacked whom otherwise (an organised armed
    actor against another is a battle, against unarmed people violence against civilians,
    against property a strategic development) is left to the model to weigh."""
    ids = {t.id for t in c.triggers}
    sentence_ids = {t.id for t in c.sentence_triggers}
    agent_type = c.roles.agents[0].type if c.roles.agents else None
    agent = group_of(agent_type)
    victims = {group_of(p.type) for p in c.roles.victims} | {group_of(t) for t in c.following_victims}
    victims = victims or {"none"}
    sides = {group_of(p.type) for p in (*c.roles.victims, *c.roles.others)}
    told = ids | sentence_ids | {t.id for t in (*c.following_triggers, *c.preceding_triggers)}
    if (
        ids == {"protest_force"}
        and "protest" not in told
        and "crowd" not in sides
        and agent != "crowd"
        and not CROWD_CONTROL.search(c.text, *c.clause)
    ):
        # police who "intervened", and did nothing else the clause tells, with no crowd told in it or
        # the sentences around it ("The police intervened and rescued the victims"): no protest met
        # with force (tear gas and water cannon are a crowd's, told or not)
        ids = ids - {"protest_force"}
    if (
        ids == {"protest_force"}
        and not told & {"protest", "riot", "clash"}
        and agent_type in STATE
        and victims == {"civilians"}
        and not c.roles.others
        and not DISPERSED.search(c.text, *c.clause)
    ):
        # tear gas fired at people named for who they are, no crowd or demonstration told ("Israeli forces
        # fired tear gas canisters at Palestinian farmers"): an attack on them
        return "Violence against civilians::Attack", 9
    hurt = (c.casualties.fatalities or 0) + (c.casualties.injuries or 0) > 0 or bool(ids & {"kill", "injure"})
    deliveries = [d for _, d in c.weapons if d in REMOTE]
    clause_text = c.text[c.clause[0] : c.clause[1]]
    downed = DOWNED_AIRCRAFT.search(clause_text) if "interception" in ids else None
    passive = DOWNED_AIRCRAFT_PASSIVE.search(clause_text) if "interception" in ids and not downed else None
    if downed or passive:  # a crewed aircraft shot down is an attack on it: from the air a battle
        shooter = (0, downed.start()) if downed else (passive.end(), len(clause_text))  # "by" after it
        by_air = SHOOTING_AIRCRAFT.search(clause_text, *shooter)
        return (
            "Battles::Armed clash"
            if by_air
            else "Explosions/Remote violence::Shelling/artillery/missile attack"
        ), 0
    if "sexual_violence" in ids:  # coded as sexual violence whatever else the attackers did
        return OWN_SUBTYPE["sexual_violence"], 0
    for trigger_id in ("suicide_bomb", "chemical", "abduction", "interception"):
        if trigger_id == "abduction" and trigger_id in ids and unarmed_attacked(c, ids):
            # people killed and taken: the killing is the attack (the codebook's precedence of the dead)
            killed = "kill" in ids or (c.casualties.fatalities or 0) > 0
            return (
                "Violence against civilians::Attack" if killed else OWN_SUBTYPE[trigger_id]
            ), ON_THE_UNARMED
        if trigger_id in ids:
            return OWN_SUBTYPE[trigger_id], 10
    if "withdraw" in ids and not ids & VIOLENT_WORDS:
        return OWN_SUBTYPE["withdraw"], QUIET
    if ids & {"regain", "overtake"}:
        state = c.roles.agents and c.roles.agents[0].type in STATE
        # (a state's forces on another's soil take ground as ACLED's external actor: "Russian forces
        # captured the village of X in Ukraine's Donetsk region" is no government regaining it)
        actor = c.roles.agents[0].actor if c.roles.agents else None
        if state and actor is not None and c.place_countries and actor.country not in c.place_countries:
            state = False
        # (a state's forces taking ground from a non-state group named: "the army took control of a CODECO
        # stronghold" regains it; from another state's, an armed clash)
        from_rebels = any(p.type in NON_STATE for p in (*c.roles.victims, *c.roles.others))
        sub = ("Government regains territory" if ("regain" in ids or from_rebels) and state else
               "Non-state actor overtakes territory" if not state else "Armed clash")  # fmt: skip
        return f"Battles::{sub}", 4
    if (
        agent == "armed"
        and "armed" in sides
        and ids & (REMOTE_ATTACK | {"clash", "fighting"})
        # (modality.yaml's combined_arms and support_*), told of the attackers, before their targets: not
        # "shelled positions with artillery backed by drones", "struck Khiam ahead of a ground offensive"
        and load_lexicon().combined_arms.search(c.text, c.clause[0], _before_the_targets(c))
    ):
        # troops on the ground with strikes from afar in support ("troops backed by air strikes attacked the
        # militants", "a combined air and ground operation against the rebels"): the codebook's battle, the
        # remote weapons part of a ground engagement
        return "Battles::Armed clash", 0
    shot = any(d == "small_arms" for _, d in c.weapons)
    # fire on a crowd or a demonstration, no armed man among its targets: by the state's forces, force
    # met by the crowd; by others, an attack on it (neither an engagement)
    at_crowd = shot and "armed" not in sides and ("crowd" in sides or "protest" in ids)
    on_crowd = at_crowd and agent_type in STATE
    # (nor guns turned on unarmed people alone: "rebels attacked a village with machetes and guns, killing a
    # dozen civilians", no armed side met them)
    on_the_unarmed = victims <= {"civilians", "property"} and "armed" not in sides
    if shot and agent != "crowd" and not at_crowd and not on_the_unarmed:
        return "Battles::Armed clash", 1  # direct fire: the sides were engaged (not fire on a crowd)
    if ids & {"clash", "fighting"} and "crowd" in sides and agent != "crowd":
        return "Riots::Violent demonstration", 8  # a crowd in the fight ("men clashed with protesters")
    if "clash" in ids and "protest" in ids and "armed" not in sides:
        return "Riots::Violent demonstration", 8  # "protests and clashes broke out": the crowd's clashes
    if "clash" in ids and "protest" in ids and agent in ("crowd", "civilians") and not c.weapons:
        # "students staged another protest, clashing with police officers": the demonstrators' own clash
        return "Riots::Violent demonstration", 8
    exchanged = "fighting" in ids or "riot" in ids or fire_exchanged(c, clause_text)
    # not dropped, not thrown; nor fired ("shelled the town with cluster munitions": a shelling)
    planted = (
        "remote" in deliveries
        and not {"air", "grenade"} & set(deliveries)
        and not ids & {"shelling", "air_strike"}
    )
    if planted and not exchanged and agent != "crowd" and ids != {"arrests"}:
        # (not men "detained along with two trucks of explosives": an arrest, the explosives theirs)
        # "ambushed with mines", "an IED ambush": the explosive was the attack (no fire exchanged)
        return "Explosions/Remote violence::" + REMOTE["remote"], 3  # the codebook's explosion, by definition
    thrown = bool(deliveries) and set(deliveries) <= {"grenade", "remote"}
    returned = RETURNED_FIRE.search(c.text, *c.sentence) is not None  # "..., and police returned fire"
    if (exchanged or returned) and thrown and agent == "armed" and "armed" in victims:
        return "Battles::Armed clash", 2  # "hurled bombs and fired at a security forces post": a fight
    if (
        "riot" in ids
        and "clash" in ids
        and agent in ("crowd", "civilians")
        and victims & {"armed"}
        and not c.weapons
    ):
        # "the PTI workers clashed with the police and pelted them with stones": a crowd's clash, no battle
        return "Riots::Violent demonstration", 8
    if ids & {"clash", "fighting"} and agent != "crowd":
        if victims == {"civilians"} and "fighting" not in ids and ambush_only(c, clause_text):
            return "Violence against civilians::Attack", 2  # "gunmen ambushed and killed 4 youths"
        return "Battles::Armed clash", 2  # an engagement
    if agent_type == "police" and set(deliveries) == {"ground"} and "crowd" in sides | victims:
        # police "shelling" a crowd ("when police started shelling" the protesters): tear gas shells
        return "Protests::Protest with intervention", FORCE_MET
    if deliveries and ids & REMOTE_ATTACK:
        return "Explosions/Remote violence::" + REMOTE[deliveries[0]], 3
    remote = [t for t in c.triggers if t.id in REMOTE_WORDS]
    # "fired", "targeted" with only guns named ("pellets fired from paintball guns", "fired from rifles"):
    # direct fire, no strike from afar
    if remote and {t.id for t in remote} == {"remote_generic"} and c.weapons and not deliveries:
        remote = []
    if remote and not c.weapons and FIRED_AT.search(clause_text):  # fire with no weapon named: direct fire
        if agent == "armed" and "armed" in victims:
            return "Battles::Armed clash", 2  # "militants fired at a patrol": an engagement
        remote = []  # "gunmen fired upon vehicles carrying aid workers": no strike from afar
    if (
        remote
        and {t.id for t in remote} == {"remote_generic"}
        and not c.weapons
        # no weapon of a strike from afar told beside it ("... The attack used an anti-ship ballistic
        # missile."); guns ("They also escaped with guns") are the raiders' own
        and not any(d in REMOTE for _, d in (*c.sentence_weapons, *c.following_weapons))
        and agent_type in NON_STATE
        and (victims & {"civilians", "armed"} or "loot" in ids)  # people, not a ship; or a theft
        and STRUCK.search(clause_text)
        # (not a group named striking another country's town: "Houthi rebels hit a building in Tel Aviv")
        and not any(
            p.actor is not None
            and p.actor.country
            and c.place_countries
            and p.actor.country not in c.place_countries
            for p in c.roles.agents[:1]
        )
    ):
        remote = []  # "insurgents struck an outlying neighbourhood": a raid on the ground, no strike
    if (
        remote
        and not ids & PROTEST_WORDS
        and "crowd" not in victims
        and not (agent == "crowd" and not c.weapons)
    ):
        # "fired tear gas" is no strike; nor a crowd's "hit by rocks" with no weapon named
        if agent_type == "state_forces" and BOMBED.search(clause_text):
            return "Explosions/Remote violence::Air/drone strike", 3  # a state's forces bombing: from the air
        return f"Explosions/Remote violence::{remote[0].default or remote[0].sub_event_type}", 3
    if attacked_by_a_state(c, clause_text, ids, victims):
        return "Explosions/Remote violence::Shelling/artillery/missile attack", 3
    after = {t.id for t in c.following_triggers}
    # the crowd the violence fell on, read as the subject of its own protest word too ("The protesters were
    # killed ... during a march"): what it suffered, not what it did
    suffered = agent in ("crowd", "civilians") and any(
        (v.start, v.end) == (c.roles.agents[0].start, c.roles.agents[0].end) for v in c.roles.victims
    )
    crowd_violence = (ids | after) & {"riot", "clash", "ground_attack", "loot"} or (
        agent in ("crowd", "civilians") and hurt and not suffered
    )
    # (or told with no one acting: "A protester was killed during the march", "Three demonstrators died")
    suffered = suffered or (agent == "none" and "none" not in victims and victims <= {"crowd", "civilians"})
    # a demonstrator killed there, counted (not the grievance's dead: "marched over the killing of a student",
    # whose toll is no count of the march's): the force met was lethal
    killed = suffered and (c.casualties.fatalities or 0) > 0
    if ids & PROTEST_WORDS and not crowd_violence:
        # force named, or armed men hurting the crowd ("security forces killed a protester")
        # (or shooting at it: "soldiers opened fire on a protest")
        # (or its marchers detained there: "activists were detained during a march")
        if (
            "protest_force" in ids
            or (agent_type in STATE and (hurt and victims & {"crowd", "civilians"} or on_crowd))
            or killed
            or (
                "arrests" in ids
                and any(p.type == "protesters" for p in c.roles.victims)
                and not LATER_ARREST.search(c.text, *c.clause)
                and not ARRESTS_DEMANDED.search(c.text, *c.clause)
            )
        ):
            lethal = (c.casualties.fatalities or 0) > 0
            sub = "Excessive force against protesters" if lethal else "Protest with intervention"
            return f"Protests::{sub}", FORCE_MET
        return "Protests::Peaceful protest", 6
    if ids & PROTEST_WORDS and "riot" in ids and agent != "armed":
        # demonstrators vandalising, burning, throwing stones: whatever the text calls them
        # ("students protested and vandalised buses"), the codebook's violent demonstration
        return "Riots::Violent demonstration", 8
    if agent == "crowd" and ids & VIOLENT_WORDS:
        # protesters turning violent, or a mob that was no demonstration: the codebook's two riots
        crowd = c.roles.agents[0]
        demonstrating = crowd.type != "rioters" and DEMONSTRATORS.search(c.text, crowd.start, crowd.end)
        # (a party's supporters or a crowd that beat someone, with no demonstration told: a mob)
        mob = not demonstrating and not (ids | sentence_ids) & PROTEST_WORDS
        return ("Riots::Mob violence" if mob else "Riots::Violent demonstration"), 8
    if ids & PROTEST_WORDS or "riot" in ids and agent != "armed" and not fire_set_on_the_hurt(c, agent, hurt):
        return "Riots::Violent demonstration", 9
    if agent == "civilians" and ids & VIOLENT_WORDS and a_mob(c, clause_text) and not agent_suffered(c):
        # (not people read as the subject of what befell them: "five people were beheaded in a machete
        # attack")
        return "Riots::Mob violence", 9
    if (
        agent_type in STATE
        and "crowd" in victims
        and victims <= {"crowd", "civilians"}
        and hurt
        and not ids & {"clash", "fighting", "riot", "loot"}
        and "armed" not in sides
    ):
        # "Police kill two student protesters": the state's force against a demonstration, told by whom it
        # hurt (lethal: the codebook's excessive force)
        lethal = (c.casualties.fatalities or 0) > 0 or "kill" in ids
        sub = "Excessive force against protesters" if lethal else "Protest with intervention"
        return f"Protests::{sub}", FORCE_MET
    if "arrests" in ids and agent_type in (None, "state_forces", "police") and protesters_arrested(c, ids):
        # "police arrested 20 protesters": ACLED codes arrests at a demonstration as the
        # demonstration met with force, not as an arrest
        return "Protests::Protest with intervention", FORCE_MET
    if (
        "arrests" in ids
        and not ids & VIOLENT_WORDS
        and agent_type in (None, "state_forces", "police")
        and "protest_force" in sentence_ids
        and CROWD_CONTROL.search(c.text, *c.sentence)
        and not any(group_of(p.type) == "armed" for p in c.roles.victims)
        and not LATER_ARREST.search(c.text, *c.clause)
        and not ARRESTS_DEMANDED.search(c.text, *c.sentence)
    ):
        # "police arrested four persons ... while firing teargas": arrests where a crowd was met with the
        # means of crowd control, the crowd told or not: the codebook's demonstration met with force
        return "Protests::Protest with intervention", FORCE_MET
    if (
        "arrests" in ids
        and ids & VIOLENT_WORDS == {"ground_attack"}
        and not hurt
        and agent_type in (None, "state_forces", "police")
        and victims <= {"none", "armed", "civilians", "property"}
    ):
        return OWN_SUBTYPE["arrests"], QUIET  # "arrested four suspects in a raid": an arrest, no attack
    if not ids & VIOLENT_WORDS:
        for trigger_id in ("arrests", "agreement", "base", "withdraw"):
            if trigger_id in ids:
                return OWN_SUBTYPE[trigger_id], QUIET
        for trigger_id in ("group_change", "other_development"):
            if trigger_id in ids and not told & PROTEST_WORDS:
                # troops deployed, fighters who defected, a curfew imposed, no violence told in the clause:
                # the codebook's strategic development, whatever parties it names ("deployed troops" are no
                # victims); the model chooses its sub-type
                return OWN_SUBTYPE[trigger_id], DEVELOPMENT
    if (
        agent_type in NON_STATE
        and victims == {"armed"}
        and all(p.type in STATE for p in c.roles.victims)
        and ids & VIOLENT_WORDS
        and not ids & {"loot", "abduction"}
    ):
        # a non-state armed group's violence on the state's forces or police only ("gunmen killed two state
        # police officers"): the codebook's battle, whatever the report's other sentences tell of the dead
        return "Battles::Armed clash", ON_THE_STATE
    if (
        ids & VIOLENT_WORDS
        and ids & VIOLENT_WORDS <= LOOTING
        and not hurt
        and not sentence_ids & {"kill", "injure"}  # (nor its people killed in the sentence's next clause)
        and _only_things(c)
    ):
        # an armed side's post, base or vehicle burned, destroyed or looted, no one hurt and no attack or
        # clash told ("JNIM militants destroyed a gendarmerie post", "looted an abandoned military base"): the
        # codebook's property destruction, no battle
        return "Strategic developments::Looting/property destruction", UNSETTLED
    if ids & {"clash", "fighting"} or (agent == "armed" and "armed" in victims and ids & VIOLENT_WORDS):
        return (
            "Battles::Armed clash"
            if "civilians" not in victims or forces_attacked(c)
            else "Violence against civilians::Attack"
        ), UNSETTLED
    # (a village or a camp raided, no one hurt: the place and what was taken or burned in it)
    things = {group_of(p.type) for p in c.roles.victims if not PLACE_NOUN.fullmatch(c.text, p.start, p.end)}
    if ids & VIOLENT_WORDS and not hurt and (things or {"none"}) <= {"property", "none"} and ids & LOOTING:
        return "Strategic developments::Looting/property destruction", UNSETTLED
    if ids & VIOLENT_WORDS - {"loot"}:
        if victims == {"armed"} or forces_attacked(c):
            return "Battles::Armed clash", UNSETTLED
        return "Violence against civilians::Attack", ON_THE_UNARMED if unarmed_attacked(c, ids) else UNSETTLED
    for trigger_id, name in OWN_SUBTYPE.items():
        if trigger_id in ids:
            return name, UNSETTLED
    if (
        ids == {"entry"}
        and any(group_of(p.type) == "armed" for p in (*c.roles.agents, *c.roles.others))
        and not CROWD_SIZE.search(c.text)
        and not any(group_of(p.type) == "crowd" for p in (*c.roles.agents, *c.roles.victims, *c.roles.others))
        and victims <= {"none", "property", "armed"}
        and not told & (PROTEST_WORDS | VIOLENT_WORDS)
    ):
        # an armed side's doing that no event word tells ("ISWAP militants held a preaching session",
        # "imposed a blockade on the village"), no crowd and no violence: no demonstration (the codebook's
        # protests and riots need protesters or rioters); the model chooses among the other types
        return OWN_SUBTYPE["group_change"], NO_CROWD
    return "Strategic developments::Other", UNSETTLED


def _before_the_targets(c: Clause) -> int:
    """Where the clause's first victim or target is named (its end, when it names none)."""
    return min((p.start for p in c.roles.victims if c.clause[0] <= p.start), default=c.clause[1])


def _only_things(c: Clause) -> bool:
    """What the clause's violence fell on was only things: property, a place, or an armed side's post, base
    or vehicle ("a police station", "a gendarmerie post"), not its people."""
    its_thing = load_lexicon().armed_things  # after an armed party's words (actor_types.yaml's armed_things)
    return bool(c.roles.victims) and all(
        group_of(p.type) in ("property", "none")
        or PLACE_NOUN.fullmatch(c.text, p.start, p.end)
        or (
            group_of(p.type) == "armed"
            and (INSTALLATION.search(c.text, p.start, p.end) or its_thing.match(c.text, p.end))
        )
        for p in c.roles.victims
    )


# the means of crowd control, which tell of a crowd even when none is named
# crowd control beside the tear gas, or a crowd told (whoever it was): a crowd's
DISPERSED = re.compile(r"\b(?:dispers\w*|broke up|break up|crowds?|water cannons?|batons?|lathi)\b", re.I)


CROWD_CONTROL = re.compile(
    r"\b(?:tear[ -]?gas|water cannons?|rubber bullets|dispers\w*|broke up|baton|lathi|cracked down|"
    r"opened fire on)\b",
    re.I,
)
