"""Casualty counts as ACLED counts them (table-driven)."""

from __future__ import annotations

import pytest

from events.extraction.casualties import Casualties, of_combatants, parse_casualties, spread
from events.extraction.coder_remarks import coder_remark
from events.extraction.count_numbers import number_value
from events.extraction.counts import combine
from events.extraction.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "fatalities", "injuries"),
    [
        ("injuring three individuals and resulting in one fatality", 1, 3),
        # session 59, helper C: fatal wounds are deaths; lists after several words, possessives and
        # breakdowns; groups joined by "along with"; names told by a participle; headline counts
        ("Gunmen fatally wounded a police officer.", 1, None),
        (
            "Gunmen opened fire on a police convoy, fatally injuring one of the officers and striking two "
            "others.",
            1,
            None,
        ),
        ("The attackers fatally injured two guards and wounded three others.", 2, 3),
        (
            "A gun battle killed an innocent taco vendor, three gunmen and one police officer and injured "
            "two other cops.",
            5,
            2,
        ),
        ("Gunmen killed the village head along with two of his sons.", 3, None),
        (
            "Bandits attacked the village, killing the traditional ruler, Umaru Bello, together with three "
            "other residents.",
            4,
            None,
        ),
        ("A key Taliban commander and five of his fighters were killed in an air strike.", 6, None),
        ("The airstrike killed a senior al-Shabaab commander and four of his fighters.", 5, None),
        ("Five members of the outlawed Bangsamoro Islamic Freedom Fighters died in a gunfight.", 5, None),
        (
            "The four gunmen, initially identified only as Anding, Said and Habib, were killed in an "
            "encounter.",
            4,
            None,
        ),
        ("Gunmen killed a farmer, his wife and two children.", 4, None),
        ("Unknown gunmen killed an elderly woman, her grandson and a neighbour.", 3, None),
        ("Gunmen killed six people, three women and three men, in the raid.", 6, None),
        ("A strike killed four children, three women and a man.", 8, None),
        ("3 killed, 5 hurt in Kano blast", 3, 5),
        ("Two people died and 12 were hospitalised after the blast.", 2, 12),
        ("Gunmen invade Plateau community, kill 9, injure 4", 9, 4),
        ("Airstrike kills family of five in Idlib", 5, None),
        (
            "Four soldiers belonging to the 22nd Motorized Infantry Battalion (BIM) were killed during "
            "that attack.",
            4,
            None,
        ),
        ("Some of the wounded are in critical condition, which may lead to a higher death toll.", None, None),
        # (review R: a source between a list's commas is no item; a list with a verb of its own is its own
        # clause; a mortal wound is a death, and a fatal one no injury)
        ("Gunmen killed a farmer, his son said, and a neighbour was wounded.", 1, 1),
        ("Soldiers killed two militants overnight, a spokesman said, and a soldier was wounded.", 2, 1),
        ("The raid killed two militants overnight, two soldiers and a civilian were wounded.", 2, 3),
        ("Two people were mortally wounded in the attack.", 2, None),
        ("A soldier was fatally wounded.", 1, None),
        ("A policeman who suffered a gunshot wound 10 days ago remains in hospital.", None, None),
        # a name's acronym in brackets inside the counted group; a lower-case remark there is no name's
        ("At least three Village Defence Force (VDF) volunteers were shot dead.", 3, None),
        ("Militiamen sought vengeance for a person (relative) who died from Ebola.", None, None),
        # "a family of six": six people; "six members of a family": "a" opens a noun, no count of one
        ("A family of six, three children among them, was shot to death on Friday.", 6, None),
        ("Gunmen killed a family of five in their home.", 5, None),
        ("Six members of a family were shot dead on Friday.", 6, None),
        ("Three soldiers embraced shahadat in the exchange of fire.", 3, None),  # ISPR's idiom for dying
        ("Five members of an armed group were killed.", 5, None),
        # a part named with "including" and no commas is of the whole's dead, not more of them
        ("10 people including two children and 4 women were beheaded.", 10, None),
        ("Clashes left at least 30 dead and 57 wounded.", 30, 57),  # not "30 [dead and 57] wounded"
        ("Three people were killed and one man was seriously injured.", 3, 1),  # an adverb before the verb
        ("The attack left 30 people dead and 57 wounded.", 30, 57),
        ("At least 12 people were killed and 30 wounded.", 12, 30),
        ("A 67-year-old man was killed in the attack.", 1, None),
        # an age after the verb is no count ("shot dead 23 year old Ahmed", not 23 dead)
        ("A sniper shot dead 23 year old Ahmed Qasem Abdu in Taiz.", 1, None),
        ("A sniper shot dead nine-year-old Ayat Mohammed in Taiz.", 1, None),
        ("Gunmen killed two 14-year-old boys.", 2, None),
        ("Sixty people were reported wounded and five soldiers were reported killed.", 5, 60),
        ("No one was hurt, officials said.", 0, 0),
        ("No one was injured.", None, 0),
        ("No one was killed.", 0, None),  # not "one ... killed"
        ("Nobody was killed or wounded, though the blast caused panic.", 0, 0),
        ("One was killed and no one was injured.", 1, 0),
        ("In these two areas several hundred people have been injured.", None, 100),  # not "two ... people"
        ("Several dozen protesters were injured.", None, 12),
        ("Twelve soldiers were martyred and six terrorists were killed.", 18, None),  # two groups joined
        ("Two soldiers were killed and three civilians died.", 5, None),
        ("Ten soldiers, two volunteer fighters and a civilian were killed.", 13, None),  # a list of three
        ("A strike killed four children, three women and a man.", 8, None),  # the list after the verb
        (
            "The clashes left 23 rebels dead, 12 captured and 7 AK47 weapons recovered.",
            23,
            None,
        ),  # no list of dead
        ("The strike killed dozens of civilians.", 12, None),
        ("which resulted in casualties and significant damage", None, None),
        ("The death toll rose to 14 on Sunday.", 14, None),
        ("Eight jawans of the District Reserve Guard (DRG) and a civilian driver were killed.", 9, None),
        ("killing three and injuring twenty-one people", 3, 21),
        ("Shelling killed a woman and injured two men.", 1, 2),
        ("three guided bombs struck homes", None, None),
        ("There were no casualties.", 0, 0),
        ("850 people were killed", 850, None),
        # how English tells a death, written for the purpose (not read from a corpus)
        ("A man was shot to death by gunmen.", 1, None),
        ("An aid worker, driving back from the clinic, was killed by gunfire.", 1, None),
        ("A man was found handcuffed and killed in the river.", 1, None),
        ("They arrested a volunteer, whose dead body was found later.", 1, None),
        ("Five members of the CV (Red Command) died during a shoot-out.", 5, None),
        ("Two of the attackers were killed.", 2, None),
        ("Two of them died in hospital.", 2, None),
        ("Four of the people killed were fishermen.", None, None),
        ("Rioters stabbed two police officers and killed them.", 2, None),
        ("A soldier fired upon a family, killing the father and a son.", 2, None),
        # a place a preposition takes is no one counted: only the two people
        ("Gunmen opened fire at the crowded market and two people were killed.", 2, None),
        ("Two civilians were shot and killed by militants.", 2, None),
        ("A security guard fatally shot a man.", 1, None),
        ("A sniper shot a soldier, killing the soldier.", 1, None),
        ("Militiamen killed a father and his two sons.", 3, None),
        ("Gunmen killed a police officer and a civilian.", 2, None),
        ("Militants attacked the town, killing a soldier and two civilians.", 3, None),
        ("A woman and her child were killed when gunmen attacked.", 2, None),
        ("An airstrike killed at least sixteen militants.", 16, None),
        ("A drone strike killed two soldiers.", 2, None),
        ("Gunmen killed 4 people and injured 6.", 4, 6),
        ("The raid left a woman and her child homeless.", None, None),
        ("The clashes left at least five soldiers and civilians dead.", 5, None),
        ("The attack left two soldiers and three civilians dead.", 5, None),
        ("A Taliban fighter killed his mother in Herat.", 1, None),
        ("The sides exchanged fire, resulting in the death of a local man.", 1, None),
        ("The protest followed the death of a student.", None, None),
        ("Soldiers killing the protesters were filmed.", None, None),
        # the hurt told by the dead before them, and a subset that closes its own clause
        ("One person was killed and another injured in a drone attack.", 1, 1),
        ("Four policemen died and as many were left critically injured.", 4, 4),
        ("Shells hit a market, killing four civilians, two children among them, and injuring 30.", 4, 30),
        ("Among them, two children were killed.", None, None),
        ("Eleven people died, including two children.", 11, None),
        ("Police tortured a detainee to death.", 1, None),
        ("Villagers stoned a suspected thief to death.", 1, None),
        ("Rebels had hacked at least 22 civilians to death, 13 women among them, in a raid.", 22, None),
        ("Rebels hacked to death 12 villagers.", 12, None),
        ("The mob beat 3 suspects to death and injured 4 others.", 3, 4),
        ("A court sentenced 5 men to death.", None, None),
        ("How many suspected criminals were killed or wounded in the incident was unclear.", None, None),
        ("Gunmen kill 13 police in ambush in central Mexico", 13, None),
        # a part told before "among them", and where the counted came from (no count of its own)
        ("Five civilians, two young girls among them, were killed in a drone strike.", 5, None),
        ("Nine people, seven of them children, were killed when jets struck a house.", 9, None),
        ("Twelve soldiers, three of whom were officers, died in the attack.", 12, None),
        ("Five civilians from one family were killed in a drone strike.", 5, None),
        ("Three members of one family were killed in a drone strike.", 3, None),
        ("Four people from the same village were killed.", 4, None),
        ("A drone struck a car, killing its driver.", 1, None),
        ("Gunmen stormed the house, killing their children.", None, None),
        # one hurt told with no number, as one dead is ("the driver was killed")
        ("The driver was injured.", None, 1),
        ("The drivers were injured.", None, None),
        ("A lawmaker was shot dead and her bodyguard wounded outside a pharmacy.", 1, 1),
        ("The man and his wife were wounded.", None, 2),
        ("Fighters ambushed the soldiers, killing two on the spot and wounding another.", 2, 1),
        # (review, 2026-12-04) figurative, denied, an agent, one who then died: no one more hurt
        ("The economy was hurt by the fighting.", None, None),
        ("Neither the driver nor the passenger was injured.", None, None),
        ("Troops fired on the crowd and the army wounded civilians.", None, None),
        ("The driver was injured in the blast and later died in hospital.", 1, None),
        # (thirty-second session) a count after "another"; never one count across "and"; a time after
        # "and her bodyguard wounded"
        (
            "The Taliban attacked a security post, killing at least 10 police and wounding another three.",
            10,
            3,
        ),
        ("Gunmen killed 5 and injured another 12 people in the village.", 5, 12),
        ("The strike killed two and wounded another.", 2, 1),
        ("A lawmaker was shot dead outside a pharmacy and her bodyguard wounded late on Wednesday.", 1, 1),
        ("12 dead and 30 wounded.", 12, 30),
        # the names of the counted set off by commas (capitalised words only)
        (
            "The SDF said that three of its fighters, Hozan Qamishlo, Gule Halab, and Amed Afrin, had been "
            "killed in a drone strike.",
            3,
            None,
        ),
        ("Two journalists, Ali Ahmed and Omar Said, were killed in the strike.", 2, None),
        # a part set aside after two groups; an "among" phrase closed before the count
        (
            "The military says 12 soldiers and seven civilians, a child among them, died in the attack.",
            19,
            None,
        ),
        (
            "A police official was among those killed and more than 30 others were injured in the blast.",
            1,
            30,
        ),
        ("Twelve people died, among them two children.", 12, None),
        # the hurt someone is seen carrying are no toll; the hurt being treated are
        ("He was loading two injured protesters into an ambulance outside parliament.", None, None),
        ("Medics were treating 30 wounded people at the hospital.", None, 30),
        ("Ambulances carried 25 wounded to Nasser hospital after the strike.", None, 25),
    ],
)
def test_counts(text, fatalities, injuries):
    result = parse_casualties(text)
    assert (result.fatalities, result.injuries) == (fatalities, injuries)


@pytest.mark.parametrize(
    ("word", "value"),
    [("one", 1), ("twenty-one", 21), ("dozens", 12), ("12", 12), ("1,500", 1500), ("zzz", None)],
)
def test_number_words(word, value):
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("The victim died in the hospital.", 1),
        ("Having received injuries, the young boy died in a hospital.", 1),
        ("As a result, the driver died.", 1),
        ("He later died of his wounds.", 1),
        ("The man who died was a farmer.", None),  # not a report of this event's dead
        ("They beheaded the man and kidnapped the women.", 1),  # every verb of killing, active
        ("Gunmen assassinated the mayor in his office.", 1),
    ],
)
def test_one_person_without_a_number(text, fatalities):
    assert parse_casualties(text).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Twelve children and teenagers were killed when the rocket hit.", 12),  # a second noun, no count
        ("At least 20 people, including 10 women and three infants, were killed on Friday.", 20),  # an aside
        ("Three soldiers and two civilians were killed by the blast.", 5),  # two counts: summed as before
        # the second group with whose it is ("four members of the VDP auxiliary force")
        ("Six civilians and four members of the VDP auxiliary force died on Monday in Sima.", 10),
        ("The death toll from Friday's suicide bombing on the beach has risen to 37.", 37),  # an update
        ("A local official spoke of nearly 200 dead.", 200),  # "of" and a number: the count, no group
        # a breakdown between dashes or in brackets: the total before it
        ("The military said six people -- a police officer and five suspected rebels -- died in a clash.", 6),
        ("The military said six people (a police officer and five rebels) died in a clash.", 6),
        # "another": one more of the kind
        ("The Taliban stormed a checkpoint, killing a district police chief and another officer.", 2),
        ("A shoot-out broke out and two suspects died and one was injured.", 2),  # no verb as a group
        ("Militants have killed as many as five people in the village on Tuesday.", 5),  # a quantifier
        ("An estimated 40 people died when the boat was shelled.", 40),
        ("The PDF said five of its troops were killed near the village on Tuesday.", 5),  # a possessive
        ("Three of their fighters died in the clash.", 3),
        ("A community leader who was missing for 10 days was killed.", 1),  # a span of time is no one
        ("Three days later a man was killed.", 1),
        ("One soldier died and a second was seriously wounded.", 1),
        # review: "another" with a verb of its own, "later", a newspaper's name
        ("A Houthi sniper shot dead a child and another was wounded in Taiz on Monday.", 1),
        ("The blast killed two soldiers and another one was wounded near Tessalit on Monday.", 2),
        ("Gunmen killed a village chief and another five people.", 6),
        ("A soldier and another civilian were killed when Russian shells hit Kupiansk.", 2),
        ("Bandits killed two (2) vigilantes and injured four (4) others in Tsafe.", 2),  # a number told twice
        ('Four of the "bandits" were killed in the operation.', 4),  # a quoted noun
        (
            "Three people were wounded in an attack on a market in Jos; two later died in hospital.",
            2,
        ),
        # a first verb of the same deed before the killing ("were ambushed and killed")
        ("A village chairperson and his wife were ambushed and killed by gunmen on Monday.", 2),
        ("Two teachers and a driver were abducted and killed near the school.", 3),
    ],
)
def test_a_count_whose_noun_phrase_is_coordinated_or_interrupted(text, fatalities):
    assert parse_casualties(text).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Two children and five women were among those killed when strikes hit refugee tents.", 7),
        ("Among the dead were three soldiers and a civilian.", 4),
        ("Strikes killed 13 people; two children were among the dead.", 13),  # guard: the whole, when told
        ("Four soldiers were killed around 2:00 am around Mamfe.", 4),  # a clock is no count
        ("Two soldiers were killed around 3 p.m. on Monday.", 2),
        ("Gunmen killed 5 PM supporters in Lahore on Monday.", 5),  # a prime minister's, no clock
        ("Two children were among the victims.", None),  # victims may be the wounded
    ],
)
def test_a_part_of_the_dead_is_the_count_when_no_whole_is_told(text, fatalities):
    assert parse_casualties(text).fatalities == fatalities


def test_a_part_of_the_dead_told_beside_the_whole_gives_way_to_it():
    whole = parse_casualties("Strikes killed 13 people.")
    part = parse_casualties("Two children were among the dead.")
    assert part.part and not whole.part
    assert combine(whole, part).fatalities == combine(part, whole).fatalities == 13


def test_a_count_for_several_places_is_divided_evenly():
    counted = parse_casualties("Four civilians were killed and nine injured.")
    assert [(c.fatalities, c.injuries) for c in spread(counted, 3)] == [(2, 3), (1, 3), (1, 3)]
    assert [c.fatalities for c in spread(counted, 2, cap=3)] == [2, 1]
    unknown = Casualties(None, None)
    assert spread(unknown, 2) == [unknown, unknown]


@pytest.mark.parametrize(
    ("text", "fighters"),
    [
        ("up to 180 Ukrainian servicemen were killed near A and B", True),
        ("more than 40 Russian soldiers were killed", True),
        ("40 civilians were killed", False),
    ],
)
def test_whose_dead(text, fighters):
    assert of_combatants(text, parse_casualties(text)) is fighters


@pytest.mark.parametrize("text", ["The onslaught has left over 40,200 Palestinians dead.",
                                  "More than 20,000 people have been killed in the fighting.",
                                  "The war has killed tens of thousands of people.",
                                  "The fighting has killed more than 500 people in Lebanon."])  # fmt: skip
def test_a_war_toll_is_no_event_count(text):
    casualties = parse_casualties(text)
    assert (casualties.fatalities, casualties.injuries, casualties.aggregate) == (None, None, True)


def test_two_tolls_of_one_event_keep_the_lower_and_an_update_replaces():
    from events.extraction.counts import combine

    def toll(*texts):
        return combine(*(parse_casualties(t) for t in texts)).fatalities

    assert toll("At least 15 civilians died.", "It put the toll at 21 dead.") == 15
    assert toll("Twelve people were killed.", "The death toll rose to 23.") == 23
    # the earlier figure told after the update: the update stands, and one toll is no group's
    assert toll("The death toll has risen to 35, officials said.", "The toll had stood at 34 before.") == 35
    assert toll("The death toll rose to 23.", "The death toll rose further to 30.") == 30  # the later update
    assert toll("killing four soldiers", "63 militants were killed") == 67
    # a side that lost no one does not undo the count of the other side's dead
    assert toll("The police fired back, killing two militants.", "The police suffered no casualties.") == 2
    assert toll("A reporter counted five protesters' bodies.", "At least 10 had been shot dead.") == 5
    # the same dead and hurt told twice under other names: one count (thirty-second session)
    told = ("The bomb killed two border police officials and wounded nine others.",
            "The blast killed two policemen and injured nine civilians.")  # fmt: skip
    assert toll(*told) == 2
    assert toll("The bomb killed two soldiers and wounded nine others.", "Two militants were killed.") == 4


@pytest.mark.parametrize(
    ("text", "count", "parts"),
    [
        ("Police said 3 were killed. Fatalities coded as 0 (a local source reported 3).", 0, None),
        ("An unidentified number of fatalities in a low intensity area is coded as 3.", 3, None),
        ("Unclear fatalities coded as ten.", 10, None),
        ("40 fighters were killed. Fatalities split between 2 events.", None, 2),
        ("(43 fatalities distributed across seven events)", None, 7),
        ("Fatalities coded as 12 and split between three events.", 12, 3),
        ("The rebels were coded as a communal militia; 4 were killed.", None, None),
        ("The fatalities were split between the two sides.", None, None),
        ("Fatalities are coded as a conservative estimate.", None, None),
        ("Fatalities coded as several.", None, None),
        ("Fatalities coded as 1,200.", 1200, None),
        ("Unclear fatalities coded as twenty-one.", 21, None),
    ],
)
def test_a_coders_remark_on_the_count(text, count, parts):
    got_count, got_parts, span = coder_remark(text, load_lexicon().casualties)
    assert (got_count, got_parts) == (count, parts)
    assert (span is None) == (count is None and parts is None)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A strike on a car killed three Hezbollah members.", "member"),
        ("Three Hezbollah members died in the strike.", "member"),
        ("Gunmen killed two Houthi fighters near the port.", "fighter"),
        ("The strike killed three people in Gaza.", ""),  # "people": anyone
        (
            "An Israeli strike killed three Palestinians this morning in Rafah.",
            "palestinian",
        ),  # the name is the noun
        ("A 17-year Palestinian was shot and later died of his wounds.", "palestinian"),  # not "later"
    ],
)
def test_whose_deaths_a_count_is_of_reads_past_the_names(text, group):
    """A count retold ("killing three Hezbollah members ... Three Hezbollah members died") is
    of one group, so the two are not added up."""
    assert parse_casualties(text).fatal_group == group


def test_the_same_number_told_of_a_named_group_and_of_its_roles_is_the_same_dead():
    """ "four members of the PKK were killed" ... "a senior official from the PKK and three fighters
    died": the PKK is a rebel group, the fighters rebels too; four dead, not eight."""
    from events.extraction.counts import by_party_type

    lexicon = load_lexicon()
    named = by_party_type(parse_casualties("Four members of the PKK were killed in a drone strike."), lexicon)
    roles = by_party_type(
        parse_casualties("A senior official from the PKK and three fighters died when a drone hit them."),
        lexicon,
    )
    assert named.party == "rebels"
    assert combine(named, roles).fatalities == 4 and combine(roles, named).fatalities == 4
    # two kinds of party are two groups of dead
    soldiers = by_party_type(parse_casualties("Four soldiers were killed."), lexicon)
    assert combine(named, soldiers).fatalities == 8


def test_a_group_told_again_is_part_of_the_joined_count():
    """ "twelve soldiers ... and six terrorists were killed" (18), then "Six terrorists were
    killed in the exchange of fire": a part of the 18, told again."""
    both = parse_casualties("Twelve soldiers were martyred and six terrorists were killed.")
    part = parse_casualties("Six terrorists were killed in the exchange of fire.")
    assert both.fatal_group == "soldier+terrorist"
    assert combine(both, part).fatalities == 18 and combine(part, both).fatalities == 18


def test_more_dead_add_up_only_when_told_as_more():
    assert parse_casualties("The attackers came back and killed three more people.").more
    assert not parse_casualties("The gunmen killed 9 more people than in last week's raid.").more
    assert not parse_casualties("More than nine people were killed.").more


@pytest.mark.parametrize(
    ("first", "then", "fatalities"),
    [
        # a part of the people told before ("12 of them") gives way to the whole told with it
        (
            "Clashes left at least 30 dead and 57 wounded.",
            "The army repelled the attackers, killing 12 of them.",
            30,
        ),
        ("Clashes left at least 30 dead.", "Two of the attackers were killed.", 30),
        # a count of two groups told again for one of them: the whole
        ("Ten militants and four soldiers were killed.", "Four soldiers died.", 14),
        ("Gunmen killed three soldiers and two guardsmen.", "Three soldiers died in that attack.", 5),
        # told alone, the part is the count
        ("The army repelled the attackers.", "The army killed 12 of them.", 12),
    ],
)
def test_a_part_of_those_told_before_gives_way_to_the_whole(first, then, fatalities):
    assert combine(parse_casualties(first), parse_casualties(then)).fatalities == fatalities


@pytest.mark.parametrize(
    ("text", "dead"),
    [("That attack, which an official said was carried out by gunmen, claimed nine lives.", 9),
     ("The blast claimed at least 12 lives.", 12), ("The group claimed 30 attacks this year.", None),
     ("The rebels claimed responsibility.", None)],
)  # fmt: skip
def test_lives_claimed_are_the_dead(text, dead):
    from events.extraction.casualties import parse_casualties

    assert parse_casualties(text).fatalities == dead


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # two groups of the hurt, summed as two groups of the dead are
        ("A district chief says a further eight police and 12 insurgents were wounded.", None, 20),
        ("A fifteen-year-old was killed, and two other children and two women were seriously wounded.", 1, 4),
        ("The blast killed two soldiers and wounded three policemen and a civilian.", 2, 4),
        # the pair is a verb's object, or holds the dead: no sum
        ("Russian shelling hit the town and three people were injured.", None, 3),
        ("Russian shelling hit the town and three people were killed.", 3, None),
        ("The attack left one officer dead and three people wounded.", 1, 3),
        # a verb of saying before the pair opens its clause: the pair is its subject
        ("Police reported three soldiers and a civilian were killed in the blast.", 4, None),
        ("Officials confirmed the driver and two passengers were killed.", 3, None),
        # told in the present ("are dead")
        (
            "Officials say 12 suspected Taliban and eight police officers are dead after fresh fighting.",
            20,
            None,
        ),
        # a noun that counts two
        ("The parents and their six children were killed in Deir el-Balah.", 8, None),
        ("A couple and their two sons were killed.", 4, None),
        # a second group with a verb of its own opens another clause: not the verb's object
        ("Fighting killed 20 people and thousands fled to Chad.", 20, None),
        ("The raid killed 20 people and five fled into the bush.", 20, None),
        ("The strike killed 20 people and two others were injured.", 20, 2),
        # a participle that describes the second group is no verb of its own
        ("The blast killed two policemen and a civilian employed at the station.", 3, None),
        ("An airstrike killed four fighters and two civilians trapped in a house.", 6, None),
        ("Gunmen killed two soldiers and a civilian named Ahmed.", 3, None),
        ("The attack killed five people and two A-level students.", 7, None),
        # a verb of the lexicon's clause_verbs further on opens the second group's clause too
        ("Fighting killed 20 people and thousands fled south.", 20, None),
        ("The blast killed 20 people and 30 others sustained injuries.", 20, 30),
        ("The attack killed two soldiers and three left-wing activists.", 5, None),
    ],
)
def test_groups_joined_by_and_are_summed(text, dead, hurt):
    found = parse_casualties(text)
    assert (found.fatalities, found.injuries) == (dead, hurt)


@pytest.mark.parametrize(
    "text",
    [
        "More than 160 people have lost their lives since the ethnic clashes broke out in May.",
        "However, since internet services were snapped on August 5, only eight encounters have been "
        "reported across Kashmir, in which 16 militants were killed.",
        "In the first seven months of this year, over 135 militants were killed in Kashmir.",
        "Relatives of the more than 850 people killed during the revolution protested.",
        "Hundreds have been killed, while thousands have been displaced from the town.",
    ],
)
def test_a_toll_since_a_time_or_over_a_span_is_no_events(text):
    found = parse_casualties(text)
    assert found.aggregate and found.fatalities is None


def test_a_toll_of_this_year_is_no_events_however_far_the_year_is_told():
    text = (
        "According to police, 93 militants, including 28 Pakistanis, have been killed in 59 encounters in "
        "the valley this year."
    )
    assert parse_casualties(text).aggregate


def test_the_group_is_the_head_before_its_modifier():
    # "a militant affiliated with the Hizbul Mujahideen outfit": a militant, told again as "one ultra"
    first = parse_casualties(
        "A militant affiliated with the Hizbul Mujahideen outfit was killed on Saturday."
    )
    assert first.fatal_group == "militant"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a span or a war named beside one event's dead is no campaign's toll
        ("Five soldiers were killed on Monday, the deadliest attack in the past two years.", 5),
        ("Gunmen killed 12 villagers in the worst violence the area has seen in the past months.", 12),
        ("Three people have died since the attack on Monday.", 3),
        ("Five soldiers were killed in the war-torn province on Monday.", 5),
        ("Hundreds have been killed in the attack on the market, officials said.", 100),
    ],
)
def test_one_events_dead_told_beside_a_span_stay_its_count(text, dead):
    found = parse_casualties(text)
    assert (found.fatalities, found.aggregate) == (dead, False)


def _table_texts() -> list[str]:
    """Every text of this module's tables (the first string of each parametrised case)."""
    texts = []
    for test in [value for name, value in globals().items() if name.startswith("test_")]:
        for mark in getattr(test, "pytestmark", []):
            if mark.name == "parametrize":
                texts += [
                    case[0] for case in mark.args[1] if isinstance(case, tuple) and isinstance(case[0], str)
                ]
    return texts


def test_the_quick_word_tests_admit_every_text_a_count_pattern_matches():
    # casualties._parse runs the count patterns only where death_hint / hurt_hint / PAIRED / joint_hint
    # find a word they need: a pattern added with a word its hint lacks would silently count nothing
    from pathlib import Path

    from events.extraction.casualties import PAIRED
    from events.extraction.count_patterns import default_patterns
    from events.extraction.count_told import AMONG_DEAD

    p = default_patterns()
    articles = Path(__file__).parent / "data" / "articles"
    texts = _table_texts() + [s for f in sorted(articles.glob("*.md")) for s in f.read_text().split(". ")]
    assert len(texts) > 200
    for text in texts:
        dead = [*p.fatal, p.one_dead, AMONG_DEAD] + [*p.coordinated] * bool(PAIRED.search(text))
        if any(pattern.search(text) for pattern in dead):
            assert p.death_hint.search(text), text
        hurt = [*p.injured, p.one_hurt, p.as_many] + [*p.coordinated_hurt] * bool(PAIRED.search(text))
        if any(pattern.search(text) for pattern in hurt):
            assert p.hurt_hint.search(text), text
        if p.joint.search(text):
            assert p.joint_hint.search(text), text
