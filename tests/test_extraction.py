"""The extraction stage on small literal cases: the shape of a report, time, roles, the
codebook and the fitted type model, how sentences that tell more of one event join it."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from shapely.geometry import Point, shape

from events.extraction import extract_article
from events.extraction.actors import find_actors, find_parties, roles
from events.extraction.clause_features import features
from events.extraction.clause_roles import Clause
from events.extraction.codebook_ranks import DECISIVE, codebook
from events.extraction.report import read_report
from events.extraction.type_model import MODEL_PATH, load_model
from events.places import haversine_km
from events.reading.article import parse_article
from events.reading.text import normalize_name

SUN = dt.date(2025, 12, 28)


def extract(text: str, gazetteer, lexicon, published: dt.date = SUN):
    """The rules' records, unscreened: these tests pin what the sentence-level stages read (the
    fitted screen that keeps a report's news has its own tests, tests/test_screen.py, and the
    golden articles run the whole pipeline)."""
    article = parse_article(text, where="test", article_id="test", published=published)
    return extract_article(article, gazetteer, lexicon, screened=False)


def span_of(text: str, span) -> str:
    return text[span[0] : span[1]] if span else ""


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("BERLIN, Dec 13 (Reuters) - Talks began.", "BERLIN", dt.date(2025, 12, 13)),
        ("GOMA, Congo (AP) — A town fell.", "GOMA", None),
        ("MEXICO CITY (AP) — Violence erupted.", "MEXICO CITY", None),
        ("Maputo — Terrorists beheaded five people.", "Maputo", None),
        ("Phnom Penh (FN), Apr. 24 – Leaders met.", "Phnom Penh", dt.date(2025, 4, 24)),
        ("May 3, 2025 (PORT SUDAN) – The RSF took the town.", "PORT SUDAN", dt.date(2025, 5, 3)),
        ("Dakar(Senegal): Drone strikes killed 15.", "Dakar", None),
        ("Srinagar, Apr 23 (PTI) Terrorists opened fire.", "Srinagar", dt.date(2025, 4, 23)),
        ("Manila [Philippines], November 4 (ANI/Xinhua): Two soldiers died.", "Manila", dt.date(2025, 11, 4)),
        # a comma before the agency, and two agencies in it
        ("KHARTOUM, July 20, (Xinhua/GNA) — A drone hit.", "KHARTOUM", dt.date(2025, 7, 20)),
        # a town in capitals and a colon, as Pakistani and Chinese outlets write it
        ("BANGKOK: Troops torched houses.", "BANGKOK", None),
        # the colon and a dash run together, as Somali outlets write it
        ("BAIDOA:-Government troops repelled an attack on their base.", "BAIDOA", None),
    ],
)
def test_datelines_give_the_filing_place_and_day(text, place, day):
    report = read_report(text, SUN)
    assert report.dateline is not None
    assert span_of(text, report.dateline.place) == place
    assert report.dateline.day == day
    assert report.reported == (day or SUN)


def test_a_dateline_day_is_not_the_events_day_when_the_lede_names_its_own(gazetteer, lexicon):
    text = "Srinagar, Apr 23 (PTI) Terrorists opened fire on tourists near Pahalgam on Tuesday, killing 26."
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 4, 23))
    assert [r.event_date for r in records] == [dt.date(2025, 4, 22)]


def test_what_an_earlier_event_did_is_not_counted_in_the_new_one(gazetteer, lexicon):
    text = ("Gunmen killed five villagers near Gao on Sunday. It was the deadliest attack in the region "
            "since the 2019 Ogossagou massacre, in which 160 soldiers were killed.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [r.fatalities for r in records] == [5]


def test_a_headline_bylines_and_captions_are_read_as_such():
    text = ("Russia strikes Kharkiv: 1 killed, official says\nAFP |\nDec 29, 2023 01:07 PM IST\n"
            "A strike hit Kharkiv on Friday, killing one person.\n"
            "The damaged building, seen on Friday. REUTERS/Jane Doe\n|||||||\n"
            "READ ALSO: Kaduna: Troops rescue 11 kidnapped travellers")  # fmt: skip
    report = read_report(text, dt.date(2023, 12, 29))
    assert span_of(text, report.headline).startswith("Russia strikes Kharkiv")
    furniture = [span_of(text, s) for s in report.furniture]
    assert "AFP |" in furniture and "|||||||" in furniture
    assert any(f.startswith("READ ALSO:") for f in furniture)
    assert any(f.endswith("REUTERS/Jane Doe") for f in furniture)
    assert report.role(*report.headline) == "headline"


@pytest.mark.parametrize(
    "line", ["Published on 3 June, the report says 30 people died.", "Updated 12 soldiers killed in attack"]
)
def test_a_line_opening_on_a_timestamp_word_without_a_date_is_no_timestamp(line):
    text = f"{line}\nGunmen attacked a village in Zamfara on Sunday."
    assert line not in [span_of(text, s) for s in read_report(text, dt.date(2024, 10, 3)).furniture]


@pytest.mark.parametrize(
    "line", ["STOCK PHOTO OF ATTACKS ON SUMY OBLAST", "File photo: troops on patrol in Gao"]
)
def test_a_pictures_label_is_furniture(line):
    text = f"Shelling hits Sumy region\n\n{line}\n\nRussian shelling hit Bilopillia on Sunday."
    assert line in [span_of(text, s) for s in read_report(text, dt.date(2024, 10, 3)).furniture]


def test_a_timestamp_above_the_headline_is_furniture_and_a_dateline_may_name_two_towns():
    # a site's name and "Published 03 Oct, 2024 07:54am" above the headline are the page's, and
    # "BAHAWALPUR/FAISALABAD:" files the report from two towns
    text = ("DAWN.COM\n\nPublished 03 Oct, 2024 07:54am\n\nPolice crackdown on PTI workers\n\n"
            "BAHAWALPUR/FAISALABAD: Police arrested PTI activists on Wednesday.")  # fmt: skip
    report = read_report(text, dt.date(2024, 10, 3))
    assert span_of(text, report.headline) == "Police crackdown on PTI workers"
    assert "Published 03 Oct, 2024 07:54am" in [span_of(text, s) for s in report.furniture]
    assert span_of(text, report.dateline.place) == "BAHAWALPUR/FAISALABAD"


def test_a_standfirst_and_a_day_first_timestamp_are_not_the_lede(gazetteer, lexicon):
    text = ("Drones drop explosives near bases in Iraq\nOfficials think militias carried out the attack\n"
            "15 April 2021 - 13:12\nErbil — A drone dropped explosives near Erbil airport on Wednesday.\n"
            "Nobody was hurt, officials said.")  # fmt: skip
    report = read_report(text, dt.date(2021, 4, 15))
    furniture = [span_of(text, s) for s in report.furniture]
    assert "Officials think militias carried out the attack" in furniture
    assert "15 April 2021 - 13:12" in furniture
    records = extract(text, gazetteer, lexicon, published=dt.date(2021, 4, 15))
    assert [(r.location, r.source_text[:5]) for r in records] == [("Erbil", "Erbil")]


@pytest.mark.parametrize("stamp", ["Friday, April 8, 2016", "Sunday Jun 02, 2019"])
def test_a_timestamp_with_its_weekday_is_furniture_not_the_events_day(stamp, gazetteer, lexicon):
    # the page's date line under the headline: the day it was posted, not the day of the lede's event
    text = (f"At least 2 killed as shells rock Mogadishu\n{stamp}\nAt least two people were killed when "
            "gunmen fired mortar shells on Mogadishu on Thursday evening, officials said.")  # fmt: skip
    published = dt.date.fromisoformat({"F": "2016-04-08", "S": "2019-06-02"}[stamp[0]])
    assert stamp in [span_of(text, s) for s in read_report(text, published).furniture]
    records = extract(text, gazetteer, lexicon, published=published)
    assert [(r.location, r.event_date.weekday()) for r in records] == [("Mogadishu", 3)]  # the Thursday


def test_a_timelines_day_first_heading_with_its_weekday_is_no_furniture():
    # "Monday, 6 May 2024" heads a timeline's entry: the day of the events under it ("Holiday" is no weekday)
    text = ("Attacks in Burkina Faso\nMonday, 6 May 2024\nGunmen killed 12 people in Djibo.\n"
            "Holiday, May 13, 2024\nWednesday, 8 May 2024\nJihadists attacked Fada N'Gourma.")  # fmt: skip
    furniture = [span_of(text, s) for s in read_report(text, dt.date(2024, 5, 14)).furniture]
    assert "Monday, 6 May 2024" not in furniture and "Wednesday, 8 May 2024" not in furniture
    assert "Holiday, May 13, 2024" not in furniture


def test_an_embedded_posts_author_line_ends_the_post():
    text = ("Protesters gathered in Berea on Saturday.\nPolice fire rubber bullets at crowds #Drugs\n"
            "— Moses Moyo (@moses_moyo) October 6, 2018\nCape Town residents held a protest.")  # fmt: skip
    report = read_report(text, dt.date(2018, 10, 6))
    assert [span_of(text, s) for s in report.furniture] == ["— Moses Moyo (@moses_moyo) October 6, 2018"]


@pytest.mark.parametrize(
    ("text", "published", "places"),
    [
        # a lede written without a closing period is the lede, not a standfirst
        ("RSF shells El Fasher camp\nThe RSF shelled the Abu Shouk camp in El Fasher on Monday, killing 12 "
         "civilians, activists said\nThe Sudanese army did not comment on the attack.",
         dt.date(2024, 5, 14), ["El Fasher"]),
        # nor are a list's items
        ("Kenya: police disperse protesters\n- Police fired tear gas at protesters in Nairobi on Tuesday\n"
         "- Two people were shot dead in Kisumu\nThe protests were called by the opposition.",
         dt.date(2024, 5, 15), ["Nairobi", "Kisumu"]),
        ("Drones drop explosives near bases in Iraq\nA drone dropped explosives near Erbil airport on "
         "Wednesday\nNobody was hurt, officials said.", dt.date(2021, 4, 15), ["Erbil"]),
    ],
)  # fmt: skip
def test_a_lede_without_a_closing_period_is_read(text, published, places, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, published=published)
    assert [r.location for r in records] == places


def test_a_timeline_entry_and_a_handle_in_the_text_are_no_furniture():
    text = ("Sudan: the war so far\n14 May 2023: RSF shelled Nyala\n3 June 2023 - Clashes in El Obeid\n"
            "- Ahmed Ag (@kidal_news) reports clashes near the airport")  # fmt: skip
    assert read_report(text, dt.date(2023, 6, 10)).furniture == ()


def test_a_short_sentence_on_a_line_of_its_own_is_no_furniture(gazetteer, lexicon):
    """A paragraph of a few words ("Five people were killed.") is news, not an agency's credit line."""
    text = (
        "Russian aircraft struck the town of Hlukhiv on Friday evening.\n\nFive people were killed.\n\nAFP |"
    )
    assert read_report(text, dt.date(2023, 5, 6)).furniture == ((text.index("AFP"), len(text)),)
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2023, 5, 6))
    assert record.fatalities == 5


def test_a_line_after_the_first_sentence_is_no_standfirst():
    text = ("Drones hit Erbil\nA drone hit Erbil airport on Wednesday, officials said.\n"
            "Officials in the region think that militias carried out the attack\n"
            "More drones were seen over the city on Thursday night.")  # fmt: skip
    report = read_report(text, dt.date(2021, 4, 15))
    assert report.furniture == ()


@pytest.mark.parametrize(
    "site", ["UrduPoint.com", "www.dawn.com", "https://example.co.uk/", "INDIA", "World"]
)
def test_a_sites_address_above_the_headline_is_furniture(site, gazetteer, lexicon):
    """The site's address or a section's label of one word on the first line: the headline is the
    line after it, so its count is the lede's told again, not added to it."""
    text = (f"{site}\nClashes in Ghor Province Leave 20 Soldiers Killed\n\nAt least 20 soldiers have "
            "been killed and 20 others were injured in clashes with Taliban militants in Ghor.")  # fmt: skip
    report = read_report(text, SUN)
    assert span_of(text, report.headline).startswith("Clashes in Ghor")
    assert site in [span_of(text, s) for s in report.furniture]
    assert [(r.location, r.fatalities) for r in extract(text, gazetteer, lexicon)] == [("Ghor", 20)]


def test_a_headline_under_a_sites_address_is_no_deck():
    """The lines after the headline are read for decks, not the headline itself (the last read)."""
    text = ("UrduPoint.com\nGunmen kill five policemen in Dera Ismail Khan\nPESHAWAR: Gunmen killed five "
            "policemen on Monday, police said.")  # fmt: skip
    report = read_report(text, SUN)
    assert span_of(text, report.headline).startswith("Gunmen kill")
    assert not any(span_of(text, s).startswith("Gunmen kill") for s in report.furniture)


def test_a_headline_and_its_lede_are_one_event(gazetteer, lexicon):
    text = ("Russian missiles hit Kharkiv\n\nRussian missiles struck Kharkiv on Saturday, killing "
            "three people, the governor said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert len(records) == 1
    assert (records[0].location, records[0].event_date, records[0].fatalities) == (
        "Kharkiv",
        SUN - dt.timedelta(1),
        3,
    )


def test_an_event_only_a_headline_tells_and_places_nowhere_is_not_coded(gazetteer, lexicon):
    text = ("Militants Kill Five Soldiers in Ambush\n\nThe army said the soldiers had been on a routine "
            "patrol.\n\nIt gave no further details.")  # fmt: skip
    assert extract(text, gazetteer, lexicon) == []
    # placed by the headline, it stays
    placed = text.replace("in Ambush", "in Ambush near Gao")
    assert [r.location for r in extract(placed, gazetteer, lexicon)] == ["Gao"]


def test_a_report_told_as_headline_lede_and_scene_is_one_event_with_the_scene_s_day(gazetteer, lexicon):
    # the lede, dated only by when it was told ("police said Sunday"), retells the headline; a
    # later sentence gives the day and the village (not in the gazetteer) in its region; a quote
    # names the village again: one event, at the village, on that day, with the lede's toll
    text = ("Gang attack kills at least 12 in central Nigeria, police say\n\n"
            "A gang opened fire on residents of a town in central Nigeria, killing at least 12 people, "
            "including four women, police said Sunday.\n\nThe attack took place early Friday in the town "
            "of Ungwan Zakka in Plateau state, where members of a gang armed with automatic weapons shot at "
            'people in their homes and in the streets, police said.\n\n"I am horrified by the mass killing '
            'in Ungwan Zakka," said the state governor.')  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.location, r.admin1, r.event_date, r.fatalities) for r in records] == [
        ("Ungwan Zakka", "Plateau", SUN - dt.timedelta(2), 12)
    ]


def test_the_time_of_an_earlier_event_a_clause_is_measured_from_is_not_its_own(gazetteer, lexicon):
    text = ("The announcement came after eight hours of talks between the two delegations in Jeddah, "
            "the first such meeting since a heated clash between the two presidents on Dec. 2.")  # fmt: skip
    (record,) = extract(text, gazetteer, lexicon)
    assert (record.event_type, record.location, record.event_date) == ("Diplomacy", "Jeddah", SUN)


def test_an_undated_event_later_in_the_story_is_on_the_lede_s_day(gazetteer, lexicon):
    text = ("Protests sweep Kenya\n\nPolice fired tear gas at protesters in Mombasa on Friday, witnesses "
            "said on Sunday.\n\nIn Kisumu, hundreds of protesters marched peacefully through the "
            "streets.")  # fmt: skip
    records = {r.location: r for r in extract(text, gazetteer, lexicon)}
    assert records["Mombasa"].event_date == records["Kisumu"].event_date == SUN - dt.timedelta(2)
    assert "Date from the lede: 'on Friday'." in records["Kisumu"].notes


def test_a_toll_risen_to_a_number_is_news_and_a_rise_in_attacks_is_a_trend(gazetteer, lexicon):
    text = "The death toll from Friday's suicide bombing in Mogadishu has risen to 37."
    (record,) = extract(text, gazetteer, lexicon)
    assert (record.sub_event_type, record.location, record.fatalities) == ("Suicide bomb", "Mogadishu", 37)
    assert record.event_date == SUN - dt.timedelta(2)
    assert extract("Suicide bombings in Mogadishu have increased in recent months.", gazetteer, lexicon) == []


def test_a_sentence_with_no_event_of_its_own_dates_the_event_told_before(gazetteer, lexicon):
    text = ("A drone attack on the main hospital in El Fasher killed 70 people, the health minister said "
            "Sunday. He said the hospital was hit on Friday while it was crowded with patients.")  # fmt: skip
    (record,) = extract(text, gazetteer, lexicon)
    assert (record.location, record.event_date, record.fatalities) == ("El Fasher", SUN - dt.timedelta(2), 70)
    assert "Date from a later sentence: 'on Friday'." in record.notes


def test_a_lede_with_no_place_still_gives_the_story_its_day(gazetteer, lexicon):
    text = ("Six killed as clashes spread\n\nAt least six people were killed on Friday as clashes between "
            "protesters and police spread across the country.\n\nIn Mombasa, three people were killed in "
            "clashes between protesters and police.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.location, r.event_date) for r in records if r.location == "Mombasa"] == [
        ("Mombasa", SUN - dt.timedelta(2))
    ]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ('"They came on motorbikes and shot at everyone," a resident said by phone.', 0),  # how one spoke
        ("The minister told Reuters by telephone that the talks had failed.", 0),
        ("Hours earlier, the governor told the Saudi-owned Al Hadath television channel by telephone.", 0),
        ("Residents reached by phone said the fighters looted the market.", 0),
        ("The Kremlin said Putin and Trump spoke by phone on Friday.", 1),  # a call told of
        ("Putin and Trump spoke by phone on Friday.", 1),
    ],
)
def test_a_source_speaking_by_phone_is_no_phone_call(text, calls, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon)
    assert sum(r.sub_event_type == "Phone call" for r in records) == calls


def test_a_dateline_place_is_never_the_scene_and_its_day_anchors_weekdays(gazetteer, lexicon):
    text = "MOSCOW, Dec 20 (Reuters) - Ukrainian drones struck Belgorod on Friday, officials said."
    records = extract(text, gazetteer, lexicon)
    assert [r.location for r in records] == ["Belgorod"]
    assert records[0].event_date == dt.date(2025, 12, 19)  # the Friday before 20 December


def test_an_event_reported_as_news_without_a_date_is_on_the_report_day(gazetteer, lexicon):
    records = extract("Russian drones struck Odesa, injuring three people.", gazetteer, lexicon)
    assert [(r.event_date, r.time_precision) for r in records] == [(SUN, 1)]
    assert "reported as news" in records[0].notes


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed more than 20,000 people since April 2023 in Khartoum.",
        "Settlers carried out nearly 1,500 attacks over the past year in Hebron.",
        "Militants have staged frequent attacks in Mogadishu.",
        "A Hamas attack last year on Kfar Aza started the war.",
        "Russian forces shelled Kharkiv on 1 October 2025.",  # older than the report's recent past
        "Such attacks are common in Zamfara state.",
        "The conflict in Myanmar has killed thousands in Sagaing since the 2021 coup.",
        # forecasts, fears, threats, demands and denials tell no event
        "Residents fear further attacks on Goma.",
        "Trump threatened to bomb Tehran if the talks fail.",
        "Russia denied that its forces had struck a hospital in Kharkiv.",
        "Aid groups want an end to the fighting in El Fasher.",
        "Israel promised to retaliate for the attack on Haifa.",
        "The Houthis have vowed to keep attacking ships in the Red Sea.",
        "The group has claimed responsibility for dozens of attacks in Mogadishu.",
        "Since the war began, Russian forces have launched missiles at Kharkiv.",
        "Israel has been striking targets in Syria for years.",
        "The army is preparing an offensive on Kidal.",
        "Residents of Goma said they had been attacked several times.",
        "Attacks by armed groups near Beni have left dozens dead over the past month.",
        "The war has killed tens of thousands of people across Sudan.",
        "Attacks on aid workers in South Sudan have risen sharply.",
        "Al-Shabaab often carries out bombings in Mogadishu.",
        "Such attacks have become increasingly common in northern Burkina Faso.",
        "Zamfara state has seen a surge in kidnappings by bandits.",
        "Israeli attacks have killed at least 81 Palestinians across Gaza since a ceasefire was announced.",
        "Hundreds of displaced families arrived in Cucuta, where authorities set up shelters in a stadium.",
        "Myanmar has been in chaos since a putsch in February, with rebels fighting troops in Sagaing.",
        "Armed groups have stepped up their attacks on US bases in Erbil since early last year.",
    ],
)
def test_background_is_not_coded_as_a_new_event(text, gazetteer, lexicon):
    assert extract(text, gazetteer, lexicon) == []


@pytest.mark.parametrize(
    "text",
    [
        # adverbs of manner on a dated event are no habit (review, 2026-12-04)
        "Police in Nairobi fired tear gas on Monday as protesters constantly pelted them with stones.",
        "Soldiers continually clashed with militants near Tillaberi on Sunday, killing five.",
    ],
)
def test_a_dated_event_told_with_an_adverb_of_repetition_is_news(text, gazetteer, lexicon):
    assert extract(text, gazetteer, lexicon) != []


HOLIDAYS = [
    ("Russian drones struck Kharkiv on Christmas.", dt.date(2025, 12, 25)),
    ("On Christmas Eve, a missile hit Dnipro.", dt.date(2025, 12, 24)),
]


@pytest.mark.parametrize(("text", "day"), HOLIDAYS)
def test_holidays_date_events_and_are_never_places(text, day, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon)
    assert [(r.location, r.event_date) for r in records] == [(records[0].location, day)]
    assert records[0].location in ("Kharkiv", "Dnipro")


def test_explosions_rocking_a_city_are_placed_there(gazetteer, lexicon):
    text = "Explosions rocked Port Sudan on Sunday as drones struck the airport."
    (record,) = extract(text, gazetteer, lexicon)
    assert (record.location, record.event_type) == ("Port Sudan", "Explosions/Remote violence")


def test_talks_have_one_venue(gazetteer, lexicon):
    records = extract("The talks in Doha on Friday aimed to secure a ceasefire in Gaza.", gazetteer, lexicon)
    assert [(r.event_type, r.location) for r in records] == [("Diplomacy", "Doha")]


def test_talks_in_a_country_are_placed_at_the_town_the_report_is_filed_from(gazetteer, lexicon):
    # a town alone in capitals under the headline is a dateline; an attack in the country stays there
    text = ("Ethiopia PM in Somalia for talks\n\nMOGADISHU\n\nEthiopia's Prime Minister Abiy Ahmed arrived "
            "in Somalia on Thursday for talks with President Hassan Sheikh Mohamud.\n\nResidents reported "
            "mortar attacks in Somalia on Thursday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 2, 27))
    # (the attacks, placed only in the country, are too loose to code: ACLED codes none)
    assert [(r.event_type, r.location) for r in records] == [("Diplomacy", "Mogadishu")]
    assert "filed from" in records[0].notes


def test_a_capital_named_by_its_country_before_a_purpose_is_the_scene(gazetteer, lexicon):
    text = ("A caravan of indigenous organizations from the departments of Alta Verapaz and Quiché entered "
            "the Guatemalan capital to support the protests on Monday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 10, 19))
    assert [(r.event_type, r.location) for r in records] == [("Protests", "Guatemala City")]


def test_a_headline_scene_the_gazetteer_lacks_folds_into_the_lede(gazetteer, lexicon):
    # "Rohingya refugee camp" is placed at the dateline's Dhaka; "Cox Bazar" is Cox's Bazar
    text = ("At least six dead after armed gang attack in Rohingya refugee camp\n\nDHAKA, Oct 22 (Reuters) - "
            "At least six people were killed on Friday in an attack at a Rohingya camp in Bangladesh's Cox "
            "Bazar, a police official said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2021, 10, 22))
    assert [(r.location, r.fatalities) for r in records] == [("Cox’s Bāzār", 6)]


def test_a_sentence_after_background_goes_on_with_the_background(gazetteer, lexicon):
    text = ("On Friday, the Saudi-led coalition said an air strike had destroyed a drone control operations "
            "room in the Yemeni capital of Sanaa.\n\nYemen has been engulfed by civil war since 2015, months "
            "after the Houthi rebels seized control of Sanaa.\n\nThey took over much of the country's "
            "north.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2022, 2, 21))
    assert [(r.event_type, r.location) for r in records] == [("Explosions/Remote violence", "Sanaa")]
    assert "took over" not in records[0].source_text
    # a count the event lacked, after background, is still the event's (review)
    text = ("Police clashed with protesters in Lahore on Sunday. Protests by Imran Khan's supporters have "
            "been held repeatedly in recent months. Dozens of people were arrested and 12 were injured, "
            "police said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 10, 14))
    assert [(r.location, r.injuries) for r in records] == [("Lahore", 12)]


def test_a_ransom_demand_is_no_diplomacy(gazetteer, lexicon):
    text = ("Gunmen abducted 38 worshippers in Kwara State on Sunday. The kidnappers later contacted their "
            "families to demand a ransom.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 12, 7))
    assert "Diplomacy" not in [r.event_type for r in records]


def test_advice_to_avoid_protests_tells_no_protest(gazetteer, lexicon):
    text = ("Individuals in Katuwana are advised to monitor the situation, avoid all protests and "
            "demonstrations, and heed the instructions of the authorities.")  # fmt: skip
    assert extract(text, gazetteer, lexicon, published=dt.date(2018, 12, 13)) == []
    # only what "avoid" governs: "To avoid casualties, police fired tear gas at protesters"
    text = "To avoid casualties, police fired tear gas at protesters in Nairobi on Tuesday, a spokesman said."
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 7, 17))
    assert [r.location for r in records] == ["Nairobi"]


def test_a_date_line_in_figures_is_furniture(gazetteer, lexicon):
    text = ("Students clash in Dhaka, at least 100 injured\n16/7/2024 7:20\nMore than 100 students were "
            "injured in Dhaka on Monday in clashes between rival student groups, police said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 7, 16))
    assert [str(r.event_date) for r in records] == ["2024-07-15"]


def test_an_ambush_with_mines_alone_is_an_explosion(gazetteer, lexicon):
    records = extract("Resistance fighters ambushed a junta convoy with mines near Myingyan on Tuesday.",
                      gazetteer, lexicon, published=dt.date(2023, 8, 3))  # fmt: skip
    assert [r.sub_event_type for r in records] == ["Remote explosive/landmine/IED"]
    text = "Militants ambushed an army patrol with an IED and gunfire near Gao on Tuesday, killing four."
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 8, 3))
    assert [r.sub_event_type for r in records] == ["Armed clash"]  # fire exchanged: a battle
    text = ("Armed men from two communities exchanged fire in Naranseina in Bishnupur district on Tuesday. "
            "In the gunfight, a village volunteer was killed when a bomb exploded.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 8, 30))
    assert [r.event_type for r in records] == ["Battles"]


def test_a_visit_is_a_meeting_where_it_is_received(gazetteer, lexicon):
    text = ("Kenya's foreign minister welcomed Haiti's Prime Minister Garry Conille in Nairobi on Thursday "
            "for a four-day visit. President Ruto will visit Haiti next month.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 10, 10))
    assert [(r.event_type, r.location) for r in records] == [("Diplomacy", "Nairobi")]
    text = "His visit comes after Prime Minister Abiy Ahmed's visit to Asmara, Eritrea last Sunday."
    records = extract(text, gazetteer, lexicon, published=dt.date(2018, 7, 13))
    assert [(r.event_type, r.location, str(r.event_date)) for r in records] == [
        ("Diplomacy", "Asmara", "2018-07-08")]  # fmt: skip
    # review: a trip's destination is no attack's scene
    text = ("Gunmen ambushed a convoy of traders returning from a trip to Kidal, killing four near Anefis on "
            "Wednesday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 8, 10))
    assert [r.location for r in records] == ["Anefis"]
    # a planned, cancelled or postponed visit is no meeting; the attack that put it off is news
    text = ("Congo's prime minister cancelled a planned visit to Goma on Sunday. Chinese Premier Li Qiang's "
            "visit to Islamabad was postponed after a suicide attack on a convoy in Besham killed six people "
            "on Tuesday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 5, 27))
    # (a suicide attack: the codebook's suicide bomb)
    assert [(r.sub_event_type, r.location) for r in records] == [("Suicide bomb", "Besham")]
    # a working visit at home is no diplomacy (review)
    text = ("Nigerian President Bola Tinubu arrived in Maiduguri on a working visit on Thursday, a day after "
            "Boko Haram fighters killed 30 farmers in Gwoza.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 5, 6))
    assert "Diplomacy" not in [r.event_type for r in records]
    text = ("The governor's visit to Bama on Sunday came a day after Boko Haram fighters attacked the town, "
            "killing nine people, officials said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 9, 19))
    assert [r.fatalities for r in records if r.event_type == "Diplomacy"] in ([], [None])
    text = "Syria suspended family visits to detainees at Adra prison on Sunday after inmates rioted."
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 2, 20))
    assert "Diplomacy" not in [r.event_type for r in records]


def test_at_sea_off_a_port_is_placed_at_the_port(gazetteer, lexicon):
    text = "The Houthis said they fired missiles at a ship off Hodeidah on Monday."
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 6, 16))
    assert [(r.event_type, r.country) for r in records] == [("Explosions/Remote violence", "Yemen")]


def test_the_village_of_x_names_a_place_and_is_no_anaphor(gazetteer, lexicon):
    text = ('Terrorists on Tuesday beheaded five people in Macomia district, the newssheet "Carta '
            'de Mocambique" reported.\n\nFour of those killed were fishermen who lived in the village '
            "of Nacotuco.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2019, 8, 28))
    assert [r.country for r in records] == ["Mozambique"]


def test_a_later_sentence_dates_an_event_told_undated(gazetteer, lexicon):
    text = ("Thousands of people demonstrated in London against the ban.\n\nOrganisers said "
            "that on Saturday around 1,500 people joined the protest.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location, r.event_date) for r in records] == [
        ("Protests", "London", dt.date(2025, 12, 27))
    ]


def test_the_day_of_a_telling_gives_way_to_the_day_of_the_event(gazetteer, lexicon):
    text = ("Local officials said on Monday that shelling struck Kherson, killing two civilians.\n\n"
            "In a statement, they said the shells hit Kherson on Sunday evening.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 12, 30))
    assert [(r.location, r.event_date) for r in records] == [("Kherson", dt.date(2025, 12, 28))]


def test_times_right_after_a_verb_of_telling_are_marked_as_its_time(lexicon):
    from events.extraction.timex import find_times, mark_telling

    text = "Officials said on Monday that a drone hit a school on Friday; Kyiv told AFP Tuesday."
    times = mark_telling(text, find_times(text, SUN), lexicon.telling)
    assert [(t.expression, t.speech) for t in times] == [
        ("on Monday", True),
        ("on Friday", False),
        ("Tuesday", True),
    ]
    # what was reported, not who reported it: the event's day ("it was reported" stays a telling)
    text = "Fresh violence was reported on Tuesday in Bishnupur; it was reported on Wednesday that two died."
    times = mark_telling(text, find_times(text, SUN), lexicon.telling)
    assert [(t.expression, t.speech) for t in times] == [("on Tuesday", False), ("on Wednesday", True)]
    # a time opening a sentence, with no comma, before a teller, a verb of telling and "that"
    text = ("On Saturday the defense ministry reported that ten soldiers were killed. On Friday gunmen "
            "killed five people, police said. On Sunday the army said it had retaken the town.")  # fmt: skip
    times = mark_telling(text, find_times(text, SUN), lexicon.telling)
    assert [(t.expression, t.speech) for t in times] == [
        ("On Saturday", True),
        ("On Friday", False),
        ("On Sunday", False),
    ]


def test_an_event_told_again_undated_is_the_dated_one(gazetteer, lexicon):
    text = ("The governor said on Friday that one person was killed in a drone attack in the "
            "Belgorod region.\nHe said the drone struck the village of Novaya Naumovka.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 5, 18))
    assert [(r.event_type, r.event_date, r.fatalities) for r in records] == [
        ("Explosions/Remote violence", dt.date(2024, 5, 17), 1)
    ]


def test_a_sentence_opening_another_incident_is_not_the_event_told_before(gazetteer, lexicon):
    text = ("Militants stormed a police station on Sunday in Khyber Pakhtunkhwa, killing four policemen.\n\n"
            "Hours later, in Bannu district, militants took over a security centre.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2022, 12, 19))
    assert sorted((r.location, r.fatalities) for r in records) == [("Bannu", None), ("Khyber Pakhtunkhwa", 4)]


def test_counts_told_after_an_event_join_it_and_war_tolls_do_not(gazetteer, lexicon):
    text = ("Israeli airstrikes hit Khan Younis on Wednesday. Two children were among those killed, "
            "and four people were killed. The war has left over 40,200 Palestinians dead.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, normalize_name(r.location), r.fatalities) for r in records] in (
        [("Explosions/Remote violence", "khan younis", 4)],
        [("Explosions/Remote violence", "khan yunis", 4)],
    )


def test_an_event_with_no_place_takes_the_scene_its_paragraph_set(gazetteer, lexicon):
    text = ("On 3 May 2020, crowds filled the centre of Gedaref (Gedaref state) after the governor's "
            "speech. Soldiers dispersed the crowds with tear gas.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 5, 3))
    assert [(r.event_type, r.admin1) for r in records] == [("Protests", "Gedaref")]
    assert "Place from an earlier sentence: 'Gedaref'." in records[0].notes


def test_an_event_with_no_place_takes_a_scene_its_paragraph_named_by_its_divisions(gazetteer, lexicon):
    text = ("On 4 May 2020, a fight between two groups of locals took place in Basonge (Lubefu, "
            "Sankuru). It started when a group of locals beat up a man.")  # fmt: skip
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2020, 5, 4))
    assert (record.location, record.admin1, record.geo_precision) == ("Basonge", "Sankuru", 2)
    assert "Place from an earlier sentence" in record.notes


@pytest.mark.parametrize(
    "text",
    [
        "Israeli airstrikes on Wednesday killed 13 people in Khan Younis, a city in the south of Gaza.",
        "Airstrikes on Wednesday killed 13 people in Khan Younis, a crowded city on the coast of Gaza.",
    ],
)
def test_a_place_described_by_an_appositive_is_the_one_scene(text, gazetteer, lexicon):
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2024, 8, 21))
    assert normalize_name(record.location) == "khan yunis" and record.fatalities == 13


def test_an_event_retold_with_its_toll_in_the_same_division_is_one(gazetteer, lexicon):
    text = ("Local authorities said on Monday that artillery fire struck Omdurman City in the capital "
            "Khartoum, killing four civilians and injuring 30 others.\n\n"
            "In a statement, the state said the RSF fired artillery shells at Omdurman City's Al-Thawra "
            "neighborhood on Sunday, killing four civilians and injuring 30 others.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 3, 17))
    [record] = records
    assert (record.event_type, record.fatalities, record.injuries) == ("Explosions/Remote violence", 4, 30)


def test_two_strikes_with_the_same_toll_on_their_own_days_stay_two(gazetteer, lexicon):
    text = ("On Sunday, artillery fire struck Omdurman, killing four civilians. On Monday, artillery "
            "fire struck Khartoum, killing four civilians.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 3, 17))
    assert len(records) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 14 July 2023, the deputy commissioner of the district was assassinated by al-Shabaab in a "
         "restaurant in Mogadishu.", "Violence against civilians"),
        ("On 14 July 2023, Taliban militants ambushed and killed three Arbakis in Balkh.", "Battles"),
    ],
)  # fmt: skip
def test_officials_are_civilians_and_local_police_are_armed(text, kind, gazetteer, lexicon):
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2023, 7, 15))
    assert record.event_type == kind


def test_titles_in_capitals_are_no_list_of_places(gazetteer, lexicon):
    text = ("A Deputy Commissioner of Administration and Finance was shot dead by gunmen in a restaurant "
            "in Mogadishu on 14 July 2023.")  # fmt: skip
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2023, 7, 15))
    assert record.fatalities == 1 and "divided evenly" not in record.notes


def test_an_event_told_with_no_place_on_the_story_s_day_is_where_the_story_is(gazetteer, lexicon):
    text = ("Police fired tear gas and rubber bullets at party activists on Tuesday, injuring at least "
            "50.\n\nAround 10 am, several thousand activists gathered at the grave of Ziaur Rahman in "
            "Dhaka. Clashes broke out when police blocked their path.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2021, 8, 17))
    placed = [r for r in records if r.injuries == 50]
    assert [r.location for r in placed] == ["Dhaka"]
    assert "placed where the report's first event is" in placed[0].notes


def test_a_scene_the_gazetteer_lacks_is_in_the_division_named_before_not_at_the_dateline(gazetteer, lexicon):
    text = ("RAWALPINDI — Seven soldiers were killed after militants attacked a security forces’ checkpost "
            "in Balochistan’s Kalat district.\n\nAccording to a statement, militants stormed a security "
            "forces’ post in the Shah-e-Mardan area on the night of November 15-16, 2024.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 11, 17))
    assert [(r.location, r.admin1) for r in records] == [("Shah-e-Mardan", "Balochistan")]
    assert "the division the report names before it" in records[0].notes


def test_a_scene_that_already_has_its_event_is_not_lent_to_another(gazetteer, lexicon):
    text = ("Russian forces shelled Kupiansk on Monday, damaging a school. On Tuesday, a drone "
            "attack wounded two people.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 12, 31))
    assert [r.admin1 for r in records if r.location] == ["Kharkiv"]


def test_a_second_level_division_with_no_settlement_is_drawn_as_its_first_level_division(gazetteer, lexicon):
    text = ("On 30 April 2020, soldiers killed 12 civilians in an unspecified area of Aweil East county "
            "(Northern Bahr el Ghazal state).")  # fmt: skip
    [record] = extract(text, gazetteer, lexicon, published=dt.date(2020, 4, 30))
    assert record.gazetteer_id.startswith("admin2:") and record.location == "Aweil East"
    assert record.geo_precision == 3 and record.geometry["type"] in ("Polygon", "MultiPolygon")
    assert "drawn as Northern Bahr el Ghazal" in record.notes


@pytest.mark.parametrize(
    ("text", "location", "said"),
    [
        ("Drone strikes in Mali's north killed at least 15 civilians.", "Mali", "north Mali"),
        ("Shelling in Syria's far northeast killed three people.", "Syria", "northeast Syria"),
        ("Gunmen killed 12 villagers in Nigeria's Zamfara state.", "Zamfara", None),
    ],
)
def test_a_possessive_place_is_the_scene_when_a_part_of_it_follows(text, location, said, gazetteer, lexicon):
    [record] = extract(text, gazetteer, lexicon)
    assert record.location == location
    assert (said is None) or f"The text says {said}." in record.notes


def test_it_happened_in_x_places_the_event_told_before(gazetteer, lexicon):
    text = ("A drone and mortar attack on a military base in northern Colombia killed six soldiers.\n\n"
            "It happened in Aguachica, a municipality of Cesar province.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location, r.fatalities) for r in records] == [
        ("Explosions/Remote violence", "Aguachica", 6)
    ]


@pytest.mark.parametrize(
    ("text", "agents", "victims"),
    [
        ("Militants killed two soldiers in Gao.", ["Militants"], ["soldiers"]),
        ("Two soldiers were killed by militants in Gao.", ["militants"], ["soldiers"]),
        ("M23 rebels attacked villagers in Rutshuru.", ["M23"], ["villagers"]),
        (
            "Fighting broke out between Arab tribal fighters and the Syrian Democratic Forces.",
            ["Arab tribal fighters"],
            ["Syrian Democratic Forces"],
        ),
        ("The Myanmar military carried out an airstrike on a village.", ["Myanmar military"], ["village"]),
        ("A US warship shot down a missile fired by the Houthis.", ["US warship"], ["Houthis"]),
        ("An armed group ambushed an NGO convoy near Bria.", ["armed group"], ["NGO convoy"]),  # no army's
        # the passive's subject, not a part of it told in apposition
        ("Thirteen police officers, among them a local official, were killed.", [], ["police officers"]),
        ("Activists say soldiers shot three protesters.", ["soldiers"], ["protesters"]),  # a source
        # the passive's agent named with its event word, an adjective before it
        ("A man was killed in an overnight Ukrainian drone strike.", ["Ukrainian drone strike"], ["man"]),
        # two verbs of one subject: the first verb's subject and voice ("chased down and killed")
        (
            "Locals in Za-Sounta, Zakpota Commune (Za-Kpota, Zou) chased down and killed two men.",
            ["Locals"],
            ["men"],
        ),
        ("Two villagers were abducted and killed in the village.", [], ["villagers"]),
        # (not across a clause of its own: the operatives, no party here, drove them back)
        (
            "When the bandits moved to Samawa, operatives posted in the area mobilized and drove them back.",
            [],
            [],
        ),
    ],
)
def test_who_did_what_to_whom(text, agents, victims, lexicon):
    parties = find_parties(text, find_actors(text, lexicon), lexicon)
    triggers = sorted(m.span() for t in lexicon.triggers for m in t.pattern.finditer(text))
    found = roles(text, (0, len(text)), triggers, parties)
    assert [text[p.start : p.end] for p in found.agents] == agents
    assert [text[p.start : p.end] for p in found.victims][: len(victims)] == victims


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Gunmen ambushed and killed three youths near the market.", "youths"),  # not the market
        ("A retired headmaster was abducted by armed men on Sunday.", "headmaster"),  # a passive's subject
        ("A tailor was at his shop when gunmen arrived. The gunmen shot him in the leg.", "him"),
        ("During the day four XYZ members were killed at the front.", None),  # no violent verb's people
    ],
)
def test_violence_falls_on_people_of_no_actor_type_as_civilians(text, victim, lexicon):
    # people named by age, title, office or kin (actor_types.yaml `people`) are civilians where violence
    # falls on them
    parties = find_parties(text, find_actors(text, lexicon), lexicon)
    spans = [m.span() for m in re.finditer(r"killed|abducted|shot", text)]
    start = text.rfind(".", 0, spans[0][0]) + 1
    found = roles(text, (start, len(text)), spans, parties, lexicon=lexicon)
    told = [(text[p.start : p.end], p.type) for p in found.victims]
    assert told[:1] == ([(victim, "civilians")] if victim else []), told


def test_a_battle_that_followed_is_an_event_of_its_own(gazetteer, lexicon):
    text = (
        "Gunmen killed five villagers in Gusau on Saturday.\n\n"
        "Two gunmen were killed in Tsafe in the gun battle that followed."
    )
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location) for r in records] == [
        ("Violence against civilians", "Gusau"),
        ("Battles", "Tsafe"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike in Kinshasa on Tuesday to demand better pay.",  # the demand is the crowd's
        "Doctors observed a strike at public hospitals in Kinshasa on Tuesday.",
        "Teachers launched a four-day nation-wide strike in Kinshasa on Tuesday.",
        "Residents gathered in front of the governor's office in Kinshasa on Tuesday to denounce insecurity.",
        "Retired soldiers gathered at a square in Kinshasa on Tuesday, demanding their pensions.",
    ],
)
def test_strikes_and_gatherings_with_a_protest_purpose_are_protests(text, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location) for r in records] == [("Protests", "Kinshasa")]


def test_an_event_named_as_the_time_of_another_is_no_new_event(gazetteer, lexicon):
    text = "Protesters blocked roads in Dori on Tuesday following the abduction of a teacher."
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Protests", "Peaceful protest")]
    # nor is what a relative clause says that event did
    text = "Protesters marched in Dori on Tuesday after the Inata attack, which caused the death of 53."
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.fatalities) for r in records] == [("Protests", None)]


def test_a_crowds_demand_is_its_protest(gazetteer, lexicon):
    text = (
        "Hundreds of protesters forced their way into the governor's office in Kinshasa on Sunday "
        "to demand justice."
    )
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location) for r in records] == [("Protests", "Kinshasa")]
    # nor is a rioting crowd's demand a diplomatic one
    text = "Rioters torched cars in Makurdi on Monday, demanding the arrest of the killers."
    records = extract(text, gazetteer, lexicon, dt.date(2025, 6, 17))
    assert [r.event_type for r in records] == ["Riots"]
    # a demand made by others, with a crowd named after it, stays a demand
    text = "On Sunday, Tshisekedi demanded that Rwanda withdraw its troops, as protesters watched."
    records = extract(text, gazetteer, lexicon, dt.date(2025, 2, 3))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Diplomacy", "Demand")]


@pytest.mark.parametrize(
    "text",
    [
        "In Chittagong, three people were killed on Tuesday as ruling party men clashed with protesters.",
        "Police clashed with demonstrators in Chittagong on Tuesday.",
        "In Chittagong, two people were killed on Tuesday as protesters and BCL men clashed with sticks.",
    ],
)
def test_a_clash_with_a_crowd_is_a_violent_demonstration(text, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, dt.date(2024, 7, 17))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Riots", "Violent demonstration")]


def test_a_protest_and_a_riot_at_one_place_on_one_day_are_one_crowd(gazetteer, lexicon):
    text = (
        "Students protested in Chittagong on Tuesday.\n\n"
        "Later that day, the protesters torched buses in Chittagong."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2024, 7, 17))
    assert [(r.event_type, r.location, len(r.evidence_spans)) for r in records] == [
        ("Riots", "Chattogram", 2)
    ]


def test_a_country_opening_an_institutions_name_is_no_scene(gazetteer, lexicon):
    text = "Thousands of people rallied outside the Kenya Parliament on Tuesday."
    records = extract(text, gazetteer, lexicon, dt.date(2024, 7, 17))
    assert [r.location for r in records] == ["Kenya Parliament"]
    assert records[0].geometry is None and "no geometry" in records[0].notes
    text = "Thousands of people rallied in Kenya on Tuesday."
    assert [r.location for r in extract(text, gazetteer, lexicon, dt.date(2024, 7, 17))] == ["Kenya"]


def test_a_loose_development_below_the_opening_paragraphs_is_context(gazetteer, lexicon):
    deployed = "The government deployed members of Border Guard Bangladesh in Dhaka."
    opening = "Students protest in Rangpur\n\nStudents protested in Rangpur on Tuesday.\n\n"
    middle = "They marched to the university.\n\nThe rally was peaceful.\n\n"
    told_first = extract(opening + deployed, gazetteer, lexicon, dt.date(2024, 7, 17))
    told_later = extract(opening + middle + deployed, gazetteer, lexicon, dt.date(2024, 7, 17))
    # (beside an event of the report's own, told first or later, the loosest development with no day of its
    # own is its setting: not_news.without_context)
    assert [r.sub_event_type for r in told_first] == ["Peaceful protest"]
    assert [r.sub_event_type for r in told_later] == ["Peaceful protest"]
    # told with a day and a place of its own, it is news wherever it is told
    dated = "On Wednesday, the government imposed a curfew in Dhaka."
    told_dated = extract(opening + middle + dated, gazetteer, lexicon, dt.date(2024, 7, 18))
    assert len(told_dated) == 2


def test_an_agreement_reached_at_talks_is_one_diplomatic_event(gazetteer, lexicon):
    text = (
        "Pakistan and Afghanistan agreed to an immediate ceasefire after talks mediated by Qatar "
        "in Doha on Sunday."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2025, 10, 20))
    assert [(r.event_type, r.sub_event_type, r.location) for r in records] == [
        ("Diplomacy", "Agreement", "Doha")
    ]
    # one signed by a head of state named by title
    text = "In Nairobi on Friday, Henry and President William Ruto signed a reciprocal agreement."
    records = extract(text, gazetteer, lexicon, dt.date(2024, 3, 4))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Diplomacy", "Agreement")]
    # a truce between the sides of a war, told without talks, is the war's development
    text = "Israel and Hamas agreed to a ceasefire in Doha on Sunday."
    records = extract(text, gazetteer, lexicon, dt.date(2025, 10, 20))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Strategic developments", "Agreement")]


@pytest.mark.parametrize(
    "text",
    [
        "Gang members killed 70 people in Gonaives on Thursday. Survivors fled to the nearby coastal "
        "city of Saint-Marc, where the wounded were treated.",
        "Settlers who had arrived from the direction of Saint-Marc attacked homes in Gonaives on Thursday.",
        "Gunmen attacked Gonaives on Thursday. Troops evacuated the wounded to hospitals in Saint-Marc.",
    ],
)
def test_where_survivors_fled_is_no_scene(text, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, dt.date(2024, 10, 4))
    assert [r.location for r in records] == ["Gonaives"]


def test_a_placeless_count_far_down_a_report_is_no_event_but_an_entrys_count_is(gazetteer, lexicon):
    filler = "Residents said the attackers arrived on motorcycles and stayed for an hour. " * 10
    text = (
        "Gunmen kill villagers in Gusau\n\nGunmen killed five villagers in Gusau on Saturday, police said."
        f"\n\n{filler}\n\n{filler}\n\nTwo people were killed on Sunday, officials said."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.location, r.fatalities) for r in records] == [("Gusau", 5)]
    records = extract(
        "On 12 July 2025, two people were killed, officials said.", gazetteer, lexicon, dt.date(2025, 7, 14)
    )
    assert [r.fatalities for r in records] == [2]
    # told in the opening, it is the report's news, with its place ("near Gao"); with none, no event
    text = (
        "Soldiers killed in ambush\n\nTwo soldiers were killed and three wounded near Gao on Sunday, "
        "the army said."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.fatalities, r.injuries) for r in records] == [(2, 3)]
    assert extract(text.replace(" near Gao", ""), gazetteer, lexicon, dt.date(2025, 7, 14)) == []


def test_an_event_with_no_place_below_a_reports_opening_is_not_coded(gazetteer, lexicon):
    ambush = "Militants ambushed an army patrol on Sunday, killing two soldiers, the army said."
    opening = "Attacks in the north\n\nGunmen killed five villagers in Gusau on Saturday, police said.\n\n"
    text = opening + "They arrived on motorcycles.\n\nResidents fled.\n\n" + ambush
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.event_type, r.location) for r in records] == [("Violence against civilians", "Gusau")]
    # in the opening paragraphs too, beside an event the report places
    records = extract(opening + ambush, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.event_type, r.location) for r in records] == [("Violence against civilians", "Gusau")]
    # and in a report that places none of its events (ACLED codes no event without a location)
    records = extract("Attacks in the north\n\n" + ambush + "\n\nResidents fled.", gazetteer, lexicon,
                      dt.date(2025, 7, 14))  # fmt: skip
    assert records == []


@pytest.mark.parametrize(
    "background",
    [
        "Police said 40 people have been killed in Zamfara so far this year.",  # read through its time
        "Zamfara has recorded 40 deaths so far this year, as gangs fight over mines and extortion rackets.",
        "The toll so far this year stands at 40 dead.",
    ],
)
def test_a_background_toll_is_no_evidence_of_the_event_before(background, gazetteer, lexicon):
    text = f"Gunmen killed five villagers in Gusau on Saturday.\n\n{background}"
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.location, r.fatalities, len(r.evidence_spans)) for r in records] == [("Gusau", 5, 1)]


def test_an_event_in_a_part_of_a_country_is_coded_in_that_part(gazetteer, lexicon):
    text = ("A hard week for residents\n\nDrone strikes killed 15 civilians in northern Mali on Sunday, "
            "residents said."
            "\n\nOn Saturday, gunmen killed two traders in Sikasso, police said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, dt.date(2024, 7, 29))
    assert [(r.location, r.geo_precision, r.geometry["type"]) for r in records] == [
        ("Mali", 3, "Polygon"),
        ("Sikasso", 1, "Point"),
    ]
    assert "Drawn as the part of Mali the text names" in records[0].notes


@pytest.mark.parametrize(
    "part",
    [
        "In the northeastern part of the country",
        "In the country's northeast",
        "In the northeast of the country",
        "In the West African nation's troubled northeast",
    ],
)
def test_a_part_of_the_reports_country_told_without_its_name_is_that_part(part, gazetteer, lexicon):
    text = (
        "ABUJA, Nigeria - Gunmen opened fire on residents of a village in Apa on Thursday, police said. "
        f"{part}, meanwhile, Islamic extremists who have waged an insurgency for more than a decade "
        "abducted five aid workers."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2023, 4, 28))
    assert [(r.location, r.country_code, r.geometry["type"]) for r in records] == [
        ("Apa", "NG", "Polygon"),  # the LGA's area
        ("Nigeria", "NG", "Polygon"),
    ]
    assert "its divisions Adamawa, Bauchi, Borno" in records[1].notes
    assert f"The text says {part.removeprefix('In ')}." in records[1].notes  # the phrase, said once


def test_a_sentence_naming_the_event_again_dates_it(gazetteer, lexicon):
    text = ("Gunmen killed three soldiers in a series of coordinated attacks in Chilchota.\n\n"
            "The violence erupted on Sunday afternoon at two separate locations.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, dt.date(2025, 3, 17))
    assert [(r.location, str(r.event_date)) for r in records] == [("Chilchota", "2025-03-16")]
    assert "Date from a later sentence: 'on Sunday afternoon'" in records[0].notes


def test_an_event_placed_only_in_a_country_is_not_coded_in_a_report(gazetteer, lexicon):
    strikes = "Israeli warplanes struck Hezbollah targets deep inside Lebanon on Saturday."
    report = "Strikes on Lebanon\n\nAn Israeli strike hit a house in Tyre on Sunday, killing two people.\n\n"
    middle = "The house was flattened.\n\nRescuers searched the rubble.\n\n"
    records = extract(report + middle + strikes, gazetteer, lexicon, dt.date(2024, 7, 29))
    assert [r.location for r in records] == ["Tyre"]
    # in the opening too, beside an event the report places
    records = extract(report + strikes, gazetteer, lexicon, dt.date(2024, 7, 29))
    assert [r.location for r in records] == ["Tyre"]
    # nor in a report that places nothing; a one-paragraph entry (an event log's) keeps it
    records = extract("Strikes on Lebanon\n\n" + strikes + "\n\nRescuers searched the rubble.", gazetteer,
                      lexicon, dt.date(2024, 7, 29))  # fmt: skip
    assert records == []
    records = extract(strikes, gazetteer, lexicon, dt.date(2024, 7, 29))
    assert [r.location for r in records] == ["Lebanon"]


def test_an_unknown_scene_is_placed_at_the_town_the_report_was_filed_from(gazetteer, lexicon):
    text = (
        "MANILA, Philippines - Thousands of people protested near Malacanang Palace on Sunday.\n\n"
        "Smaller rallies were held in Cebu City and Baguio."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2025, 9, 22))
    assert records[0].location == "Malacanang Palace"
    assert "placed at city Manila (gn:1701668), the town the report was filed from" in records[0].notes
    # not a town of another country ("CAIRO" on a report about Sudan)
    text = (
        "CAIRO (AP) - Fighters shelled the village of Wad Nouri on Wednesday.\n\n"
        "Aid groups in Wad Madani said dozens were hurt."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2024, 6, 6))
    assert "Cairo" not in records[0].notes


def test_a_strike_needs_no_weapon_in_a_report_of_strikes_by_their_weapons(gazetteer, lexicon):
    later = "In Khmelnytskyi Oblast, two strikes hit an infrastructure facility in Shepetivka."
    opening = (
        "Russia attacked Ukraine overnight with 88 missiles and 63 drones, officials said on Friday.\n\n"
    )
    records = extract(opening + later, gazetteer, lexicon, dt.date(2024, 3, 22))
    assert "Shepetivka" in [r.location for r in records]
    assert extract(later, gazetteer, lexicon, dt.date(2024, 3, 22)) == []  # alone: a strike of what?
    # "the strike" told after is that strike, not another
    text = opening + "The strike came two days after talks in Saint Petersburg."
    records = extract(text, gazetteer, lexicon, dt.date(2024, 3, 22))
    assert ("Explosions/Remote violence", "Saint Petersburg") not in [
        (r.event_type, r.location) for r in records
    ]
    # nor is a labour strike one
    text = opening + "In Lviv, a general strike was called by the unions."
    assert "Lviv" not in [r.location for r in extract(text, gazetteer, lexicon, dt.date(2024, 3, 22))]


@pytest.mark.parametrize("name", ["Houthis", "Huthis", "Huthi rebels"])
def test_spellings_of_an_actor_are_the_actor_not_a_place(name, gazetteer, lexicon):
    text = f"{name} fired a missile at a ship off Hodeidah on Monday."
    records = extract(text, gazetteer, lexicon, dt.date(2025, 5, 6))
    assert [r.actor1 for r in records] == ["Ansar Allah"]


def test_a_town_across_a_border_the_report_names_is_kept(gazetteer, lexicon):
    text = (
        "Israeli strikes killed two people in Kfar Tebnit in the Nabatieh district on Friday.\n\n"
        "In the morning, two rockets were launched from Lebanese territory toward Kiryat Shmona, the "
        "Israeli army said."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2025, 3, 29))
    assert "Qiryat Shmona" in [r.location for r in records]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspects were arrested and taken into custody in Kano on Monday.", ("Arrests", "Kano")),
        ("The gunmen fled into the bush after attacking Zurmi on Monday.", ("Attack", "Zurmi")),
        (
            "Violence has escalated in recent weeks, as gunmen killed 12 villagers in Zurmi.",
            ("Attack", "Zurmi"),
        ),
        (
            "Violence has escalated in recent weeks, as gunmen shot 12 villagers in Zurmi on Monday.",
            ("Attack", "Zurmi"),
        ),
        ("Gunmen killed 12 villagers in Nigeria Sunday, police said.", ("Attack", "Nigeria")),
        (
            "Farmers and herders signed a peace agreement in Jos on Friday, President Tinubu said.",
            ("Agreement", "Jos"),
        ),
    ],
)
def test_narrow_readings_keep_the_event(text, expected, gazetteer, lexicon):
    """Custody is no destination, the bush then a verb neither; a clause with its own time and a
    past verb after a background one is news; a weekday after a country is no institution; a
    president who tells of an agreement is no party to it."""
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 14))
    assert [(r.sub_event_type, r.location) for r in records] == [expected]
    if expected[0] == "Agreement":
        assert records[0].event_type == "Strategic developments"


def test_a_demand_after_a_crowd_in_another_clause_stays_a_demand(gazetteer, lexicon):
    text = "Police shot dead two protesters in Nairobi on Tuesday, and the opposition demanded an inquiry."
    records = extract(text, gazetteer, lexicon, dt.date(2025, 7, 9))
    assert "Demand" in [r.sub_event_type for r in records]
    assert "Peaceful protest" not in [r.sub_event_type for r in records]


def test_a_month_named_march_does_not_make_a_demand_a_protests_cause(gazetteer, lexicon):
    text = "On 18 March, Zelensky demanded that Russia withdraw its troops from Kherson."
    records = extract(text, gazetteer, lexicon, dt.date(2022, 3, 20))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Diplomacy", "Demand")]


@pytest.mark.parametrize("joint", [". Police", "; police"])
def test_force_told_after_a_protest_makes_it_a_protest_with_intervention(joint, gazetteer, lexicon):
    text = f"Opposition supporters demonstrated in Conakry on Tuesday{joint} dispersed them with tear gas."
    records = extract(text, gazetteer, lexicon)
    assert [(r.sub_event_type, r.location) for r in records] == [("Protest with intervention", "Conakry")]


def test_force_told_before_the_crowds_violence_in_one_sentence_is_that_riot(gazetteer, lexicon):
    text = ("On 6 May 2020, police fired tear gas shells to disperse thousands of migrant workers, who had "
            "taken to the streets and pelted stones in Surat.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 5, 7))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Riots", "Violent demonstration")]


def test_force_met_by_a_rioting_crowd_in_the_same_sentence_is_that_riot(gazetteer, lexicon):
    text = "Demonstrators threw stones at police in Conakry on Saturday, who responded with tear gas."
    records = extract(text, gazetteer, lexicon)
    assert [(r.event_type, r.location) for r in records] == [("Riots", "Conakry")]


def test_force_met_by_a_crowd_violent_in_a_later_sentence_is_a_riot(gazetteer, lexicon):
    """The codebook: demonstrators who are violent make a riot, whether or not force met them."""
    text = ("On 7 May 2020, workers staged a demonstration in Dhaka demanding unpaid wages. They also beat "
            "an official of the factory and burnt tires. Police dispersed the demonstrators.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 5, 8))
    assert [(r.event_type, r.sub_event_type) for r in records] == [("Riots", "Violent demonstration")]


def test_an_agreement_settled_without_violence_does_not_settle_an_event_told_with_an_attack():
    from events.extraction.codebook_ranks import QUIET, SETTLED
    from events.extraction.type_model import load_model

    model = load_model()
    agreement = f"{SETTLED}{QUIET}:Strategic developments::Agreement"
    assert model.decide([agreement])[:2] == ("Strategic developments", "Agreement")
    assert model.decide([agreement, "t:attack_noun", "agent:rebels", "victim:state_forces"])[0] == "Battles"


def test_the_model_lets_a_riot_settled_for_the_event_outrank_force_met():
    from events.extraction.codebook_ranks import FORCE_MET, SETTLED
    from events.extraction.type_model import load_model

    model = load_model()
    force = f"{SETTLED}{FORCE_MET}:Protests::Protest with intervention"
    assert model.decide([force])[:2] == ("Protests", "Protest with intervention")
    assert model.decide([force, f"{SETTLED}9:Riots::Violent demonstration"])[:2] == (
        "Riots",
        "Violent demonstration",
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A man threw a fragmentation grenade at police in Cucuta.", "Explosions/Remote violence"),
        ("Resistance committees organised a march in Khartoum on Saturday.", "Protests"),
        ("Transporters held a sit-in in Lima on Saturday against the rise in fuel prices.", "Protests"),
        ("Elders brokered a 10-day ceasefire between the tribes in Parachinar.", "Strategic developments"),
        # the truce in two words
        (
            "The FARC and the army signed a bilateral cease fire agreement in Havana.",
            "Strategic developments",
        ),
        ("The Arakan Army established an administrative office in Buthidaung.", "Strategic developments"),
        ("Officers seized power in Niamey on Saturday.", "Strategic developments"),
        ("Protesters gathered in front of the parliament in Bangkok on Saturday.", "Protests"),
        ("A student was picked up by men in plainclothes in Karachi.", "Violence against civilians"),
        ("The TTP announced the end of the ceasefire in North Waziristan.", "Strategic developments"),
        ("Rebels took control of Kidal without a fight on Saturday.", "Strategic developments"),
        (
            "The ceasefire agreed between the national government and the ELN in Havana came into force on "
            "Saturday.",
            "Strategic developments",
        ),
        ("A mass grave was found outside El Geneina on Saturday.", "Strategic developments"),
        ("Gendarmes found a hideout near Sirnak. The items were seized.", "Strategic developments"),
    ],
)
def test_event_words_told_with_modifiers_or_a_cause(text, kind, gazetteer, lexicon):
    """A weapon with its adjectives, 'a march' (not the month), and a protest against a trend
    (not a trend of protests)."""
    assert [r.event_type for r in extract(text, gazetteer, lexicon)] == [kind]


def test_the_seat_of_a_source_is_no_scene(gazetteer, lexicon):
    text = ("A drone strike hit a house on Sunday, killing three people. The health ministry in Ramallah "
            "said the dead were civilians.")  # fmt: skip
    assert [r.location for r in extract(text, gazetteer, lexicon)] == [None]
    text = ("Suicide bombers attacked a wedding on Saturday. An official said in a statement issued in "
            "Maiduguri that 18 people died.")  # fmt: skip
    assert [(r.location, r.fatalities) for r in extract(text, gazetteer, lexicon)] == [(None, 18)]


@pytest.mark.parametrize(
    ("text", "published", "fields", "expected"),
    [
        # the dead told as more add up
        ("Gunmen killed nine farmers in Birnin Magaji on Sunday. The attackers came back in the evening "
         "and killed three more people.",
         dt.date(2018, 12, 21), "sub_event_type location fatalities", [("Attack", "Birnin Magaji", 12)]),
        # arrests and the weapons seized in them: one operation
        ("Police arrest two suspects near Eldoret\n\nOn Saturday security forces arrested two suspected "
         "militants near Eldoret town, officials said.\n\nPolice said several assorted explosives were "
         "seized in the crackdown together with detonators, which are thought to be materials for a "
         "possible attack in Eldoret town.",
         dt.date(2020, 7, 12), "sub_event_type location fatalities", [("Arrests", "Eldoret", None)]),
        # "there": the place named before it in the sentence
        ("Srinagar: This is the second encounter in Kulgam in less than 24 hours, after four militants "
         "were killed there last night in a gunfight.",
         dt.date(2020, 4, 27), "sub_event_type location fatalities", [("Armed clash", "Kulgam", 4)]),
        # every form of a strike verb ("kept pounding") tells a strike
        ("The agency said Israeli artillery kept pounding areas around a hospital in Khan Younis on Monday.",
         dt.date(2024, 1, 30), "sub_event_type location",
         [("Shelling/artillery/missile attack", "Khān Yūnis")]),
        # a definite retelling places the event told before it
        ("Manila — The military said on Thursday that two soldiers were killed in a clash with rebels "
         "in the central province. According to the military, the fighting started around 3:40 p.m. "
         "local time on Wednesday in a town in Negros Occidental province.",
         dt.date(2021, 11, 4), "location fatalities", [("Negros Occidental", 2)]),
        # the places of a run of events told as a setting are no scenes
        ("A drone struck the airport in Erbil on Wednesday, coming amid a steady stream of rocket attacks "
         "on bases and the embassy in Baghdad.",
         dt.date(2021, 4, 15), "sub_event_type location fatalities", [("Air/drone strike", "Erbil", None)]),
        # a definite retelling that names a village refines the event told in a region
        ("Gang members attacked a town in Haiti's Artibonite region, killing at least 70 people.\n\n"
         "The attack in Pont-Sonde began early Thursday, when gang members opened fire on residents. "
         "At least 16 people were wounded, and 45 houses were torched.",
         dt.date(2024, 10, 4), "event_type location event_date fatalities",
         [("Violence against civilians", "Pont-Sonde", dt.date(2024, 10, 3), 70)]),
        # an updated toll stands, and a date is no count
        ("The death toll from Russia's missile strike on Sumy on April 13 has risen to 35, officials "
         "said on April 14.\n\nThe toll had stood at 34 late on April 13 before one of the injured died "
         "in hospital.",
         dt.date(2025, 4, 14), "location fatalities injuries", [("Sumy", 35, None)]),
        # a campaign's beginning does not date the news
        ("Rebels take Aleppo\n\nRebel groups have taken control of most of Aleppo, local sources said.\n\n"
         "The offensive was launched on Wednesday from the western countryside.",
         dt.date(2024, 11, 30), "location event_date", [("Aleppo", dt.date(2024, 11, 30))]),
        # but an operation launched on a day dates the event told before it
        ("Troops killed 12 militants in Zurmi, the army said. The operation was launched on Saturday.",
         dt.date(2025, 7, 14), "event_date", [(dt.date(2025, 7, 12),)]),
        # a stance on an event tells no event
        ("President Aoun, who was meeting President Macron in Paris on Friday, condemned the strike.",
         dt.date(2025, 3, 29), "event_type location", [("Diplomacy", "Paris")]),
        # a count told "during the clashes" told before is theirs
        ("Protesters clashed with police in Dakar on Friday.\n\nA young man died in Dakar during the "
         "clashes.",
         dt.date(2024, 2, 11), "event_type location fatalities", [("Riots", "Dakar", 1)]),
        # where a place lies, told from another, names no second scene
        ("Strikes hit tents in Bani Suheila, east of Khan Younis, on Wednesday, killing seven people.",
         dt.date(2024, 8, 21), "location fatalities", [("Banī Suhaylā", 7)]),
        # a country's name before its forces tells whose they are, not where
        ("Erbil — Officials said a drone dropped explosives near US forces stationed at Erbil airport "
         "late on Wednesday.", dt.date(2021, 4, 15), "location", [("Erbil",)]),
        # the same name told again is no more precise place ("the province of Kandahar" ...
        # "the attack in Kandahar"): the event stays in the province
        ("KABUL (AP) — An attack by insurgents on a checkpoint in the southern province of Kandahar "
         "killed at least five police on Saturday.\n\nA Taliban spokesman claimed responsibility "
         "for the attack in Kandahar.", dt.date(2019, 1, 12), "location geo_precision", [("Kandahar", 3)]),
        # a call held with someone is a call
        ("U.S. Secretary of State Antony Blinken held a joint call on Tuesday with the foreign ministers "
         "of Armenia and Azerbaijan, the State Department said.", dt.date(2022, 10, 5),
         "event_type sub_event_type event_date", [("Diplomacy", "Phone call", dt.date(2022, 10, 4))]),
        # capitals in a headline in title case name no place the gazetteer lacks
        ("Drone Strikes In Northern Mali Kill At Least 15 Civilians, Say Local Sources\n\nDakar(Senegal): "
         "Drone strikes in Mali's north killed at least 15 civilians Sunday, local sources said.",
         dt.date(2024, 8, 25), "location", [("Mali",)]),
        # "the latest unrest to strike the country" tells no strike
        ("Armed members of the former rebel coalition looted and burned down about 100 houses in Vacap "
         "on Friday, in the latest unrest to strike the chronically unstable country.",
         dt.date(2013, 11, 4), "event_type", [("Strategic developments",)]),
        # an event told only in a country beside events of its type placed within it that day: their summary
        ("Sudan's army said on Monday it had repelled attacks across the country. Separately, the RSF "
         "clashed with the army in El Fasher on Monday.", dt.date(2024, 5, 13), "location", [("El Fasher",)]),
        # a count told at a place after a report's event is typed as that event finally is, and a
        # clock is no count
        ("Four Cameroon soldiers killed in restive anglophone region\n\nSuspected separatists killed four "
         "Cameroonian soldiers in a restive English-speaking region early Wednesday, army sources said.\n\n"
         "Four soldiers were killed around 2:00 am around Mamfe, according to an army source.",
         dt.date(2017, 11, 29), "event_type location fatalities", [("Battles", "Mamfe", 4)]),
        # a period's toll is no count of the event told before it
        ("Separatists killed four soldiers around Mamfe on Wednesday, an army source said. Eight members "
         "of the security forces have been killed this month alone.",
         dt.date(2017, 11, 29), "fatalities", [(4,)]),
        # "the southern village of X": a scene the gazetteer lacks, named with its kind and direction
        ("An Israeli drone fired two missiles at a house in the southern village of Maifadoun on Tuesday, "
         "killing five people. The casualties were taken to a hospital in the city of Nabatieh.",
         dt.date(2024, 8, 6), "location fatalities", [("Maifadoun", 5)]),
        # "overnight" told from the day the teller spoke, not the day the report came out
        ("Overnight fighting between armed groups in Tripoli killed at least 13 people, emergency "
         "services said Friday.", dt.date(2022, 7, 23), "event_date", [(dt.date(2022, 7, 22),)]),
        # a group intervening to broker a truce meets no crowd
        ("Armed groups clashed in Tripoli on Friday. Another group intervened to broker a truce.",
         dt.date(2022, 7, 23), "event_type", [("Battles",)]),
        ("Police intervened to disperse the protesters in Nairobi on Friday.", dt.date(2022, 7, 23),
         "event_type sub_event_type", [("Protests", "Protest with intervention")]),
        # debris alone is no weapon: a man clearing debris from a road was not bombed
        ("A man was killed in Caracas on Thursday as he cleared debris from the road.", dt.date(2014, 3, 7),
         "event_type", [("Violence against civilians",)]),
        # a source insisting on anonymity makes no demand
        ("Rebels attacked the town of Gambo on Monday, said a soldier, who insisted on anonymity because "
         "he was not authorized to speak to the press.", dt.date(2013, 3, 13), "event_type", [("Battles",)]),
        # what a campaign has brought is its background, not an event
        ("Separatists killed four soldiers around Mamfe on Wednesday. The campaign against the separatists "
         "has brought night-time curfews, raids and body searches in Yaounde.", dt.date(2017, 11, 29),
         "location", [("Mamfe",)]),
        # a source who talked by phone to the press made no call
        ("Gunmen killed dozens of civilians in Wollega on Sunday. A survivor who talked by phone to AFP news "
         "agency said the violence began after soldiers left.", dt.date(2020, 11, 2), "event_type",
         [("Violence against civilians",)]),
        # a name before "ethnic group" or "clan" is a people, not a place
        ("An opposition party said the perpetrators of Sunday's attack had targeted members of the Amhara "
         "ethnic group.", dt.date(2020, 11, 2), "location", []),
        # a village that came under attack is the victim, not a mob
        ("That same night, Makulo village, about 20 kilometres from Mocimboa da Praia town, came under "
         "attack. One villager was murdered and houses were set on fire.", dt.date(2019, 7, 12),
         "event_type", [("Violence against civilians",)]),
        # what the review of this session's rules found them to overreach on: each stays as it was
        ("Gunmen killed five villagers in Zamfara, Nigeria on Monday. Separately, gunmen in Cameroon killed "
         "12 villagers on Monday, officials said.", dt.date(2024, 5, 7), "location fatalities",
         [("Zamfara", 5), ("Cameroon", 12)]),
        ("Al-Shabaab, the likely culprit, attacked a military base in Mogadishu on Monday.",
         dt.date(2024, 5, 7), "location", [("Mogadishu",)]),
        ("The UN had renewed calls for a ceasefire after fighting in Khartoum on Monday.",
         dt.date(2024, 5, 7), "event_type", [("Battles",)]),
        ("The foreign ministers held calls with their counterparts on Tuesday.", dt.date(2024, 5, 8),
         "sub_event_type", [("Phone call",)]),
        ("Two soldiers were killed around 3 AM and four others were wounded when gunmen attacked a post in "
         "Kidal on Monday.", dt.date(2024, 5, 7), "fatalities injuries", [(2, 4)]),
        ("Attacks by separatists have killed eight soldiers this month, the army said on Wednesday.",
         dt.date(2017, 11, 29), "event_type", []),
        ("Militants stormed the village of Mbau near Beni on Monday, beheading the chief.",
         dt.date(2024, 5, 7), "fatalities", [(1,)]),
        ("The army said on Wednesday that overnight fighting killed 13 soldiers in Kidal.",
         dt.date(2024, 5, 10), "event_date", [(dt.date(2024, 5, 8),)]),
        ("Overnight shelling killed 13 people in Kharkiv, officials said on Friday in a statement.",
         dt.date(2024, 5, 12), "event_date", [(dt.date(2024, 5, 10),)]),
        ("Rescuers pulled five bodies from the debris of a building hit by Russian shelling in Kharkiv on "
         "Monday.", dt.date(2024, 5, 7), "sub_event_type", [("Shelling/artillery/missile attack",)]),
        ("Soldiers and elders intervened to broker a truce between two clans in Galkayo on Monday.",
         dt.date(2024, 5, 7), "event_type", []),
        ("Gunmen burned 30 homes in Plateau on Monday, in the latest attack to hit the state.",
         dt.date(2024, 5, 7), "event_type", [("Strategic developments",)]),
        ("Twelve people were killed in Djugu ethnic violence on Monday.", dt.date(2024, 5, 7), "location",
         [("Djugu",)]),
        ("The crackdown has resulted in the arrest of 40 opposition supporters in Kampala on Monday, police "
         "said.", dt.date(2024, 5, 7), "sub_event_type", [("Arrests",)]),
        ("Gunmen killed a trader in Mogadishu on Monday, said a police official who demanded anonymity.",
         dt.date(2024, 5, 7), "event_type", [("Violence against civilians",)]),
        ("Protesters blocked the road in Nairobi on Friday until police officers intervened.",
         dt.date(2024, 5, 11), "sub_event_type", [("Protest with intervention",)]),
        ("Debris from an intercepted drone fell on a house in Kyiv overnight, injuring two people.",
         dt.date(2024, 5, 7), "sub_event_type", [("Air/drone strike",)]),
        ("A drone was sent to hit a military base in Kursk on Monday.", dt.date(2024, 5, 7),
         "sub_event_type location", [("Air/drone strike", "Kursk")]),
        ("Fighting in Sudan forces 5,000 people to flee Khartoum.", dt.date(2024, 5, 7), "location",
         [("Sudan",)]),
        ("Protesters returned to the streets of Khartoum today, defying the ban the army said on Wednesday "
         "it would enforce.", dt.date(2022, 7, 23), "event_date", [(dt.date(2022, 7, 23),)]),
        ("Gunmen killed four soldiers in Mamfe on Wednesday, bringing to eight the number of soldiers who "
         "have been killed this month.", dt.date(2017, 11, 29), "fatalities", [(4,)]),
        # what someone was asked or urged to do did not happen (what was done after it did)
        ("Former Prime Minister Khaleda Zia asked party members on Sunday to take to the streets and demand "
         "the government's resignation.", dt.date(2012, 1, 30), "event_type", []),
        ("Police in Nairobi asked protesters to disperse on Friday and then fired tear gas.",
         dt.date(2024, 5, 11), "sub_event_type", [("Protest with intervention",)]),
        # an event told as likely or impending did not happen
        ("Army columns moved in on Monday after inputs of a likely clash on the outskirts of Imphal.",
         dt.date(2023, 5, 23), "event_type", []),
        # every form of setting fire tells an attack
        ("Settlers went after the village of Burin on Wednesday, where they set alight a house and a car.",
         dt.date(2024, 12, 4), "location event_date", [("Burin", dt.date(2024, 12, 4))]),
    ],
)  # fmt: skip
def test_reports_read_as_a_coder_reads_them(text, published, fields, expected, gazetteer, lexicon):
    """The named fields of each record, in the order of the text."""
    records = extract(text, gazetteer, lexicon, published=published)
    assert [tuple(getattr(r, name) for name in fields.split()) for r in records] == expected


def test_the_nations_capital_is_the_reports_countrys_capital(gazetteer, lexicon):
    text = ("N'DJAMENA, Chad (AP) — Security forces opened fire on demonstrators on Thursday, killing at "
            "least 30 people who were protesting in the central African nation's capital.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2022, 10, 20))
    assert [r.location for r in records] == ["N'Djamena"]
    text = ("N'DJAMENA (AP) — Security forces opened fire on demonstrators on Thursday, killing 30 people "
            "who were protesting in the nation's capital.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2022, 10, 20))
    assert [r.location for r in records] == ["N'Djamena"]  # the dateline's town, named as the capital


@pytest.mark.parametrize(
    "text",
    [
        "Security forces opened fire to stop protesters reaching the palace in Khartoum, killing three.",
        "The army launched an offensive to end the RSF siege of El Fasher on Monday, killing 20 fighters.",
    ],
)
def test_what_an_event_was_meant_to_stop_does_not_stop_it(text, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 5, 14))
    assert len(records) == 1 and records[0].fatalities in (3, 20)


def test_a_source_that_says_is_no_party(lexicon):
    text = "Activists say three protesters were shot dead."
    parties = find_parties(text, find_actors(text, lexicon), lexicon)
    assert [text[p.start : p.end] for p in parties] == ["protesters"]


def test_a_vow_told_in_a_relative_aside_does_not_govern_the_sentence(gazetteer, lexicon):
    text = ("Separately, a locally made explosive that suspected separatists, who had vowed to disrupt "
            "International Women Day activities, planted in the town of Bamenda went off on Sunday. Nobody "
            "was killed or wounded.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 3, 10))
    assert [(r.sub_event_type, r.location, r.fatalities, r.injuries) for r in records] == [
        ("Remote explosive/landmine/IED", "Bamenda", 0, 0)
    ]
    text = "Separatists vowed to plant a bomb in Bamenda on Sunday."
    assert extract(text, gazetteer, lexicon, published=dt.date(2020, 3, 10)) == []


def test_what_a_strike_happened_amid_is_its_background(gazetteer, lexicon):
    """'amid fighting between ...' tells the setting, not the strike's type; nor is a place in
    'since the end of the war in X' the strike's."""
    text = ("A drone strike on a town in Ethiopia's Amhara region killed 26 people on Sunday, a health "
            "official said, amid fighting between the army and a militia that has become the worst crisis "
            "since the end of the war in Tigray.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert [(r.sub_event_type, r.admin1, r.fatalities) for r in records] == (
        [("Air/drone strike", "Amara", 26)]
    )


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a count told place by place is not divided evenly
        ("Russia launched a missile attack on Ukrainian cities on Saturday. Three people were killed in "
         "Pokrovsk in Donetsk Oblast and one in Dnipro.", {"Pokrovsk": 3, "Dnipro": 1}),
        # a place with an apposition is no list of places
        ("Russia launched a missile attack on Kyiv on Saturday, killing 36 people. In Kryvyi Rih, "
         "President Volodymyr Zelensky's hometown, 10 people were killed and 47 injured.",
         {"Kyiv": 36, "Kryvyy Rih": 10}),
    ],
)  # fmt: skip
def test_counts_told_for_places_go_to_each_place(text, deaths, gazetteer, lexicon):
    assert {r.location: r.fatalities for r in extract(text, gazetteer, lexicon)} == deaths


def test_a_namesake_abroad_is_no_place_in_a_report_filed_from_another_country(gazetteer, lexicon):
    text = ("MOGADISHU, Somalia - At least 32 people were killed after Al-Shabaab militants attacked a "
            "restaurant on Lido beach in the Somali capital late Friday, police said.")  # fmt: skip
    records = extract(text, gazetteer, lexicon)
    assert records and all(r.country in (None, "Somalia") for r in records)


def test_a_scene_named_in_apposition_to_its_kind(gazetteer, lexicon):
    text = "Fighters attacked a military police school in Mali's capital, Bamako, on Saturday."
    assert [r.location for r in extract(text, gazetteer, lexicon)] == ["Bamako"]


def test_where_an_attack_told_before_took_place_is_no_new_attack(gazetteer, lexicon):
    text = ("Gunmen killed 13 police officers in an ambush in El Papayo, Guerrero, on Saturday. The attack "
            "took place about 60 kilometers northwest of Acapulco.")  # fmt: skip
    assert [r.location for r in extract(text, gazetteer, lexicon)] == ["El Papayo"]
    # told with no place of its own before, the attack is where the later sentence puts it
    text = ("Jihadists killed dozens of civilians on Saturday in an attack on Barsalogho. The assailants "
            "attacked on the outskirts of the town, about 40 kilometres north of Kaya.")  # fmt: skip
    (record,) = extract(text, gazetteer, lexicon)
    assert record.geo_precision == 2 and "north of Kaya" in record.notes


def test_a_place_an_office_is_of_is_a_scene_only_when_no_other_is_named(gazetteer, lexicon):
    text = ("Thirteen police officers, among them the security secretary of the municipality of Coyuca de "
            "Benítez, were killed on Saturday in an ambush in El Papayo, Guerrero.")  # fmt: skip
    assert [(r.location, r.fatalities) for r in extract(text, gazetteer, lexicon)] == [("El Papayo", 13)]
    text = "Gunmen killed the mayor of Gao on Saturday."
    assert [r.location for r in extract(text, gazetteer, lexicon)] == ["Gao"]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        ("US President Donald Trump called Modi on Tuesday night to convey his condolences.", 1),
        ("Biden called Netanyahu to discuss the hostages.", 1),
        ("Trump called Hamas a terrorist group on Tuesday.", 0),
    ],
)
def test_a_leader_who_called_another_made_a_phone_call(text, calls, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon)
    assert [r.sub_event_type for r in records] == ["Phone call"] * calls


def test_an_agreement_between_governments_is_diplomacy_and_a_truce_between_armed_groups_is_not(
    gazetteer, lexicon
):
    text = "Zelensky signed a security agreement with Poland in Warsaw on Saturday."
    assert [(r.event_type, r.sub_event_type) for r in extract(text, gazetteer, lexicon)] == [
        ("Diplomacy", "Agreement")
    ]
    text = "The RSF and the SAF signed a ceasefire agreement in Jeddah on Saturday."
    assert [r.event_type for r in extract(text, gazetteer, lexicon)] == ["Strategic developments"]


def test_a_camp_or_post_of_the_army_is_armed_not_civilian(gazetteer, lexicon):
    # "camp" alone is where civilians live (a displaced persons' camp); an army's camp is its forces
    records = extract(
        "Jihadists attacked an army camp in Boulsa on Saturday, killing 12 soldiers.", gazetteer, lexicon
    )
    assert [(r.event_type, r.inter2) for r in records] == [("Battles", 1)]
    text = "Gunmen ambushed a patrol in Guadalupe de Lerma on Saturday. Two guardsmen died in that attack."
    assert [(r.event_type, r.inter2) for r in extract(text, gazetteer, lexicon)] == [("Battles", 1)]


def test_named_and_described_actors_with_acled_types(gazetteer, lexicon):
    records = extract("Unknown gunmen killed three villagers in Gao on Saturday.", gazetteer, lexicon)
    assert [(r.event_type, r.actor1, r.inter1, r.actor2, r.inter2) for r in records] == [
        ("Violence against civilians", "Unidentified Armed Group (Mali)", 3, "Civilians (Mali)", 7)
    ]
    records = extract("RSF fighters shelled El Fasher on Saturday.", gazetteer, lexicon)
    assert records[0].actor1 == "Rapid Support Forces"
    records = extract("An armed group ambushed an NGO convoy near Bria on Saturday.", gazetteer, lexicon)
    assert [(r.event_type, r.inter2) for r in records] == [("Violence against civilians", 7)]
    # unidentified perpetrators are an unidentified armed group, not a crowd of civilians
    records = extract("Unknown men burned the office of the council in Gao on Saturday.", gazetteer, lexicon)
    assert [(r.sub_event_type, r.inter1) for r in records] == [("Looting/property destruction", 3)]


@pytest.mark.parametrize(
    ("text", "actor1", "inter1"),
    [
        # a state's forces abroad are external forces (ACLED's inter 8), at home state forces
        ("Russian forces shelled Huliaipole on Saturday.", "Military Forces of Russia (2000-)", 8),
        ("Ukrainian forces shelled Huliaipole on Saturday.", "Military Forces of Ukraine (2019-)", 1),
        ("Russian forces shelled Belgorod on Saturday.", "Military Forces of Russia (2000-)", 1),
        # no attacker named: ACLED's "Unidentified Armed Group", as in its notes
        (
            "A roadside bomb killed two civilians in Kandahar on Saturday.",
            "Unidentified Armed Group (Afghanistan)",
            3,
        ),
        # civilians are never the side that attacks (ACLED codes them only as victims)
        ("Local residents abducted two traders in Gao on Saturday.", "Unidentified Armed Group (Mali)", 3),
        ("Farmers shot dead two herders in Gao on Saturday.", "Communal Militia (Mali)", 4),
    ],
)
def test_the_first_actor_is_typed_as_acled_codes_it(text, actor1, inter1, gazetteer, lexicon):
    records = [r for r in extract(text, gazetteer, lexicon) if r.event_type != "Riots"]
    assert [(r.actor1, r.inter1) for r in records][:1] == [(actor1, inter1)]


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a described actor before the named one it describes, and its short name in brackets, are
        # that one actor ("the paramilitary Rapid Support Forces (RSF)")
        (
            "Five civilians were killed in a drone strike carried out by the paramilitary Rapid Support "
            "Forces (RSF) in North Kordofan State on Saturday.",
            "Rapid Support Forces",
            "Civilians (Sudan)",
        ),
        # "Workers" in a party's name tells no workers' strike: "a Turkish drone strike" is Turkey's
        (
            "Four members of the Kurdistan Workers' Party (PKK) were killed in a Turkish drone strike "
            "in northern Iraq on Sunday.",
            "Military Forces of Turkey (2016-)",
            "PKK: Kurdistan Workers' Party",
        ),
    ],
)
def test_a_named_actor_told_with_its_description_and_short_name_is_one_party(
    text, actor1, actor2, gazetteer, lexicon
):
    records = extract(text, gazetteer, lexicon)
    assert [(r.actor1, r.actor2) for r in records] == [(actor1, actor2)]


@pytest.mark.parametrize(
    "toll",
    [
        "The skirmishes, which often escalate into intense fighting, have killed more than 300 Lebanese.",
        "Israeli strikes have killed more than 300 people in Lebanon.",
    ],
)
def test_a_toll_of_many_events_told_in_the_perfect_is_no_events_count(toll, gazetteer, lexicon):
    text = f"An Israeli drone struck a car near Tyre on Thursday, killing its driver.\n\n{toll}"
    records = extract(text, gazetteer, lexicon)
    assert [(r.location, r.fatalities) for r in records] == [("Tyre", 1)]
    # with a day of its own, or a town, the perfect tells the day's news
    text = "Russian strikes have killed three people in Kharkiv overnight, the governor said."
    assert [r.fatalities for r in extract(text, gazetteer, lexicon)] == [3]
    text = "Russian missile strikes have killed at least 10 people in the city of Odesa, officials said."
    assert [(r.location, r.fatalities) for r in extract(text, gazetteer, lexicon)] == [("Odesa", 10)]


def test_a_village_the_gazetteer_lacks_stays_in_the_part_of_the_country_the_event_before_was_in(
    gazetteer, lexicon
):
    text = (
        "An Israeli drone struck a car in southern Lebanon on Tuesday, injuring several people.\n\n"
        "The agency said the car was hit with a guided missile near the Ghandouriyeh town.\n\n"
        "Israel and Hezbollah have exchanged fire since October, and Israeli jets struck Tyre last month."
    )
    [village] = [r for r in extract(text, gazetteer, lexicon) if r.location == "Ghandouriyeh"]
    assert village.country == "Lebanon"
    assert "the part of the country the event told before it was in" in village.notes


def test_an_opening_event_told_in_a_country_takes_the_one_town_its_opening_names(gazetteer, lexicon):
    text = (
        "Kenyan police officers in Haiti killed several gang members in a joint operation on Thursday.\n\n"
        "Armored vehicles carried the officers towards the districts of Bel-Air and Solino in the suburbs "
        "of Port-au-Prince.\n\nThe mission began before dawn."
    )
    records = extract(text, gazetteer, lexicon)
    assert [r.location for r in records] == ["Port-au-Prince"]
    assert "Place from the report's opening: 'Port-au-Prince'." in records[0].notes
    # a town where a source spoke is not where the event was
    text = (
        "Russia launched a massive missile and drone attack on Ukraine overnight, officials said. "
        "President Volodymyr Zelensky, speaking in Kyiv, called for more air defences.\n\n"
        "The air force said it downed 80 drones."
    )
    assert "Kyiv" not in [r.location for r in extract(text, gazetteer, lexicon)]


def test_a_news_agency_telling_the_count_is_no_second_place(gazetteer, lexicon):
    text = (
        "The minister reported that five people were wounded and one killed in a Russian missile strike "
        "on a building in Dnipro, UNN reports."
    )
    records = extract(text, gazetteer, lexicon)
    assert [(r.location, r.fatalities, r.injuries) for r in records] == [("Dnipro", 1, 5)]


def test_an_apostrophe_typed_as_an_accent_reads_as_one_and_the_record_quotes_the_text(gazetteer, lexicon):
    text = (
        "At least four members of the Kurdistan Workers´ Party were killed in a Turkish drone strike "
        "in northern Iraq on Sunday."
    )
    records = extract(text, gazetteer, lexicon)
    assert [(r.fatalities, r.actor2) for r in records] == [(4, "PKK: Kurdistan Workers' Party")]
    assert records[0].source_text == text  # quoted as given, the accent kept


def _clause(text: str, lexicon, **kwargs) -> Clause:
    hits = [t for t in lexicon.triggers for _ in t.pattern.finditer(text)]
    parties = find_parties(text, find_actors(text, lexicon), lexicon)
    spans = sorted(m.span() for t in lexicon.triggers for m in t.pattern.finditer(text))
    from events.extraction.casualties import parse_casualties
    from events.extraction.clause_roles import weapons_within
    from events.extraction.weapon_kinds import weapon_spans

    weapons = tuple(weapons_within(weapon_spans(text, lexicon), 0, len(text)))
    return Clause(text=text, sentence=(0, len(text)), clause=(0, len(text)), triggers=tuple(hits),
                  sentence_triggers=(), following_triggers=(), weapons=weapons, sentence_weapons=weapons,
                  roles=roles(text, (0, len(text)), spans, parties), casualties=parse_casualties(text),
                  names=(), function_words=lexicon.function_words, **kwargs)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "settles"),
    [
        ("Russian forces shelled the village with artillery.", "Explosions/Remote violence", True),
        (
            "Rebels captured the town after heavy fighting.",
            "Battles::Non-state actor overtakes territory",
            True,
        ),
        (
            "Police fired tear gas at protesters, killing two.",
            "Protests::Excessive force against protesters",
            True,
        ),
        ("Protesters marched peacefully through the capital.", "Protests::Peaceful protest", False),
        ("Rioters set fire to cars and looted shops.", "Riots::Mob violence", True),  # no demonstration
        ("Protesters set fire to cars and looted shops.", "Riots::Violent demonstration", True),
        ("Students protested and vandalised several buses.", "Riots::Violent demonstration", True),
        ("Security forces arrested 13 people.", "Strategic developments::Arrests", True),
        # a non-state armed group's violence on unarmed people alone: the codebook settles it
        ("Gunmen killed two farmers.", "Violence against civilians::Attack", True),
        (
            "Two farmers were killed and three abducted by bandits.",
            "Violence against civilians::Attack",
            True,
        ),
        ("Gunmen abducted ten villagers.", "Violence against civilians::Abduction", True),
        (
            "Families who say their sons were abducted by rebels staged a protest.",
            "Violence against civilians",
            False,
        ),
        ("A bomb in the market killed six people.", "Explosions/Remote violence::Remote explosive", True),
        ("Troops shelled the town with cluster munitions.", "Explosions/Remote violence::Shelling", True),
        ("The patrol came under attack and the police fired back.", "Battles::Armed clash", False),
        (
            "Police fired tear gas shells to disperse the protesters.",
            "Protests::Protest with intervention",
            True,
        ),  # fmt: skip
        # fire on a crowd is force met by a crowd, no engagement between armed sides
        ("Guards fired warning shots at the crowd.", "Protests::Protest with intervention", True),
        (
            "Soldiers opened fire on a demonstration, killing four.",
            "Protests::Excessive force against protesters",
            True,
        ),
        ("Militants opened fire on a checkpoint during a protest.", "Battles::Armed clash", False),
        ("Soldiers pushed the militants back.", "Battles::Armed clash", False),
        ("Rebels raped and killed two women.", "Violence against civilians::Sexual violence", True),
        (
            "Security forces killed a protester during a demonstration.",
            "Protests::Excessive force against protesters",
            True,
        ),
        ("Gunmen burned a man alive.", "Violence against civilians::Attack", False),
        # a raid that arrests and hurts no one: the arrest
        ("Police arrested five suspects in a raid in Kano.", "Strategic developments::Arrests", True),
        # armed forces among those attacked: a battle, whoever else fell with them
        ("Bandits killed eight soldiers and two traders.", "Battles::Armed clash", False),
        (
            "Gunmen attacked a police station, killing two officers and a civilian.",
            "Battles::Armed clash",
            False,
        ),
        ("The military bombed a village, killing 30.", "Explosions/Remote violence::Air/drone strike", True),
        ("Militants bombed a bus station.", "Explosions/Remote violence::Remote explosive", True),
        # fire at armed men with no weapon named: an engagement
        ("Militants fired at a patrolling party of the security forces.", "Battles::Armed clash", False),
        (
            "Gunmen fired upon vehicles carrying aid workers.",
            "Violence against civilians",
            False,
        ),  # not shelling
    ],
)
def test_the_codebook_read_literally(text, kind, settles, lexicon):
    name, rank = codebook(_clause(text, lexicon))
    assert name.startswith(kind)
    assert (rank in DECISIVE) == settles


def test_the_shipped_model_reads_and_decides(lexicon):
    model = load_model(MODEL_PATH)
    assert set(k.split("::")[0] for k in model.classes) <= set(lexicon.taxonomy)
    names = features(_clause("Gunmen killed two farmers and burned their homes.", lexicon))
    kind, sub, probability = model.decide(names)
    assert sub in lexicon.taxonomy[kind] and 0 < probability <= 1
    assert model.decide(["settled:3:Explosions/Remote violence::Air/drone strike"])[:2] == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )


def test_a_bad_model_file_is_named(tmp_path, lexicon):
    from events.errors import SitrepError
    from events.extraction.type_model import read_model

    bad = tmp_path / "model.json"
    bad.write_text('{"version": 99}', encoding="utf-8")
    with pytest.raises(SitrepError, match="model version 99"):
        read_model(bad, lexicon)
    document = '{"version": 1, "classes": ["Battles::Dance"], "features": [], "bias": [0], "weights": []}'
    bad.write_text(document, encoding="utf-8")
    with pytest.raises(SitrepError, match="Battles::Dance"):
        read_model(bad, lexicon)


def test_a_protest_that_met_force_has_the_force_as_its_second_actor(gazetteer, lexicon):
    """ACLED's codebook: a protest with intervention has the intervening force as its second actor,
    the police when the note names none ("Police arrested 23" is the police's)."""
    note = (
        "On 30 April 2020, about a hundred supporters of the party demonstrated at Kober Prison (Khartoum "
        "North), calling for officials to be released from prison. Police arrested 23 demonstrators."
    )
    records = extract(note, gazetteer, lexicon, dt.date(2020, 4, 30))
    protests = [r for r in records if r.event_type == "Protests"]
    assert [(r.sub_event_type, r.inter2) for r in protests] == [("Protest with intervention", 1)]


def test_acled_note_conventions(gazetteer, lexicon):
    note = "On 6 May 2020, FARDC soldiers killed a man in Kalambayi (Masisi, Nord-Kivu). [size=no report]"
    records = extract(note, gazetteer, lexicon, dt.date(2020, 5, 6))
    assert len(records) == 1
    record = records[0]
    assert (record.event_type, record.event_date, record.fatalities) == (
        "Violence against civilians",
        dt.date(2020, 5, 6),
        1,
    )
    assert record.location == "Kalambayi" and record.geometry is not None  # placed in its division
    # "coded as X": the place ACLED's coder chose, as "coded to X"
    note = "On 6 May 2020, gunmen looted an aid convoy in the forests of Kivu (location coded as Masisi)."
    (record,) = extract(note, gazetteer, lexicon, dt.date(2020, 5, 6))
    assert record.location.startswith("Masisi")


def test_a_town_outside_the_country_the_report_names_is_not_the_scene(gazetteer, lexicon):
    # 'Kotei' is an alternate name of a North Korean town; the note's division is Ghana's
    note = (
        "On 3 February 2020, men armed with machetes attacked a police officer at Kotei (Oforikrom, Ashanti)."
    )
    (record,) = extract(note, gazetteer, lexicon, dt.date(2020, 2, 3))
    assert record.country == "Ghana" and record.location == "Kotei"
    assert "within Ashanti" in record.notes


def test_a_district_abroad_is_not_its_own_evidence_of_its_country(gazetteer, lexicon):
    # Brazil's district and town of Patu tell Brazil only by themselves; the province named
    # before them is Afghanistan's: the attack told again is the one in Day Kundi
    text = (
        "The Taliban attacked a police checkpoint in the central Day Kundi province on Friday, killing "
        "10 policemen.\n\nThe governor says 15 policemen were wounded in Friday's attack in the district "
        "of Patu."
    )
    records = extract(text, gazetteer, lexicon, dt.date(2019, 8, 3))
    assert [(r.country_code, r.fatalities, r.injuries) for r in records] == [("AF", 10, 15)]


def test_the_two_divisions_of_a_parenthesis_are_read_in_one_country(gazetteer, lexicon):
    # "Bari" is also an Italian province; the district named with it is Somali
    note = "On 5 May 2020, Puntland forces ambushed a militant base near Af-Urur village (Iskushuban, Bari)."
    (record,) = extract(note, gazetteer, lexicon, dt.date(2020, 5, 6))
    assert (record.location, record.country) == ("Af-Urur", "Somalia")


def test_a_large_town_named_by_its_name_stands_in_a_report_about_another_country(gazetteer, lexicon):
    text = "Army and RSF delegates met in Jeddah on Saturday, after clashes in Omdurman, Khartoum state."
    records = extract(text, gazetteer, lexicon)
    assert "Jeddah" in {r.location for r in records}


@pytest.mark.parametrize(
    ("note", "location", "precision"),
    [  # the scene, missing from the gazetteer, is no name the place patterns read
        ("On 6 May 2020, militiamen attacked the police post of Kavingu municipality (Butembo, Nord-Kivu).",
         "Kavingu", 2),  # named as the text names it; placed near the division's seat, a town
        ("On 6 May 2020, militants detonated an IED at a spot between hamlets (Kamjong district, Manipur).",
         "Kamjong", 2),  # a second-level division the gazetteer has
        # a country alone (the actor's) gives way to the division; the place is the name the
        # parenthesis follows, not a capitalised word after a scene word ("bombed Islamic")
        ("On 3 May 2020, the military forces of Mozambique bombed Islamic militant bases in the Mbau area "
         "(Mocimboa Da Praia, Cabo Delgado).", "Mbau", 2),
    ],
)  # fmt: skip
def test_the_division_in_parentheses_places_a_scene_the_gazetteer_lacks(note, location, precision,
                                                                         gazetteer, lexicon):  # fmt: skip
    (record,) = extract(note, gazetteer, lexicon, dt.date(2020, 5, 6))
    assert (record.location, record.geo_precision) == (location, precision)
    assert record.geometry is not None and "the division the text names in parentheses" in record.notes


def test_a_division_named_with_its_kind_places_a_scene_the_gazetteer_lacks(gazetteer, lexicon):
    # no locative before the divisions, and the village and township are not in the gazetteer:
    # the most local division the sentence names with its kind word, never no place at all
    note = ("On 3 March 2021, soldiers and rebels clashed on a ridge east of Kyauk Taw Bridge, "
            "Kyauk Taw Township, Rakhine State.")  # fmt: skip
    (record,) = extract(note, gazetteer, lexicon, dt.date(2021, 3, 5))
    assert (record.location, record.geo_precision, record.geometry["type"]) == ("Rakhine", 3, "MultiPolygon")
    assert "the division the text names with its kind" in record.notes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A suicide bomber blew himself up at a market in Maiduguri on Friday.", "Suicide bomb"),
        ("Government forces used chlorine gas against rebels in Douma on Saturday.", "Chemical weapon"),
        (
            "Rebels withdrew from Bunagana on Friday, handing over the town to the army.",
            "Non-violent transfer of territory",
        ),
        ("Gunmen raped three women in Kalehe on Friday.", "Sexual violence"),
        (
            "Al-Shabaab militants established a new base in Jilib on Friday.",
            "Headquarters or base established",
        ),
        ("Gunmen abducted a priest in Kaduna on Friday.", "Abduction/forced disappearance"),
        ("Soldiers defused two roadside bombs near Kismayo on Friday.", "Disrupted weapons use"),
        ("Militants damaged a telecommunication mast in Kismayo on Friday.", "Looting/property destruction"),
        ("Bandits carted away livestock in Kaduna on Friday.", "Looting/property destruction"),
        ("Gunmen made away with 50 cows in Kaduna on Friday.", "Looting/property destruction"),
        ("A gang delivered food packages to families in Kaduna on Friday.", "Change to group/activity"),
        ("Gunmen took three aid workers hostage in Kaduna on Friday.", "Abduction/forced disappearance"),
        # the codebook: explosives going off in their makers' hands are a disrupted weapons use
        ("Two militants were killed while making explosives in Ghazni on Friday.", "Disrupted weapons use"),
    ],
)
def test_the_sub_types_few_reports_carry(text, kind, gazetteer, lexicon):
    assert [r.sub_event_type for r in extract(text, gazetteer, lexicon)] == [kind]


ENTRY_REPORTED = ("On 14 December 2025, the rebel alliance said it would halt its offensive around Lashio "
                  "after talks.")  # fmt: skip
ENTRY_WORDLESS = ("On 4 March 2025, members of the ruling party's youth wing gathered outside the electoral "
                  "commission office in Kano to receive the results.")  # fmt: skip


def test_an_entry_of_an_event_log_tells_one_event_even_when_told_as_reported(gazetteer, lexicon):
    """An ACLED-style note opens on its date and tells one event by construction: what a
    news report would leave as a forecast is the entry's event, with a note and less confidence."""
    records = extract(ENTRY_REPORTED, gazetteer, lexicon, published=dt.date(2025, 12, 14))
    assert [(r.location, r.event_date) for r in records] == [("Lashio", dt.date(2025, 12, 14))]
    assert "Read as the entry's event" in records[0].notes
    assert records[0].confidence < 0.5
    # the same words in a report with no opening date, or under a headline, tell no event
    assert extract("T" + ENTRY_REPORTED.removeprefix("On 14 December 2025, t"), gazetteer, lexicon) == []
    assert extract("Rebels to pause\n\n" + ENTRY_REPORTED, gazetteer, lexicon) == []


def test_an_entry_with_no_event_word_is_its_first_clause_typed_by_the_model(gazetteer, lexicon):
    records = extract(ENTRY_WORDLESS, gazetteer, lexicon, published=dt.date(2025, 3, 4))
    assert [(r.location, r.event_date) for r in records] == [("Kano", dt.date(2025, 3, 4))]
    assert "no event word in it" in records[0].notes
    assert records[0].confidence < 0.5
    assert span_of(ENTRY_WORDLESS, records[0].source_span).startswith("On 4 March 2025, members")
    assert extract("M" + ENTRY_WORDLESS.removeprefix("On 4 March 2025, m"), gazetteer, lexicon) == []


def test_an_entrys_coded_count_is_its_count(gazetteer, lexicon):
    text = ("On 2 May 2025, the air force struck insurgent positions near Monguno, killing 40 "
            "fighters. Fatalities split between 2 events.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 5, 2))
    assert [r.fatalities for r in records] == [20]
    assert "coder gave them: 'Fatalities split between 2 events'" in records[0].notes
    coded = "On 2 May 2025, gunmen killed 3 herders near Bama. Fatalities coded as 0 (one source reported 3)."
    assert [r.fatalities for r in extract(coded, gazetteer, lexicon, published=dt.date(2025, 5, 2))] == [0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked a hotel in the Somali capital on Friday, killing 5.", "Mogadishu"),
        ("Gunmen attacked a hotel in Mali's capital on Friday, killing 5.", "Bamako"),
        ("Gunmen attacked a hotel in the Somali capital, Mogadishu, on Friday, killing 5.", "Mogadishu"),
        # the apposition without its commas
        ("Gunmen attacked a hotel in the Afghan capital Kabul on Friday, killing 5.", "Kabul"),
        ("Gunmen attacked a hotel in the Somali capital Mogadishu on Friday, killing 5.", "Mogadishu"),
        # the capital's part, named after it
        ("A car bomb exploded in the Iraqi capital Baghdad's Sadr City on Friday, killing 5.", "Sadr City"),
        # a state's or a province's capital, named after it
        (
            "Gunmen attacked the outskirts of the Borno state capital Maiduguri on Friday, killing 5.",
            "Maiduguri",
        ),
        ("Taliban fighters attacked the provincial capital Lashkar Gah on Friday, killing 5.", "Lashkar Gah"),
        ("Somali troops attacked a camp in Baidoa on Friday, killing 5.", "Baidoa"),
    ],
)
def test_a_capital_named_by_its_country_is_the_capital(gazetteer, lexicon, text, place):
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 8, 3))
    assert [r.location for r in records] == [place]


@pytest.mark.parametrize(
    ("text", "published", "scene", "holder"),
    [
        ("ZAMBOANGA CITY -- Troops clashed with Abu Sayyaf gunmen around 11:45 a.m. Monday in Sitio Bud "
         "Kaha, Barangay Maligay, Patikul, the military said.", dt.date(2018, 5, 14), "Sitio Bud Kaha",
         "placed at city Patikul"),
        # with its kind before the chain; the headline names another town of the province
        ("Taliban kill 10 police in Herat\n\nTaliban militants stormed security checkpoints in Larzanak "
         "locality, Shindand district late Thursday, killing 10 policemen.", dt.date(2018, 4, 15), "Larzanak",
         "within Shīnḏanḏ"),
    ],
)  # fmt: skip
def test_a_scene_the_gazetteer_lacks_is_placed_at_the_town_its_chain_of_names_ends_with(
    gazetteer, lexicon, text, published, scene, holder
):
    records = extract(text, gazetteer, lexicon, published=published)
    assert [r.location for r in records] == [scene]
    assert holder in records[0].notes


def test_a_date_line_after_a_caption_does_not_date_the_captions_event(gazetteer, lexicon):
    text = ("Militants kill soldiers in Burkina Faso\n"
            "Militants attacked a military base in Kaya. / AFP Archive\n"
            "April 9, 2022\n\n"
            "The army said the base came under attack on Thursday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2022, 4, 9))
    assert [(r.location, str(r.event_date)) for r in records] == [("Kaya", "2022-04-07")]


def test_a_relative_clause_inside_the_subject_keeps_the_subjects_scene(gazetteer, lexicon):
    text = (
        "In addition, a locally made explosive planted in the town of Bamenda by suspected separatists, "
        "who had vowed to disrupt the ceremony, went off Sunday while the ceremony was going on."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 3, 9))
    assert [(r.event_type, r.location) for r in records] == [("Explosions/Remote violence", "Bamenda")]


def test_a_campaigns_toll_is_no_count_of_the_strike_told_before(gazetteer, lexicon):
    text = ("Israeli warplanes struck Hezbollah targets in the village of Chabriha overnight, the military "
            "said. The fighting has killed more than 500 people in Lebanon.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 7, 28))
    assert [(r.location, r.fatalities) for r in records] == [("Chabriha", None)]


def test_what_evidence_suggested_is_no_proposal(gazetteer, lexicon):
    text = ("A blast killed 26 people at the railway station in Quetta on Saturday. The police chief told "
            "reporters that initial evidence suggested a suicide bombing.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 11, 9))
    assert [r.event_type for r in records] == ["Explosions/Remote violence"]


def test_a_count_after_force_met_a_crowd_is_that_protests_and_the_lower_count_stands(gazetteer, lexicon):
    text = ("Protesters marched towards Parliament in Nairobi on Tuesday. After tear gas and water cannon "
            "failed to break up the crowds, police opened fire.\nOutside parliament, a journalist "
            "counted at least five protesters' bodies. A paramedic said that at least 10 had been shot "
            "dead.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 6, 25))
    assert [(r.event_type, r.location, r.fatalities) for r in records] == [("Protests", "Nairobi", 5)]
    assert len(records[0].evidence_spans) >= 3  # the force and both counts are evidence of it


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's prime minister announced the deal between the two sides at a news conference in Doha.",
        "The two movements signed the Cairo Declaration in Cairo on Tuesday.",
        "The governments inked a peace treaty in Kigali on Tuesday.",
    ],
)
def test_agreements_told_with_their_many_nouns_and_verbs(gazetteer, lexicon, text):
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 1, 15))
    assert [r.sub_event_type for r in records] == ["Agreement"]


def test_fighting_told_as_what_came_before_is_no_event_of_its_own(gazetteer, lexicon):
    text = ("Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha on Sunday, "
            "following more than a week of the worst border fighting between the neighbours.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 10, 19))
    assert "Battles" not in [r.event_type for r in records]


@pytest.mark.parametrize("when", ["Saturday's", "Christmas", "Easter"])
def test_a_time_word_after_a_scene_word_is_no_unknown_place(gazetteer, lexicon, when):
    text = f"Gunmen attacked worshippers at {when} service in the village, killing four people."
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 10, 19))
    assert all(when.removesuffix("'s") not in (r.location or "") for r in records)


def test_the_sides_between_which_a_clash_broke_out_are_its_actors(gazetteer, lexicon):
    text = ("Six people were killed and hundreds injured as clashes broke out between protesters and "
            "ruling party activists in Rangpur on Tuesday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 7, 16))
    assert [r.event_type for r in records] == ["Riots"]
    assert records[0].inter1 in (5, 6)  # the crowd (rioters), not the "six people" killed


def test_a_nearby_place_the_gazetteer_lacks_is_placed_at_the_town_told_before(gazetteer, lexicon):
    text = ("A drone strike hit a mosque in the besieged city of El Fasher on Friday, killing 75 people. "
            "On Saturday, artillery shelled the nearby Abu Shouk displacement camp, wounding 12 "
            "people.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 9, 20))
    shelling = [r for r in records if r.event_date == dt.date(2025, 9, 20)]
    assert [r.location for r in shelling] == ["Abu Shouk"]
    assert shelling[0].geometry is not None and "El Fasher" in shelling[0].notes


@pytest.mark.parametrize(
    "background",
    [
        "Sagaing Region has been among the areas hardest hit by regime airstrikes since the 2021 coup.",
        "The military continued to carry out airstrikes in resistance-held areas.",
        "There was no link with the jihadist group, which has carried out attacks in the Sagaing region.",
        "Residents said junta jets carried out repeated airstrikes in the area in the days before.",
        "In the same period, at least 18 soldiers have been killed in the Sagaing region.",
    ],
)
def test_background_read_through_blanked_dates_and_ongoing_campaigns(gazetteer, lexicon, background):
    """Times are blanked before background is read ("since the      coup"): its patterns take
    any run of spaces; and a campaign told as going on is background."""
    assert lexicon.background.search(background.replace("the 2021 coup", "the      coup"))
    text = "Troops clashed with resistance fighters near Monywa on Thursday. " + background
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 7, 11))
    assert [r.event_type for r in records] == ["Battles"]


def test_a_possessive_ends_an_unknown_places_name(gazetteer, lexicon):
    text = ("Suspected separatist fighters killed at least 20 people in an attack in Cameroon's "
            "English-speaking Southwest region on Monday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 11, 7))
    assert [r.fatalities for r in records] == [20]
    assert "English-speaking" not in (records[0].location or "")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A police helicopter was downed by a drone in Amalfi on Thursday, killing 13 officers.",
         "Explosions/Remote violence"),
        ("Two unmanned aircraft were shot down over Belgorod on Thursday, the ministry said.",
         "Strategic developments"),
    ],
)  # fmt: skip
def test_a_crewed_aircraft_downed_in_the_passive_is_an_attack_a_drone_an_interception(
    gazetteer, lexicon, text, kind
):
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 8, 22))
    assert [r.event_type for r in records] == [kind]


def test_a_reaction_naming_a_capital_as_whom_to_pressure_is_no_event_there(gazetteer, lexicon):
    text = ("A Russian missile strike on central Sumy killed 35 people on Sunday. President Volodymyr "
            "Zelensky said the attack showed that Russia was not interested in peace and called on allies "
            "to increase pressure on Moscow.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 4, 13))
    assert [r.location for r in records] == ["Sumy"]


def test_a_text_opening_on_a_weekday_or_under_a_headline_is_no_event_logs_entry(gazetteer, lexicon):
    for text in ("On Monday, the president visited the capital and met local officials.",
                 "Visit\n\nOn 4 March 2025, the president visited the capital."):  # fmt: skip
        assert extract(text, gazetteer, lexicon, published=dt.date(2025, 3, 4)) == []


def test_a_body_event_with_no_place_takes_the_headlines(gazetteer, lexicon):
    text = ("Second night of protests in Tbilisi\n\nThousands of protesters rallied outside the Parliament "
            "building for a second night on Friday. Riot police used water cannon and tear gas to clear "
            "the avenue early on Saturday.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 11, 30))
    assert [(r.location, r.sub_event_type, str(r.event_date)) for r in records] == [
        ("Tbilisi", "Protest with intervention", "2024-11-29")
    ]
    told = [text[s:e] for s, e in [records[0].source_span, *records[0].evidence_spans]]
    assert any(t.startswith("Thousands of protesters rallied") for t in told)


def test_a_call_for_a_ceasefire_is_a_stated_position_not_a_demand_event(gazetteer, lexicon):
    text = ("Fourteen Palestinian factions signed a declaration in Beijing on Tuesday. The Chinese foreign "
            "minister called for a comprehensive and lasting ceasefire in Gaza.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 7, 23))
    assert "Demand" not in [r.sub_event_type for r in records]


def test_what_a_strike_answered_is_no_event_of_its_own(gazetteer, lexicon):
    text = ("Israel's military said it struck the port of Hodeidah early on Monday, as well as a power "
            "station, in response to repeated missile attacks on Israel.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 7, 8))
    assert len(records) == 1 and records[0].location != "Israel"


@pytest.mark.parametrize(
    ("text", "published", "nowhere"),
    [
        # a sentence led by "Since <date>," is background, read with its date
        ("Houthis attack cargo ship\n\nDUBAI, July 8 (Reuters) - Yemen's Houthis said on Tuesday they had "
         "attacked a cargo ship in the Red Sea.\n\nSince November 2023, the Houthis have attacked more "
         "than 100 merchant ships in what they say is solidarity with Palestinians in Gaza, sinking two "
         "vessels before this week.", dt.date(2025, 7, 8), "Gaza"),
        # "capital" that is no city's
        ("Protesters marched in Russia's capital markets district on Friday.", dt.date(2025, 3, 8), "Moscow"),
        # what a party is told to stop, or threatened with
        ("Britain told the Houthis to stop attacking ships in the Red Sea or face more air strikes in "
         "Yemen.", dt.date(2024, 1, 15), "Red Sea"),
        # what has been going on (the present perfect progressive) is background
        ("Rebels took Morek on Thursday. The town lies north of Hama city, where the army, backed by "
         "Russian air strikes, has been attempting to retake territory.", dt.date(2015, 11, 6), "Ḩamāh"),
        # "the conflict" names a war, not an event of it
        ("Kuleba met Lavrov in Antalya on Thursday, with Turkey mediating to help reduce the conflict "
         "between Russia and Ukraine.", dt.date(2022, 3, 10), "Ukraine"),
    ],
)  # fmt: skip
def test_no_event_where_only_background_or_a_word_names_the_place(
    gazetteer, lexicon, text, published, nowhere
):
    records = extract(text, gazetteer, lexicon, published=published)
    assert nowhere not in [r.location for r in records]


@pytest.mark.parametrize(
    ("text", "interception"),
    [
        ("The army said on Monday it had neutralised several terrorists near Kayes.", False),
        ("Air defence neutralised two drones over Kharkiv on Monday.", True),
    ],
)
def test_neutralised_people_are_no_disrupted_weapon(gazetteer, lexicon, text, interception):
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 9, 15))
    assert ("Disrupted weapons use" in [r.sub_event_type for r in records]) is interception


def test_an_entry_whose_date_stands_alone_is_told_by_its_next_sentence(gazetteer, lexicon):
    records = extract("04 January. Unidentified armed men entered the town of Bria.", gazetteer, lexicon,
                      published=dt.date(2024, 1, 4))  # fmt: skip
    assert [(r.location, r.event_date) for r in records] == [("Bria", dt.date(2024, 1, 4))]
    assert extract("On 5 May 2024, .", gazetteer, lexicon, published=dt.date(2024, 5, 5)) == []


def test_a_large_town_named_with_its_abbreviated_first_word_stands_abroad(gazetteer, lexicon):
    text = ("A Russian missile strike on the Ukrainian city of Sumy in Sumy Oblast killed 35 people on "
            "Sunday. Two days earlier, the U.S. envoy met President Vladimir Putin in St. Petersburg for "
            "talks.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 4, 13))
    assert "Saint Petersburg" in [r.location for r in records]


def test_a_definite_event_told_paragraphs_later_is_the_event_before(gazetteer, lexicon):
    filler = "Shipping companies said they were reviewing their routes through the region. " * 8
    text = ("Houthi rebels attacked a cargo ship with missiles and drones in the Red Sea on Monday, killing "
            f"three crew members.\n\n{filler}\n\nThe attacks were the first on commercial shipping in the "
            "Red Sea since the spring.")  # fmt: skip
    records = extract(text, gazetteer, lexicon, published=dt.date(2025, 7, 8))
    assert len(records) == 1


# Inputs a reviewer of the fourteenth session's changes found misread; each row: the text, and
# what the records must (not) say.
REVIEWED = [
    # a time inside a noun's relative clause dates that clause, not the event told before it
    ("JOHANNESBURG (AP) — The defense ministries of Mozambique and Rwanda have announced that a joint force "
     "of their troops has regained control of Mocimboa da Praia from Islamic extremists. Retaking the town "
     "is a notable success for the 1,000-strong Rwandan force that deployed to Mozambique last month.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-18"]),
    # eighteenth session's reviews: what is planned or put off is hypothetical, not what happened
    # beside it; explosives dropped or fired with direct fire are no planted bomb; a count the event
    # lacked folds in past background; a date alone heads a timeline's entry
    ("A carefully planned ambush killed 14 Nigerien soldiers near Tillia in the Tahoua region on Saturday.",
     lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 14)]),
    ("Voting was cancelled in three polling stations in Nampula after protesters clashed with police on "
     "Sunday, killing one.", lambda rs: [r.event_type for r in rs] == ["Riots"]),
    ("A postponed meeting of Sahel defence ministers took place in Niamey on Monday.",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Niamey")]),
    ("After his visit to Kyiv, the German chancellor held talks with Polish leaders in Warsaw on Sunday.",
     lambda rs: [r.location for r in rs] == ["Warsaw"]),
    ("Russian warplanes dropped bombs on Vovchansk on Sunday, destroying several houses.",
     lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    ("Al-Shabaab militants ambushed a Somali army convoy with an IED before opening fire on the vehicles "
     "near Afgoye on Monday, killing seven soldiers.", lambda rs: [r.event_type for r in rs] == ["Battles"]),
    ("Police shot dead a protester in Nairobi on Sunday, witnesses said. Protests have been held repeatedly "
     "since June. Officers also shot and wounded 12 others.", lambda rs: [r.injuries for r in rs] == [12]),
    ("Sudan: key events this week\n\n16/11/2024\nThe RSF shelled El Fasher, killing nine civilians.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-16"]),
    # "Capital" alone names no place (Argentina's La Capital departments)
    ("Police broke up a protest outside Capital FM's offices in Kampala on Monday.",
     lambda rs: [r.location for r in rs] == ["Kampala"]),
    # seventeenth session's review: a common word with an area word names a division only in a
    # country the text names (Cameroon's North is not Burkina Faso's)
    ("Jihadists attacked a village in the North region of Burkina Faso on Monday, killing 12 civilians.",
     lambda rs: [(r.country_code, r.fatalities) for r in rs] == [("BF", 12)]),
    ("Rebels attacked a village in the West region of Uganda on Friday, killing four.",
     lambda rs: [(r.country_code, r.fatalities) for r in rs] == [("UG", 4)]),
    # a relative clause that tells an event of its own, or words after it that name a scene, keep
    # their clauses
    ("Gunmen, who stormed a village in Zamfara on Friday, killed 12 people, police said.",
     lambda rs: [(r.location, r.event_type, r.fatalities) for r in rs]
     == [("Zamfara", "Violence against civilians", 12)]),
    ("An IED planted near Gao by jihadists, who control much of the area, struck a UN convoy near Timbuktu "
     "on Friday, killing two peacekeepers.",
     lambda rs: ("Timbuktu", 2) in [(r.location, r.fatalities) for r in rs]),
    # sixteenth session, second review: a time measured from is not the event's
    ("Gunmen killed at least 30 villagers in Bokkos, officials said on Sunday. The attack was the deadliest "
     "since March.", lambda rs: [str(r.event_date) for r in rs] == ["2024-11-17"]),
    # a country named as a reference point is not "the country"; a headline's country is
    ("Jihadists killed 20 soldiers in the west of the country near the border with Mali and Burkina Faso on "
     "Sunday, Niger's defence ministry said.", lambda rs: [r.country_code for r in rs] == ["NE"]),
    ("Mozambique: villagers beheaded\n\nMAPUTO - Islamist insurgents beheaded 11 villagers in the north of "
     "the country on Sunday, police said. Rwanda has troops in the region.\n\nRwanda sent more troops last "
     "year. Rwanda's army said it would stay.", lambda rs: [r.country_code for r in rs] == ["MZ"]),
    # what protesters suffer is no grievance
    ("Protesters demonstrating against military rule in Khartoum on Sunday were attacked by RSF fighters, "
     "who shot dead five.", lambda rs: 5 in [r.fatalities for r in rs]),
    # "In its statement, meanwhile": a source, not another incident
    ("U.S. airstrikes hit the port of Hodeidah on Sunday. In its statement, meanwhile, the Houthi health "
     "ministry said the strikes killed 12.", lambda rs: [r.fatalities for r in rs] == [12]),
    # "following the crash that killed": what that earlier event did, no event of its own
    ("Gunmen killed two traders in Gusau on Sunday. The governor praised the army, days after the plane "
     "crash that killed the previous president.",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Gusau", 2)]),
    # what a group readies for has not happened
    ("MANDERA - Al Shabaab fighters ambushed police in Banisa on Sunday, killing three. The incident follows "
     "reports that the militants were setting up bases in Lamu county in readiness for attacks against "
     "officials.", lambda rs: [r.location for r in rs] == ["Banisa"]),
    # a town retaken is the scene, as a town retook
    ("Libyan forces opposed to Khalifa Haftar claimed on Sunday they had retaken Gharyan, a strategic town "
     "in the west of the country.",
     lambda rs: [(r.location, r.status) for r in rs] == [("Gharyan", "claimed")]),
    # sixteenth session, first review: the country "the country" speaks of is one named by its name
    # in the sentence, not the attackers' (named by their people) nor the dateline's
    ("Israeli strikes killed three people in the south of the country on Sunday, Lebanon's health ministry "
     "said.", lambda rs: [r.country_code for r in rs] == ["LB"]),
    ("NAIROBI (Reuters) - Al Shabaab fighters attacked a military base in the country's south on Sunday, a "
     "Somali army officer said.", lambda rs: [r.country_code for r in rs] == ["SO"]),
    # news style: Congo is the Democratic Republic
    ("M23 rebels seized two towns in eastern Congo on Sunday.",
     lambda rs: [r.country_code for r in rs] == ["CD"]),
    # a loose event joins no placed event by another side, nor one told as a separate incident
    ("RSF shelling killed 30 civilians in Sudan on Sunday. In a separate incident, army drones struck Nyala "
     "on Sunday, killing five.", lambda rs: sorted(r.fatalities for r in rs) == [5, 30]),
    # "X, meanwhile, said": a source, not another incident
    ("MAIDUGURI - Boko Haram fighters bombed a market in Maiduguri on Sunday, killing 12. Hospital officials "
     "in Maiduguri, meanwhile, said 30 people were wounded in the blast.",
     lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(12, 30)]),
    # a reaction's day is not the event's; an old time named with the event again dates it
    ("A bomb attack on a displacement camp near Goma killed 12, the UN said on Sunday. The violence was "
     "condemned on Saturday by the UN Secretary-General.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-17"]),
    ("Gunmen killed 12 villagers in Gusau, police said. The attack took place last January.",
     lambda rs: [(str(r.date_start), str(r.date_end)) for r in rs] == [("2024-01-01", "2024-01-31")]),
    # sixteenth session: a protest's grievance is no event; riot police are no riot; "days after
    # deadly clashes" names an earlier event
    ("NAIROBI - Police in Nairobi fired tear gas on Sunday to break up protesters who were demonstrating "
     "against what they describe as a wave of unexplained abductions of government critics.",
     lambda rs: [r.sub_event_type for r in rs] == ["Protest with intervention"]),
    ("NAIROBI - Hundreds of protesters marched in Nairobi on Sunday as riot police in anti-riot gear "
     "watched.", lambda rs: [r.event_type for r in rs] == ["Protests"]),
    ("CONAKRY - On Sunday thousands of Guinean protesters poured into the streets of the capital Conakry "
     "in new demonstrations, days after deadly clashes disrupted a funeral march.",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Conakry")]),
    # fourth review: an adjective opening the sentence names no people; a state's forces named by
    # its people take the lexicon's name for them
    ("Masked militiamen stormed the village of Djugu in Ituri on Sunday, November 17, killing 12 civilians.",
     lambda rs: [r.inter1 for r in rs] == [3]),
    ("French troops of Operation Barkhane clashed with ISGS militants near Menaka on Sunday, November 17.",
     lambda rs: [r.actor1 for r in rs] == ["Military Forces of France (2017-)"]),
    # third review: peoples named first or after a division are communal militias; a common
    # neighbourhood name is the city's; "Aden", "children" are no participles; a force that
    # confirms its own act is its actor
    ("Twa militia killed four Luba villagers near Kalemie on Sunday, November 17.",
     lambda rs: [r.inter1 for r in rs] == [4]),
    ("On Sunday, November 17, Amhara militias killed 12 Oromo civilians near Kemise.",
     lambda rs: [r.inter1 for r in rs] == [4]),
    ("Late Sunday militiamen attacked the village of Djugu, killing five.",
     lambda rs: [r.inter1 for r in rs] == [3]),
    ("Gunmen killed four people in the Guadalupe neighbourhood of Culiacan on Sunday, November 17.",
     lambda rs: [r.location for r in rs] == ["Culiacan"]),
    ("Two soldiers were killed on Sunday, November 17, in the port city of Aden by Houthi fighters.",
     lambda rs: [r.actor1 for r in rs] == ["Ansar Allah"]),
    ("The Sudanese army confirmed it had recaptured the town of Sinja from the RSF on Sunday, November 17.",
     lambda rs: [(r.sub_event_type, r.inter1) for r in rs] == [("Government regains territory", 1)]),
    # the Saudi-led coalition is ACLED's Operation Restoring Hope, an external force
    ("On 15 November 2024, Saudi-led coalition air raids were reported on Al Jawf governorate in northern "
     "Yemen.", lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Operation Restoring Hope", 8)]),
    # second review of the session's actor and place rules
    ("Syrian government forces shelled the town of Sarmin in Idlib on Sunday, November 17, killing three "
     "civilians.", lambda rs: [r.actor1 for r in rs] == ["Military Forces of Syria"]),
    ("Congo's army clashed with M23 rebels near Sake on Sunday, November 17.",
     lambda rs: bool(rs) and all((r.actor1 or "").endswith("Democratic Republic of the Congo") for r in rs)),
    ("The Nigerian government declared Sunday's attack on a church in Owo a terrorist act.",
     lambda rs: bool(rs) and all("Government" not in (r.actor1 or "") for r in rs)),
    ("RSF fighters stormed villages in the Sinja locality of Sennar on Sunday, November 17, killing at least "
     "12 civilians.", lambda rs: "Singa" in {r.location for r in rs}),
    ("Two Somali soldiers were killed in an ambush near Afgoye on Sunday, November 17, according to a "
     "statement issued by the Somali National Army.",
     lambda rs: bool(rs) and all(r.inter1 != 1 for r in rs)),
    ("Three civilians were wounded in Kherson on Sunday, November 17, a city retaken by Ukrainian forces in "
     "2022.", lambda rs: bool(rs) and all(not (r.actor1 or "").startswith("Military") for r in rs)),
    ("Sudanese army soldiers clashed with RSF fighters in Sennar on Sunday, November 17, a week after "
     "recapturing Sinja.", lambda rs: [r.location for r in rs] == ["Sennar"]),
    ("On Sunday militiamen attacked the village of Djugu, killing five.",
     lambda rs: bool(rs) and all(r.inter1 != 4 for r in rs)),
    # a part of a town that the gazetteer puts in another country is the town's
    ("On 15 November 2024, unidentified armed men stormed the Health office in Sira neighbourhood of Aden "
     "city (Craiter, Aden).", lambda rs: bool(rs) and {r.country_code for r in rs} == {"YE"}),
    # a passive's agent told after the place and its remarks
    ("Looting: On 15 November 2024, a Red Cross team was robbed on the Kaga-Bandoro - Grevai axis (6 Km from "
     "Kaga-Bandoro) by armed men.", lambda rs: [r.inter1 for r in rs] == [3]),
    # the subject of a light verb ("declared a state of emergency") is who did it
    ("On 15 November 2024, police imposed a curfew in Tillaberi, Niger.",
     lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Police Forces of Niger", 1)]),
    # a state's police told with its name ("Kenya's police") are that state's
    ("On 15 November 2024, Kenya's police shot dead two men in Nairobi.",
     lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Police Forces of Kenya", 1)]),
    # a militia named for a people or a place is communal (identity militia, inter 4); one named
    # for a country, or for nothing, is not
    ("On 15 November 2024, suspected Fulani militias attacked Karakai (Bungudu LGA, Zamfara) to rustle cows.",
     lambda rs: [r.inter1 for r in rs] == [4]),
    ("On 15 November 2024, militiamen from Tonj South county clashed with farmers in Tonj.",
     lambda rs: [r.inter1 for r in rs] == [4]),
    ("On 15 November 2024, a militia attacked Karakai (Bungudu LGA, Zamfara).",
     lambda rs: [r.inter1 for r in rs] == [3]),
    ("On 15 November 2024, Somali militia attacked Afgooye.", lambda rs: [r.inter1 for r in rs] == [3]),
    # a state's forces described by its people are that state's, external forces abroad
    ("On 15 November 2024, 2 civilian houses were destroyed by Afghan forces in Saydabad district, Wardak.",
     lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Military Forces of Afghanistan", 1)]),
    ("On 15 November 2024, French forces killed 10 militants near Menaka.",
     lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Military Forces of France (2017-)", 8)]),
    # ACLED's spellings of the main actors name them ("Al Shabaab"; UPC and MPC, political militias)
    ("On 15 November 2024, Al Shabaab militants attacked a SNA base in Janale (Marka, Lower Shabelle). "
     "3 soldiers were killed.", lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Al Shabaab", 2)]),
    ("On 15 November 2024, UPC elements clashed with MPC fighters in Alindao (Basse-Kotto).",
     lambda rs: [(r.inter1, r.inter2) for r in rs] == [(3, 3)]),
    # whose ministries (and the list that goes on from them) are not where
    ("JOHANNESBURG - The defense ministries of Mozambique and Rwanda said on Sunday that their troops "
     "had regained control of a port from extremists who had held the town in northern Mozambique for a "
     "year.", lambda rs: bool(rs) and "RW" not in {r.country_code for r in rs}),
    # an undertaking signed is an agreement, and the deal told again takes its day
    ("On Friday, the warring parties signed an undertaking to work on a roadmap for implementing the "
     "peace agreement.\n\nThe deal was reached at a meeting in Entebbe chaired by President Museveni.",
     lambda rs: {r.event_date for r in rs if r.location == "Entebbe"} == {dt.date(2024, 11, 15)}),
    # a region's country told by its people ("Pakistani") is not overruled by another named
    ("Pakistani police shot dead two suspected militants in Basti Lalwani, Punjab province, on Sunday, "
     "saying they had been trained in India.",
     lambda rs: bool(rs) and {r.country_code for r in rs} == {"PK"}),
    ("Ugandan soldiers shot dead three smugglers in Kabuyanda-Kanyamwa (Western region) near the border "
     "with Rwanda on Friday.", lambda rs: bool(rs) and {r.country_code for r in rs} == {"UG"}),
    # roads blocked by police, soldiers or landslides are no protest
    ("Police blocked 12 roads around Islamabad on Sunday to stop PTI supporters from reaching the capital.",
     lambda rs: "Protests" not in {r.event_type for r in rs}),
    ("Several roads in Rakhine state were blocked by landslides after heavy rains on Sunday, cutting off "
     "aid to displaced people in Sittwe.", lambda rs: "Protests" not in {r.event_type for r in rs}),
    ("Streets in Peshawar were blocked by police after a suicide bomber killed 12 people at a market on "
     "Friday.", lambda rs: bool(rs) and "Protests" not in {r.event_type for r in rs}
     and all(not (r.actor1 or "").startswith("Police") for r in rs)),
    # "withdrew from", "expelled from", "reported from" the town of X: X is the scene; so is the
    # town people were taken from when the clause names no other place
    ("Russian troops withdrew from the village of Krynky on the left bank of the Dnipro after months of "
     "fighting with Ukrainian marines, Kyiv said.", lambda rs: "Krynky" in {r.location for r in rs}),
    ("Sudanese troops expelled RSF fighters from the town of Singa in Sennar state on Saturday after heavy "
     "fighting.", lambda rs: [r.location for r in rs] == ["Singa"]),
    ("JNIM militants abducted 12 traders from the town of Djibo on Monday as they travelled to Ouagadougou.",
     lambda rs: [r.location for r in rs] == ["Djibo"]),
    # roads told blocked (in the passive, or with a count) are a protest's roadblocks
    ("GUATEMALA CITY - Authorities said on Sunday that 22 roads in the country are blocked, most of them in "
     "the departments of Totonicapán and Sololá.",
     lambda rs: {r.location for r in rs} == {"Totonicapán", "Sololá"}),
    # where a crowd came from is not where it protested
    ("On Sunday, a caravan of farmers from the departments of Alta Verapaz and Quiché marched in Guatemala "
     "City to protest.", lambda rs: [r.location for r in rs] == ["Guatemala City"]),
    # a region told with its kind word is read in the country the report names ("Southern
    # province" of Sri Lanka, not Zambia's), for a village the gazetteer lacks
    ("Sri Lanka: Protesters damage police station\n\nOn Sunday, protesters damaged a police station in "
     "Katuwana (Southern province) and attacked four officers.",
     lambda rs: bool(rs) and {r.country_code for r in rs if r.location == "Katuwana"} == {"LK"}),
    # one-word spellings are no province abroad
    ("EL FASHER - RSF fighters attacked villages in the Jebel Marra area of Darfur on Sunday, killing "
     "15 civilians.", lambda rs: bool(rs) and "TZ" not in {r.country_code for r in rs}),
    ("JUBA - Gunmen killed six cattle keepers in Bieh state on Sunday, local officials said.",
     lambda rs: bool(rs) and "AO" not in {r.country_code for r in rs}),
    ("ENUGU - Gunmen killed four police officers in Nigeria's Southeast on Sunday, police said.",
     lambda rs: bool(rs) and "BW" not in {r.country_code for r in rs}),
    # a province across the border, beside the report's places, stays
    ("NIAMEY - Jihadists killed 12 soldiers in the Tillaberi region on Sunday. On the same day, JNIM "
     "fighters killed six civilians in Oudalan province.",
     lambda rs: sorted((r.country_code, r.fatalities) for r in rs) == [("BF", 6), ("NE", 12)]),
    # a district named after its town is the town's
    ("KYIV - A Russian drone struck a car in Kramatorsk district on Sunday, killing one man.",
     lambda rs: [r.location for r in rs] == ["Kramatorsk"]),
    # an unknown scene told on another day than the province's event is at the dateline's town
    ("KABUL - Gunmen killed three men in Herat province on Sunday.\n\nOn Monday, a magnetic bomb "
     "attached to a minibus exploded in the Dasht-e-Barchi area, killing six people.",
     lambda rs: [r.admin1 for r in rs if r.location == "Dasht-e-Barchi"] == ["Kābul"]),
    # another incident borrows no place (and, placed nowhere beside a placed event, is not coded)
    ("KYIV - Russian forces shelled Kherson on Sunday, killing two civilians.\n\nElsewhere on Sunday, a "
     "Russian drone attack wounded three people, the air force said.",
     lambda rs: [(r.location, r.injuries) for r in rs] == [("Kherson", None)]),
    ("ISLAMABAD - Police clashed with PTI supporters in Lahore on Sunday, injuring 20.\n\nIn a separate "
     "incident on Sunday, militants ambushed a convoy on a highway in the northwest, killing six soldiers.",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Lahore", None)]),
    # the attackers' dead are not a part of the villagers'
    ("MAIDUGURI - Boko Haram fighters attacked a village in Borno state on Sunday, killing 10 villagers. "
     "Six of the attackers were also killed in the fighting.", lambda rs: [r.fatalities for r in rs] == [16]),
    # two sides described alike stay two
    ("LAGOS - Villagers attacked herders in Benue state on Sunday, killing 7 people.",
     lambda rs: [(r.inter1, r.inter2) for r in rs] == [(4, 4)]),
    # second review: "Fighting erupted" is still a battle
    ("GOMA - Fighting erupted between M23 rebels and Congolese troops near Sake on Sunday.",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    # an undated scene borrows no division where nothing happened, nor one holding the dateline
    ("KABUL - The Taliban appointed a new governor for Herat province, officials said.\n\nA magnetic bomb "
     "attached to a minibus exploded in the Dasht-e-Barchi area, killing six people.",
     lambda rs: [r.admin1 for r in rs if r.fatalities == 6] == ["Kābul"]),
    ("KABUL - Taliban forces clashed with ISIS-K fighters in Nangarhar province on Sunday, killing four."
     "\n\nIn the capital, a magnetic bomb exploded in the Dasht-e-Barchi neighbourhood on Sunday, killing "
     "six people.", lambda rs: [r.admin1 for r in rs if r.fatalities == 6] == ["Kābul"]),
    # one army is not both sides
    ("MAIDUGURI - Soldiers repelled an attack on a military base in Borno state on Sunday, killing 12 of "
     "the insurgents, the army said. Two soldiers were also killed.",
     lambda rs: bool(rs) and all(r.actor1 != r.actor2 for r in rs)),
    # "the Bakhmut region" is the town's area, not Donetsk oblast
    ("KYIV - Russian forces shelled villages in the Bakhmut region on Sunday, killing two civilians.",
     lambda rs: [r.location for r in rs] == ["Bakhmut"]),
    # third review: a labour strike is no army's; "the state capital" is no country's capital;
    # "the Kursk region" (its division's largest town) is the oblast
    ("NEW YORK - A US strike by dockworkers shut ports from Maine to Texas on Tuesday, and police "
     "arrested two picketers in Baltimore.",
     lambda rs: [r.event_type for r in rs] == ["Strategic developments"]),
    ("ABUJA - Bandits killed 20 villagers in Zamfara state on Sunday.\n\nOn the same day, gunmen killed "
     "three people in Kwanar Dutse village, about 40 km from the state capital.",
     lambda rs: [r.admin1 for r in rs if r.fatalities == 3] == ["Zamfara"]),
    ("Shelling killed three civilians in the Kursk region on Sunday.",
     lambda rs: [r.geo_precision for r in rs] == [3]),
    # one scene holding every place a count is told for: the whole count is its own
    ("Rebels in the northern province of Aleppo fired mortar shells on Sunday against the districts of "
     "Salhuddien and Midan, killing five people and wounding 30 others.",
     lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, 30)]),
    # a peaceful protest hurts no one: the dead told beside it are its cause
    ("Resistance Committees staged a protest in Khartoum on Friday, in memory of a demonstrator who was "
     "killed during the demonstrations against the military coup.",
     lambda rs: [(r.sub_event_type, r.fatalities) for r in rs] == [("Peaceful protest", None)]),
    # an ambush on civilians with no fire exchanged is an attack on them, not a battle
    ("On Sunday, unidentified gunmen ambushed and killed four youths in Adu village in Bassa, Plateau.",
     lambda rs: [r.event_type for r in rs] == ["Violence against civilians"]),
    # insurgents who "struck" a place with no weapon named raided it on the ground; a ship struck from
    # afar stays a strike
    ("Later on Friday, a group of insurgents struck an outlying neighbourhood of Nangade town, killing two "
     "people.", lambda rs: [r.event_type for r in rs] == ["Violence against civilians"]),
    ("Houthi rebels struck a cargo ship in the Red Sea on Sunday.",
     lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    # nineteenth session's review: a pair of dashes sets off a remark inside the clause; a headline's
    # town names the province of the body's district; "Times" of a newspaper is no span of time
    ("At least nine civilians — including four children — were killed when gunmen attacked the village of "
     "Yelwata in Benue State on Sunday.", lambda rs: [r.fatalities for r in rs] == [9]),
    ("Clashes in Herat\n\nTwo civilians were killed in Kohna Deh village, Pashtun Zarghun district, on "
     "Tuesday.",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Kohna Deh", 2)]),
    ("Two New York Times journalists were wounded by shelling in Kherson on Tuesday.",
     lambda rs: [r.injuries for r in rs] == [2]),
    # a killing a protest mourns is an earlier event, not force met
    ("Resistance Committees staged a protest in Khartoum on Friday, in memory of a demonstrator who was "
     "killed by security forces last month.",
     lambda rs: [r.sub_event_type for r in rs] == ["Peaceful protest"]),
    # a toll told "after" an event word: that event caused it
    ("Close to 20 people died and upwards of 60 were injured after a suicide bombing at a mosque in Mastung, "
     "Balochistan, on Friday.",
     lambda rs: [(r.sub_event_type, r.fatalities) for r in rs] == [("Suicide bomb", 20)]),
    # the second review: a weapon named in the next sentence keeps "struck" a strike; a mourners' time
    # is their own; dashes around a relative clause or a coordination part the clause as before
    ("Houthi rebels struck a commercial vessel off the coast of Hodeidah on Thursday. The attack used an "
     "anti-ship ballistic missile.", lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    ("Police fired on mourners commemorating a slain activist in Conakry on Sunday, killing 2 people.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-17"]),
    ("The gunmen — who killed 5 people in Kajuru last week — were arrested in Zaria on Saturday.",
     lambda rs: "Arrests" in [r.sub_event_type for r in rs]),
    ("Two soldiers — and a civilian — were killed when militants attacked a checkpoint in Kidal on Sunday.",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    # twentieth session: the dead a procession mourns, and all its stretch of the sentence tells of
    # them, are an earlier event (no clash, no count); a count after a comma is the event's own
    ("In La Paz, riot police fired tear gas to break up a funeral procession held to mourn the deaths of "
     "eight people killed in clashes.",
     lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Protests", None)]),
    ("Police fired on a crowd gathered to mourn a slain activist in Conakry on Sunday, killing 2 people.",
     lambda rs: [r.fatalities for r in rs] == [2]),
    # an event word capitalised beside another capitalised word is part of a name ("Ban Ki-moon");
    # two governments named by their people agree as states: diplomacy
    ("UN Secretary General Ban Ki-moon arrived in Kabul on Monday.", lambda rs: rs == []),
    ("The Sudanese government and the Chadian government signed a border security agreement in "
     "N'Djamena on Monday.", lambda rs: [r.event_type for r in rs] == ["Diplomacy"]),
    # names given as examples of a scene told in the plural are its scenes; a time inside a "since"
    # clause dates what a span is measured from, not the paragraph; a call for marches is no march
    ("Protesters clashed with police in several cities, including Lahore and Karachi, on Monday.",
     lambda rs: sorted(r.location for r in rs) == ["Karachi", "Lahore"]),
    ("Police said 100 students were injured across Bangladesh on Monday in clashes with police. The protests "
     "are the first she has faced since she won a fourth term in an election in January. Students hurled "
     "rocks at police at universities across the country, including Dhaka.",
     lambda rs: [(r.location, str(r.event_date)) for r in rs if r.location == "Dhaka"]
     == [("Dhaka", "2024-11-18")]),
    ("The protesters called for marches and rallies to continue across Dhaka.", lambda rs: rs == []),
    # those who "died" are the dead, not who attacked
    ("Three Malian soldiers died when their truck hit a landmine near Kidal on Sunday.",
     lambda rs: [r.actor1 for r in rs] == ["Unidentified Armed Group (Mali)"]),
    # "a military convoy": the convoy is the army's, hit, not attacking; a village named near it
    # is where, not who was hit
    ("On Sunday, an IED exploded, targeting a military convoy near Bali Doogle village in Lower Shabelle.",
     lambda rs: [(r.actor1, r.actor2) for r in rs]
     == [("Unidentified Armed Group (Somalia)", "Military Forces of Somalia")]),
    # the place a passive event word befell is its scene, an appositive between them or not, names
    # joined by "and" each
    ("Kherson and Mykolaiv were shelled by Russian forces on Friday.",
     lambda rs: sorted(r.location for r in rs) == ["Kherson", "Mykolayiv"]),
    ("Kherson was once again shelled on Friday.", lambda rs: [r.location for r in rs] == ["Kherson"]),
    ("Kherson was shelled by Russian forces on Friday.", lambda rs: [r.location for r in rs] == ["Kherson"]),
    ("Kidal, home to several thousand people, was seized by rebels on Friday.",
     lambda rs: [r.location for r in rs] == ["Kidal"]),
    # guns are small arms (direct fire: a battle); heavy guns are artillery
    ("Taliban militants stormed security checkpoints with guns and rockets in Shindand on Thursday, "
     "killing 10 policemen.", lambda rs: [r.event_type for r in rs] == ["Battles"]),
    ("Russian forces shelled Nikopol with heavy guns on Thursday.",
     lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    # "the airstrikes" in a report that told no strike before: a strike of its own, not that one
    ("Taliban militants stormed security checkpoints with guns in Shindand late Thursday, killing 10 "
     "policemen. Later the forces called for air support and 27 Taliban were killed during the airstrikes "
     "near Shindand.",
     lambda rs: sorted((r.event_type, r.fatalities) for r in rs)
     == [("Battles", 10), ("Explosions/Remote violence", 27)]),
    # the twentieth session's review: a clause of its own ends the mourned stretch, and a dated death
    # mourned is an event; "call for" takes only modifiers before its noun; a name goes on after the
    # event word; "including" after where people came from or were taken names no scene; "died in
    # clashes with X": X is the other side
    ("Youths gathered in Kasese to mourn a rider killed by police when soldiers shot dead two of the "
     "mourners on Monday.", lambda rs: [r.fatalities for r in rs] == [2]),
    ("Families in Khan Younis gathered to mourn relatives killed in an Israeli airstrike on Friday while "
     "Israeli tanks shelled the eastern outskirts of the city, killing three people.",
     lambda rs: sorted(r.sub_event_type for r in rs)
     == ["Air/drone strike", "Shelling/artillery/missile attack"]),
    ("The UN mission called for calm after clashes between rival militias in Tripoli killed at least 10 "
     "people on Monday.", lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 10)]),
    ("Villagers called for help as fighting raged between soldiers and Ambazonian separatists near Kumba "
     "on Monday.", lambda rs: [r.event_type for r in rs] == ["Battles"]),
    ("Thousands answered the opposition's call for protests and marched through Nairobi on Friday.",
     lambda rs: [r.event_type for r in rs] == ["Protests"]),
    ("The African Union Summit opened in Addis Ababa on Saturday, with leaders discussing the war in "
     "Sudan.", lambda rs: [r.event_type for r in rs] == ["Diplomacy"]),
    ("BAMAKO Clashes between the army and JNIM militants near Dioura left eight soldiers dead, the army "
     "said.", lambda rs: [r.actor2 for r in rs] == ["JNIM: Group for Support of Islam and Muslims"]),
    ("Governors from states across the north, including Kano and Sokoto, met in Abuja on Monday to discuss "
     "banditry.", lambda rs: [r.location for r in rs] == ["Abuja"]),
    ("A suicide bomber killed 12 people at a market in Konduga on Wednesday, and the wounded were taken to "
     "hospitals in the area, including Maiduguri.", lambda rs: "Maiduguri" not in [r.location for r in rs]),
    ("Three RSF fighters died in clashes with the army in Bahri on Sunday.",
     lambda rs: [r.actor2 for r in rs] == ["Military Forces of Sudan"]),
    # a time told with "since" is what a span is measured from, not the next sentence's time; "the
    # militants" are the group named before
    ("JNIM has blockaded Djibo since February 2022. The militants attacked an army post in the town, "
     "killing 14 soldiers.",
     lambda rs: [(r.location, r.fatalities, r.actor1) for r in rs]
     == [("Djibo", 14, "JNIM: Group for Support of Islam and Muslims")]),
    # raids an arrest was made in are how it was made, not an attack of their own
    ("Police arrested 40 opposition activists in Dhaka on Tuesday. A number of them were arrested in raids "
     "at their homes.", lambda rs: [r.sub_event_type for r in rs] == ["Arrests"]),
    # a trend's examples, each with its place, are events of their own
    ("The attack follows a series of kidnappings over the past two weeks, including the abduction of more "
     "than 300 students in Niger State and 38 worshippers in Kwara State.",
     lambda rs: sorted((r.admin1, str(r.event_date), r.time_precision) for r in rs)
     == [("Kwara", "2024-11-11", 3), ("Niger", "2024-11-11", 3)]),
    # arms recovered, told as a list of them ("a gun, 20 cartridges and seven explosives")
    ("Police recovered a gun, 20 cartridges and seven explosives during search operations in Thoubal "
     "district on Tuesday.", lambda rs: [r.sub_event_type for r in rs] == ["Disrupted weapons use"]),
    # a hyphenated adjective before a name ("Kuki-dominated") is no first name of a person
    ("Fresh violence was reported on Tuesday in Kuki-dominated Churachandpur district, leaving two dead.",
     lambda rs: [r.location for r in rs] == ["Churachandpur"]),
    # security forces killed or wounded at a demonstration: the crowd turned violent
    ("Thousands of protesters marched in Khartoum on Sunday against the military government. Police fired "
     "tear gas to disperse them. One policeman was killed and five officers were wounded.",
     lambda rs: [r.event_type for r in rs] == ["Riots"]),
    # "They demanded ..." right after a demonstration: the crowd's demand, no diplomacy
    ("A group of residents staged a demonstration in Callao on Monday, blocking an avenue. They demanded a "
     "faster process to return to their homes.", lambda rs: [r.event_type for r in rs] == ["Protests"]),
    # a later day inside the span an event was told in dates it more precisely
    ("Daily Trust had reported how bandits invaded communities in Rijau, Niger State, abducting many people "
     "over the last week.\n\nThe police said the bandits abducted the village head of Rijau along with nine "
     "others."
     "\n\nHe said about 60 cattle were rustled in the November 12 attack.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-12"]),
    # "also overnight" in a report whose lede dates its story days before: that story's night
    ("Taliban fighters attacked a district centre in Ghazni province early Thursday, killing the district "
     "governor.\n\nAlso overnight, suspected Taliban militants attacked several police posts in Paktia "
     "province, leaving three police dead.",
     lambda rs: sorted(str(r.event_date) for r in rs) == ["2024-11-14", "2024-11-14"]),
    # the second review: a gun battle is no gun found; "the gunmen" are not the group named as the
    # victim; "over the past two weeks" dates no later sentence; a visit inside the country is no talks
    ("The gang seized the town in a gun battle with police in Mirebalais on Tuesday.",
     lambda rs: "Disrupted weapons use" not in [r.sub_event_type for r in rs]),
    ("The soldier was found dead with his rifle beside him at a post in Kalaye on Monday.",
     lambda rs: "Disrupted weapons use" not in [r.sub_event_type for r in rs]),
    ("The body of a senior Arakan Army commander was found in Sittwe on Monday. Police said the gunmen shot "
     "him at close range.", lambda rs: "Arakan Army" not in [r.actor1 for r in rs]),
    ("Fighting has intensified in El Fasher over the past two weeks. An RSF drone struck the Saudi Hospital "
     "on Monday, killing nine patients.", lambda rs: [str(r.event_date) for r in rs] == ["2024-11-18"]),
    ("Kherson and Mykolaiv were visited by President Zelensky on Friday.",
     lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    # a dateline in capitals is a town: "GAZA -" is not Mozambique's Gaza province
    ("GAZA - Israeli air strikes killed 20 people in Gaza on Sunday, health officials said.",
     lambda rs: [r.country_code for r in rs] == ["PS"]),
    # twenty-first session: what a protest is against is its grievance, even as the verb's own
    # object; "downed tools" is a strike of workers; people shot while protesting are the crowd; a
    # protest a victim had made before is no event
    ("On 12 November 2024, residents of Kisumu marched to protest the killing of a youth by police. Police "
     "dispersed them with tear gas.",
     lambda rs: [r.sub_event_type for r in rs] == ["Protest with intervention"]),
    ("On 12 November 2024, health workers in Harare downed tools over unpaid allowances.",
     lambda rs: [r.event_type for r in rs] == ["Protests"]),
    ("Ukrainian air defences downed 12 drones over Kyiv on Sunday.",
     lambda rs: [r.sub_event_type for r in rs] == ["Disrupted weapons use"]),
    ("On 12 November 2024, police killed three residents who were protesting against the demolition of their "
     "homes in Lagos.", lambda rs: [(r.sub_event_type, r.fatalities) for r in rs]
     == [("Excessive force against protesters", 3)]),
    ("On 12 November 2024, gunmen killed a man who had protested the arrest of his son in Kisumu.",
     lambda rs: [r.event_type for r in rs] == ["Violence against civilians"]),
    # an event told as coming so many days after another dates that other
    ("Gunmen killed 12 villagers in Eringeti on Sunday, officials said.\n\nAttacks blamed on the ADF have "
     "killed more than 100 people since November 5. The latest incident came a day after six civilians were "
     "killed in an attack in the regional capital Beni.",
     lambda rs: sorted(str(r.event_date) for r in rs) == ["2024-11-16", "2024-11-17"]),
    # "in northern Gaza", "in eastern Kharkiv": the area the place before lies in, no scene of its own
    ("Gunmen killed two farmers in Jabalia in the north of Gaza on Thursday.",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Jabālyā", 2)]),
    ("Russian shelling killed two people in Kupiansk in eastern Kharkiv on Thursday.",
     lambda rs: [r.fatalities for r in rs] == [2]),
    ("Russian shelling killed two people in Kupiansk and in eastern Kharkiv on Thursday.",
     lambda rs: len(rs) == 2),
    # what talks were about is no event of its own; where they were had still is
    ("Sergey Lavrov and Marco Rubio had a telephone conversation on Saturday. The two foreign ministers "
     "exchanged views on the outcome of the Russian-Ukrainian talks held in Istanbul the day before. Rubio "
     "welcomed the agreements on the exchange of prisoners and on the parties' preparation of proposals.",
     lambda rs: [r.sub_event_type for r in rs] == ["Phone call"]),
    ("Putin and Trump discussed the war in Ukraine during a phone call on Tuesday.",
     lambda rs: [r.sub_event_type for r in rs] == ["Phone call"]),
    # a photo caption with its bracketed credit is furniture: its date is the photo's
    ("Israel strikes home in Deir Al-Balah\n\nRescuers search the rubble following an Israeli attack in "
     "Deir al-Balah, Gaza on November 10, 2024 [Ashraf Amra – Anadolu Agency]\n\nAn Israeli air strike on "
     "a house in Deir Al-Balah killed 15 people early on Sunday.",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-17"]),
    # village volunteers are armed; bombs thrown are a grenade's kind; thrown with fire at armed men, a fight
    ("Village volunteers exchanged gunfire with suspected Kuki militants at Koutruk village in Imphal West "
     "on Tuesday night.", lambda rs: [(r.event_type, r.inter1) for r in rs] == [("Battles", 4)]),
    ("Unidentified men hurled bombs at the house of a politician in Kolkata on Tuesday.",
     lambda rs: [r.sub_event_type for r in rs] == ["Grenade"]),
    ("Militants hurled bombs at a police post in Moreh on Tuesday and fired at the officers.",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    # a count told with the weapon that did it as its subject is that weapon's event, not more of the last
    ("On Saturday, around 20 gunmen attacked a gendarmerie in Galim, Cameroon. State television said that "
     "on Sunday, in anglophone Northwest province, a homemade bomb injured at least seven people.",
     lambda rs: sorted((r.location, str(r.event_date)) for r in rs)
     == [("Galim", "2024-11-16"), ("North-West", "2024-11-17")]),
    ("Protesters hurled petrol bombs at police in Athens on Tuesday.",
     lambda rs: [r.event_type for r in rs] == ["Riots"]),
    # "an Israeli strike": a strike told by the people's name of the state that made it; the body's
    # "The strike ... hit" tells where the headline's and lede's strike was
    ("Israeli strike on a tent camp kills 4 men and injures 2 children, officials say\n\nDEIR AL-BALAH, Nov "
     "17: According to health officials, an Israeli strike on a tent camp killed four men and wounded two "
     "children.\n\nThe strike early Sunday hit an encampment close to the Al-Aqsa Martyrs Hospital in the "
     "central city of Deir al-Balah.",
     lambda rs: [(r.event_type, r.fatalities, r.injuries, r.country_code) for r in rs]
     == [("Explosions/Remote violence", 4, 2, "PS")]),
    ("An Israeli strike killed five people in Khan Younis on Sunday.",
     lambda rs: [r.actor1 for r in rs] == ["Military Forces of Israel (2022-)"]),
    # "hitting" is a strike's verb too; an uncrewed aerial system is a drone
    ("UKMTO said on Sunday it had been informed of a drone hitting a vessel 65 nautical miles off the "
     "Yemeni city of Al Hudaydah.", lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    ("A merchant vessel was hit by an uncrewed aerial system off Al Hudaydah on Sunday.",
     lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    # a byline after a headline's place; a headline's present tense counts; "one of the worst ... in
    # recent years" is no background; a place in the municipality named after it is one scene; gangs
    # in Mexico are not Haiti's; "how many ... was unclear" counts none
    ("Gunmen kill 13 police in ambush in central Mexico By Reuters\n\nMEXICO CITY (Reuters) - Local "
     "authorities said armed gunmen killed at least 13 Mexican police in an ambush in the central State of "
     "Mexico on Thursday, one of the worst mass slayings of security forces to shake the country in recent "
     "years.\n\nThe security minister said suspected gang members attacked the convoy of security personnel "
     "in the Llano Grande area in the municipality of Coatepec Harinas.\n\nHow many suspected criminals "
     "were killed or wounded in the incident was unclear.",
     lambda rs: [(r.location, r.fatalities, r.actor1) for r in rs]
     == [("Llano Grande", 13, "Unidentified Armed Group (Mexico)")]),
    # "armed miscreants" are an unidentified armed group; a toll of the violence that began months
    # ago is no count of the day's event
    ("The armed miscreants set fire to three houses at Keithelmanbi in Imphal West on Thursday. Around 180 "
     "individuals lost their lives in the violence that began on May 3, 2023.",
     lambda rs: [(r.actor1, r.fatalities) for r in rs] == [("Unidentified Armed Group (India)", None)]),
    # "that same night" is the night of the event told before; where the wounded are treated is no scene
    ("Insurgents last Thursday attacked Malinde village in Mocimboa da Praia district, injuring a farmer.\n\n"
     "That same night, Mbau village came under attack and one villager was murdered.",
     lambda rs: sorted({str(r.event_date) for r in rs}) == ["2024-11-14"]),
    ("On Friday insurgents ambushed an army vehicle in Quiterajo, in Macomia district. Both sides suffered "
     "serious injuries, and the wounded soldiers are being treated in the main hospital in the provincial "
     "capital, Pemba.", lambda rs: "Pemba" not in [r.location for r in rs]),
    # the codebook's second actors: looting with no owner told is done to civilians; a peaceful
    # protest met no force (the police who watched are no party); the force that met a crowd, told
    # in the next sentence, is named as ACLED names it, with its inter code
    ("Soldiers looted two NGO vehicles in Ndele on Sunday.",
     lambda rs: [(r.actor2, r.inter2) for r in rs] == [("Civilians (Central African Republic)", 7)]),
    ("Hundreds of teachers marched peacefully in Goma on Sunday to demand higher wages, watched by police.",
     lambda rs: [(r.sub_event_type, r.actor2, r.inter2) for r in rs] == [("Peaceful protest", None, None)]),
    ("Thousands of protesters marched in Nairobi on Sunday.\n\nPolice fired tear gas to disperse them.",
     lambda rs: [(r.actor2, r.inter2) for r in rs] == [("Police Forces of Kenya", 1)]),
    ("Thousands of protesters marched in Nairobi on Sunday.\n\nSoldiers fired tear gas to disperse them.",
     lambda rs: [(r.actor2, r.inter2) for r in rs] == [("Military Forces of Kenya", 1)]),
    # a mob's violence against no one named otherwise is against civilians
    ("A suspected thief was beaten up by locals at a bus terminal in Manaus on Sunday.",
     lambda rs: [(r.event_type, r.inter2) for r in rs] == [("Riots", 7)]),
    # a bomb that hit only property targeted no civilians; one that hit people did
    ("A bomb destroyed a telecom tower in Magway on Sunday. No casualties were reported.",
     lambda rs: [(r.actor2, r.civilian_targeting) for r in rs] == [(None, False)]),
    ("A bomb wounded three villagers in Magway on Sunday.",
     lambda rs: [(r.actor2, r.civilian_targeting) for r in rs] == [("Civilians (Myanmar)", True)]),
    # an earlier attack named by its month and year is background, not today's event
    ("Al-Shabaab fighters attacked an army base near Dhusamareb on Monday, killing five soldiers.\n\n"
     "Al-Shabaab was behind an October 2017 truck-bombing attack in the capital Mogadishu that took some 600 "
     "lives.", lambda rs: [r.location for r in rs] == ["Dhuusamarreeb"]),
    # a people's name before a capitalised "Army" or "Military" names that state's forces, abroad
    # external ones
    ("Turkish Army forces carried out airstrikes against PKK targets in Dahuk, northern Iraq, on Sunday.",
     lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Military Forces of Turkey (2016-)", 8)]),
    # "Russian air forces" are Russia's forces; "Ukrainian positions" are Ukraine's
    ("Russian air forces shelled Ukrainian positions near Orlivka, Donetsk region, on Sunday.",
     lambda rs: [(r.actor1, r.actor2) for r in rs]
     == [("Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)")]),
    # an aim to end violence ("agreed to end the fighting") tells no fighting; ending a protest tells it
    ("The two sides agreed on Sunday to end the fighting in Tigray.\n\nThe talks were hosted by the "
     "African Union.", lambda rs: "Battles" not in [r.event_type for r in rs]),
    ("Mediators called on Sunday for a halt to the attacks on El Fasher.\n\nNo talks are planned.",
     lambda rs: rs == []),
    ("Police ended the protest in Mekele on Sunday with tear gas.\n\nMore later.",
     lambda rs: [r.event_type for r in rs] == ["Protests"]),
    # militias from named clans are identity militias
    ("On Sunday, armed militias from the Hawadle and Jarer Weyne clans battled in Shiirkaneeco village near "
     "Beledweyne.", lambda rs: bool(rs) and all(r.inter1 == 4 for r in rs)),
    # an attack by unnamed hands that a named group claimed (or is said to have done) is the group's
    ("An IED exploded on Sunday targeting a security forces convoy near Afgooye. Al Shabaab claimed "
     "responsibility.", lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Al Shabaab", 2)]),
    ("Gunmen attacked a village near Afgooye on Sunday, killing four people. Al Shabaab denied any role.",
     lambda rs: [(r.fatalities, r.actor1) for r in rs] == [(4, "Unidentified Armed Group (Somalia)")]),
    # a country's officials are its government's side in talks
    ("Saudi Arabia's Foreign Minister Prince Faisal bin Farhan received a phone call late on Sunday from "
     "his Iranian counterpart Hossein Amirabdollahian.",
     lambda rs: [{r.actor1, r.actor2} for r in rs] == [{"Government of Saudi Arabia", "Government of Iran"}]),
    # a meeting verb's scene however long its object
    ("Mossad chief David Barnea met CIA Director William Burns, Qatari Prime Minister Mohammed bin "
     "Abdulrahman Al Thani and Egyptian intelligence chief Abbas Kamel in Paris on Sunday to discuss a "
     "hostage deal, an Israeli official said.",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Paris")]),
    # talks whose state is told ("have stalled", "remain deadlocked") were no meeting
    ("Negotiations between Egypt, Ethiopia and Sudan over the dam in Addis Ababa remain deadlocked, Egypt's "
     "irrigation minister said on Sunday.", lambda rs: rs == []),
    ("Sudan's army and the RSF held talks in Jeddah on Sunday, two officials said.",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Jeddah")]),
    # a count told for one scene named twice (the country, then a district "in central Somalia") is
    # not divided between them
    ("Twenty-seven al-Shabab militants were killed on Sunday in an airstrike carried out jointly by forces "
     "of Somalia and the United States in the vicinity of Bulabarte, a district in central Somalia.",
     lambda rs: [r.fatalities for r in rs] == [27]),
    # what an event "came as" is its setting, not news of its own
    ("An Israeli airstrike on a house in Rafah killed at least 12 people on Sunday, health officials said. "
     "The strike came as ceasefire talks were under way in Cairo.",
     lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    # a people's tank or vehicle is its forces
    ("Ukrainian forces shelled and destroyed a Russian vehicle near Vasylivka, Mykolaiv region, on Sunday.",
     lambda rs: [r.actor2 for r in rs] == ["Military Forces of Russia (2000-)"]),
    # a battle's other side told as the agent of its other clause ("but were repelled by ...")
    ("Russian military forces attacked near Hryhorivka, Donetsk, on Sunday, but were repelled by the "
     "Ukrainian military.", lambda rs: [(r.inter1, r.inter2) for r in rs] == [(8, 1)]),
    # "A and B clashed": both sides of the clash
    ("Mayi Mayi militiamen and the police clashed in Oicha on Sunday.",
     lambda rs: [(r.inter1, r.inter2) for r in rs] == [(3, 1)]),
    # the forces of the Russian-held "people's republics" are Russia's, external in Ukraine
    ("Ukrainian forces shelled DPR positions near Yasynuvata, Donetsk, on Sunday.",
     lambda rs: [(r.actor2, r.inter2) for r in rs]
     == [("Military Forces of Russia (2000-) Donetsk People's Militia", 8)]),
    # "the Yunakivka community" is a place (a hromada), not its people: shelling it names no civilians
    ("Russian forces shelled the Yunakivka community, Sumy region, on Sunday. Casualties unknown.",
     lambda rs: [(r.actor2, r.civilian_targeting) for r in rs] == [(None, False)]),
    # residents who "ran amok and wrecked a police post" rioted
    ("On Sunday, residents of Kapiri Mposhi ran amok and wrecked a police post.",
     lambda rs: [r.event_type for r in rs] == ["Riots"]),
    ("Russian forces shelled Volfyne, Sumy, on Sunday, hitting two houses. A civilian was killed.",
     lambda rs: [(r.actor2, r.civilian_targeting) for r in rs] == [("Civilians (Ukraine)", True)]),
]  # fmt: skip


EXPLOSIONS = "Explosions/Remote violence"
# Reviewed texts with their own publication dates (REVIEWED's are published 2024-11-18). The
# twenty-first session's review: each of its rules' first forms misread these (a count after "to
# death" that counts days, "how many of the 30", a superlative cancelling background told after it,
# figurative "hitting", a labour strike read as a state's strike, other thrown "bombs", a bracket
# read as a photo credit, talks after "welcomed" lost, a protest dispersed lost)
REVIEWED_21 = [
    ("Soldiers clashed with gunmen in Zamfara on Sunday. It was not clear how many of the 30 "
     "attackers were killed, but police said 4 soldiers died.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [4]),
    ("Gunmen attacked a bus in Zamfara on Sunday. It was not known how many of the 18 "
     "passengers were killed, but police confirmed 3 bodies.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [3]),
    ("The attack in Kwamouth on Friday was the largest in the area since last year's violence, "
     "in which 300 people were killed in Kwamouth territory.", "2024-11-18",
     lambda rs: 300 not in [r.fatalities for r in rs]),
    ("Western sanctions are hitting Russia's drone production, Ukrainian intelligence said on "
     "Monday.", "2024-11-18",
     lambda rs: rs == []),
    ("Ukraine's president was hitting back at critics in Kyiv on Sunday over the missile "
     "shortages.", "2024-11-18",
     lambda rs: rs == []),
    ("A missile shortage is hitting Ukraine's defences in Kharkiv, officials said on Sunday.", "2024-11-18",
     lambda rs: rs == []),
    ("Drone makers are hitting production targets in Kyiv, the defence ministry said on "
     "Sunday.", "2024-11-18",
     lambda rs: rs == []),
    ("Artillery shortages hitting the Ukrainian army have slowed its advance near Kursk, "
     "analysts said on Sunday.", "2024-11-18",
     lambda rs: rs == []),
    ("A Palestinian general strike shut shops and schools across the West Bank on Monday to "
     "mourn those killed in Jenin.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("A French rail strike disrupted travel in Paris on Thursday.", "2024-11-21",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("A Bangladeshi transport strike paralysed Dhaka on Sunday, as unions demanded higher "
     "wages.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("A Nigerian teachers strike closed public schools in Kano on Monday, union leaders said.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("Sudanese strike: doctors walk out in Port Sudan over unpaid salaries on Sunday.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("The Israeli strike was condemned by the UN secretary-general on Monday as a violation of "
     "international law.", "2024-11-18",
     lambda rs: rs == []),
    ("Protesters threw gasoline bombs at riot police in Tbilisi on Sunday night, police said.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("Activists threw paint bombs at the Israeli embassy in London on Friday, police said.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("Youths hurled flour bombs at the motorcade of the governor in Lagos on Saturday.", "2024-11-18",
     lambda rs: EXPLOSIONS not in [r.event_type for r in rs]),
    ("Militants hurled bombs at a police post in Manipur's Kangpokpi on Sunday, and police "
     "returned fire.", "2024-11-18",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    ("Gunmen kill 5 in Zamfara\nGunmen killed five villagers in Tsafe, Zamfara State, on Sunday, "
     "police said [Additional reporting – Abuja bureau]", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [5]),
    ("Hundreds protest in Nairobi\nHundreds marched in Nairobi on Tuesday against a new finance "
     "bill [Reuters – Nairobi]", "2024-11-20",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-19"]),
    ("Erdogan welcomed Putin to Ankara on Sunday, where the two leaders held talks on the "
     "Black Sea grain deal.", "2024-11-18",
     lambda rs: "Diplomacy" in [r.event_type for r in rs]),
    ("Macron welcomed Zelensky at the Elysee on Sunday, where they held talks on air defence.", "2024-11-18",
     lambda rs: "Diplomacy" in [r.event_type for r in rs]),
    ("Qatar welcomed the Hamas delegation and hosted talks with Egyptian mediators in Doha on "
     "Sunday.", "2024-11-18",
     lambda rs: "Diplomacy" in [r.event_type for r in rs]),
    ("Ethiopian and Somali officials reviewed progress and held talks in Ankara on Sunday to "
     "end the port dispute.", "2024-11-18",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Ankara")]),
    ("A trader was beaten to death two days after his son was arrested in Kano, police said on "
     "Sunday.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [1]),
    ("A woman was stabbed to death 3 days after she reported threats to police in Ciudad "
     "Juarez, prosecutors said on Monday.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [1]),
    ("A Christian man was stoned to death 10 days after being accused of blasphemy in "
     "Sargodha, police said on Monday.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [1]),
    ("A journalist was beaten to death 2 weeks ago in Tegucigalpa, and police arrested a "
     "suspect on Sunday.", "2024-11-18",
     lambda rs: 2 not in [r.fatalities for r in rs]),
    ("Police dispersed residents who had marched to the governor's office in Owerri on Sunday "
     "to demand the release of detainees.", "2024-11-18",
     lambda rs: "Protests" in [r.event_type for r in rs]),
    ("Traders who had been protesting since Monday were dispersed by police in Kano on "
     "Wednesday.", "2024-11-20",
     lambda rs: "Protests" in [r.event_type for r in rs]),
    ("Palestinians protested the Israeli raid in Jenin, during which soldiers killed 3 gunmen "
     "on Sunday.", "2024-11-18",
     lambda rs: ("Battles", 3) in [(r.event_type, r.fatalities) for r in rs]),
    # a month all before the report's month is background ("In July" in an August report)
    ("In July, three terrorists were killed in an intelligence-based operation in Bannu.", "2025-08-03",
     lambda rs: rs == []),
    ("Earlier this month, three terrorists were killed in an operation in Bannu.", "2025-08-13",
     lambda rs: [r.fatalities for r in rs] == [3]),
    # where someone spoke is no scene ("In remarks to local media in the capital Mogadishu, ...")
    ("Al-Shabaab militants attacked a military base on the outskirts of Marka on Sunday. In remarks to "
     "local media in the capital Mogadishu, the army chief confirmed the morning assault.", "2024-11-18",
     lambda rs: "Mogadishu" not in [r.location for r in rs]),
    # twenty-second session: a predicate joined by ", and" to a clause that tells no event is told
    # in that clause's setting; not in a background clause's
    ("On Saturday the U.S. envoy arrived in the capital, Kabul, and met Afghan leaders.", "2021-04-10",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Kabul")]),
    ("Despite a UN peacekeeping presence, dozens of armed groups have operated in Beni for decades, "
     "and recent attacks have mainly been blamed on the ADF.", "2024-11-18",
     lambda rs: rs == []),
    # an undated headline gives no date over the body's; a month holding the report's day, no more
    # than that day
    ("Drone strike kills five in Amhara\n\nFive civilians have been killed in Ethiopia's Amhara region "
     "after a drone strike hit an ambulance. The attack happened last week but was only confirmed today.",
     "2023-12-06", lambda rs: [(str(r.date_start), r.time_precision) for r in rs] == [("2023-11-27", 2)]),
    ("Clashes resume in Deir ez-Zor\n\nArmed clashes erupted between Arab tribes and the SDF in Diban "
     "town. It is worth noting that in September, various areas of Deir ez-Zor Governorate saw armed "
     "clashes between the tribes and the SDF.", "2023-09-25",
     lambda rs: "2023-09-25" in [str(r.event_date) for r in rs if r.location != "Deir ez-Zor"]),
    # an event named by its day in a later sentence that tells another ("Wednesday's attack")
    ("A drone packed with explosives hit US forces at Erbil airport, officials said.\n\nIt said nobody was "
     "hurt in the attack.\n\nIraqi security officials said that shortly before Wednesday's attack in Erbil, "
     "at least two rockets landed on a base to the west of the city.", "2021-04-16",
     lambda rs: {str(r.event_date) for r in rs} == {"2021-04-14"}),
    # a time opening a sentence before "the ministry said" dates the telling
    ("On Saturday, the defense ministry said that at least ten soldiers were killed in an ambush in "
     "Banibangou. A ministry statement said 13 soldiers were hurt in the attack on Friday.", "2023-02-12",
     lambda rs: [str(r.event_date) for r in rs] == ["2023-02-10"]),
    ("On Saturday, gunmen killed five people in Banibangou, police said.", "2023-02-12",
     lambda rs: [str(r.event_date) for r in rs] == ["2023-02-11"]),
    # a name set beside its kind of settlement is a place, and the scene ("Bara, a town north of X")
    ("Fighting in Sudan continues.\n\nThe RSF have also been accused of terrorising Bara, a town north of "
     "El Obeid, by attacking civilians and looting homes.", "2024-11-08",
     lambda rs: [r.location for r in rs] == ["Bārah"]),
    # "According to a police official in Imphal, ...": the source's seat, no scene
    ("Violence in Manipur.\n\nAccording to a police official in Imphal, armed guerrillas attacked Zairon, "
     "a village inhabited by Hmar people in Jiribam, on Thursday night and torched 17 houses.", "2024-11-08",
     lambda rs: "Imphal" not in [r.location for r in rs]),
    # ... unless the sentence names no other place, or points back to it ("the town")
    ("According to an official in Djibo, jihadists killed 15 people at the town's market on Sunday.",
     "2024-11-18", lambda rs: [r.location for r in rs] == ["Djibo"]),
    ("According to police officials in Quetta, the blast at the railway station killed 26 people on "
     "Saturday.", "2024-11-18", lambda rs: [r.location for r in rs] == ["Quetta"]),
    ("A local official in Djibo told AFP that jihadists killed 15 people at a market on Sunday.",
     "2024-11-18", lambda rs: [r.location for r in rs] == ["Djibo"]),
    # a village the gazetteer lacks, named with its division, and another place in that division: two
    ("Two people were killed on Sunday when Israeli drones struck a motorcycle and a car in southern "
     "Lebanon's Nabatieh province.\n\nThe state news agency NNA reported that a drone fired a missile at a "
     "motorcycle in the town of Zqaq Hamdoun in Nabatieh province, killing one person.\n\nLebanon's Health "
     "Ministry said one person was killed in an Israeli drone strike on a vehicle in the Bint Jbeil district "
     "of Nabatieh province.", "2025-06-01",
     lambda rs: len(rs) == 2),
    # one party's dead told twice under two of its names are one group ("fighters", "militants")
    ("Seven Al Shabaab fighters were killed by Somali forces on Friday during an operation near Wajid "
     "town. A local administrator said that in the latest operation their forces killed seven Al Shabaab "
     "militants and recovered weapons.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [7]),
    ("Seven Al Shabaab fighters were killed by Somali forces on Friday during an operation near Wajid town. "
     "A local administrator said their forces killed seven Al Shabaab militants. A commander added that "
     "seven insurgents were killed in the operation.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [7]),  # the kind of party carried through each count
    # the twenty-second session's review: where the new rules must not fire
    ("Police said the situation in Goma was calm on Sunday, and gunmen later attacked a village, killing "
     "four people.", "2024-11-18", lambda rs: [r.location for r in rs] == [None]),
    ("The minister was in Abuja on Sunday, and bandits kidnapped 30 worshippers from a church, police "
     "said.", "2024-11-18", lambda rs: [r.location for r in rs] == [None]),
    ("Gunmen killed five people in a village in Kaduna state, police said. The killings came after "
     "Sunday's attack on a church in Kogi state that left 12 dead.", "2024-11-21",
     lambda rs: ("Kaduna", "2024-11-21") in [(r.location, str(r.event_date)) for r in rs]),
    ("Jihadists ambushed a convoy near Djibo, killing 10 soldiers. The army said it had killed 40 "
     "attackers in Saturday's counter-offensive near Arbinda.", "2024-11-18",
     lambda rs: ("Djibo", "2024-11-18") in [(r.location, str(r.event_date)) for r in rs]),
    ("Gunmen killed a trader in Aba, police said. Police later arrested three suspects over Friday's "
     "shooting of a lawmaker in Owerri.", "2024-11-18",
     lambda rs: ("Aba", "2024-11-18") in [(r.location, str(r.event_date)) for r in rs]),
    ("Troops clash with militants\n\nTroops clashed with militants in Bannu district, killing six, police "
     "said. The operation, launched in November, continues.", "2024-11-18",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-11-18"]),
    ("The jihadists, who came from Menaka, a town in eastern Mali, attacked an army post in Ansongo on "
     "Sunday.", "2024-11-18", lambda rs: [r.location for r in rs] == ["Ansongo"]),
    ("According to officials in Kharkiv, Russian shelling killed two people in the city on Sunday.",
     "2024-11-18", lambda rs: [r.location for r in rs] == ["Kharkiv"]),
    # a place and the division holding it are one scene, not two to share a count between
    ("Anadolu reported that an Israeli air strike on a house in the city of Deir Al-Balah in the central "
     "Gaza Strip has killed 15 Palestinian civilians.", "2024-02-14",
     lambda rs: [r.fatalities for r in rs] == [15]),
    # a village the gazetteer lacks, in a report that names one country and no region: in that country,
    # drawn as the part the text names ("Cameroon's far north")
    ("Local authorities said on Friday that four civilians were killed by Boko Haram in Cameroon's far north "
     "region.\n\nAuthorities confirmed that three people were killed early Thursday in Talla Massali town "
     "when Boko Haram attacked the area.", "2020-12-04",
     lambda rs: [(r.location, r.country_code, r.geo_precision, "Polygon" in str(r.geometry))
                 for r in rs] == [("Talla Massali", "CM", 3, True)]),
    # a scene told only as a country and an institution that sits in its capital
    ("Riot police used water cannon to disperse protesters near Georgia's parliament on Tuesday and "
     "detained several activists.", "2019-11-26", lambda rs: [r.location for r in rs] == ["Tbilisi"]),
    # the second review: two groups of one kind of party with their own counts add up; an institution
    # is a scene only where the text puts someone at it; a country named as who acted holds no village
    ("Five Hamas fighters were killed in an Israeli strike in Jabalia on Monday. Three Islamic Jihad "
     "militants were also killed in the strike, the group said.", "2024-11-18",
     lambda rs: [r.fatalities for r in rs] == [8]),
    ("Gunmen killed eight villagers in Bukkuyum, Zamfara state, on Sunday. The attackers also killed a "
     "local chief, residents said.", "2024-11-18", lambda rs: [r.fatalities for r in rs] == [9]),
    ("Gunmen shot dead a former member of parliament in Kenya on Tuesday night, police said.", "2024-11-18",
     lambda rs: "Nairobi" not in [r.location for r in rs]),
    ("Dozens of Nigerians protested on Monday against a resolution in the US Congress that would sanction "
     "Nigeria.", "2024-11-18", lambda rs: "Abuja" not in [r.location for r in rs]),
    ("Russia's defence ministry said on Sunday that its forces had captured the village of "
     "Novoselivka-Persha.", "2024-11-18", lambda rs: all(r.country_code != "RU" for r in rs)),
]  # fmt: skip


# The twenty-third session's readings of structure (a phrase set beside a place to say what it is, a
# place that has been through something, a division named by its kind beside it, a village placed
# in a country rather than a region across several, a dateline closed by a colon, a concession, a
# demand by men the text does not name) and of counts, with the cases its two reviews found
STRUCTURE_23 = [
    ("Six people were killed by armed men overnight Saturday at Pissele, near Bourzanga. Bourzanga lies "
     "about 50 kilometres south of Djibo, a hotspot for attacks.", "2019-09-24",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Bourzanga", 6)]),
    ("On Sunday, a wave of attacks killed 20 people in Mopti.", "2019-09-24",
     lambda rs: [r.fatalities for r in rs] == [20]),
    ("At least ten soldiers were killed in an ambush by armed terrorists on Friday in the north of the "
     "Banibangou province.\n\nThe incident happened in Tillaberi, a huge territory in western Niger "
     "bordered by Burkina Faso and Mali, nations invaded by jihadists.", "2023-02-12",
     lambda rs: [r.fatalities for r in rs] == [10]),
    ("Troops torched dozens of houses in Ta Moke village on March 15.\n\nThe northern Sagaing region has "
     "seen fierce fighting and bloody reprisals, with the junta calling in airstrikes.", "2022-03-18",
     lambda rs: [r.location for r in rs] == ["Ta Moke"]),
    ("Sagaing has seen heavy fighting on Sunday, with 20 soldiers killed in Monywa.", "2022-03-18",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Monywa", 20)]),
    ("BANGKOK: Myanmar junta troops torched dozens of houses in Ta Moke village on March 15, villagers "
     "said.\n\nThe Southeast Asian country has been in chaos since a putsch last February.", "2022-03-18",
     lambda rs: [r.location for r in rs] == ["Ta Moke"] and rs[0].country_code in ("MM", None)),
    # one person told dead with no number is one of the event's dead, not a lower count of them
    ("At least 11 people were killed in an explosion near a mosque in Faizabad on Thursday.\n\nA former "
     "police official was killed in the explosion.", "2023-06-09",
     lambda rs: [r.fatalities for r in rs] == [11]),
    ("A soldier was killed in an attack in Gao on Sunday. A policeman was also killed in the attack.",
     "2023-06-09", lambda rs: [r.fatalities for r in rs] == [2]),
    ("Two people were killed in an attack in Gao on Sunday. One person was killed in the attack, the army "
     "said.", "2023-06-09", lambda rs: [r.fatalities for r in rs] == [1]),
    # "others" told after a count are more dead; one person "has been killed" is one dead
    ("Gunmen killed a soldier in Gao on Sunday. Two others were also killed in the attack.", "2023-06-09",
     lambda rs: [r.fatalities for r in rs] == [3]),
    ("The Taliban governor of Balkh province has been killed in an explosion at his office on Thursday.\n\n"
     "Police said at least one other person also died in the attack.", "2023-06-09",
     lambda rs: [r.fatalities for r in rs] == [2]),
    # the third review's cases: what the first forms of these readings lost, kept
    ("Gaza has been the scene of an Israeli strike that killed 20 people at a school in Nuseirat, medics "
     "said.", "2024-11-18", lambda rs: [r.fatalities for r in rs] == [20]),
    ("Russian strikes killed four people in Kharkiv on Tuesday. Two people were killed in Sumy and two in "
     "Chernihiv on Tuesday, officials said.", "2024-11-18",
     lambda rs: sorted(r.fatalities for r in rs) == [2, 2, 4]),
    ("Gunmen killed Ali Hassan, a former police chief in Kandahar, on Sunday.", "2024-11-18",
     lambda rs: [r.location for r in rs] == ["Kandahar"]),
    ("Burkina Faso, a country ravaged by attacks, saw gunmen kill 12 soldiers in Diapaga on Friday.",
     "2024-11-18", lambda rs: [(r.location, r.fatalities) for r in rs] == [("Diapaga", 12)]),
    ("The Taliban government demanded that Pakistan stop airstrikes in Paktika, a spokesman said in Kabul on "
     "Monday.", "2024-11-18", lambda rs: "Diplomacy" in [r.event_type for r in rs]),
    ("Hamas proposed a new ceasefire deal to mediators in Doha on Monday, officials said.", "2024-11-18",
     lambda rs: [r.event_type for r in rs] == ["Diplomacy"]),
    # a headline's present tense ("Gunmen kill 12"); a headline's count of civilians is the body's
    ("Gunmen kill 12 soldiers in Zamfara", "2024-11-18", lambda rs: [r.fatalities for r in rs] == [12]),
    ("Drone Strikes In Northern Mali Kill At Least 15 Civilians\n\nDrone strikes in Tinzaouatene killed at "
     "least 15 civilians on Sunday, local sources said. A local official said at least 20 civilians "
     "including children had lost their lives in the strikes.", "2024-08-26",
     lambda rs: [r.fatalities for r in rs] == [15]),
    # ACLED's "village, town": the town a village the gazetteer lacks is by is not a second place to
    # share the count over
    ("On 25 April 2018, two Fulani herdsmen were killed as a clash erupted with local farmers in "
     "Igboiganan, Ketou.", "2018-04-26", lambda rs: [r.fatalities for r in rs] == [2]),
    # a group told by two names joined with a slash ("BH/IS fighters") is counted
    ("On 2 May 2020, Nigerian Armed Forces launched artillery bombardments on Boko Haram positions around "
     "Alagarno Forest, in Biu LGA (Borno). 78 BH/IS fighters were killed.", "2020-05-02",
     lambda rs: [r.fatalities for r in rs] == [78]),
    # a total the text shares over two places and the coder's remark over two events is shared once
    ("On 8 May 2020, 8 Taliban militants were killed and 6 were wounded by Afghan military airstrikes in "
     "Shah Wali Kot and Maywand districts, Kandahar. Fatalities are split across 2 events (4).", "2020-05-08",
     lambda rs: [r.fatalities for r in rs] == [4, 4]),
    # a demand made by an armed group is no diplomacy; a government's still is
    ("The Iran-backed militias oppose the presence of both the US and Turkey and demand a full withdrawal "
     "of foreign troops from Iraq.", "2021-04-16", lambda rs: rs == []),
    ("On Friday the Iraqi government demanded that Turkey withdraw its troops from Iraq.", "2021-04-16",
     lambda rs: [r.event_type for r in rs] == ["Diplomacy"]),
    # a concession the sentence opens with is its setting, unless it has a time of its own
    ("Despite ongoing peace talks in the region, armed bandits have kidnapped 12 people in Godai on Monday.",
     "2025-09-16", lambda rs: "Diplomacy" not in [r.event_type for r in rs] and len(rs) == 1),
    ("Despite the attack on Sunday, the market in Gao reopened on Monday.", "2025-09-16",
     lambda rs: [str(r.event_date) for r in rs] == ["2025-09-14"]),
    # a figure told beside a vague count of the same dead is the count; two figures keep the lower
    ("Dozens of civilians were killed in a suicide attack near a restaurant in Mogadishu on Friday.\n\n"
     "20 civilians were killed as a result of the suicide attack.", "2023-06-09",
     lambda rs: [r.fatalities for r in rs] == [20]),
    ("Several people were killed in an attack in Gao on Friday. Three people were killed in the attack, "
     "police said.", "2023-06-09", lambda rs: [r.fatalities for r in rs] == [3]),
    ("Twelve people were killed in an attack in Gao on Friday. Nine people were killed in the attack, "
     "police said.", "2023-06-09", lambda rs: [r.fatalities for r in rs] == [9]),
    # ... but not a figure of another group beside a vague count of soldiers
    ("Dozens of soldiers were killed in an attack by JNIM militants on a military base in Djibo on Monday. "
     "At least 15 civilians were also killed in the attack.", "2024-11-14",
     lambda rs: [r.fatalities for r in rs] in ([12], [27])),
    # the fourth review's cases: "lost" counts no dead (villages and vehicles are lost too); the
    # present "kill" only before a count; a conceded event with a count or place of its own is told;
    # a state's soldiers and police are no part of each other's counts
    ("Two villages were lost to M23 rebels near Rutshuru on Tuesday after clashes that killed four "
     "soldiers.", "2024-11-14", lambda rs: [r.fatalities for r in rs] == [4]),
    ("How armed groups kill with impunity in eastern Congo", "2024-11-14", lambda rs: rs == []),
    ("Suspected ADF rebels kill 18 villagers in Beni territory, local officials say", "2024-11-14",
     lambda rs: [r.fatalities for r in rs] == [18]),
    ("Despite an attack on a police convoy in Kurram that killed 42 people, the government said on Friday it "
     "would press ahead with peace talks.", "2024-11-14", lambda rs: 42 in [r.fatalities for r in rs]),
    ("Five policemen were killed in an attack on a checkpoint in Bannu on Monday. Three soldiers and two "
     "militants were killed in the fighting.", "2024-11-14", lambda rs: [r.fatalities for r in rs] == [10]),
    # a count of one side told beside a count of both sides is a part of it, whatever words name them
    ("Three terrorists were killed when militants attacked a police checkpost in Bannu district late on "
     "Saturday. Police fired back, and one policeman and three attackers were killed in the exchange of "
     "fire.", "2025-08-03", lambda rs: [r.fatalities for r in rs] == [4]),
]  # fmt: skip


def test_a_division_set_beside_its_kind_is_the_division(gazetteer, lexicon):
    """ "Tillaberi, a huge territory in western Niger": the region, not its capital town."""
    text = "Gunmen killed four soldiers in Tillaberi, a vast territory in western Niger, on Friday."
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 2, 12))
    assert [r.gazetteer_id.startswith("admin1:") for r in records] == [True], [
        r.gazetteer_id for r in records
    ]


# The twenty-fourth session's review: a helper's 150 adversarial texts for its rules, run on the
# session-start and end code; its regressions (a country lost from "Civilians", floods read as
# rioters, dated news after "came as" dropped, "Police came as" meaning arrived, domestic visits read
# as talks) were mended, and these rows keep the mends and the gains
REVIEWED_24 = [
    ("Israeli air strikes levelled several houses in Khan Younis early on Thursday.\n\nMedics at Nasser "
     "Hospital said nine people, among them four children and two women, were killed in the strikes.",
     "2024-01-12",
     lambda rs: [(r.fatalities, r.actor2) for r in rs] == [(9, "Civilians (Palestinian Territory)")]),
    ("Floods wrecked hundreds of homes in Beledweyne on Monday, forcing thousands of residents to flee.",
     "2023-11-15", lambda rs: "Riots" not in [r.event_type for r in rs]),
    ("The announcement came as Russian missiles struck Kyiv early on Thursday, killing three people and "
     "damaging a children's hospital, officials said.", "2024-07-12",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Kyiv", 3)]),
    ("Police came as hundreds of protesters gathered outside parliament in Nairobi on Tuesday and fired tear "
     "gas to disperse them.", "2024-06-20", lambda rs: [r.event_type for r in rs] == ["Protests"]),
    ("Zelensky visited troops of the 47th Mechanised Brigade, wounded soldiers at a field hospital and local "
     "officials in Pokrovsk on Thursday.", "2023-11-12",
     lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    ("The president visited Maiduguri on Friday, a day after Boko Haram fighters killed 12 farmers in Mafa.",
     "2024-03-19", lambda rs: [r.event_type for r in rs] == ["Violence against civilians"]),
    ("Hundreds of people demonstrated in Niamey on Friday calling for the departure of French soldiers from "
     "Niger. The rally ended peacefully.", "2023-08-13", lambda rs: [r.actor2 for r in rs] == [None]),
    ("Russian artillery shelled Vuhledar on Friday, hitting houses and a Ukrainian checkpoint. Two Ukrainian "
     "soldiers were killed, the brigade said.", "2023-02-06",
     lambda rs: [r.inter2 for r in rs] == [1]),
    ("The RSF and the army battled for control of the Signal Corps base in Bahri on Saturday, witnesses "
     "said.", "2024-10-01", lambda rs: [(r.inter1, r.inter2) for r in rs] == [(2, 1)]),
    ("Survivors of the August 2021 suicide bombing at Kabul airport said on Tuesday they had received no "
     "compensation.", "2024-08-27", lambda rs: rs == []),
    ("Ethiopia's government and the TPLF agreed on Wednesday to end the fighting in Tigray, African Union "
     "mediators said in Pretoria.", "2022-11-03", lambda rs: "Battles" not in [r.event_type for r in rs]),
    ("The UN envoy arrived in Port Sudan on Monday for talks with army chief Abdel Fattah al-Burhan. The "
     "visit came as fighting raged in El Fasher.", "2024-06-12",
     lambda rs: [r.event_type for r in rs] == ["Diplomacy"]),
    ("Peace talks in Doha collapsed on Monday after the Taliban delegation walked out, Afghan government "
     "negotiators said.", "2020-12-16", lambda rs: rs == []),
    ("French President Emmanuel Macron met Ukrainian President Volodymyr Zelensky, German Chancellor Olaf "
     "Scholz and British Prime Minister Keir Starmer in Paris on Sunday.", "2024-12-09",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Paris")]),
    ("Around Bakhmut, Russian forces shelled Chasiv Yar and Ivanivske on Tuesday, the Ukrainian military "
     "said.", "2023-04-13", lambda rs: sorted(r.location for r in rs) == ["Chasiv Yar", "Ivanivske"]),
    ("Near Bakhmut, Russian forces shelled positions on Tuesday, the Ukrainian military said.", "2023-04-13",
     lambda rs: [r.location for r in rs] == ["Bakhmut"]),
    ("Across Khartoum, RSF fighters looted homes and cars on Monday, residents said.", "2023-05-03",
     lambda rs: [(r.location, r.actor2) for r in rs] == [("Khartoum", "Civilians (Sudan)")]),
]  # fmt: skip


# The twenty-sixth session's readings of how reports are built (read in tuning reports only).
STRUCTURE_26 = [
    # a caption above its credit line retells the report; a region's strike and the village the next
    # paragraph places it in, told with no weapon ("a car was hit"), are one strike
    ("Russia hits Kharkiv region with guided bombs\n\nTwo people died when a Russian bomb struck a car in "
     "the village of Zolochiv.\n\nPHOTO: REUTERS\n\nKYIV - The regional governor said Russia attacked the "
     "Kharkiv region with guided bombs on May 1, killing at least two people and wounding two others.\n\n"
     "Governor Oleh Syniehubov said the two people were killed when a car was hit in the village of "
     "Zolochiv.", "2024-05-01",
     lambda rs: [(r.location, r.sub_event_type, r.fatalities) for r in rs]
     == [("Zolochiv", "Air/drone strike", 2)]),
    # "shelled" tells its own kind: a drone strike elsewhere that day stays apart
    ("KYIV - Russian forces shelled Kherson on Sunday, killing two civilians. Russian drones struck "
     "Kherson on Sunday, wounding three people.", "2024-11-18",
     lambda rs: sorted(r.sub_event_type for r in rs)
     == ["Air/drone strike", "Shelling/artillery/missile attack"]),
    # warplanes called "fighting planes" strike; they do not fight
    ("Fighting planes struck a Taliban hideout in Kunduz province on Friday, killing seven insurgents.",
     "2019-10-11", lambda rs: [(r.event_type, r.sub_event_type) for r in rs]
     == [("Explosions/Remote violence", "Air/drone strike")]),
    # "Giro district of the eastern Ghazni province": one place, qualified, not two to divide the toll over
    ("Late Thursday night, aircraft pounded a position of militants in Giro district of the eastern Ghazni "
     "province, killing eight insurgents.", "2019-10-11",
     lambda rs: [(r.admin1, r.fatalities) for r in rs] == [("Ghaznī", 8)]),
    # a village the gazetteer lacks, in a district its clause names with its kind: not the division an
    # earlier paragraph named; a statement's day is when it was told
    ("Aircraft struck militants in Giro district of Ghazni province on Thursday, killing eight.\n\nAn army "
     "statement released Friday said aircraft also struck a hideout in Suliman Khil area of the restive "
     "Pachir Agam district in the eastern Nangarhar province on Thursday, killing six militants.",
     "2019-10-11", lambda rs: [(r.admin1, str(r.event_date)) for r in rs if r.fatalities == 6]
     == [("Nangarhār", "2019-10-10")]),
    # a place under fire for a season: background
    ("The Kharkiv region has been under intense fire this spring as Russian forces attacked energy "
     "infrastructure.", "2024-05-01", lambda rs: rs == []),
    # a titled source with a name ("Mayor Ihor Terekhov said") is no party; houses damaged in an attack
    # are the attack's doing, no property destruction of its own; a state's attack on a city with no one
    # on the ground is a strike from afar (thirty-first session; it was violence against civilians)
    ("Kharkiv Mayor Ihor Terekhov said ten private residences were also damaged in a Russian attack on the "
     "city of Kharkiv on Wednesday.", "2024-05-01",
     lambda rs: [(r.actor1 in ("Civilians (Ukraine)", "Rioters (Ukraine)"), r.event_type) for r in rs]
     == [(False, "Explosions/Remote violence")]),
    # a count told as an earlier report's gives way to the report's own; "the army has announced" is a
    # source, not a side
    ("The Burkinabe army has announced that 11 soldiers died after suspected jihadists attacked a military "
     "detachment in Kompienga province on Thursday.\nAn earlier report on Thursday from security sources had "
     "put the death toll at seven.", "2022-05-20",
     lambda rs: [(r.fatalities, r.actor1) for r in rs] == [(11, "Rebels (Burkina Faso)")]),
    # a possessive of two names, with its acronym, before the scene; a division named without its kind
    # word's capital ("Kurram District" as "Kurram district"); speaking to a news agency is no call
    ("A police official told AFP on Sunday that at least four security personnel were martyred in a "
     "militant attack on a checkpoint in Khyber Pakhtunkhwa’s (KP) Kurram district.\n\nThe official, who "
     "spoke to AFP on condition of anonymity, said militants launched the attack on Sunday morning.",
     "2025-03-09", lambda rs: [(r.event_type, r.location, r.fatalities) for r in rs]
     == [("Battles", "Kurram District", 4)]),
    # "in Russia's Belgorod region" qualifies the village before it: one scene, not two to divide over
    ("MOSCOW (Reuters) – The governor said on Monday that four people were killed in Ukrainian shelling of "
     "the village of Nikolskoye in Russia's Belgorod region.", "2024-03-18",
     lambda rs: [(r.admin1, r.fatalities) for r in rs] == [("Belgorod", 4)]),
    # a subject that retells the event just told ("The latest fighting took place at X") places it (a
    # guard: in the report it was read in, the retelling was typed apart by a later sentence's words)
    ("Soldiers battled rebels in Marib province on Monday, killing 23.\n\nThe latest fighting took place "
     "at Al-Kasarah, west of the regional capital.", "2021-08-31",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Al-Kasarah", 23)]),
    # "which raised the death toll to eight": an update, over the first count
    ("Jihadists ambushed troops on Monday in Yagha province, leaving four dead and four missing.\n\nThe "
     "bodies of the missing soldiers were found on Tuesday, which raised the death toll to eight.",
     "2020-05-13", lambda rs: [r.fatalities for r in rs] == [8]),
    # "about 30 km to the east of Wanlaweyn": a point computed from it
    ("A drone attack took place at Balad Amin, about 30 km to the east of Wanlaweyn in the Lower Shabelle "
     "region on Saturday night, killing five fighters.", "2015-11-22",
     lambda rs: [round(r.geometry["coordinates"][0], 1) for r in rs] == [45.2]),
    # "have carried out many bomb and gun attacks in Mogadishu": a habit, no event
    ("Al Shabaab have carried out many bomb and gun attacks in the capital Mogadishu in its effort to topple "
     "the government.", "2015-11-22", lambda rs: rs == []),
    # "This attack comes four days after bandits attacked a camp ...": that attack, four days before
    ("Bandits killed 10 people in Gangara village in Sokoto State on Tuesday.\n\nThis attack comes four days "
     "after bandits attacked a military camp and killed 17 soldiers in Dama village in Sokoto State.",
     "2021-09-28", lambda rs: sorted((str(r.event_date), r.fatalities) for r in rs)
     == [("2021-09-24", 17), ("2021-09-28", 10)]),
    # a body that only retells its headline in a country, then says where it happened: the headline's
    # event, placed there
    ("Weekend attack by gunmen in Nigerian village kills 17\n\nGunmen killed 17 people over the weekend, "
     "leaving a village in northern Nigeria in mourning.\n\nNigerian police confirmed the incident, which "
     "happened on Saturday in Magami village in the Maradun district area of the state.", "2018-12-25",
     lambda rs: [(r.admin1, str(r.event_date), r.fatalities) for r in rs] == [("Zamfara", "2018-12-22", 17)]),
    # a pointer to another story inside a paragraph dates nothing; an official visiting camps at home
    # is no diplomacy
    ("Imphal: Gunmen opened fire on village volunteers on Monday in Churachandpur district. Also read: "
     "Assam CM to meet Amit Shah over Manipur violence on June 14. The volunteers retaliated, which "
     "triggered a fierce gunfight. Governor of Manipur Anusuiya Uikey visited several relief camps in "
     "Churachandpur on Monday and interacted with the affected people.", "2023-06-13",
     lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Battles", "2023-06-12")]),
    # a delegation sent to consult is a meeting where it went; talks one is invited to take part in, or
    # whose agenda one is to discuss, are to come
    ("August 9, 2024 (PORT SUDAN) – Sudan's Sovereign Council said on Friday that it has dispatched a "
     "delegation to Jeddah, Saudi Arabia, to consult with the United States about an upcoming invitation to "
     "take part in negotiations with the RSF in Geneva.\n\nThe team has been authorized to discuss the "
     "agenda of the Geneva talks.", "2024-08-09",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Jeddah")]),
    # a division's strike, then the towns within it where people died: one event at each town
    ("KYIV - Russian forces shelled the Kherson region on Sunday, killing two people, the regional governor "
     "said.\n\nA man was killed in the village of Bilozerka and a woman died in Antonivka, he said.",
     "2025-01-13", lambda rs: sorted((r.location, r.fatalities) for r in rs)
     == [("Antonivka", 1), ("Bilozerka", 1)]),
    # running tolls are background: "hundreds of violations and killed N" (366 was the strikes' count);
    # "Since X, N have been killed" and a toll of a past year's months, read whole when the sentence opens
    # on the "since" (a guard: the rule's first form, read in the opening only, counted 100)
    ("Israeli drone strike kills two in Beit Lahiya\n\nAn Israeli drone strike killed two Palestinians in "
     "Beit Lahiya on Saturday.\n\nEarlier on Saturday, the Israeli military launched a series of heavy air "
     "strikes in several areas across Gaza.\n\nAccording to official Gaza sources, Israel continues to "
     "violate the ceasefire, having committed hundreds of violations and killed 366 Palestinians as of "
     "Thursday.", "2025-12-06", lambda rs: 366 not in [r.fatalities for r in rs]),
    ("Militants killed in Kashmir clash\n\nThree militants were killed in an encounter with security forces "
     "in Kulgam district on Friday.\n\nPolice said the operation was launched after inputs about militants "
     "in Nagnad village in Kulgam. As the search team cordoned off the spot, the hiding militants opened "
     "fire upon them, triggering a gun battle.\n\nSince the lockdown, over 100 militants have been killed. "
     "In the first seven months of 2019, 154 militants were killed in gun battles across Kashmir.",
     "2020-07-17", lambda rs: [r.fatalities for r in rs] == [3]),
    # an event with neither a place nor a day of its own is the violent event told there that day (a guard:
    # the report it was read in split the gun battle off as an attack on civilians)
    ("Three militants were killed in an encounter between security forces and ultras in Kulgam district on "
     "Friday.\n\nPolice said the operation was launched after inputs about militants in Nagnad village in "
     "Kulgam. As the search team cordoned off the spot, the hiding militants opened fire upon them, and they "
     "retaliated, triggering a gun battle.", "2020-07-17",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    # a village the gazetteer lacks, in a report that places its events in one part of a country: that
    # part, not the first town the report names (Naqoura's point)
    ("Israeli drone strikes kill two in southern Lebanon\n\nThis morning Israel kept up its attacks on "
     "motorcycles in southern Lebanon, hitting one in Naqoura. One person was killed.\n\nNear the southern "
     "village of Zrariyeh, a second drone struck a car, killing one person.", "2024-06-03",
     lambda rs: [r.geometry["type"] for r in rs if r.location == "Zrariyeh"] == ["Polygon"]),
    # "in the country's northern Kunduz province": the scene after the country's possessive; "killing the
    # deputy provincial governor and his two bodyguards": three dead
    ("KABUL, Afghanistan (AP) — A defense spokesman said Thursday that at least seven soldiers were killed "
     "in a Taliban attack on an army security post in the country's northern Kunduz province.\n\nEarlier "
     "Thursday, the Taliban ambushed a government convoy in the country's eastern province of Logar, killing "
     "the deputy provincial governor and his two bodyguards.", "2018-04-26",
     lambda rs: sorted((r.location, r.fatalities) for r in rs) == [("Kunduz", 7), ("Logar", 3)]),
    # a page's label is no dateline; a relative clause's modal is not the agreement's mood
    ("BREAKING: S. Sudan government and rebels sign ceasefire\nJanuary 23, 2014 (ADDIS ABABA) – The South "
     "Sudan government and its rebels have agreed on a ceasefire which could end over a month of fighting.",
     "2014-01-23", lambda rs: [r.sub_event_type for r in rs] == ["Agreement"]),
    # "30 kilometres east of the capital": a point computed from the capital of the report's country
    ("Sri Lanka: villagers riot\n\nIn the early hours of Friday more than 2 000 people stormed the police "
     "station in Dompe, 30 kilometres east of the capital, forcing the police to withdraw.", "2011-10-01",
     lambda rs: [round(r.geometry["coordinates"][0], 2) for r in rs] == [80.12]),
    # "came at the same time as a declaration that its bombardment had killed 95": the setting's toll
    ("A government official said 13 people were killed in an overnight missile attack by the Houthis on Al "
     "Jubah district of Marib.\n\nThe Houthi attack came at the same time as a coalition declaration that "
     "its aerial bombardment in Marib had killed 95 Houthis.", "2021-10-29",
     lambda rs: [r.fatalities for r in rs] == [13]),
]  # fmt: skip

# What the review of those readings found them misreading: seven of these rows fail on the first forms
# (71970f3); the others guard the mends.
REVIEWED_26 = [
    ("Gunmen kill six in Bannu\n\nBANNU: Gunmen stormed a police post in Bannu district on Tuesday, "
     "killing six policemen, officials said.\nPHOTO: FILE", "2024-05-01",
     lambda rs: [(r.location, r.fatalities) for r in rs] == [("Bannu", 6)]),
    ("Strike on Nuseirat school\n\nReporting from Deir el-Balah, Al Jazeera's correspondent said at least "
     "20 people have been killed in an Israeli strike on a school in Nuseirat on Monday.", "2024-05-01",
     lambda rs: [r.fatalities for r in rs] == [20]),
    ("Strikes in Lebanon\n\nThe Israeli military has carried out a wave of air strikes on Hezbollah "
     "targets in southern Lebanon on Monday, killing four people.", "2024-05-01",
     lambda rs: [r.fatalities for r in rs] == [4]),
    ("Erdogan and Rutte\n\nANKARA: Turkish President Recep Tayyip Erdogan spoke with NATO chief Mark "
     "Rutte on Monday about the war in Ukraine.", "2024-05-01",
     lambda rs: [r.sub_event_type for r in rs] == ["Phone call"]),
    ("Curfew in Imphal\n\nIMPHAL: The Manipur government, in consultation with security agencies, imposed a "
     "curfew in Imphal West district on Monday.", "2024-05-01",
     lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    ("Talks to come\n\nThe government and the Fano militia agreed on Monday to hold talks which will take "
     "place in Nairobi next week.", "2024-05-01",
     lambda rs: "Meeting" not in [r.sub_event_type for r in rs]),
    ("Attack near Ariel\n\nJERUSALEM: Two Israeli soldiers were killed in a Palestinian attack near the "
     "settlement of Ariel on Monday.", "2024-05-01",
     lambda rs: all(r.actor1 != "Military Forces of Palestinian Territory" for r in rs)),
    ("Gunmen kill two in Kaduna\n\nKADUNA: Gunmen opened fire at the crowded weekly market on Monday and "
     "two people were killed, police said.", "2024-05-01", lambda rs: [r.fatalities for r in rs] == [2]),
    ("Bomb in Quetta\n\nQUETTA: A bomb exploded at a market in Quetta on Monday. At least 12 people were "
     "killed, up from an earlier toll of seven.", "2024-05-01",
     lambda rs: [r.fatalities for r in rs] == [12]),
    ("Attack in Kaya\n\nMilitants attacked the town of Kaya in Burkina Faso on Monday, killing 12 people. "
     "The town lies about 100 km north-east of the capital.", "2024-05-01",
     lambda rs: "Ouagadougou" not in [r.location for r in rs]),
    ("AU mission\n\nADDIS ABABA: The African Union dispatched a delegation to Khartoum on Monday to assess "
     "the humanitarian situation.", "2024-05-01", lambda rs: rs == []),
    ("Zamfara attack\n\nGunmen killed 10 villagers in Dogon Daji, about 40 km from the capital of Zamfara "
     "State, on Monday, police said.", "2024-05-01", lambda rs: "Abuja" not in [r.location for r in rs]),
]  # fmt: skip


# How reports are built, read in the twenty-seventh session (each row failed on the session-start code,
# or guards a mend)
STRUCTURE_27 = [
    # a camp the text names is a settlement: kept though the mention model doubts "the X refugee camp"
    ("Strike on camp\n\nAt least thirteen people have died in an Israeli attack on the Nuseirat refugee "
     "camp, in the middle of the Gaza Strip.", "2023-12-02",
     lambda rs: [r.geo_precision for r in rs] == [1] and rs[0].location != "Gaza Strip"),
    # "The same day" after a sentence dated months back is background too, not today's event; nor does
    # that sentence place the lede's event (its place is the past's)
    ("13 police officers killed in ambush\n\nGunmen have ambushed and killed at least 13 police officers "
     "in Mexico on Monday.\n\nThe attack happened in El Aguaje, a town in the Aguililla region of "
     "Michoacan state.\n\nIn August, police found 19 bodies in the town of Uruapan.\n\nThe same day, about "
     "45 miles north of Aguililla, there were fierce clashes between members of a cartel and self-defence "
     "groups.", "2019-10-15", lambda rs: [(r.location, r.fatalities) for r in rs] == [("El Aguaje", 13)]),
    # "The attack happened in El Aguaje, a town in the Aguililla region": the lede's event (told in the
    # country alone) takes the place, and the region the appositive names holds no El Aguaje of the
    # gazetteer, so the region is drawn, not a namesake 250 km away
    ("13 police officers killed in ambush\n\nGunmen have ambushed and killed at least 13 police officers "
     "in Mexico.\n\nThe attack happened in El Aguaje, a town in the Aguililla region of Michoacan state.",
     "2019-10-15", lambda rs: [(r.location, r.geometry["type"]) for r in rs] == [("El Aguaje", "Polygon")]),
    # an ACLED note's "(Admin2, Admin1)" against a namesake the finder resolved elsewhere: the division
    ("On 14 October 2019, gunmen attacked police in El Aguaje (Aguililla, Michoacan).", "2019-10-15",
     lambda rs: [r.geometry["type"] for r in rs] == ["Polygon"]
     and "not in the gazetteer within Aguililla" in rs[0].notes),
    # (a guard: the name the parenthesis follows is an institution's, not a misread town)
    ("On 13 December 2022, locals staged a human chain protest in front of Narsingdi Press Club (Narsingdi "
     "Sadar, Dhaka), demanding justice.", "2022-12-14",
     lambda rs: [r.geometry["type"] for r in rs] == ["Point"]),
    # residents who spoke to a news outlet (its name ends in a media word) made no phone call
    ("Taliban raid\n\nAccording to residents who spoke to Pajhwok Afghan News, Taliban insurgents attacked "
     "the houses in Khalilano village of Mirzaka district on Monday night.", "2020-10-13",
     lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    # a head of state received by another is a meeting where it happened; "reviewed the latest
    # developments in Sudan" names what was talked about, not where
    ("Crown Prince receives Sudan's Sovereign Council President in Makkah\n\nMAKKAH —\nOn Friday at Al-Safa "
     "Palace in Makkah, Crown Prince Mohammed bin Salman received Gen. Abdel Fattah Al-Burhan.\n\nAt the "
     "meeting, the two sides reviewed the latest developments in Sudan.", "2025-03-28",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Makkah")]),
    # travelled somewhere to meet someone: a meeting there (a trip still to come is none)
    ("Fidan in Doha\n\nFidan traveled to Doha on Wednesday, to meet with Sheikh Mohammed bin Abdulrahman "
     "Al-Thani, the Prime Minister of Qatar.", "2024-04-18",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Doha")]),
    ("Shoukry to Ankara\n\nEgyptian Foreign Minister Sameh Shoukry is set to travel to Ankara this weekend "
     "to meet with Turkish Foreign Minister Hakan Fidan.", "2024-04-18", lambda rs: rs == []),
    # "an IED expert" describes a man (no bomb went off); "came a day after" reaches through an
    # apposition; counts of this year's or last month's encounters are no day's
    ("Security forces gun down 4 militants in Kashmir\n\nOn Saturday four militants were killed in an "
     "encounter with security forces in Shopian district.\n\nThe latest encounter came a day after three "
     "militants, among them a Jaish-e-Mohammed commander believed to be an IED expert, were killed in "
     "neighboring Kulgam district.\n\nThis year more than 130 militants have been killed in different "
     "operations across Jammu and Kashmir.\n\nIn June only 48 militants were killed during various "
     "encounters with security forces.", "2020-07-18",
     lambda rs: [(r.event_type, str(r.event_date), r.fatalities) for r in rs]
     == [("Battles", "2020-07-18", 4), ("Battles", "2020-07-17", 3)]),
    # the dead are all soldiers (or police, or fighters): no violence against civilians, whatever the
    # model's words say ("ambushed", "village", "people dead")
    ("Security sources told AFP that eight Burkinabe soldiers have been killed in a jihadist attack in the "
     "restive north of the country.\n\nA security source told AFP that jihadists ambushed the troops on "
     "Monday close to the Niger border in Yagha province, leaving four dead and four others missing.\n\n"
     "The security source said late Tuesday that the bodies of the missing soldiers had been found during "
     "a search, which raised the death toll to eight.\n\nAccording to the sources, the attack happened in "
     "a village called Kankanfogouol, in an area where armed groups move back and forth across the border "
     "and carry out attacks in both countries.", "2020-05-13",
     lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 8)]),
    # a compass word a named country spells as its division ("Northwest", Cameroon's North-West), not a
    # namesake in a country the report never names (a sector of Abu Dhabi)
    ("Four members of Cameroon's security forces were killed on Friday in an attack in the country's "
     "English-speaking region of Northwest, security sources said.", "2021-01-09",
     lambda rs: [(r.country_code, r.location) for r in rs] == [("CM", "North-West")]),
    # "hit back" is a reply, not a strike from afar
    ("FARAH CITY (Pajhwok): Militant attacks on police check-posts in western Farah province have left "
     "four policemen and 12 Taliban dead, an official said on Monday.\n\nHe added that security forces hit "
     "back at the Taliban attacks and killed 12 assailants.", "2019-07-22",
     lambda rs: [r.event_type for r in rs] == ["Battles"]),
    # "phone talks" are a call
    ("CAIRO, March 26 (Xinhua) -- Egyptian Foreign Minister Badr Abdelatty and Qatari Prime Minister Sheikh "
     "Mohammed bin Abdulrahman Al Thani discussed efforts to resume the Gaza ceasefire deal in phone talks "
     "on Wednesday.", "2025-03-26", lambda rs: [r.sub_event_type for r in rs] == ["Phone call"]),
    # "Khartoum funds militias": a capital as its government, no scene (not "Damascus was hit by ...")
    ("Sudan: Dozens killed in clashes between Sudan army and rebels\n\nFighting broke out between Sudan's "
     "army and rebels in the western Darfur region, leaving dozens of people dead, the two sides said on "
     "Friday.\n\nSudan accuses South Sudan of backing the rebels, while Juba says Khartoum funds militias "
     "in South Sudan.", "2023-01-05", lambda rs: "Khartoum" not in [r.location for r in rs]),
    ("Damascus was hit by Israeli air strikes on Tuesday that killed four people, Syrian state media said.",
     "2024-05-19", lambda rs: [r.location for r in rs] == ["Damascus"]),
    # an actor's alias that is also a town somewhere ("the Taliban": Bozhuyuk, Turkey) names the actor,
    # not the town; "In Washington on Friday" stays the city
    ("Taliban-Pakistan Military Forces Engage in Firefight at Torkham Border\n\nOn Thursday, sources "
     "confirmed a firefight between the Taliban and the Pakistan military on the Torkham border.",
     "2023-01-05", lambda rs: "TR" not in [r.country_code for r in rs]),
    ("Deal signed\n\nIn Washington on Friday, the Democratic Republic of the Congo and Rwanda signed a "
     "peace agreement.", "2025-06-28", lambda rs: [r.location for r in rs] == ["Washington"]),
    # "the Amran province north of Sanaa": where the province lies, told from Sanaa (no scene), as
    # with a comma; an offset with its distance stays a point measured from Sanaa
    ("Houthi media\n\nUS warplanes bombed the communications network in the Amran province north of "
     "Sanaa on Tuesday.", "2025-04-09", lambda rs: [r.location for r in rs] == ["Amran"]),
    ("Houthi media\n\nUS warplanes bombed a communications tower 40 km north of Sanaa on Tuesday.",
     "2025-04-09", lambda rs: [r.geo_precision for r in rs] == [2]),
    # "ahead of talks with Blinken": talks still to come
    ("Arab ministers in Cairo\n\nForeign ministers from five Arab countries met in Cairo on Thursday to "
     "discuss efforts to halt the war against Gaza, ahead of talks with US Secretary of State Antony "
     "Blinken.", "2024-03-21",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Cairo")]),
    # "the North East of Borno State": a bearing of Borno, not Ghana's North East region
    ("ISWAP fighters\n\nMany terrorists were killed in the North East of Borno State in a deadly clash on "
     "Friday between ISWAP and Boko Haram.", "2023-06-25",
     lambda rs: [r.country_code for r in rs] == ["NG"]),
    # a clause dated before the day the event told just before was told with lends it neither count
    # nor place ("Last week, it also assassinated Saleh al-Arouri ... in Beirut")
    ("Drone strike in Lebanon\n\nOn Tuesday, a drone of the Israeli army struck a car in southern Lebanon "
     "and left several people injured, the agency said.\n\nThe agency reported that the car was hit with "
     "a guided missile near the Ghandouriyeh town.\n\nThe development comes as the Israeli army on Monday "
     "assassinated a senior Hezbollah commander. Last week, it also assassinated Saleh al-Arouri, the "
     "deputy chief of the Hamas group, in Beirut.", "2024-01-09",
     lambda rs: "Beirut" not in [r.location for r in rs]),
]  # fmt: skip


# What the review of this session's readings found them misreading (each row failed on a first form
# of a rule above, and passes on the session-start code too: guards of the mends)
REVIEWED_27 = [
    # a verb before its object is no modifier: "arrested smugglers" (not "an IED expert")
    ("Police arrested smugglers in Agadez on Sunday, seizing two trucks carrying 40 migrants, a local "
     "official said.", "2024-05-15", lambda rs: [r.sub_event_type for r in rs] == ["Arrests"]),
    ("Russian drone operators struck a civilian car in Kherson on Tuesday, killing the driver, the "
     "regional administration said.", "2024-09-18",
     lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    # the present progressive tells a battle under way, not the war's standing state
    ("Sudanese army soldiers are battling RSF fighters in the streets of El Fasher, residents said on "
     "Sunday, with at least 12 civilians killed by shelling.", "2024-05-19",
     lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "El Fasher")]),
    # a topic verb's place is the topic's only after a topic noun ("developments in Sudan")
    ("Sudanese army chief Abdel Fattah al-Burhan met Saudi Foreign Minister Prince Faisal bin Farhan on "
     "Tuesday to discuss the war, in Jeddah, the Sudanese sovereign council said.", "2024-05-22",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Jeddah")]),
    # "hit back at Russian positions" strikes them ("hit back at the Taliban attacks" replies)
    ("The Ukrainian army hit back at Russian positions near Belgorod with artillery on Monday, the "
     "regional governor said.", "2024-05-19",
     lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    # an agency is no news outlet: speaking with its head is a call
    ("Iranian Foreign Minister Abbas Araghchi spoke with International Atomic Energy Agency Director "
     "General Rafael Grossi on Tuesday about inspections in Iran.", "2024-05-19",
     lambda rs: [r.sub_event_type for r in rs] == ["Phone call"]),
    # travelling to meet relatives is no diplomacy (one travels to meet an official or a counterpart)
    ("Hundreds of Palestinian families travelled to Rafah on Monday to meet relatives returning from "
     "Egypt through the crossing.", "2024-05-19", lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    # "since March 2023" dates no event: "The same day" is Monday's
    ("Gunmen killed 12 villagers in Kadiolo, Mali, on Monday. It was the deadliest attack in the area "
     "since March 2023. The same day, soldiers clashed with JNIM fighters near Sikasso, killing four.",
     "2024-05-22", lambda rs: sorted(r.fatalities for r in rs) == [4, 12]),
    # "came a day after X, as tanks shelled Jabalia": the clause after ", as" is of its own day
    ("Israeli strikes killed 20 people in Rafah on Tuesday, health officials said. The strikes came a day "
     "after the army ordered residents of eastern Rafah to leave, as tanks shelled Jabalia in the north of "
     "the enclave, killing five people.", "2024-05-22",
     lambda rs: sorted(str(r.event_date) for r in rs) == ["2024-05-21", "2024-05-21"]),
    # "the deadliest attack on the army this year" is a superlative, no running toll
    ("Jihadists attacked an army post in Djibo, Burkina Faso, on Saturday. At least 30 soldiers have been "
     "killed, making it the deadliest attack on the army this year.", "2024-08-26",
     lambda rs: [r.fatalities for r in rs] == [30]),
    # a later sentence giving the event's own older day keeps its count
    ("Jihadists attacked the village of Mansila in Burkina Faso earlier this month. On 3 June, at least 12 "
     "people were killed in the attack, a local source told AFP.", "2024-06-20",
     lambda rs: [r.fatalities for r in rs] == [12]),
    # "assailants who claimed to be soldiers": who they said they were, no claim of the attack
    ("On Thursday, assailants who claimed to be Mozambican soldiers shot four young fishermen from Ilala "
     "village in Macomia in the legs.", "2019-12-09", lambda rs: [r.status for r in rs] == ["occurred"]),
    # the second review's (each failed on a first form)
    ("Clashes in Cameroon\n\nSeparatist fighters killed four soldiers in an ambush in the North West of "
     "Cameroon on Sunday, the army said.", "2024-06-12",
     lambda rs: [r.location for r in rs] == ["North West"]),
    ("Niger attack\n\nGunmen killed 11 soldiers in an ambush on a patrol in Niger north of Niamey on "
     "Monday, the defence ministry said.", "2024-06-12", lambda rs: [r.fatalities for r in rs] == [11]),
    ("Zelensky hits back at critics\n\nUkrainian President Volodymyr Zelensky hit back at critics in Kyiv "
     "on Tuesday, saying his government would not cede territory.", "2024-06-12", lambda rs: rs == []),
    ("Envoy in Port Sudan\n\nThe UN envoy flew to Port Sudan on Sunday to meet army officials over "
     "humanitarian access, his office said.", "2024-06-12",
     lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Port Sudan")]),
    ("Blinken in Israel\n\nUS Secretary of State Antony Blinken met Israeli Prime Minister Benjamin "
     "Netanyahu on Tuesday to discuss the ceasefire in Gaza, the State Department said.", "2024-06-12",
     lambda rs: "Gaza" not in [r.location for r in rs]),
    ("Governor speaks on shelling\n\nKherson governor Oleksandr Prokudin spoke to Anadolu Agency on Monday "
     "about the situation in the region.", "2024-06-12", lambda rs: rs == []),
    ("Drone attack\n\nUkrainian forces killed a Russian drone operator near Pokrovsk on Monday, the General "
     "Staff said.", "2024-06-12", lambda rs: [r.event_type for r in rs] == ["Battles"]),
]  # fmt: skip


def _near(record, lon: float, lat: float, km: float) -> bool:
    if record.geometry is None or record.geometry["type"] != "Point":
        return False
    here_lon, here_lat = record.geometry["coordinates"]
    return haversine_km(here_lat, here_lon, lat, lon) < km


STRUCTURE_28 = [
    # "Pobeda, a village about five kilometres west of Donetsk": the gazetteer's Pobyeda lies 75 km east,
    # a namesake; the village is placed by the measure, 5 km west of Donetsk, under its own name
    ("Russian troops took control of Pobeda, a village about five kilometres west of Donetsk city in eastern "
     "Ukraine, the defence ministry said on Tuesday.", "2024-02-20",
     lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Pobeda", 2)]
     and _near(rs[0], 37.735, 48.023, 2)),
    # a distance written in words measures too: a point 12 km south of Gusau, not Gusau
    ("Gunmen killed four farmers in Tungan Kudaku, a village some twelve kilometres south of Gusau, on "
     "Sunday, police said.", "2023-05-02",
     lambda rs: [r.geo_precision for r in rs] == [2] and _near(rs[0], 6.664, 12.062, 2)),
    # ", which last week took over Avdiivka": the time of Moscow's relative clause, not the lede's day
    # (nor the day of a later sentence that tells the lede's event again)
    ("Russia claims another gain\n\nRussia said on Thursday its forces had taken control of Krynky.\n\nThe "
     "capture would mark another step for Moscow, which last week took over Avdiivka.\n\nThe defence "
     "ministry said its troops had liberated the village of Krynky and improved their positions.",
     "2024-02-22",
     lambda rs: [str(r.event_date) for r in rs if r.location == "Krynky"] == ["2024-02-22"]),
    # a protest's grievance ("in protest over a bus crash that killed 14 people") lends it no dead, so
    # no excessive force; the force's own dead still count
    ("ANKARA, March 3 - Police fired tear gas on Tuesday to disperse hundreds of students who had "
     "gathered in Izmir in protest over a bus crash that killed 14 people.", "2015-03-03",
     lambda rs: [(r.sub_event_type, r.fatalities) for r in rs] == [("Protest with intervention", None)]),
    # "The military operation ... comes a week after an airstrike ..., killed at least nine": from the
    # earlier event on, the sentence tells what that did; its dead are not the operation's
    ("The military operation in Jilib on Saturday comes a week after an airstrike carried out by the army, "
     "supported by its allies, killed at least nine militants near Bu'aale.", "2024-05-19",
     lambda rs: [r.fatalities for r in rs if r.location == "Jilib"] == [None]),
    # a count told of an earlier event, after the sentence's opening, is not the event told before's:
    # "The raid came after a bombing last month that killed 12 soldiers"; "the talks broke down after an
    # attack earlier this year ..., that left nearly 100 dead"
    ("Soldiers repelled an assault on a base in Tillaberi on Sunday. The raid came after a bombing last "
     "month that killed 12 soldiers near Ouallam.", "2025-12-08",
     lambda rs: [r.fatalities for r in rs] == [None]),
    ("Gunmen attacked a police post in Cucuta on Sunday, killing two officers.\n\nThe group had been in "
     "talks with the government, but the talks broke down after an attack earlier this year in Catatumbo, "
     "also in Norte de Santander, that left nearly 100 dead.", "2025-12-08",
     lambda rs: [r.fatalities for r in rs] == [2]),
    # (a sentence that opens on the attack tells its own dead)
    ("Militants stormed a village in Borno on Sunday. After an attack on the village, five people were "
     "killed, residents said.", "2025-12-08", lambda rs: [r.fatalities for r in rs] == [5]),
    # "a confrontation ... left 9 dead" is a clash; "while soldiers were on patrol" is its circumstance, no
    # development; "the military had drones and a helicopter in support" names means at hand, no strike
    ("The state government reported on Sunday that a confrontation between soldiers and armed civilians "
     "left 9 dead.\n\nThe clash happened while soldiers were on patrol in the Nuevo Laredo "
     "municipality."
     "\n\nOfficials confirmed that the 9 attackers died in the confrontation and that the military had "
     "drones and a helicopter in support.", "2024-02-19",
     lambda rs: [(r.sub_event_type, r.fatalities) for r in rs] == [("Armed clash", 9)]),
    # "was injured in a Ukrainian drone attack": the side whose attack it was is the agent (a people's
    # adjective is no scene, and the party it names is not lost), not the hurt, nor rioters
    ("One person was injured in a Ukrainian drone attack on Saturday in the southern Russian region of "
     "Bryansk, the governor said.", "2024-05-05",
     lambda rs: [r.actor1 for r in rs] == ["Military Forces of Ukraine (2019-)"]),
    ("Two civilians were wounded in a Russian attack on Kharkiv on Monday, the governor said.", "2024-05-07",
     lambda rs: [(r.actor1, r.actor2) for r in rs]
     == [("Military Forces of Russia (2000-)", "Civilians (Ukraine)")]),
    # "Mass protests" names no Massachusetts (its abbreviation is "Mass."), so nothing pulls Algiers to a
    # namesake in the United States
    ("Thousands take to Algiers streets\n\nRiot police used water cannons on Saturday to break up "
     "demonstrators in Algiers.\n\nMass protests first broke out a year ago, after the president announced "
     "he would run again.", "2020-02-22", lambda rs: [r.country for r in rs] == ["Algeria"]),
    # where a road leads ("on the road that leads to the town of Talodi") is no scene of its own
    ("Gunmen killed six soldiers in the town of Kadugli on Monday. The soldiers were on patrol when the "
     "gunmen opened fire on them on the road that leads to the town of Talodi.", "2023-05-02",
     lambda rs: [r.location for r in rs] == ["Kadugli"]),
    # a people's adjective before a town ("in Swiss Lausanne") is no part of an unknown name: the town
    ("Foreign ministers met on Saturday in Swiss Lausanne to discuss a ceasefire in Yemen.", "2016-10-16",
     lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Lausanne", 1)]),
    ("Gunmen attacked a market in Nigerian Kano on Sunday, killing three traders.", "2016-10-16",
     lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Kano", 1)]),
    ("Police fired tear gas at protesters in Izmir on Tuesday, killing two, as crowds marched against rising "
     "prices.", "2015-03-03", lambda rs: [r.fatalities for r in rs] == [2]),
]  # fmt: skip


# misreadings a review found in first forms of the session's rules (each passed on the code before)
REVIEWED_28 = [
    # a measure told in another clause ("Djibo, and a second group raided a village 30 km north of Kaya")
    # measures nothing before the comma: two events, each in its place
    ("Gunmen attacked Djibo, and a second group raided a village 30 km north of Kaya, killing 12 people on "
     "Sunday, security sources said.", "2024-05-14",
     lambda rs: sorted(r.location for r in rs) == ["Djibo", "Kaya"]),
    # a country is no point to measure from ("Kiryat Shmona, about 2 km from Lebanon")
    ("Hezbollah fired rockets at Shlomi, a town 1 km from Lebanon, wounding two on Sunday.", "2024-05-14",
     lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Shlomi", 1)]),
    # a bearing told loosely still fits a reading on its side ("about 55 km northeast of Kramatorsk")
    ("Ukrainian forces shelled Bakhmut, about 55 km northeast of Kramatorsk, killing three soldiers on "
     "Monday, Russian officials said.", "2024-05-14", lambda rs: [r.geo_precision for r in rs] == [1]),
    # "The raid on Nur Shams, which began on Thursday night": the relative clause is the raid's, its date too
    ("Israeli forces raided a refugee camp in the West Bank. The raid on Nur Shams, which began on Thursday "
     "night, left 14 Palestinians dead, officials said.", "2024-05-14",
     lambda rs: [str(r.event_date) for r in rs] == ["2024-05-09"]),
    ("Ukrainian drones hit a refinery in Tuapse. The attack on Tuapse, which began on Friday night, caused a "
     "fire, officials said.", "2024-05-14", lambda rs: [str(r.event_date) for r in rs] == ["2024-05-10"]),
    # the protesters the force killed are the protest's dead, after a grievance too
    ("Rallies against fuel price hikes turned deadly in Lagos on Monday with police killing three "
     "protesters.", "2024-05-14", lambda rs: [r.fatalities for r in rs] == [3]),
    # (and "were met by security forces" is how the crowd was received, no meeting)
    ("Demonstrators protesting against the coup in Khartoum on Sunday were met by security forces who shot "
     "dead five people.", "2024-05-14", lambda rs: [r.fatalities for r in rs] == [5]),
    # the last word of a compound number is no distance ("twenty-five kilometres" is not five): north of
    # Donetsk, near it
    ("Shelling killed four civilians in a village twenty-five kilometres north of Donetsk on Sunday.",
     "2024-05-14", lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Donetsk", 2)]),
]  # fmt: skip


# a second review's finds in the later rules (each passed on the code before the session)
REVIEWED_28B = [
    # an earlier event's cue leaves the main clause's count ("..., killing at least 30"), a definite
    # "after the attack, which killed 40" (the event told before), and a relative clause's own stretch
    ("Nigerian fighter jets bombed militant hideouts near Gwoza on Tuesday in retaliation for the attack on "
     "a military base, killing at least 30 fighters, the air force said.", "2023-05-10",
     lambda rs: [r.fatalities for r in rs] == [30]),
    ("Al-Shabaab fighters overran a military base in Bulo Marer on Monday following a suicide car bombing "
     "at the gate, killing 17 soldiers, officials said.", "2023-05-10",
     lambda rs: [r.fatalities for r in rs] == [17]),
    ("Gunmen stormed a Catholic church in Owo, Ondo state, on Sunday. Hospitals were overwhelmed after the "
     "attack, which killed at least 40 worshippers, officials said.", "2022-06-07",
     lambda rs: [r.fatalities for r in rs] == [40]),
    ("A bomb exploded at a market in Maiduguri. Panic spread after the blast, which happened on Tuesday "
     "morning.", "2023-05-10", lambda rs: [str(r.event_date) for r in rs] == ["2023-05-09"]),
    ("Rebels attacked the town of Bunia. The fighting, which began on Saturday after a militia attack on a "
     "camp, left 17 dead.", "2023-05-10", lambda rs: [r.fatalities for r in rs] == [17]),
    # a journey's destination is the scene when the clause names no other ("troops heading into Bakhmut")
    ("Russian troops heading into Bakhmut came under heavy fire on Thursday, with at least 20 killed.",
     "2023-05-10", lambda rs: [r.location for r in rs] == ["Bakhmut"]),
    ("Philippine troops leading an offensive into the city of Marawi clashed with Maute fighters on Sunday, "
     "killing 12.", "2017-06-01", lambda rs: [r.geo_precision for r in rs] == [1]),
    # (a last read's find: a verb between "has" and the weapon tells it used, not held)
    ("Hezbollah has launched drones at a base in Metula on Sunday, the army said.", "2024-05-07",
     lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    # a state's abbreviation set in capitals, or before a capitalised word, is the state
    ("KY State Police said two people were shot dead in Lancaster on Saturday after an argument.",
     "2023-05-10", lambda rs: [r.admin1 for r in rs] == ["Kentucky"]),
    ("Ky State Police are investigating after a man was shot and killed in Paris on Saturday.", "2023-05-10",
     lambda rs: [r.admin1 for r in rs] == ["Kentucky"]),
]  # fmt: skip


STRUCTURE_29 = [
    # "in the north of Taze Township": the part of a place the gazetteer lacks is that place; an
    # acronym before "camp" ("the IDP camp") names none
    ("A man was killed by army shelling at the IDP (Internally Displaced Persons) camp in the north of "
     "Taze Township this morning.", "2022-03-06",
     lambda rs: [r.location for r in rs] == ["Taze Township"]),
    ("Gunmen killed two farmers in the south-east of Kauru Local Government Area on Monday.", "2023-05-10",
     lambda rs: [r.location[:5] for r in rs] == ["Kauru"]),
    # one toll told twice and typed apart by each telling's words is one event; damage told with no one
    # doing it, at the place of a deadly attack that day, is the attack's (no looting record)
    ("Kipper tells about the victims of the Russian attack on Odesa\nKyiv • UNN\nOne person was killed and "
     "eight were injured in the Russian attack on Odesa. Port infrastructure, including a grain warehouse, "
     "and two civilian vessels were damaged.\nRussia attacked Odesa this afternoon, killing one person and "
     "injuring eight others, UNN reports.\nHe specified that the enemy had once again targeted port "
     "infrastructure.\nOne person was killed and eight others were injured. The victims are in hospital.\n"
     "Once again I ask you: respond promptly to the air raid alarms and take cover", "2024-10-14",
     lambda rs: [(r.location, r.fatalities, r.injuries) for r in rs] == [("Odesa", 1, 8)]),
    # "Leaders of Ethiopia and Kenya": whose leaders, not where they met; "near President X's residence":
    # a person, not a place
    ("Leaders of Ethiopia and Kenya held a meeting yesterday in the Somali capital Mogadishu.", "2018-09-06",
     lambda rs: [r.location for r in rs] == ["Mogadishu"]),
    ("Late this evening the police fired tear gas after a protest staged near President Gotabaya "
     "Rajapaksa's private residence in Mirihana turned violent.", "2022-03-31",
     lambda rs: [r.location for r in rs] == ["Mirihana"]),
    # "at the hands of soldiers": whose hands (the agent); "follows by days": how long after, no agent
    ("Three civilians died at the hands of soldiers in Gao on Monday, residents said.", "2022-08-08",
     lambda rs: [r.actor1 for r in rs] == ["Military Forces of Mali"]),
    ("The mass killing at the bar also follows by days the shooting death of local journalist Ernesto "
     "Mendez at the hands of unknown gunmen in the town of San Luis de La Paz.", "2022-08-08",
     lambda rs: [r.event_type for r in rs] == ["Violence against civilians"]),
    # "The attack comes days after <another event>": the other event's count is not the attack's, nor are
    # its words; an event it tells with a place of its own is an event of its own, with its own count
    ("On Friday gunmen barged into a bar near Celaya and shot the patrons, leaving eight killed and five "
     "injured. The attack comes days after a cartel set up an explosive device inside a crime scene as a "
     "trap for authorities, injuring three state investigators.", "2022-08-08",
     lambda rs: [(r.event_type, r.fatalities, r.injuries) for r in rs]
     == [("Violence against civilians", 8, 5)]),
    # (the rule's exception, held: passes on the code before the rule too)
    ("Militants were killed in an encounter in Amshipora village of Shopian on Friday. The latest encounter "
     "came a day after three militants were killed in neighbouring Kulgam district.", "2020-07-17",
     lambda rs: sorted((r.location, r.fatalities) for r in rs)[0] == ("Kulgam", 3)),
    # "a security force patrolling party": state forces (the singular, as South Asian reports write it)
    ("On Monday morning militants fired at a security force patrolling party at Lower Munda in Qazigund.",
     "2020-04-27",
     lambda rs: [(r.event_type, r.actor2) for r in rs] == [("Battles", "Military Forces of India")]),
    # two villages the gazetteer lacks, each with its own count, are two events
    ("A local official said 20 civilians were massacred in Karou on Sunday. Fourteen civilians were killed "
     "in Ouatagouna, he said.", "2021-08-09",
     lambda rs: sorted((r.location, r.fatalities) for r in rs) == [("Karou", 20), ("Ouatagouna", 14)]),
    # "talks on Syria": what the talks were about, not where; the headline folds into the body's meeting
    ("Ministerial talks on Syria reach consensus on key issues\n\nParticipants in the international "
     "ministerial meeting on a Syrian settlement, held earlier in the day in Swiss Lausanne, reached "
     "consensus on key issues, US Secretary of State John Kerry said Saturday.", "2016-10-16",
     lambda rs: [r.location for r in rs] == ["Lausanne"]),
    ("Erdogan welcomed Putin to Ankara on Sunday, where the two leaders held talks on the Black Sea grain "
     "deal.", "2024-11-18", lambda rs: [r.location for r in rs] == ["Ankara"]),
    # explosions heard are a sound, not an attack told (nor a strike that types the protest told before)
    ("Santiago.- On Tuesday police fired tear gas and pellets to disperse protesters in Moca who were "
     "demanding repairs of streets.\n\nLoud explosions heard since early morning caused panic among "
     "residents.", "2014-07-01",
     lambda rs: [r.event_type for r in rs] == ["Protests"]),
    ("Residents heard gunfire in Goma overnight, but officials reported no fighting.", "2024-02-05",
     lambda rs: rs == []),
    # the same dead, one telling giving the wounded too: one event
    ("At least four members of Cameroon's security forces and two civilians were killed on Friday morning in "
     "an attack in Bamenda.\n\nSuspected separatists attacked a checkpoint in Bamenda. Three gendarmes, one "
     "police officer and two civilians were killed, and ten others were injured.", "2021-01-09",
     lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(6, 10)]),
    # barrel bombs are dropped from the air
    ("A barrel bomb killed seven people in Aleppo's al-Shaar district on Sunday, activists said.",
     "2024-10-14", lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"]),
    # "overnight" reported on Tuesday began on Monday night: the clash told "on Monday night" is the same
    # event; "eight soldiers of Yemen's government forces" and "eight soldiers" are one group, not summed
    ("At least eight soldiers of Yemen's government forces were killed in an overnight attack by the "
     "Houthi militia in Marib, a military official said on Tuesday.\n\nThe official said the Houthi "
     "fighters had launched a large onslaught on Monday night.\n\nHe added that the Houthis clashed "
     "fiercely with government forces, leaving eight soldiers killed and 15 others injured.", "2023-11-07",
     lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(8, 15)]),
    # "three civilians, two women among them" is one group told twice, not summed
    ("KABUL, 22 May 2004 — Angry villagers said three Afghan civilians were killed and two wounded yesterday "
     "in a predawn swoop by US helicopter gunships in Khost.\nHe said three civilians, two women among them, "
     "had been killed in the aerial bombardment and several others wounded.\nResidents confirmed that three "
     "people, two women among them, were killed when four helicopter gunships fired on their house.",
     "2004-05-22", lambda rs: [r.fatalities for r in rs] == [3]),
    # "talks between the foreign ministers of Russia and Ukraine": whose ministers, not where they met
    ("Thursday's talks between the foreign ministers of Russia and Ukraine made no apparent progress. The "
     "foreign ministers of Russia and Ukraine met for face-to-face talks in Turkey on Thursday.",
     "2022-03-10", lambda rs: [r.location for r in rs] == ["Turkey"]),
    # a demand no one named makes is no move in talks
    ("Santiago.- On Tuesday police agents fired tear gas and pellets to disperse protesters at Licey "
     "township, Santiago and parts of Moca who were demanding repairs of streets.\nThe demonstrators said "
     "that among other demands they want the streets paved at Las Palomas, Uveral, Limonal, and a halt to "
     "the power outages.", "2014-07-01", lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    # (not looting by a convoy's attackers who killed no one: ACLED's looting)
    ("Looting: On 2 November 2019, MLCJ militiamen ambushed a humanitarian convoy and looted money and "
     "in-kind items, in Vakaga prefecture. There were no fatalities nor injuries.", "2019-11-02",
     lambda rs: "Looting/property destruction" in [r.sub_event_type for r in rs]),
]  # fmt: skip


REVIEWED_29 = [
    # a review's finds in this session's first forms: "came under attack after" is no sequel; "the gunmen"
    # after the cue are the same event's; equal small tolls are no sign of one event; a village's chief
    # is of the scene; looting told later is no damage of the attack
    ("The soldiers came under attack after their vehicle hit a landmine near Kidal, killing two of them.",
     "2023-04-02", lambda rs: [r.fatalities for r in rs] == [2]),
    ("Gunmen attacked a bus near Mubi on Monday. The attack came after the gunmen stopped the vehicle at a "
     "fake checkpoint and opened fire, killing nine passengers.", "2023-11-24",
     lambda rs: [r.fatalities for r in rs] == [9]),
    ("Clashes broke out in Kalehe on Sunday between M23 rebels and Wazalendo fighters. The fighting came "
     "after the rebels attacked a Wazalendo position in Minova, killing three fighters.", "2024-02-05",
     lambda rs: ("Minova", 3) in [(r.location, r.fatalities) for r in rs]),
    ("Militants killed one soldier and injured one in a gunfight in Pulwama on Saturday. Militants also "
     "shot dead a migrant worker and injured another in Pulwama on Saturday.", "2023-11-06",
     lambda rs: len(rs) == 2),
    ("Gunmen abducted the chief of Kankara and his two wives in Katsina State on Sunday night.", "2023-06-12",
     lambda rs: [r.location for r in rs] == ["Kankara"]),
    ("A Russian missile struck Kharkiv on Friday, killing three people. Later, abandoned shops in Kharkiv "
     "were looted.", "2023-11-24",
     lambda rs: "Looting/property destruction" in [r.sub_event_type for r in rs]),
]  # fmt: skip


REVIEWED_29B = [
    # a second review's finds: two events of one paragraph with as many dead are two; a sequel set after
    # another event by how long after; a blast heard told by what it did; one village spelt two ways; the
    # place of a fronted phrase is not the talks'; an improvised barrel bomb is planted, not dropped
    ("Three soldiers were killed when al-Shabaab fighters attacked a military base in Mogadishu on Monday. A "
     "roadside bomb killed three civilians in Mogadishu on Monday.", "2023-03-13", lambda rs: len(rs) == 2),
    ("Suspected jihadists killed 12 soldiers near Djibo on Sunday. It came days after the military announced "
     "it had killed 50 militants in the region.", "2023-03-12",
     lambda rs: [r.fatalities for r in rs if r.location == "Djibo"] == [12]),
    ("Militants killed two soldiers in Kupwara on Monday. The encounter comes a day after the army killed "
     "three militants in Baramulla.", "2023-03-12",
     lambda rs: [r.fatalities for r in rs if r.location == "Kupwara"] == [2]),
    ("Witnesses heard the blast that killed five soldiers near Kidal on Sunday.", "2023-04-02",
     lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
    ("Residents told AFP they heard soldiers shoot dead three young men in Kidal on Monday.", "2024-03-12",
     lambda rs: len(rs) == 1),
    ("Bandits killed 7 villagers in Dan Isa on Sunday. Police confirmed that seven were killed in Danisa.",
     "2023-03-12", lambda rs: len(rs) == 1),
    ("After visiting Goma, where fighting raged last week, the Kenyan president held talks with Tshisekedi "
     "on Sunday.", "2024-02-05",
     lambda rs: "Goma" not in [r.location for r in rs if r.event_type == "Diplomacy"]),
    ("Rebels planted an improvised barrel bomb on a road near Kidal, killing two soldiers on Sunday.",
     "2023-04-02", lambda rs: [r.sub_event_type for r in rs] == ["Remote explosive/landmine/IED"]),
]  # fmt: skip


REVIEWED_29C = [
    # a third review's finds: "overnight" reaches back to the night before, not that day's morning; an
    # "including" aside stops at a clause of its own; a sound heard with a number before it is a sound;
    # demands by a named or described party stay; the host's country is the venue
    ("Russian shelling of Kherson overnight killed two people. On Monday morning, Russian shelling of "
     "Kherson killed two other people.", "2024-05-14", lambda rs: len(rs) == 2),
    ("An Israeli strike hit a school sheltering 500 people including women and children where at least 12 "
     "were killed in Gaza City.", "2024-03-05", lambda rs: [r.fatalities for r in rs] == [12]),
    ("Residents in Goma heard two loud explosions on Tuesday morning.", "2024-03-06", lambda rs: rs == []),
    ("Kenya's foreign ministry demanded an apology from Uganda.", "2024-03-05",
     lambda rs: [r.sub_event_type for r in rs] == ["Demand"]),
    ("The president of Kenya hosted Tshisekedi and Kagame for talks on Saturday.", "2024-03-05",
     lambda rs: [r.location for r in rs] == ["Kenya"]),
    # "three fighters of Hamas": the group's men, not Hamm in Germany (one of its alternate names)
    ("An Israeli strike killed three fighters of Hamas and two fighters of Islamic Jihad in Khan Younis on "
     "Monday.", "2024-03-05", lambda rs: [r.country for r in rs] == ["Palestinian Territory"]),
]  # fmt: skip


REVIEWED_29D = [
    # a fourth review's finds in the third's mends
    ("At least 15 people including soldiers who were guarding the bank were killed when gunmen attacked "
     "Kidal on Monday.", "2024-06-11", lambda rs: [r.fatalities for r in rs] == [15]),
    ("Russian drones struck Kharkiv overnight, killing three civilians. Regional governor Oleh Syniehubov "
     "said the strike on Monday hit a residential building in Kharkiv.", "2024-11-12",
     lambda rs: len(rs) == 1),
    ("Three soldiers were killed when their vehicle hit a landmine near Gao on Tuesday.\n\nJihadists also "
     "attacked an army post in Gao on Tuesday, killing three soldiers.", "2024-05-08",
     lambda rs: len(rs) == 2),
    ("The Kremlin is demanding that Ukraine withdraw from the four regions before any talks.", "2024-07-03",
     lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    ("Police shot dead a student during protests in Nairobi on Tuesday. His mother demanded justice for her "
     "son.", "2024-07-03", lambda rs: "Diplomacy" not in [r.event_type for r in rs]),
    ("Residents heard the explosion that rocked the main market in Maiduguri on Tuesday afternoon.",
     "2024-03-06", lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"]),
]  # fmt: skip


STRUCTURE_30 = [
    # a scene the gazetteer lacks lies in the place the text names it in where it names it again, not
    # in the dateline's town
    (
        "Yangon – A farmer was killed on Sunday by army shelling near a monastery in the east of Taze "
        "Township, residents said.\nThe army has cut the phone lines. Taze Township in Sagaing region has "
        "had no internet since February.",
        "2022-03-07",
        lambda rs: [(r.location, r.admin1) for r in rs] == [("Taze Township", "Sagaing")],
    ),
    # a check post is a security force's position: militants who "struck" one made no strike from afar
    (
        "Police said militants attacked a security check post in Khyber Pakhtunkhwa province on Tuesday, "
        "killing three people.\nThe militants struck the Aba Shaheed check post in the Dikhan district.",
        "2024-01-24",
        lambda rs: "Explosions/Remote violence" not in {r.event_type for r in rs},
    ),
    # "The attack in Pont-Sonde was blamed on ...": the report's one attack told again, far below its
    # lede, at a scene the gazetteer lacks (not another event at the dateline's town)
    (
        "PORT-AU-PRINCE, Haiti -- An official said gunmen attacked a small town in central Haiti early "
        "Thursday and killed several people.\n\nA prosecutor based in the nearby town of Saint-Marc said the "
        "number of victims in Pont-Sonde was not yet known.\n\nDozens of people gathered outside a hospital "
        "in Saint-Marc where the wounded were taken.\n\nThe attack in Pont-Sonde was blamed on the Grand "
        "Grif gang, which operates in the central Artibonite region.",
        "2024-10-04",
        lambda rs: [r.location for r in rs] == ["Pont-Sonde"],
    ),
    # a report that names no division but names its country and a large town there ("the Somali capital
    # Mogadishu"): a small town found abroad (Norway's Hamar) is a namesake, no scene; but a large town
    # alone tells no country against the others ("Santiago" read as Chile's does not move Moca)
    (
        "Somalia: Mortar shells hit Mogadishu, leaving at least 2 dead\n\nReports say that at least "
        "two people were killed Thursday evening and 13 others wounded when a salvo of mortars "
        "landed at neighbourhoods in the Somali capital Mogadishu.\nSources say the mortars were "
        "meant for the Presidential palace but missed and landed in Hamar weyne district, causing "
        "the death of civilians.",
        "2016-04-07",
        lambda rs: {r.country for r in rs} == {"Somalia"},
    ),
    (
        "Russia claims another gain\n\nRussia said on Thursday its forces had taken control of Krynky."
        "\n\nThe capture would mark another step for Moscow, which last week took over Avdiivka.",
        "2024-02-22",
        lambda rs: "Krynky" in [r.location for r in rs] and {r.country for r in rs} == {"Ukraine"},
    ),
    # a scene the gazetteer lacks with nothing but the dateline to place it: the dateline town's province
    # holds a village near it as the town's point does not; a neighbourhood stays in the town
    (
        "COLOMBO, Sri Lanka (AP) — Gunmen shot dead a farmer in Udugampola village on Friday, police said.",
        "2011-09-30",
        lambda rs: [(r.location, r.gazetteer_id) for r in rs] == [("Udugampola", "admin1:LK.36")],
    ),
    (
        "MOGADISHU, Somalia (AP) — Gunmen shot dead a trader in the Barwaqo neighbourhood on Friday.",
        "2011-09-30",
        lambda rs: [(r.location, r.gazetteer_id) for r in rs] == [("Barwaqo", "gn:53654")],
    ),
    # one remote attack told again by another weapon, with no date of its own ("airstrikes" ... "the
    # Israeli missiles targeted"): one event; a crowd's riot told at a town and then at a point 30 km from
    # it: one riot, at the point
    (
        "State news agency SANA said on Thursday that Israel had carried out airstrikes on sites in Syria's "
        "Damascus countryside, reporting no casualties.\n\nAccording to the Syrian Observatory for Human "
        "Rights, the Israeli missiles targeted military sites in Damascus' southwestern countryside.",
        "2022-04-15",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    (
        "Colombo – Officials said villagers set fire to vehicles and part of a police station on the "
        "outskirts of Colombo on Friday, in protest at the death of a suspect in custody.\n\nIn the early "
        "hours of Friday more than 2,000 people stormed the police station in Dompe, 30 kilometres east of "
        "the capital, forcing the police to withdraw.",
        "2011-09-30",
        lambda rs: len(rs) == 1 and "30 km east of Colombo" in rs[0].notes,
    ),
    # "at Khan Younis in south of Gaza City": where the town lies, told from another (no second scene)
    (
        "Nine people were killed when fighter jets struck a house at Khan Younis in south of Gaza City on "
        "Monday.",
        "2023-10-24",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Khān Yūnis", 9)],
    ),
    # a count dated a few days before the event told just before is an earlier event of its own, not that
    # event's count and not background
    (
        "MEXICO CITY (AP) — A family of six was shot to death Friday in a town in Chiapas state.\nIt was the "
        "latest in a series of mass killings in Mexico.\nOn Sunday, gunmen broke into a home in the city of "
        "Leon in Guanajuato state and killed four women and two children.",
        "2024-06-15",
        lambda rs: ("León de los Aldama", 6) in [(r.location, r.fatalities) for r in rs],
    ),
    # a wire report published days after its lede was told ("told Xinhua on Friday"): its "overnight" is
    # counted from that Friday, not from the day of publication
    (
        "Houthi drone strike kills 3 soldiers\n\nA government official told Xinhua on Friday that at least "
        "three soldiers were killed in a drone strike by the Houthi militia in Marib Province.\n\nThe "
        "official said an overnight drone strike hit military positions in the Harib district of Marib, "
        "killing three soldiers and critically injuring five others.",
        "2023-05-14",
        lambda rs: [(r.event_date.isoformat(), r.injuries) for r in rs] == [("2023-05-12", 5)],
    ),
    # a crosshead between paragraphs heads the paragraph after it (no count or weapon of the one before);
    # "activists also reported clashes": a source, no party of the clash
    (
        "Fierce clashes between the Sudanese army and the Rapid Support Forces (RSF) were reported on "
        "Wednesday in the capital Khartoum.\n\nActivists also reported clashes between army forces and RSF "
        "fighters in the Al-Dali area of Sennar State.\n\nRSF shelling kills at least six people at refugee "
        "camp\n\nMeanwhile, a local relief committee in El-Fasher said RSF shelling on the Abu Shouk "
        "displacement camp killed six people and injured several others.",
        "2025-03-05",
        lambda rs: (
            [(r.event_type, r.fatalities, r.actor1) for r in rs if r.admin1 == "Sennar"]
            == [("Battles", None, "Rapid Support Forces")]
        ),
    ),
    # the earlier event told after "comes ... after", placed by the rest of its sentence, stands
    (
        "Residents of Sabon Birni in Sokoto State say bandits killed several people on Tuesday in an attack "
        "on Gangara community.\n\nThis attack comes four days after bandits attacked an army camp and "
        "killed 17 security agents in Dama village under Sabon Birni.",
        "2021-09-28",
        lambda rs: (
            sorted((r.event_date.isoformat(), r.fatalities) for r in rs)
            == [("2021-09-24", 17), ("2021-09-28", 10)]
        ),
    ),
    # "the city of Mykolaiv, Vitaliy Kim, the head of ...": a person after the place, no second place to
    # share the count with
    (
        "At least one person was killed and 15 others were injured on Thursday when Russia launched a "
        "missile attack on the southern Ukrainian city of Mykolaiv, Vitaliy Kim, the head of the Mykolaiv "
        "regional military administration, said on Telegram.",
        "2022-07-29",
        lambda rs: [(r.location, r.fatalities, r.injuries) for r in rs] == [("Mykolayiv", 1, 15)],
    ),
    (
        "Santiago.- On Tuesday police fired tear gas to disperse protesters in Moca who were demanding "
        "repairs of streets and roads.",
        "2014-07-02",
        lambda rs: [r.location for r in rs] == ["Moca"],
    ),
]


# A helper's probes of the thirtieth session's rules, against the code before them: each misreading
# found, mended (or its rule narrowed) and kept here.
REVIEWED_30 = [
    # checkpoints manned by a named group are that group's: the state's forces are not named by them
    (
        "GAZA (Reuters) - Hamas gunmen manning checkpoints in Khan Younis beat a man to death on Monday, "
        "witnesses said.",
        "2024-05-06",
        lambda rs: [r.actor1 for r in rs] == ["Hamas Movement"],
    ),
    (
        "RAMALLAH (Reuters) - Israeli settlers from nearby outposts attacked Palestinian farmers in Turmus "
        "Ayya on Saturday, wounding four, the Palestinian health ministry said.",
        "2023-06-24",
        lambda rs: all(not (r.actor1 or "").startswith("Military Forces") for r in rs),
    ),
    # a toll across a country is no toll of the one placed event told with wounded only
    (
        "KHARTOUM (Reuters) - Fighting across Sudan killed at least 40 people on Monday, medics said.\n\nIn "
        "El Obeid, shelling hit a market, wounding 17, a doctor said.",
        "2024-09-10",
        lambda rs: all(r.fatalities != 40 for r in rs if r.location == "El Obeid"),
    ),
    # a town across a border from the large town that tells the report's country stands
    (
        "Al Shabaab militants stormed a hotel in the Somali capital Mogadishu on Friday, killing nine "
        "people. On Saturday the group killed three police officers in Mpeketoni.",
        "2023-03-26",
        lambda rs: {"Mogadishu", "Mpeketoni"} <= {r.location for r in rs},
    ),
    (
        "Gunmen killed three soldiers in the Malian capital Bamako on Monday. In Djibo, jihadists killed 15 "
        "civilians.",
        "2023-09-25",
        lambda rs: "Djibo" in {r.location for r in rs},
    ),
    (
        "Shelling hit the Lebanese city of Tyre on Sunday, wounding five. Hezbollah then fired missiles at "
        "Safed.",
        "2024-10-13",
        lambda rs: "Safed" in {r.location for r in rs},
    ),
    # a name the gazetteer lacks, with only the dateline to place it: the dateline town's division, which
    # holds the town's quarters and the villages near it alike (a second review: a village's point put at
    # the dateline's town looks precise and is wrong)
    (
        "KARACHI, Pakistan (Reuters) - Gunmen shot dead two policemen in Orangi Town on Monday, police said.",
        "2023-05-09",
        lambda rs: [r.admin1 for r in rs] == ["Sindh"],
    ),
    (
        "GAZA CITY, Gaza Strip (Reuters) - An Israeli air strike hit a house in Sheikh Radwan on Tuesday, "
        "killing six people, medics said.",
        "2024-01-09",
        lambda rs: [r.admin1 for r in rs] == ["Gaza Strip"],
    ),
    # a demonstration against police and a mob lynching a thief that day: two riots
    (
        "NAIROBI, Kenya (Reuters) - Protesters threw stones at police in Kisumu on Tuesday, witnesses said."
        "\n\nA mob later lynched a suspected thief in Kisumu, police said.",
        "2023-07-19",
        lambda rs: sorted(r.sub_event_type for r in rs) == ["Mob violence", "Violent demonstration"],
    ),
    # where drones were launched from, or a second strike 20 km away, is no better place for the strike
    (
        "KHARTOUM (Reuters) - RSF drones struck Omdurman on Saturday, killing 5. The drones were launched "
        "from a base 40 km north of Omdurman, the army said.",
        "2024-04-20",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Omdurman", 1)],
    ),
    (
        "KYIV (Reuters) - Russian missiles struck Odesa on Monday, killing 5. A second missile hit a port 20 "
        "km south of Odesa, wounding two.",
        "2024-06-03",
        lambda rs: [r.geo_precision for r in rs if r.fatalities == 5] == [1],
    ),
    # "Villagers from Chaung Oo living in Mandalay": where they live, not where Chaung Oo lies
    (
        "YANGON (Reuters) - Troops killed three civilians in Chaung Oo village on Sunday, residents said.\n\n"
        "Villagers from Chaung Oo living in Mandalay said they feared for relatives.",
        "2022-02-14",
        lambda rs: all(r.admin1 != "Mandalay" for r in rs),
    ),
]


# A second helper's probes of the session's later rules: each misreading found, mended and kept here.
REVIEWED_30B = [
    # the earlier event after "comes ... after" stands only where its stretch places it as a scene, not
    # where people came from or went to
    (
        "MAIDUGURI, Nigeria (Reuters) - Boko Haram fighters killed 10 farmers near Maiduguri on Saturday.\n\n"
        "The killings come a week after insurgents ambushed a convoy carrying traders from Damaturu, killing "
        "six.",
        "2024-03-09",
        lambda rs: "Damaturu" not in [r.location for r in rs],
    ),
    (
        "KYIV (Reuters) - Russian missiles killed four people in Kharkiv on Thursday.\n\nThe strike comes a "
        "day after Russian forces shelled a train bound for Kyiv, wounding three.",
        "2024-05-23",
        lambda rs: "Kyiv" not in [r.location for r in rs],
    ),
    # a short line that tells a place or count the next paragraph does not is news of its own
    (
        "Situation update\n\nRSF shelled Abu Shouk camp in El Fasher on Monday, killing four.\n\nSAF "
        "airstrike on Nyala market kills 12\n\nLocal sources also reported clashes in Babanusa.",
        "2024-06-04",
        lambda rs: ("Nyala", 12) in [(r.location, r.fatalities) for r in rs],
    ),
    (
        "ABUJA (Reuters) - Gunmen killed 12 people in Zamfara State on Sunday, police said.\n\nFive soldiers "
        "were killed in an ambush near Maiduguri on Sunday\n\nThe army did not comment on the reports.",
        "2024-03-18",
        lambda rs: "Maiduguri" in [r.location for r in rs],
    ),
    # a side that claims what it did itself ("said it had targeted", "reported killing") is a party
    (
        "MAIDUGURI, Nigeria (Reuters) - Troops killed 12 Boko Haram fighters in Bama on Sunday, the army "
        "said.\n\nTroops also reported killing five insurgents in Gwoza.",
        "2024-03-18",
        lambda rs: [r.actor1 for r in rs if r.location == "Gwoza"] == ["Military Forces of Nigeria"],
    ),
    (
        "BEIRUT (Reuters) - Hezbollah said it fired rockets at an Israeli base in Safed on Tuesday. "
        "Hezbollah later said it had targeted Israeli soldiers in Metula with drones.",
        "2024-10-08",
        lambda rs: [r.actor1 for r in rs if r.location == "Metula"] == ["Hezbollah"],
    ),
    # weekdays after a lede told days before publication are read from publication; only "overnight",
    # "yesterday" and "last night" from the telling day
    (
        "A military spokesman told AFP on Friday that al Shabaab fighters attacked a base in Lower Shabelle."
        "\n\nOn Saturday, a roadside bomb killed four soldiers near Afgoye, officials said.",
        "2023-09-17",
        lambda rs: [r.event_date.isoformat() for r in rs if r.fatalities == 4] == ["2023-09-16"],
    ),
    (
        "Ukraine's air force said on Saturday that Russia had launched 50 drones at the country.\n\nThis "
        "morning, a missile struck Kharkiv, killing two people, the governor said.",
        "2024-06-03",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Kharkiv", "2024-06-03")],
    ),
    # the place a scene lies in, told with its kind ("ward") or after a comma and "in"
    (
        "YANGON (Reuters) - Junta jets bombed Pa Zi Gyi on Tuesday, killing 100 people, witnesses said.\n\n"
        "Pa Zi Gyi ward in Kanbalu township is a resistance stronghold.",
        "2023-04-12",
        lambda rs: [r.admin1 for r in rs] == ["Sagaing"],
    ),
    (
        "BAMAKO (Reuters) - Jihadists killed 9 people in Kwalabougou on Sunday.\n\nKwalabougou, in Segou "
        "region, had been attacked before.",
        "2023-09-12",
        lambda rs: [r.admin1 for r in rs] == ["Ségou"],
    ),
]

STRUCTURE_31 = [
    # a state named alone as the attacker of a town, with no weapon and no one on the ground: a strike
    # from afar (not violence against civilians by troops in the streets)
    (
        "Russia attacked Odesa this afternoon, killing one person and injuring eight others, officials said.",
        "2024-10-14",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", "Odesa")],
    ),
    # "in Russia's attack on": the state is the attacker, not a scene
    (
        "A man was killed in Russia's attack on the critical infrastructure in Kharkiv, the governor said.",
        "2022-09-12",
        lambda rs: (
            [(r.event_type, r.actor1, r.location) for r in rs]
            == [("Explosions/Remote violence", "Military Forces of Russia (2000-)", "Kharkiv")]
        ),
    ),
    # the state's forces told on the ground ("Israeli forces attacked"): no strike from afar
    (
        "Israeli forces attacked the town of Jenin on Monday, killing two people.",
        "2024-04-30",
        lambda rs: "Explosions/Remote violence" not in {r.event_type for r in rs},
    ),
    # (guard) "in Russia's Kursk region": the place, as before
    (
        "Two people were injured in Russia's Kursk region on Monday when a drone struck a car.",
        "2024-04-30",
        lambda rs: (
            [r.admin1 for r in rs] == ["Kursk"] and rs[0].actor1 != "Military Forces of Russia (2000-)"
        ),
    ),
    # a village the gazetteer lacks, told in a sentence of its own, is not the town struck the same day
    (
        "This morning Israel kept up its attacks on motorcycles in southern Lebanon, hitting one in Naqoura. "
        "One person was killed in the attack.\n\nNear the southern village of Zrariyeh, a second drone "
        "struck a car, killing one person.",
        "2024-06-03",
        lambda rs: len(rs) == 2 and {r.event_type for r in rs} == {"Explosions/Remote violence"},
    ),
    # what a meeting "covered" is its topic, not a second meeting's place
    (
        "Foreign Minister Qureshi held a meeting with his Chinese counterpart Wang Yi in Beijing today.\n\n"
        "The two ministers talked about bilateral relations. The meeting also covered peace in Afghanistan.",
        "2018-12-25",
        lambda rs: [r.location for r in rs] == ["Beijing"],
    ),
    # "the Israeli Air Force" is Israel's military, capitalised as a name
    (
        "Palestinians were injured in clashes with Israeli troops in the West Bank on Friday.\n"
        "Earlier in the day, the Israeli Air Force struck a Hamas observation post in the Gaza Strip.",
        "2018-02-03",
        lambda rs: (
            [r.actor1 for r in rs if r.event_type == "Explosions/Remote violence"]
            == ["Military Forces of Israel (2022-)"]
        ),
    ),
    # "taken over the protest": no ground taken; "took over a counter-terrorism centre": ground taken
    (
        "Youths defied the curfew and set a police station on fire in Lagos on Tuesday. "
        "A police officer said criminal elements had taken over the protest.",
        "2020-10-21",
        lambda rs: "Battles" not in {r.event_type for r in rs},
    ),
    (
        "Taliban militants took over a counter-terrorism centre in Bannu district on Sunday.",
        "2022-12-19",
        lambda rs: [r.sub_event_type for r in rs] == ["Non-state actor overtakes territory"],
    ),
    # "in Batangas" read as the city, then "the encounter in Balayan", a town of Batangas province: the
    # province was meant, and the event is at the town
    (
        "Six NPA members and a soldier died in an armed encounter in Batangas on Sunday.\n\nAccording to "
        "the police, the encounter in Barangay Malalay in Balayan took place at 1:38 am.",
        "2023-12-18",
        lambda rs: [r.location for r in rs] == ["Balayan"],
    ),
    # "a closed meeting" is a meeting, not a closure
    (
        "South Sudan's President Salva Kiir arrived in Khartoum on Wednesday for a two-day official visit.\n"
        "President Omer al-Bashir received him at Khartoum airport, where the two presidents held a closed "
        "meeting.",
        "2017-11-01",
        lambda rs: [r.event_type for r in rs] == ["Diplomacy"],
    ),
    # "earlier today (Sunday)" in a report published on Monday: Sunday; water cannons that "pushed the
    # protestors back" met a crowd, which fought no one
    (
        "KARACHI: On Sunday police baton-charged protesting employees of the Port Qasim Authority to keep "
        "them from reaching Governor House, where the Prime Minister is staying after flying into the city "
        "earlier today (Sunday). For over two months the employees had been staging a protest outside the "
        "Karachi Press Club. Water cannons pushed the protestors back near Fawara Chowk.",
        "2018-12-10",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Protests", "2018-12-09")],
    ),
    # what a crowd protests at is its cause, not a second scene
    (
        "Tens of thousands of people marched in London on Saturday in protest at Israel's bombardment of "
        "Gaza.",
        "2024-05-13",
        lambda rs: [r.location for r in rs] == ["London"],
    ),
]


# The thirty-first session's reviews: misreadings the session's first rules made, each mended (or its
# rule narrowed) and kept as a row
REVIEWED_31 = [
    # habits are background only when told as what a place suffers or faces, with no day of their own
    (
        "GAZA (Reuters) - Relentless Israeli airstrikes on Gaza killed at least 50 people overnight, health "
        "officials said on Tuesday.",
        "2023-11-07",
        lambda rs: [r.fatalities for r in rs] == [50],
    ),
    (
        "Sporadic clashes erupted between the army and the RSF in Omdurman on Tuesday, killing four "
        "civilians, residents said.",
        "2023-05-17",
        lambda rs: [r.location for r in rs] == ["Omdurman"],
    ),
    (
        "The village, which has suffered recurring raids, was attacked again on Saturday night by gunmen "
        "who killed five people.",
        "2023-05-01",
        lambda rs: [r.fatalities for r in rs] == [5],
    ),
    # "taken over by": the passive takes ground; a prison, a palace and a capital are ground
    (
        "The town of Bulo Burde was taken over by al-Shabaab fighters on Friday after government troops "
        "withdrew.",
        "2023-01-14",
        lambda rs: "Non-state actor overtakes territory" in {r.sub_event_type for r in rs},
    ),
    (
        "Gangs took over the main prison in Port-au-Prince on Saturday, freeing about 3,700 inmates.",
        "2024-03-03",
        lambda rs: [r.sub_event_type for r in rs] == ["Non-state actor overtakes territory"],
    ),
    (
        "Tuareg rebels took over the regional capital, Kidal, on Friday after government troops fled, "
        "residents said.",
        "2012-03-30",
        lambda rs: [r.sub_event_type for r in rs] == ["Non-state actor overtakes territory"],
    ),
    # journalists who "covered" talks tell no topic
    (
        "Local media covered the talks between the government and the rebels held in Doha on Tuesday.",
        "2022-08-10",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Doha")],
    ),
    # a town named as such, or filed from, is not a division; a later count of its own is another event
    (
        "KHARKIV, Ukraine (Reuters) - Russian missiles struck Kharkiv on Monday, killing three people and "
        "wounding 12, the governor said.\n\nTwo more people were killed in Chuhuiv, he added.",
        "2024-05-20",
        lambda rs: sorted((r.location, r.fatalities) for r in rs) == [("Chuhuyiv", 2), ("Kharkiv", 3)],
    ),
    (
        "Russian drones struck Odesa overnight, killing two people.\n\nOn Tuesday, one person was killed in "
        "Izmail.",
        "2024-03-05",
        lambda rs: "Odesa" in {r.location for r in rs},
    ),
    # a state's forces by their own name, or a fight told on the ground, strike from nowhere afar
    (
        "YANGON (Reuters) - The Tatmadaw attacked Let Yet Kone village in Sagaing region on Monday, killing "
        "11 villagers, residents said.",
        "2023-04-18",
        lambda rs: "Explosions/Remote violence" not in {r.event_type for r in rs},
    ),
    (
        "Russia attacked Avdiivka from three directions on Tuesday, but the assault was repelled, the "
        "Ukrainian military said.",
        "2023-10-11",
        lambda rs: "Explosions/Remote violence" not in {r.event_type for r in rs},
    ),
    (
        "ADDIS ABABA - An Ethiopian attack on a village in Amhara region killed at least 30 civilians on "
        "Sunday, residents said.",
        "2024-03-05",
        lambda rs: "Explosions/Remote violence" not in {r.event_type for r in rs},
    ),
    # "Israel's deadliest attack in years": an attack on Israel, not by it
    (
        "JERUSALEM (Reuters) - In Israel's deadliest attack in years, a Palestinian gunman killed seven "
        "people outside a synagogue in Neve Yaakov on Friday, police said.",
        "2023-01-28",
        lambda rs: "Military Forces of Israel (2022-)" not in {r.actor1 for r in rs},
    ),
    # (second review) takeovers told with a kind of place, or in the passive with a time between
    (
        "JNIM fighters took over the rural commune of Boni in central Mali on Monday, residents said.",
        "2024-06-04",
        lambda rs: "Non-state actor overtakes territory" in {r.sub_event_type for r in rs},
    ),
    (
        "The town of Ruvuma was taken over on Sunday after government troops pulled out, residents said.",
        "2024-06-04",
        lambda rs: "Non-state actor overtakes territory" in {r.sub_event_type for r in rs},
    ),
    # (second review) a farm seized by police is no ground taken
    (
        "Police seized a farm belonging to a drug lord in Sinaloa on Monday, the attorney general's office "
        "said.",
        "2024-06-04",
        lambda rs: "Battles" not in {r.event_type for r in rs},
    ),
    # (second review) a setting of constant shelling, or a siege of two months, leaves the day's event
    (
        "Amid relentless Russian strikes, a missile hit an apartment block in Dnipro on Monday, killing "
        "three people, the regional governor said.",
        "2024-06-04",
        lambda rs: [r.fatalities for r in rs] == [3],
    ),
    (
        "The town of Djibo, besieged for over two months, fell to JNIM fighters on Monday, residents said.",
        "2024-06-04",
        lambda rs: len(rs) == 1,
    ),
    # the village told again as the scene of the same attack is one event, its dead counted once
    (
        "Jihadists attacked northern Burkina Faso on Sunday, killing six civilians in Djibo.\n\nIn the "
        "northern village of Bossey Dogabe Peulh, the attackers killed the six and burned the market, a "
        "local official said.",
        "2024-04-22",
        lambda rs: sum(r.fatalities or 0 for r in rs) == 6,
    ),
]

# The thirty-second session's rows: each fails on the code before its change.
STRUCTURE_32 = [
    # a space lost after a period: two sentences, two events at their own places
    (
        "The army said the two forces had clashed in the Al-Shajara area, south of Khartoum, leaving five "
        "RSF fighters dead, Xinhua news agency reported.The RSF, for its part, accused the army of "
        "bombarding residential neighbourhoods in Nyala, the capital of South Darfur State, killing 14 "
        "civilians.",
        "2023-09-04",
        lambda rs: (
            sorted((r.event_type, r.location, r.fatalities) for r in rs)
            == [("Battles", "Khartoum", 5), ("Explosions/Remote violence", "Nyala", 14)]
        ),
    ),
    # a time opening a sentence with no comma before "the ministry reported that" dates the telling: the
    # attack's own day, told later, dates the attack
    (
        "On Saturday the defense ministry reported that at least ten soldiers were killed in an ambush in "
        "Banibangou. The ministry said 13 soldiers were hurt in Friday's attack.",
        "2023-02-12",
        lambda rs: [str(r.event_date) for r in rs] == ["2023-02-10"],
    ),
    # a relative clause ends at the sentence's own verb of telling: the time after it is the event's
    (
        "Not less than seven people have been killed in an attack by gunmen on Kaguru village in Kaduna "
        "state. "
        "A resident of the area who asked not to be named said the attack took place at about 7pm on "
        "Wednesday.",
        "2018-02-01",
        lambda rs: [str(r.event_date) for r in rs] == ["2018-01-31"],
    ),
    # ... not a telling that is the clause's own ("who said on Wednesday that ...")
    (
        "Not less than seven people have been killed in an attack by gunmen on Kaguru village in Kaduna "
        "state. "
        "The attack was condemned by a resident who said on Wednesday that he had fled.",
        "2018-02-01",
        lambda rs: [str(r.event_date) for r in rs] == ["2018-02-01"],
    ),
    # a police picket is a post, not a picket line
    (
        "According to the police, a group of terrorists attacked a police picket located in the limits of "
        "Paharpur police station in Dera Ismail Khan on Friday.",
        "2022-12-31",
        lambda rs: bool(rs) and {r.event_type for r in rs} == {"Battles"},
    ),
    (
        "Workers picketed the factory gates in Lahore on Friday.",
        "2022-12-31",
        lambda rs: [r.event_type for r in rs] == ["Protests"],
    ),
    # a crowd's event told only by the telling's day keeps it: armed men's deed on a day of its own is
    # another event (the police meeting the crowd on a day of their own still date the crowd's)
    (
        "Citing witnesses, Reuters reported on Friday that Iraqi protesters have set fire to a parliament "
        "building in the southern city of Basra. The protesters had gathered to demand the governor's "
        "dismissal after the killing of Reham Yacoub, an activist. He died on Wednesday when unknown gunmen "
        "fired at his car.",
        "2020-08-21",
        lambda rs: (
            sorted((r.event_type, str(r.event_date)) for r in rs)
            == [("Riots", "2020-08-21"), ("Violence against civilians", "2020-08-19")]
        ),
    ),
    (
        "Citing witnesses, Reuters reported on Friday that Iraqi protesters have set fire to a parliament "
        "building in the southern city of Basra. On Thursday police fired tear gas at them.",
        "2020-08-21",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Riots", "2020-08-20")],
    ),
    # a town named Sarin is no nerve agent
    (
        "According to the SDF, three of its fighters travelling from the town of Sarin to the city of Kobani "
        "were attacked by a Turkish drone and killed.",
        "2024-01-01",
        lambda rs: [r.sub_event_type for r in rs] == ["Air/drone strike"],
    ),
    (
        "Government aircraft dropped sarin on Khan Sheikhoun on Tuesday, killing 80 people.",
        "2017-04-05",
        lambda rs: [r.sub_event_type for r in rs] == ["Chemical weapon"],
    ),
    # "in the Belgorod border region" holds the town: one scene, the toll not shared out
    (
        "Ukrainian shelling of the Russian town of Shebekino in the Belgorod border region killed two "
        "civilians today, TASS said.",
        "2022-10-22",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Shebekino", 2)],
    ),
    # the kind of place before "in central Gaza": the area it lies in, no second scene
    (
        "According to witnesses, a Palestinian baby lost his life in an airstrike in the Nuseirat refugee "
        "camp in central Gaza.",
        "2023-10-19",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("An Nuşayrāt", 1)],
    ),
    # a strike told again at a town near the one it was placed at: where it fell (one record)
    (
        "An Israeli air strike killed 11 people in central Gaza on Tuesday, medics said. The strike hit an "
        "encampment near the Al-Aqsa hospital in Deir al-Balah, they said.",
        "2024-10-15",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Dayr al Balaḩ", 11)],
    ),
    # "aircraft-type drones" shot down are drones intercepted, no crewed aircraft downed
    (
        "Russia's Defence Ministry said its forces shot down nine Ukrainian aircraft-type drones over "
        "Belgorod early on Tuesday.",
        "2024-08-06",
        lambda rs: [r.sub_event_type for r in rs] == ["Disrupted weapons use"],
    ),
    # a capital institution told with how it stood ("the heavily barricaded parliament") is in the capital
    (
        "On Tuesday Tunisian police turned water cannons on protesters outside the heavily barricaded "
        "parliament.",
        "2021-01-27",
        lambda rs: [r.location for r in rs] == ["Tunis"],
    ),
    # a group's attack across a border stays where the text puts it
    (
        "Al-Shabaab militants attacked a police post in Mandera on Monday, killing three officers.",
        "2024-01-09",
        lambda rs: [r.location for r in rs] == ["Mandera"],
    ),
]

# A helper's review of the thirty-second session's rules: each row failed on the rule before its mend.
REVIEWED_32 = [
    # the same dead and hurt on two known sides are two counts ("two soldiers ... two militants")
    (
        "Two soldiers were killed and one wounded when their vehicle hit a landmine near Kidal on Sunday. In "
        "the ensuing firefight, two militants were killed and one wounded, the army said.",
        "2023-10-03",
        lambda rs: [r.fatalities for r in rs] == [4],
    ),
    # peacekeepers meet a crowd; armed men firing on the crowd act on the crowd's event
    (
        "Protesters attacked a MONUSCO base in Goma, local media reported on Tuesday. On Monday, "
        "peacekeepers opened fire on the crowd, killing four people.",
        "2022-07-27",
        lambda rs: (
            [(r.event_type, str(r.event_date), r.fatalities) for r in rs] == [("Riots", "2022-07-25", 4)]
        ),
    ),
    (
        "Hundreds of protesters marched in Omdurman against the war, witnesses said on Saturday. On Friday, "
        "RSF militiamen opened fire on the march, killing three.",
        "2024-02-11",
        lambda rs: "2024-02-10" not in [str(r.event_date) for r in rs],
    ),
    # a relative clause's own telling verb after its auxiliary keeps the time in the clause
    (
        "Bandits killed 12 people in Tsafe, police said. Among the dead was a councillor who had reported "
        "threats to police on Monday.",
        "2024-05-18",
        lambda rs: [str(r.event_date) for r in rs] == ["2024-05-18"],
    ),
    # a sentence-opening time before a clause and "and officials said that": the clause's time
    (
        "On Saturday rebels shelled Goma and officials said that five people were killed. Another shell hit "
        "Mugunga camp on Friday night, a camp manager said.",
        "2024-05-06",
        lambda rs: ("Goma", "2024-05-04", 5) in [(r.location, str(r.event_date), r.fatalities) for r in rs],
    ),
    # police who picket protest; sarin opening a sentence is the nerve agent
    (
        "Hundreds of retired police picketed the interior ministry in Abuja on Monday, demanding unpaid "
        "pensions.",
        "2024-01-16",
        lambda rs: [r.event_type for r in rs] == ["Protests"],
    ),
    (
        "Sarin was used in the attack on Khan Sheikhoun on Tuesday that killed at least 80 people, the OPCW "
        "said.",
        "2017-04-20",
        lambda rs: [r.sub_event_type for r in rs] == ["Chemical weapon"],
    ),
]

# A second review, of the later rules: each row failed on the rule before its mend.
REVIEWED_32B = [
    # two strikes with the same toll in two towns, the second dated only by the first: two events
    (
        "Israeli strikes killed two people in Khan Younis on Monday, medics said. In Rafah, two people were "
        "killed when a drone hit a tent.",
        "2024-05-06",
        lambda rs: sorted(r.location for r in rs) == ["Khān Yūnis", "Rafah"],
    ),
    # "The strike hit ..." after a general strike is the labour strike told again
    (
        "A drone strike killed three RSF fighters near Omdurman on Monday. Meanwhile, traders in Port Sudan "
        "began a general strike over fuel prices. The strike hit businesses across the city.",
        "2024-03-04",
        lambda rs: (
            ("Explosions/Remote violence", "Port Sudan") not in [(r.event_type, r.location) for r in rs]
        ),
    ),
    # a strike told again at a place of its own, after one told with its place: one record
    (
        "A Russian drone strike killed two people in Kherson on Sunday. The strike hit a bus stop in the "
        "Dniprovskyi district, officials said.",
        "2024-11-03",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Kherson", 2)],
    ),
    # sarin used, by its capitalised name
    (
        "Syrian government forces used Sarin in an attack on the rebel-held town of Khan Sheikhoun on "
        "Tuesday, killing at least 70 people, rescue workers said.",
        "2017-04-05",
        lambda rs: [r.sub_event_type for r in rs] == ["Chemical weapon"],
    ),
    # a ground and aerial assault is no air strike alone
    (
        "Israeli troops mounted a ground and aerial assault on Jenin refugee camp on Monday, killing eight "
        "Palestinians.",
        "2023-07-03",
        lambda rs: "Air/drone strike" not in [r.sub_event_type for r in rs],
    ),
    # a generic "armed gangs" alias carries no home that moves a town away
    (
        "Armed gangs kidnapped at least 30 passengers travelling on a highway near Kaduna on Sunday, police "
        "said.",
        "2024-03-11",
        lambda rs: [r.location for r in rs] == ["Kaduna"],
    ),
]


STRUCTURE_33 = [
    # a weapon that lands, falls or slams into a place is a remote attack with no verb of attack
    (
        "Rockets landed on and near a base outside of Erbil on Wednesday, the report said. The attack "
        "killed a Turkish soldier.",
        "2021-04-15",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities) for r in rs]
            == [("Explosions/Remote violence", "Erbil", 1)]
        ),
    ),
    (
        "A missile slammed into an apartment block in Dnipro on Monday.",
        "2021-04-15",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", "Dnipro")],
    ),
    # a date inside an armed group's name is no time ("the March 23 Movement": not 23 March, background)
    (
        "In the past 24 hours, militants of the March 23 Movement (M23) killed at least 15 civilians near "
        "Rutshuru in North Kivu province, Radio Okapi reported.",
        "2024-11-03",
        lambda rs: (
            [(r.event_type, str(r.event_date), r.fatalities) for r in rs]
            == [("Violence against civilians", "2024-11-03", 15)]
        ),
    ),
    # an editor's bracket inside a sentence does not end it: one event, not the two halves of one
    (
        "Governor Alexander Bogomaz wrote on Telegram that a man had been killed and another [female] "
        "resident wounded in a Ukrainian drone strike on the city of Bryansk.",
        "2025-04-28",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities) for r in rs]
            == [("Explosions/Remote violence", "Bryansk", 1)]
        ),
    ),
    # what a talk was about is no event ("discussed ... the need to deescalate hostilities in El Fasher")
    (
        "Blinken spoke with General al-Burhan on Wednesday. The Secretary also discussed resuming "
        "negotiations in the Jeddah platform and the need to protect civilians and deescalate hostilities "
        "in El Fasher, North Darfur.",
        "2024-05-30",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", None)],
    ),
    # ... but a relative clause after it tells news of its own
    (
        "The two ministers discussed the attack in which gunmen killed 12 villagers in Kaduna state on "
        "Monday.",
        "2024-05-30",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Violence against civilians", 12)],
    ),
    # a barrage of dozens or hundreds of weapons is one attack, not background ...
    (
        "Russia launched hundreds of drones and missiles at Kyiv overnight, killing four people.",
        "2024-06-12",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities) for r in rs]
            == [("Explosions/Remote violence", "Kyiv", 4)]
        ),
    ),
    # ... unless told as what has been fired over time
    (
        "Hezbollah has fired hundreds of rockets at Israel since October. Thousands of drones have been "
        "launched at Kyiv since the war began.",
        "2024-06-12",
        lambda rs: rs == [],
    ),
    # a town's part the gazetteer lacks, after the town's possessive: in the town
    (
        "Two rockets hit Baghdad's Green Zone late on Sunday.",
        "2024-06-12",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", "Baghdad")],
    ),
    (
        "A mob attacked the home of a Christian man in Sargodha's Mujahid Colony on Saturday.",
        "2024-05-26",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Riots", "Sargodha")],
    ),
    # ground taken told by a participle
    (
        "Russian forces pressed their advance in the eastern Donetsk region, capturing the village of "
        "Novoselivka, the defence ministry said on Sunday.",
        "2024-06-12",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "Novoselivka")],
    ),
    (
        "The army pushed north on Saturday, recapturing the town of Wad Madani from the RSF.",
        "2024-06-12",
        lambda rs: (
            [(r.sub_event_type, r.location) for r in rs] == [("Government regains territory", "Wad Medani")]
        ),
    ),
    # a march through a town is in the town
    (
        "Thousands marched through central London on Saturday in support of Palestinians.",
        "2024-06-12",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "London")],
    ),
    # violence told again as set at a crowd's gathering is that crowd's event: one riot, one count
    (
        "RAMALLAH: Israeli soldiers shot dead a Palestinian teenager during a clash in the occupied West "
        "Bank on Friday, the Palestinian Health Ministry said.\n\nThe violence broke out at a protest "
        "against Israeli settlements near the city of Ramallah\n\nAccording to witnesses, a crowd of young "
        "Palestinians threw stones at Israeli forces, who responded by opening fire.\n\nA 17-year "
        "Palestinian was shot and later died of his wounds, the Health Ministry said.",
        "2021-07-24",
        lambda rs: [(r.event_type, r.location, r.fatalities) for r in rs] == [("Protests", "Ramallah", 1)],
    ),
    # a petrol bomb thrown by a crowd is no explosive device
    (
        "Soldiers fired at Palestinians who were hurling rocks and petrol bombs in Nablus on Thursday, the "
        "military said.",
        "2022-11-03",
        lambda rs: len(rs) == 1 and rs[0].event_type != "Explosions/Remote violence",
    ),
    # a leader receiving a delegation meets it
    (
        "Burkina Faso's junta leader Captain Ibrahim Traoré received a Russian delegation led by deputy "
        "defence minister Yunus-Bek Yevkurov in Ouagadougou on Thursday, the presidency said.",
        "2023-09-01",
        lambda rs: (
            [(r.event_type, r.sub_event_type, r.location) for r in rs]
            == [("Diplomacy", "Meeting", "Ouagadougou")]
        ),
    ),
    # "the Red Sea port of Hodeidah": one scene, the port
    (
        "U.S. and British warplanes struck Houthi targets around the Red Sea port of Hodeidah early on "
        "Saturday, the group's Al-Masirah TV reported, saying one person was killed.",
        "2024-02-24",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Explosions/Remote violence", 1)],
    ),
    # sport and accidents are no conflict events; a strike that brings a building down still is
    (
        "Enyimba stormed to a 3-0 victory over Kano Pillars in Aba on Sunday.",
        "2024-03-11",
        lambda rs: rs == [],
    ),
    (
        "At least 48 people were killed when an artisanal gold mine collapsed in Mali's Kayes region on "
        "Wednesday, officials said. A gas cylinder explosion at a restaurant in Karachi killed four people.",
        "2025-01-30",
        lambda rs: rs == [],
    ),
    (
        "A Russian missile struck a residential building in Dnipro, causing part of it to collapse and "
        "killing 20 people.",
        "2025-01-30",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities) for r in rs]
            == [("Explosions/Remote violence", "Dnipro", 20)]
        ),
    ),
    # a village the gazetteer lacks, "in North and East Syria": no French département Nord
    (
        "AMUDA, Syria — In a statement issued on Friday, the SDF said a Turkish drone attack had taken place "
        "on the Kharbi Khoy village near Amuda in North and East Syria.",
        "2023-07-29",
        lambda rs: [(r.location, r.gazetteer_id) for r in rs] == [("Amuda", "gn:173230")],
    ),
    # ... not a plane that lands, nor snow that falls
    (
        "The president's plane landed in Kyiv on Thursday. Snow fell on Kharkiv.",
        "2021-04-15",
        lambda rs: rs == [],
    ),
]


REVIEWED_33 = [
    # a first review's probes (mended): a bracket's gloss is no party; a count told "and a third injured"
    (
        "Police said two officers were killed and a third [officer] injured when gunmen opened fire on a "
        "patrol in Kashmir's Kupwara district on Sunday.",
        "2024-05-06",
        lambda rs: (
            [(r.event_type, r.actor1) for r in rs] == [("Battles", "Unidentified Armed Group (India)")]
        ),
    ),
    # bombs that fall are dropped from the air; rockets that fall silent and prices that fall are no attack
    (
        "Bombs fell on the town of Kutum throughout the night, residents said on Sunday.",
        "2024-05-12",
        lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Air/drone strike", "Kutum")],
    ),
    (
        "Rockets fell silent along the border on Friday as a truce took hold. The price of bombs fell "
        "sharply on the black market after the ceasefire, traders in Goma said.",
        "2024-04-01",
        lambda rs: rs == [],
    ),
    # weapons smuggled through a country: no scene there
    (
        "RSF fighters armed with weapons smuggled through Chad attacked El Fasher on Friday, killing 20 "
        "civilians, the governor said.",
        "2024-05-11",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("El Fasher", 20)],
    ),
    (
        "Protesters stormed into the final session of parliament in Nairobi on Tuesday.",
        "2024-06-25",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Riots", "Nairobi")],
    ),
    # what was discussed stops at a comma or a clause word: news told after it stands
    (
        "The two presidents discussed the situation in eastern Congo on Friday, hours after M23 rebels "
        "shelled Sake, killing four civilians.",
        "2024-02-16",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Sake", 4)],
    ),
    (
        "Ruto discussed security with police chiefs on Monday after gunmen killed six people in Lamu county "
        "on Sunday.",
        "2024-01-08",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Violence against civilians", 6)],
    ),
    (
        "Officials discussed how bandits abducted 50 villagers in Zamfara's Kaura Namoda area on Sunday.",
        "2024-03-19",
        lambda rs: [r.sub_event_type for r in rs] == ["Abduction/forced disappearance"],
    ),
    (
        "Protesters who had discussed the killings at a town hall meeting marched through Bamako on Friday "
        "to demand justice.",
        "2024-05-10",
        lambda rs: "Protests" in [r.event_type for r in rs],
    ),
    # "amid the ongoing fighting" does not make a dated attack background
    (
        "KHARTOUM (Reuters) - An RSF drone attack killed 12 people at a displacement camp near El Fasher on "
        "Sunday amid ongoing fighting between the army and the paramilitary group, activists said.",
        "2024-06-10",
        lambda rs: [r.fatalities for r in rs] == [12],
    ),
    # an accident is named as the cause, with no armed party and no weapon: not an attack that came after a
    # collapse, in a flood, or with a "lightning raid"
    (
        "A building collapsed after a Russian missile strike in Kharkiv on Sunday, killing three people, the "
        "governor said.",
        "2024-05-26",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Explosions/Remote violence", 3)],
    ),
    (
        "Rebels killed 30 soldiers near Bamenda on Friday after the collapse of the army's defences, a "
        "military source said.",
        "2024-03-09",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 30)],
    ),
    (
        "Gunmen killed seven people in a village in Maiduguri on Sunday amid floods that have displaced "
        "thousands, police said.",
        "2024-09-16",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Violence against civilians", 7)],
    ),
    (
        "Herders killed 18 villagers in Benue state on Monday, days after the outbreak of communal violence "
        "in the area, police said.",
        "2024-04-09",
        lambda rs: [r.fatalities for r in rs] == [18],
    ),
    (
        "JNIM fighters killed 12 soldiers in a lightning raid on an army post near Djibo on Thursday, the "
        "group said.",
        "2024-05-03",
        lambda rs: (
            [(r.actor1, r.fatalities) for r in rs] == [("JNIM: Group for Support of Islam and Muslims", 12)]
        ),
    ),
    (
        "Police shot dead two protesters in Dhaka on Tuesday during demonstrations over a road accident that "
        "killed a student.",
        "2024-08-06",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Protests", 2)],
    ),
    # the violence told again at a demonstration: force against it, the soldiers its second actor (it
    # was a battle whose only actor was the crowd)
    (
        "RAMALLAH (Reuters) - Israeli soldiers shot dead a Palestinian teenager during a clash in the West "
        "Bank on Friday, the Palestinian health ministry said. The violence broke out at a protest against "
        "Israeli settlements near Ramallah.",
        "2024-03-02",
        lambda rs: (
            [(r.sub_event_type, r.location, r.actor2) for r in rs]
            == [("Excessive force against protesters", "Ramallah", "Military Forces of Israel (2022-)")]
        ),
    ),
    # from a second probe suite: where soldiers withdrew to is no scene; a road crash is no attack, though a
    # government's spokesman tells it; a film "stormed to the top" of the box office; a township after a
    # town's possessive; "the Red Sea port city of Hodeidah"
    (
        "OUAGADOUGOU — Jihadist fighters from the al Qaeda-linked JNIM overran the gendarmerie post in "
        "Djibasso, in western Burkina Faso, on Tuesday. Soldiers and VDP volunteers withdrew towards Nouna.",
        "2024-02-07",
        lambda rs: "Nouna" not in [r.location for r in rs],
    ),
    (
        "At least 15 people were killed and 20 injured when a passenger bus collided with a fuel tanker on "
        "the Kabul-Kandahar highway in Ghazni province on Saturday, a Taliban government spokesman said.",
        "2024-06-16",
        lambda rs: rs == [],
    ),
    (
        "Alex Garland's film stormed to the top of the North American box office this weekend.",
        "2024-04-15",
        lambda rs: rs == [],
    ),
    (
        "YANGON — Young activists staged a flash-mob protest in Yangon's Hlaing Township on Thursday "
        "morning.",
        "2024-02-02",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Yangon")],
    ),
    (
        "US and British forces struck Houthi targets in and around the Red Sea port city of Hodeidah late on "
        "Saturday, the Houthi-run Al Masirah TV reported.",
        "2024-02-25",
        lambda rs: len(rs) == 1 and rs[0].location != "Red Sea",
    ),
    # a meeting set by the predicate it is joined to, however long that predicate
    (
        "BAGHDAD — Iranian President Masoud Pezeshkian arrived in Baghdad on Wednesday on his first foreign "
        "trip since taking office, and held talks with Iraqi Prime Minister Mohammed Shia al-Sudani.",
        "2024-09-11",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Baghdad")],
    ),
    # "a sixth soldier" is one more dead
    (
        "Five soldiers were killed in an ambush near Diffa on Monday; a sixth soldier subsequently died.",
        "2024-03-12",
        lambda rs: [r.fatalities for r in rs] == [6],
    ),
]


REVIEWED_33B = [
    # a second review's probes (mended): accidents only as the cause, with no blast told
    (
        "MOGADISHU (Reuters) - An explosion killed six people at a camp for flood victims in Beledweyne on "
        "Tuesday, police said.",
        "2024-05-08",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Explosions/Remote violence", 6)],
    ),
    (
        "Two opposition supporters were killed in Harare on Sunday, days after the ruling party's landslide "
        "victory, the party said.",
        "2023-08-28",
        lambda rs: [r.fatalities for r in rs] == [2],
    ),
    (
        "Five people were killed when a building collapsed after being hit in Kharkiv overnight, the mayor "
        "said.",
        "2024-05-19",
        lambda rs: [r.fatalities for r in rs] == [5],
    ),
    (
        "Floods triggered by the collapse of the Alau dam have killed at least 30 people in Maiduguri, Borno "
        "State, officials said on Wednesday.",
        "2024-09-11",
        lambda rs: rs == [],
    ),
    # a dated event, or one told with what it did, is news though it was discussed
    (
        "NEW YORK (Reuters) - The U.N. Security Council on Monday discussed Saturday's drone strike on the "
        "Zamzam camp near El Fasher.",
        "2024-12-02",
        lambda rs: rs == [],  # (a third review: a date is no sign that a topic is news; the talk's is not)
    ),
    (
        "The two leaders discussed the Israeli strike on a school in Gaza City that killed 30 people on "
        "Saturday.",
        "2024-08-11",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Explosions/Remote violence", 30)],
    ),
    # "through" a place is a scene only when the clause names no other
    (
        "Weapons trafficked through Chad reached RSF fighters who attacked El Fasher on Sunday, killing 12 "
        "people, a UN panel said. Drones flew through Belarus before striking Kyiv overnight, killing two "
        "people, the air force said.",
        "2024-09-02",
        lambda rs: sorted(r.location for r in rs) == ["El Fasher", "Kyiv"],
    ),
    # petrol bombs raining down are no air strike
    (
        "Protesters hurled stones as petrol bombs rained down on police lines in Nairobi on Tuesday, "
        "injuring five officers.",
        "2024-06-26",
        lambda rs: rs and {r.event_type for r in rs} == {"Riots"},
    ),
    # "were killed and the gunmen abducted 20": the gunmen act (the elliptical passive only after a count)
    (
        "Three soldiers were killed and the gunmen abducted 20 passengers from a bus on the Kaduna-Abuja "
        "road on Sunday.",
        "2024-06-10",
        lambda rs: [r.actor1 for r in rs] == ["Unidentified Armed Group"],
    ),
    # "condemned what it called an unprovoked strike": the only telling of the strike
    (
        "Pakistan condemned what it called an unprovoked Indian strike on Muridke on Wednesday.",
        "2025-05-07",
        lambda rs: [r.location for r in rs] == ["Muridke"],
    ),
    # the region's own reading and the peoples named are not the report's places ("Ukrainian drones hit a car
    # driven by Russian military ... north-west of Kyrylivka (Donetsk)": the Donetsk region, not nowhere)
    (
        "Around 1 February 2024 (as reported), Ukrainian FPV-kamikaze drones hit a civilian car driven by "
        "Russian military on a road north-west of Kyrylivka (Donetsk). Casualties unknown.",
        "2024-02-02",
        lambda rs: [r.location is not None for r in rs] == [True],
    ),
    # an editor's gloss on a pronoun names who acted
    (
        "Witnesses said they [RSF fighters] stormed the village of Wad al-Nourah on Wednesday, killing "
        "dozens.",
        "2024-06-06",
        lambda rs: [r.actor1 for r in rs] == ["Rapid Support Forces"],
    ),
]


STRUCTURE_34 = [
    # a later telling with no day of its own names by "the" what the earlier one brought in by "a":
    # one strike, whatever weapon word each telling uses
    (
        "On Friday, an army drone struck a truck in northern Syria, wounding several people, the "
        "monitor said.\n\nThe monitor said the truck was hit with a missile near the village of "
        "Tal Tamr.",
        "2024-03-08",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    # not when the later telling has a day of its own, nor when nothing is named again
    (
        "On Friday, an army drone struck a truck near Raqqa.\n\nOn Saturday, the truck drivers' "
        "depot in Raqqa was hit by a missile.",
        "2024-03-09",
        lambda rs: len([r for r in rs if r.event_type == "Explosions/Remote violence"]) == 2,
    ),
    # a sentence opening on the day before the event told before is dated to that day, and so is the
    # rest of its paragraph; not a day inside a clause
    (
        "On Thursday, August 1, Russian forces shelled Kupiansk, killing a man.\n\nIn addition, the day "
        "before, Velykyi Burluk came under fire. Shelling damaged a house in Velykyi Burluk.",
        "2024-08-01",
        lambda rs: (
            sorted((r.location, str(r.event_date)) for r in rs)
            == [("Kupyansk", "2024-08-01"), ("Velykyi Burluk", "2024-07-31")]
        ),
    ),
    (
        "Students protested in Dhaka on Monday over the killing of a student by police the day before.",
        "2024-07-16",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Protests", "2024-07-15")],
    ),
    # forces described with the country they belong to after "of" are that country's, wherever they fight
    (
        "On Thursday, the Armed Forces of the Russian Federation shelled Kupiansk, killing a man. "
        "Soldiers of Chad clashed with Boko Haram near Bol.",
        "2024-08-01",
        lambda rs: (
            [r.actor1 for r in rs] == ["Military Forces of Russia (2000-)", "Military Forces of Chad (2021-)"]
        ),
    ),
    # what an agreement aims to end is no event, no scene of it and no part of its type; a deal counts
    # no dead (the war's toll is the war's)
    (
        "The foreign ministers of Chad and Sudan signed a peace agreement in Doha on Friday, aimed at "
        "ending years of fighting in Darfur.",
        "2025-06-30",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Strategic developments", "Doha")],
    ),
    (
        "The government and the rebels signed an agreement in Nairobi on Wednesday to cease hostilities, "
        "ending two years of war that has killed thousands of people.",
        "2022-11-03",
        lambda rs: (
            [(r.sub_event_type, r.location, r.fatalities) for r in rs] == [("Agreement", "Nairobi", None)]
        ),
    ),
    # an airfield named after its town lies there: the town is the scene
    (
        "A drone laden with explosives targeted Sulaymaniyah International Airport late on Tuesday, "
        "officials said.",
        "2021-07-07",
        lambda rs: (
            [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", "Sulaymaniyah")]
        ),
    ),
    # a dateline whose agency is written in lower case ("(bdnews24)") is a dateline: its date dates nothing
    (
        "DHAKA, Oct 29 (bdnews24) — A police constable was beaten to death on Saturday as clashes broke out "
        "in Dhaka.\n\nIn Chittagong, police arrested 20 party activists.",
        "2023-10-29",
        lambda rs: [str(r.event_date) for r in rs] == ["2023-10-28", "2023-10-28"],
    ),
    # a possessive before a dwelling names its owner, not a place the gazetteer lacks
    (
        "Clashes broke out in Dhaka on Saturday.\n\nProtesters set fire to a police box near the Chief "
        "Justice's residence.",
        "2023-10-29",
        lambda rs: [r.location for r in rs] == ["Dhaka"],
    ),
    # a crowd carrying photos of the dead is no violent crowd
    (
        "Thousands of people rallied in Dhaka on Tuesday. Students and activists marched from the Central "
        "Shaheed Minar carrying national flags and photos of the dead.",
        "2025-08-06",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Peaceful protest")],
    ),
    # "potential" makes only the noun it modifies hypothetical: the call happened
    (
        "The foreign ministers of Armenia and Azerbaijan discussed a potential peace treaty in a phone call "
        "on Wednesday.",
        "2022-04-14",
        lambda rs: [r.sub_event_type for r in rs] == ["Phone call"],
    ),
    # ...but "possible strikes" and what a force was ordered to do did not happen
    (
        "Officials warned of possible strikes on Kharkiv on Wednesday. Police were ordered to set up "
        "checkpoints in Kharkiv.",
        "2022-04-14",
        lambda rs: rs == [],
    ),
    # a phone talk is a call; a meeting is placed where it "was held", past a quoted topic
    (
        "On Thursday, the foreign ministers of Qatar and Oman reviewed during a phone talk the situation "
        "in Gaza.",
        "2024-10-18",
        lambda rs: [r.sub_event_type for r in rs] == ["Phone call"],
    ),
    (
        'The two ministers held talks on Friday. The meeting to discuss "bilateral ties and issues of '
        'mutual concern" was held in the German city of Bonn.',
        "2017-02-18",
        lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Meeting", "Bonn")],
    ),
    # a caption ending in a bare bracketed credit ("[Agencies]") is furniture: the meeting it shows is old
    (
        "Chinese FM, UN chief discuss Gaza conflict over phone\n\nBEIJING -- Yang Jiechi and Ban Ki-moon "
        "traded views by telephone on Sunday on the situation in the Gaza Strip.\n\nBan Ki-moon shakes "
        "hands with Mahmoud Abbas as Abbas arrives for their meeting on the crisis in Gaza at the United "
        "Nations Headquarters in New York, January 6, 2009. [Agencies]\n\nYang said the resolution must be "
        "observed.",
        "2009-01-11",
        lambda rs: [r.sub_event_type for r in rs] == ["Phone call"],
    ),
    # stun and sound grenades are police force against a crowd, not a grenade attack
    (
        "Security forces fired rubber bullets and tear gas on protesters in Basra on Tuesday, injuring "
        "more than a dozen people. Police also threw stun grenades to disperse the protesters.",
        "2019-10-02",
        lambda rs: [r.event_type for r in rs if r.event_type == "Explosions/Remote violence"] == [],
    ),
    # a verb after "armed with ..." is told
    (
        "A mob armed with machetes attacked a suspected thief in Kisumu on Thursday, killing him.",
        "2017-10-27",
        lambda rs: rs and {r.event_type for r in rs} == {"Riots"},
    ),
    # "set off a homemade bomb" is a bombing; an abandoned temple is no territory handed over
    (
        "On Thursday morning in Yala, insurgents set off a homemade bomb near a unit of rangers resting at "
        "an abandoned temple. Police said the temple has stood abandoned for over 20 years.",
        "2025-01-23",
        lambda rs: [r.sub_event_type for r in rs] == ["Remote explosive/landmine/IED"],
    ),
    # a retelling opened by an attribution ("According to police, the attack took place ...") tells no event
    # of its own
    (
        "Insurgents set off a bomb in Yala province on Thursday, wounding five rangers.\n\nAccording to "
        "police, the attack took place at about 9:55 am at an abandoned temple in Bannang Sata.",
        "2025-01-24",
        lambda rs: len(rs) == 1 and rs[0].injuries == 5,
    ),
    # a village volunteer (one of Manipur's armed village guards) is a militiaman, not a civilian
    (
        "Armed miscreants opened fire on village volunteers guarding the foothills in Bishnupur district on "
        "Thursday, triggering an exchange of fire. One village volunteer was killed and two others injured.",
        "2024-01-19",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    # "in rural Tumaco", "in greater Khartoum": a modifier before the scene's name
    (
        "A soldier was killed on Monday when he stepped on a mine during a patrol in rural Tumaco, Narino "
        "department, the army said.",
        "2023-09-12",
        lambda rs: [r.location for r in rs] == ["Tumaco"],
    ),
    # accidents and disasters: a tanker that overturned and exploded; an earthquake that struck, killing
    # hundreds and destroying villages
    (
        "At least 60 people were killed when a fuel tanker overturned and exploded near Bida in Niger State "
        "on Saturday, the state emergency agency said.",
        "2025-01-19",
        lambda rs: rs == [],
    ),
    (
        "An earthquake of magnitude 6.1 struck eastern Afghanistan near Jalalabad on Sunday, killing "
        "hundreds of people and destroying villages, officials said.",
        "2025-09-01",
        lambda rs: rs == [],
    ),
    # violence only heard, that day at the place of the fighting told, is that fighting
    (
        "Armed clashes resumed on Sunday in the western city of Zawiya, two days after fighting between the "
        "same groups left two people dead on Friday.\n\nOn Sunday, gunfire and explosions were heard again "
        "in the Harsha area in the west of the city, residents said.",
        "2021-03-29",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    # two places, each with its own day after it, in one clause
    (
        "Israeli missiles struck targets near Homs on Friday and hit the area of Hama airport on Sunday, "
        "state media said.",
        "2022-01-03",
        lambda rs: (
            sorted((r.location, str(r.event_date)) for r in rs)
            == [("Homs", "2021-12-31"), ("Ḩamāh", "2022-01-02")]
        ),
    ),
]


# Found by the thirty-fourth session's review: regressions of its first rules, mended
REVIEWED_34 = [
    # what people carried blocks only a means of force named in its list, never the verb after it
    (
        "Gunmen armed with rifles shot dead five farmers in Bokkos on Sunday.",
        "2024-06-30",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities) for r in rs]
            == [("Violence against civilians", "Bokkos", 5)]
        ),
    ),
    (
        "Fighters carrying heavy weapons overran an army post near Diffa on Sunday.",
        "2024-06-30",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (
        "A drone carrying explosives hit an oil depot in Bryansk on Sunday.",
        "2024-06-30",
        lambda rs: [(r.sub_event_type, r.location) for r in rs] == [("Air/drone strike", "Bryansk")],
    ),
    (
        "A helicopter carrying troops was shot down by rebels near Lashio on Tuesday.",
        "2024-07-16",
        lambda rs: [r.location for r in rs] == ["Lashio"],
    ),
    (
        "Militants armed with machetes attack villagers in Beni; 20 dead",
        "2024-07-15",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Beni", 20)],
    ),
    # a news paragraph may end with its source in brackets: no caption
    (
        "Gunmen killed 12 people in a village in Zamfara state on Sunday, police said. [Reuters]",
        "2024-06-25",
        lambda rs: [r.fatalities for r in rs] == [12],
    ),
    (
        "Israeli strikes killed at least 20 Palestinians in Gaza City on Tuesday, medics said. [Agencies]",
        "2024-06-25",
        lambda rs: [r.fatalities for r in rs] == [20],
    ),
    # "admitted in a statement that a hospital in X" is no care of the wounded
    (
        "The RSF admitted in a statement that a hospital in Kadugli was hit by its artillery on Sunday, "
        "killing three patients.",
        "2024-05-14",
        lambda rs: [r.location for r in rs] == ["Kadugli"],
    ),
    (
        "Government troops have now abandoned the town of Kutum, residents said on Sunday.",
        "2024-06-02",
        lambda rs: [r.sub_event_type for r in rs] == ["Non-violent transfer of territory"],
    ),
    # "ending more than a year of fighting": the war's, not a clash
    (
        "BEIRUT (Reuters) - Lebanon and Israel agreed on a ceasefire on Tuesday, ending more than a year of "
        "fighting that killed nearly 4,000 people in Lebanon.",
        "2024-11-26",
        lambda rs: [r.event_type for r in rs] == ["Strategic developments"],
    ),
    # police of a country are its police; a state whose file names only a unit is described
    (
        "Police of Nigeria arrested 30 suspected kidnappers in Kaduna on Monday.",
        "2024-05-13",
        lambda rs: [r.actor1 for r in rs] == ["Police Forces of Nigeria"],
    ),
    (
        "Soldiers of Iran clashed with Jaish al-Adl militants in Saravan on Tuesday, killing four.",
        "2024-04-02",
        lambda rs: [r.actor1 for r in rs] == ["Military Forces of Iran"],
    ),
]


# Found by the thirty-fourth session's second review: regressions of its later rules and first mends, mended
REVIEWED_34B = [
    # a background year inside a noun phrase does not date the clause's own event (that rule was dropped)
    (
        "Supporters of the 2023 coup marched in Niamey on Sunday, waving Russian flags.",
        "2024-05-06",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Protests", "2024-05-05")],
    ),
    # what was carried blocks only a means of force with no verb between ("carrying shields fired tear gas")
    (
        "Riot police carrying shields fired tear gas at protesters in Dhaka on Sunday.",
        "2024-08-05",
        lambda rs: [r.sub_event_type for r in rs] == ["Protest with intervention"],
    ),
    (
        "Officers wielding batons lobbed tear gas canisters at students in Dhaka on Monday.",
        "2024-08-05",
        lambda rs: [r.sub_event_type for r in rs] == ["Protest with intervention"],
    ),
    # a weapon someone was armed with is still the weapon used
    (
        "A man armed with a grenade threw it into a crowd at a bus stop in Srinagar on Sunday, wounding 10 "
        "people.",
        "2024-11-04",
        lambda rs: [r.sub_event_type for r in rs] == ["Grenade"],
    ),
    # a news paragraph ending in a bare credit is news; only a caption with its photo's full date is furniture
    (
        "Israeli air strikes killed 12 people in Rafah on Tuesday. [Reuters]",
        "2024-05-08",
        lambda rs: [r.fatalities for r in rs] == [12],
    ),
    # the hospital struck is the scene, however the wounded were treated there
    (
        "An RSF drone struck the hospital where the wounded were being treated at the Babiker Nahar Hospital "
        "in El Fasher on Friday, killing nine.",
        "2024-05-08",
        lambda rs: [r.location for r in rs] == ["El Fasher"],
    ),
    # a village named with its region keeps its place after "rural"; "Greater" stays in names
    (
        "Bandits stormed Kwanar Dutse village in rural Zamfara on Sunday, killing 12 residents.",
        "2024-06-10",
        lambda rs: [r.location for r in rs] == ["Kwanar Dutse"],
    ),
    (
        "Fighting broke out in Greater Upper Nile on Sunday, officials said.",
        "2024-06-10",
        lambda rs: [r.location for r in rs] == ["Greater Upper Nile"],
    ),
]


# Found by the thirty-fourth session's third review, mended
REVIEWED_34C = [
    # what was heard merges only when told alone, after the event, in a sentence of its own
    (
        "KHARTOUM (Reuters) - The army and the Rapid Support Forces clashed near the Wadi Sayidna base in "
        "Omdurman on Sunday, residents said. Heavy explosions were heard across Omdurman as RSF shells "
        "struck a market, killing 12 civilians, medics said.",
        "2024-02-12",
        lambda rs: sorted(r.event_type for r in rs) == ["Battles", "Explosions/Remote violence"],
    ),
    (
        "GOMA, Congo (Reuters) - Gunfire and explosions were heard in Goma on Monday morning. Later that day "
        "M23 rebels shelled the Mugunga displacement camp in Goma, killing seven people, the U.N. said.",
        "2024-05-06",
        lambda rs: any(r.event_type == "Explosions/Remote violence" and r.fatalities == 7 for r in rs),
    ),
    # force used by police armed with batons is an intervention
    (
        "KAMPALA (Reuters) - Police armed with batons threw tear gas at opposition supporters in Kampala on "
        "Monday.",
        "2024-07-23",
        lambda rs: [r.sub_event_type for r in rs] == ["Protest with intervention"],
    ),
    # days told before their places are not shared out by what follows each place
    (
        "BEIRUT (Reuters) - Israeli jets struck on Friday near Baalbek and on Sunday near Tyre, Lebanese "
        "security sources said.",
        "2024-10-21",
        lambda rs: ("Baalbek", "2024-10-18") in [(r.location, str(r.event_date)) for r in rs],
    ),
    # a disaster told in its own clause before another does not make that clause an accident
    (
        "KABUL (Reuters) - Two weeks after an earthquake struck Herat, an explosion tore through a Shi'ite "
        "mosque in Pul-e-Khumri on Friday, killing 17 worshippers.",
        "2023-10-14",
        lambda rs: "Pul-e-Khumri" in [r.location for r in rs],
    ),
    # the town of a named hospital the wounded were treated at stays the scene when the report names no
    # other (a first mend dropped it: the fourth review)
    (
        "KARACHI (Reuters) - A bomb exploded near a police van on Monday, wounding eight officers who were "
        "treated at Jinnah Hospital in Karachi.",
        "2024-05-28",
        lambda rs: [r.location for r in rs] == ["Karachi"],
    ),
]


STRUCTURE_35 = [
    # a passive's agent named with its event word, an adjective or two before it
    (
        "KYIV (Reuters) - Three people were killed in the latest Russian missile attack on Kharkiv on "
        "Tuesday, the mayor said.",
        "2024-07-03",
        lambda rs: [(r.actor1, r.fatalities) for r in rs] == [("Military Forces of Russia (2000-)", 3)],
    ),
]


REVIEWED_35 = [
    # the target named after the event word is no agent
    (
        "MAIDUGURI, Nigeria (Reuters) - Four villagers were killed in an airstrike targeting ISWAP suicide "
        "bombers near Marte on Sunday, residents said.",
        "2024-07-03",
        lambda rs: len(rs) == 1 and "Islamic State" not in (rs[0].actor1 or ""),
    ),
    (
        "KYIV (Reuters) - Three people were killed in a strike targeting Russian artillery positions near "
        "Kupiansk on Monday, officials said.",
        "2024-07-03",
        lambda rs: len(rs) == 1 and "Russia" not in (rs[0].actor1 or ""),
    ),
]


STRUCTURE_36 = [
    # a dateline opens its sentence even when the line above it (headline, byline, time stamp) ends
    # in an abbreviation, so that the lede is read with its own place and day; an institution of the
    # nation approached or marched on sits in its capital
    (
        "Sri Lanka police tear gas protesters opposed to president By A REPORTER, Associated Press May 28,"
        " 2022 Updated: May 28, 2022 1:38 p.m.\nCOLOMBO, Sri Lanka (AP) — On Saturday, police in Sri Lanka "
        "used tear gas and water cannons to break up demonstrators who were trying to approach the "
        "president's office to demand he resign.\nThe demonstrators had rallied to mark the 50th day of "
        "protests in which they have camped outside the office. Police dispersed the rally.",
        "2022-05-28",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Protests", "Colombo", "2022-05-28")]
        ),
    ),
    (
        "Hundreds of students marched on the prime minister's office in Nepal on Monday, demanding cheaper "
        "fees.",
        "2024-03-05",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Kathmandu")],
    ),
]


STRUCTURE_37 = [
    # the lede with no scene of its own is the body's first event, not more of its headline: a later
    # sentence gives it its place and day
    (
        "Gunmen kill 6 police in ambush in Mexico\n\nMEXICO CITY (AP) — Authorities in western Mexico are "
        "searching for gunmen who ambushed a police convoy and killed six officers. The governor of "
        "Michoacan said on Saturday that the attack took place Thursday in the municipality of Aguililla.",
        "2019-10-19",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat(), r.fatalities) for r in rs]
            == [("Battles", "Aguililla", "2019-10-17", 6)]
        ),
    ),
    # a sentence dated by a year long past tells another event: its dead are not this one's
    (
        "Police fired tear gas at protesters in Nairobi on Tuesday. The march marked the day in 1990 when "
        "20 people were killed in clashes in Kenya.",
        "2020-07-08",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Nairobi", None)],
    ),
    # a lede told in a division only, then told precisely within it: one event
    (
        "Soldiers have beaten back an attack by jihadists on an army post in Borno State.\nThe militants "
        "were said to have invaded Malam Fatori II, a village near the town of Damasak, at about 3am "
        "yesterday, a resident told reporters.",
        "2023-03-28",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Battles", "Damasak", "2023-03-27")]
        ),
    ),
    # an address from the smallest place out: a barangay the gazetteer lacks (a namesake lies far away)
    # within the town after it, one scene with the whole count, the rebels of the NPA armed men
    (
        "Soldiers of the Philippine Army's 8th Infantry Division killed two members of the New People's "
        "Army (NPA) in an encounter in Barangay San Jose, Mapanas, Northern Samar, on Wednesday.",
        "2025-08-28",
        lambda rs: (
            [(r.event_type, r.location, r.fatalities, r.geonameid) for r in rs]
            == [("Battles", "San Jose", 2, 1701296)]
        ),
    ),
    # a crowd gathered to show its anger protests; "tear-gas" is tear gas, and supporters dispersed a crowd
    (
        "On Wednesday, supporters of an opposition leader gathered outside a courtroom in Dakar to show "
        "their anger.",
        "2021-11-10",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Dakar")],
    ),
    (
        "Police in Lusaka fired tear-gas on Wednesday to disperse some 100 supporters of the opposition.",
        "2015-01-21",
        lambda rs: (
            [(r.event_type, r.sub_event_type, r.location) for r in rs]
            == [("Protests", "Protest with intervention", "Lusaka")]
        ),
    ),
    # a report's loosest developments with no day of their own beside events of its own are their setting;
    # told alone, they stand
    (
        "Gunmen opened fire on a village in Kangpokpi district on Thursday night, killing two people.\n\n"
        "Army personnel were deployed to patrol the area in Kangpokpi.",
        "2025-08-30",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (
        "Army personnel were deployed to patrol the area in Kangpokpi on Friday.\n\nThe deployment followed "
        "weeks of tension in the district.",
        "2025-08-30",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs]
            == [("Strategic developments", "Change to group/activity")]
        ),
    ),
    # a list of towns is no address
    (
        "Airstrikes hit Aleppo, Idlib, Hama and Homs on Wednesday.",
        "2025-08-28",
        lambda rs: len(rs) == 4,
    ),
    # a place after the name of the area that holds it, in the possessive, is a place
    (
        "Thousands of farmers held a rally against the new land law in Punjab’s Ludhiana as the dispute with "
        "the state government entered its third month.",
        "2024-09-09",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Ludhiana")],
    ),
]


REVIEWED_33C = [
    # a third review's probes (mended): a talk's own date does not make its topic news
    (
        "The governor discussed the attack on Tsafe with traditional rulers on Friday. The president "
        "discussed last week's ambush in Tillaberi with his defence chiefs in Niamey on Wednesday.",
        "2024-07-24",
        lambda rs: rs == [],
    ),
    # a journey through a place is no scene, even when the scene is a place the gazetteer lacks
    (
        "JNIM fighters who crossed through Niger attacked a Burkinabe army post at Seytenga on Tuesday.",
        "2024-06-26",
        lambda rs: "Niger" not in [r.location for r in rs],
    ),
    (
        "JNIM fighters moving through Niger ambushed a Burkinabe patrol near Markoye on Tuesday.",
        "2024-06-26",
        lambda rs: [r.location for r in rs] == ["Markoye"],
    ),
    # an overturn told after the attack that caused it, or while fleeing one, is no accident
    (
        "Gunmen opened fire on a minibus near Gusau on Sunday, and three passengers were killed when the "
        "vehicle overturned as the driver tried to escape.",
        "2024-09-12",
        lambda rs: 3 in [r.fatalities for r in rs],
    ),
    # storming to the top of a hill is an assault; of the box office, no event
    (
        "M23 rebels stormed to the top of the hill overlooking Sake on Tuesday, seizing army positions.",
        "2024-07-24",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    # an earlier event set after the arrests keeps its own dead
    (
        "Soldiers detained 50 suspects in Tillaberi. The arrests come after gunmen killed 12 soldiers at a "
        "post near Tera on Sunday.",
        "2024-07-24",
        lambda rs: 12 in [r.fatalities for r in rs],
    ),
    # a gloss on a pronoun names an armed actor, not who fled
    (
        "Residents said they [the villagers] fled after soldiers shelled Kutkai on Monday.",
        "2024-06-26",
        lambda rs: [(r.actor1, r.actor2) for r in rs] == [("Military Forces of Myanmar", None)],
    ),
]


STRUCTURE_38 = [
    # the sentences after the lede that tell a time before it ("the day in 1990 when violent protests broke
    # out") are no words of its event: police meeting a march with tear gas is a protest met by force
    (
        "On Tuesday, police fired tear gas at students marching against police brutality in Nairobi, "
        "arresting dozens. The march was held to mark a national day. It marks the day in 1990 when violent "
        "protests broke out across Kenya.",
        "2020-07-08",
        lambda rs: (
            [(r.event_type, r.sub_event_type, r.location) for r in rs]
            == [("Protests", "Protest with intervention", "Nairobi")]
        ),
    ),
    # a time to come ("a summit slated for later this month") dates no event told as news: talks held with
    # no day of their own are the report's
    (
        "The foreign ministers of China and Japan have held talks in Beijing to prepare a summit slated for "
        "later this month.",
        "2024-05-14",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Beijing", "2024-05-14")],
    ),
    # a habit told in a clause set under the event's ("as the two neighbours sought to mend ties that have
    # frayed in recent years") does not make the meeting background
    (
        "China's foreign minister and his Japanese counterpart met in Beijing on Monday, discussing trade as "
        "the two neighbours sought to mend ties that have frayed in recent years.",
        "2024-05-14",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Diplomacy", "Beijing", "2024-05-13")]
        ),
    ),
    # "the summit that is due to take place in Seoul": a meeting to come, no event
    (
        "The foreign ministers of China and Japan met in Beijing on Monday. They agreed to prepare the "
        "summit that is due to take place in Seoul.",
        "2024-05-14",
        lambda rs: [r.location for r in rs] == ["Beijing"],
    ),
    # "Tuesday's vote" dates the vote, not the vigil told in the clause; "Tuesday's attack" its own event
    (
        "Supporters kept a vigil in Lusaka where results from Tuesday's vote were expected to be released.",
        "2015-01-21",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Lusaka", "2015-01-21")],
    ),
    (
        "Tuesday's attack on a market in Maiduguri killed five people, police said on Thursday.",
        "2015-01-22",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Maiduguri", "2015-01-20")],
    ),
    # a headline drops the passive's auxiliary: the elder "shot dead" is the victim, and the headline retells
    # the body's killing; a district the gazetteer lacks is put in the headline's scene, not in the place
    # its victim came from
    (
        "Clan elder from Hiiraan shot dead in Mogadishu\n\nMOGADISHU - A clan elder was shot dead by gunmen "
        "in the Dharkeenley district on Tuesday night.",
        "2022-09-21",
        lambda rs: (
            [(r.event_type, r.location, r.geonameid) for r in rs]
            == [("Violence against civilians", "Dharkeenley", 53654)]
        ),
    ),
    # the places of a crowd's grievance ("in protest at Israel's storming of hospitals in Gaza") are no scene
    (
        "Riot police fired teargas on Sunday to drive back hundreds of demonstrators marching on the Israeli "
        "embassy in Amman in protest at Israel's storming of hospitals in Gaza.",
        "2024-03-25",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Amman")],
    ),
    # places listed as the subject that "have witnessed several attacks": what they have known, no event
    # (a number inside the subject, "The three northeastern states of", is no count of one)
    (
        "The army said on Sunday it had retaken Chibok. The three northeastern states of Adamawa, Borno and "
        "Yobe have witnessed several attacks by Boko Haram.",
        "2014-11-17",
        lambda rs: [r.location for r in rs] == ["Chibok"],
    ),
    # "who" tells of a person: the day in its clause is his killing's, not the blast's told before
    (
        "An explosion inside a mosque in Faizabad has killed two people.\n\nThe mourners were attending the "
        "funeral of Maulvi Ahmadi, the deputy governor of Badakhshan, who was killed on his way to work on "
        "Tuesday.",
        "2023-06-08",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Fayzabad", "2023-06-08")],
    ),
    # a day told in the future ("which will be marked on Thursday, November 15") dates no protest held
    (
        "Ahead of Independence Day, which will be marked on Thursday, November 15, Palestinians held "
        "protests in Hawara near Nablus and threw stones at soldiers.",
        "2012-11-14",
        lambda rs: {r.event_date.isoformat() for r in rs} == {"2012-11-14"},
    ),
    # "an aid worker said the strike at Mai Tsebri happened on Monday and killed 17": the drone strike the
    # lede told, dated only by its telling, placed and dated by the sentence that retells it
    (
        "Seventeen civilians have been killed in a drone strike on a town in Tigray, aid workers told AFP on "
        "Tuesday.\n\nOne of the aid workers said the strike at Mai Tsebri happened on Monday afternoon and "
        "killed 17 civilians.",
        "2022-01-11",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Explosions/Remote violence", "Mai Tsebri", "2022-01-10")]
        ),
    ),
    # the last read's cases: "as well as" opens no clause of its own (the habit is the sentence's); a "who"
    # clause after the sentence's subject is the event's own; "were due to" a cause puts nothing off
    (
        "Jihadists attack army posts near Djibo as well as civilians almost daily.",
        "2023-06-08",
        lambda rs: rs == [],
    ),
    (
        "Gunmen, who arrived on motorbikes on Tuesday, killed 12 villagers in Zurmi.",
        "2023-06-08",
        lambda rs: [(r.location, r.event_date.isoformat()) for r in rs] == [("Zurmi", "2023-06-06")],
    ),
    (
        "The clashes in Bentiu on Monday were due to a land dispute, officials said.",
        "2024-05-14",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "Bentiu")],
    ),
]


STRUCTURE_39 = [
    # a source is seated where it speaks from ("A military source in Maiduguri said"): the count it gives
    # joins the event told before it, at that event's place
    (
        "Islamist militants attacked an army patrol near Damboa on Tuesday. A military source in Maiduguri "
        "said three of the gunmen were killed during the fight.",
        "2021-11-03",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Damboa", 3)],
    ),
    # a claim of responsibility is no claim of the event: a bombing "that the group claimed" occurred
    (
        "At least eight soldiers were killed on Sunday in a roadside bombing near Dhusamareb that the Al "
        "Shabaab extremist group claimed.",
        "2021-02-08",
        lambda rs: (
            [(r.status, r.sub_event_type, r.fatalities) for r in rs]
            == [("occurred", "Remote explosive/landmine/IED", 8)]
        ),
    ),
    (
        "Al Shabaab claimed responsibility for a roadside bombing that killed eight soldiers near Dhusamareb "
        "on Sunday.",
        "2021-02-08",
        lambda rs: [r.status for r in rs] == ["occurred"],
    ),
    # a claim of the event itself stays one
    (
        "The army claimed that it killed 20 militants near Dhusamareb on Sunday.",
        "2021-02-08",
        lambda rs: [(r.status, r.fatalities) for r in rs] == [("claimed", 20)],
    ),
    # the district named after its town, and the town: one place ("outside Dhusamareb, a district in
    # central Somalia"), so one event with the lowest toll
    (
        "At least eight soldiers were killed on Sunday in a roadside bombing in Dhusamareb district. The "
        "blast ripped through a military vehicle just outside Dhusamareb town. Al Shabaab said it had "
        "killed 14 soldiers.",
        "2021-02-08",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Dhuusamarreeb", 8)],
    ),
    # "occupation forces" are a state's forces on another's soil: state forces (an arrest, not a riot),
    # external, and of the state the text names, never of the place's country
    (
        "Israeli occupation forces arrested 13 Palestinians in Anata on Monday.",
        "2020-11-17",
        lambda rs: (
            [(r.sub_event_type, r.actor1, r.inter1) for r in rs]
            == [("Arrests", "Military Forces of Israel (2022-)", 8)]
        ),
    ),
    (
        "The occupation forces stormed the town of Anata and arrested 13 Palestinians on Monday.",
        "2020-11-17",
        lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Military Forces", 8)],
    ),
    # the place a clause opens with is what befell it, after a time told first and with "came under"
    (
        "On May 12, Kharkiv was shelled by Russian forces.",
        "2023-05-13",
        lambda rs: [r.location for r in rs] == ["Kharkiv"],
    ),
    (
        "Kharkiv came under a massive missile attack on Friday.",
        "2023-05-13",
        lambda rs: [r.location for r in rs] == ["Kharkiv"],
    ),
    (
        "Late on Sunday, Kherson and Mykolaiv were shelled.",
        "2023-05-13",
        lambda rs: sorted(r.location for r in rs) == ["Kherson", "Mykolayiv"],
    ),
    # a call that "went unanswered" never took place (not a march after a petition that went unanswered)
    (
        "Eye Radio's phone calls to Lakes Information Minister Cabiet Ayang went unanswered.",
        "2024-07-11",
        lambda rs: rs == [],
    ),
    (
        "Protesters marched in Nairobi on Monday after their petition went unanswered.",
        "2023-05-09",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Nairobi")],
    ),
    # (the last read) local or medical sources are where it happened; "came under criticism after" places
    # nothing; a claim after "a gain which" is still a claim; "occupying troops" are an occupier's
    (
        "A medical source in Kadugli said RSF shelling killed five people on Monday.",
        "2023-05-09",
        lambda rs: [r.location for r in rs] == ["Kadugli"],
    ),
    (
        "Washington came under criticism after its drones struck a wedding party on Monday, killing 12.",
        "2023-05-09",
        lambda rs: [r.location for r in rs] == [None],
    ),
    (
        "Russian forces captured the village of Ocheretyne, a gain which the Defence Ministry claimed.",
        "2023-05-09",
        lambda rs: [r.status for r in rs] == ["claimed"],
    ),
    (
        "Occupying troops shelled Nikopol on Monday, killing a woman.",
        "2023-05-09",
        lambda rs: [(r.actor1, r.inter1) for r in rs] == [("Military Forces", 8)],
    ),
]


# The fortieth session's structural readings (tuning folders news97 and news98).
STRUCTURE_40 = [
    # a report that speaks from the day its lede was told ("the ISPR said on Tuesday"): an event it tells
    # with no day of its own is that day's, not the day of publication
    (
        "RAWALPINDI: Security forces killed seven terrorists in two operations in North Waziristan, the ISPR "
        "said on Tuesday.\nOne more terrorist was eliminated in a separate operation near Bannu.",
        "2025-12-03",
        lambda rs: (
            ("Bannu", "2025-12-02", 1) in [(r.location, r.event_date.isoformat(), r.fatalities) for r in rs]
        ),
    ),
    # the communiques' verbs of killing ("eliminated", "neutralised" people), not of things destroyed
    (
        "Backed by air support, the Niger Armed Forces eliminated at least 22 terrorists near Tera on "
        "Monday.",
        "2025-12-03",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Tera", 22)],
    ),
    (
        "Troops neutralised 12 drones over Kharkiv on Monday.",
        "2025-12-03",
        lambda rs: [(r.sub_event_type, r.fatalities) for r in rs] == [("Disrupted weapons use", None)],
    ),
    # "troops engaged the militants": an engagement
    (
        "Troops engaged the militants near Bannu on Monday.",
        "2025-12-03",
        lambda rs: [(r.location, r.event_type) for r in rs] == [("Bannu", "Battles")],
    ),
    # one speaker's seat ("a government official in Marib told Xinhua that ..."), when what was told names
    # another place; where it names none, or the same place again, the seat is the scene
    (
        "Earlier in the day, a Yemeni government official in Marib told Xinhua on condition of anonymity "
        "that the Saudi-led coalition carried out airstrikes on Houthi rebels battling government forces in "
        "Nehm district and in Sanaa.",
        "2020-01-23",
        lambda rs: "Marib" not in [r.location for r in rs],
    ),
    (
        "A police official in Kherson said a drone strike killed two people in the city on Monday.",
        "2020-01-23",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Kherson", 2)],
    ),
    # a later sentence's time told of another of its kind ("a similar joint operation ... late last night")
    # does not date the event told before: that stays the report's day
    (
        "Srinagar: Two militants were killed in a gunfight with security forces in Pulwama district, "
        "official sources said.\nSecurity forces had launched a similar joint operation at Awantipora late "
        "last night.",
        "2017-07-03",
        lambda rs: ("Battles", "2017-07-03") in [(r.event_type, r.event_date.isoformat()) for r in rs],
    ),
    # a scene the gazetteer lacks, in the division its sentence names after it ("in South Sudan's northern
    # Unity State"), not in the division of the town the report was filed from (Juba's)
    (
        "Juba [Sudan], July 22 (ANI/Xinhua): A rebel attack in Mayom County on Friday left at least 12 "
        "soldiers dead and 13 others wounded in South Sudan's northern oil-rich Unity State.",
        "2022-07-22",
        lambda rs: [(r.location, r.admin1) for r in rs] == [("Mayom County", "Unity")],
    ),
    # ... but not a division that is part of a group's name ("the Sagaing District People Defense Force")
    (
        "MANDALAY - Resistance fighters struck the Kan Gyi Kone village base before dawn on Wednesday, "
        "according to the Sagaing District People Defense Force.",
        "2023-07-06",
        lambda rs: "the division its sentence names after it" not in " ".join(r.notes for r in rs),
    ),
    # a headline's town named as its province is ("Pattani bomb blast") retells the body's event in that
    # province's district: one event
    (
        "Army ranger, volunteer hurt in Pattani bomb blast\n\nPATTANI - A roadside bomb exploded on a road "
        "in Mayo district of Pattani on Tuesday afternoon, injuring an army ranger and a ranger volunteer.",
        "2025-05-13",
        lambda rs: [r.location for r in rs] in (["Mayo"], ["Amphoe Mayo"]),  # (the town, or its district)
    ),
    # ... not a town told as a town ("in Katsina metropolis") over an event elsewhere in its state
    (
        "Residents of Shola Quarters in Katsina metropolis have been kidnapped\n\nIn a related development, "
        "bandits have abducted 13 people from Natsinta village, in Jibia local government area.",
        "2022-08-07",
        lambda rs: sorted(r.location for r in rs) == ["Jibia", "Katsina"],
    ),
    # a relative clause in the present tells who an actor is ("separatists who are fighting the army and
    # demanding independence"), no event; a town "that is being shelled" is news as it goes on
    (
        "Three gendarmes were killed in northwestern Cameroon on Sunday by separatists who are fighting the "
        "army and demanding independence for the English-speaking regions.",
        "2021-06-21",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (
        "Residents of Kherson, a city that is being shelled by Russian forces, fled on Monday.",
        "2023-05-09",
        lambda rs: "Explosions/Remote violence" in [r.event_type for r in rs],
    ),
    # what has happened over time, told below the report's opening in the present perfect with no time of
    # its own and in no other sentence, is background; the lede's perfect is the news
    (
        "Houthi drone boat hits ship off Hodeidah\n\nA Houthi drone boat struck a bulk carrier off Hodeidah "
        "on Tuesday, the UKMTO said.\n\nThe crew were unhurt.\n\nThe ship was sailing to Egypt.\n\nDespite a "
        "U.S.-led campaign, the Houthis "
        "have damaged dozens of ships in the Red Sea and sunk two.",
        "2024-10-01",
        lambda rs: [r.location for r in rs] == ["Al Ḩudaydah"],
    ),
    (
        "LAGOS, Nigeria (AP) - Gunmen have abducted 15 students from a school in Zamfara state, police said.",
        "2021-08-15",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    # one person killed, named with an age ("shot dead nine-year-old Ayat"); not a group ("three-year-old
    # twins", "17-year-old Palestinian boys")
    (
        "On Sunday a Houthi sniper in Shiaab, Taiz, shot dead nine-year-old Ayat Mohammed Hazaa as she was "
        "wandering around her house.",
        "2018-10-29",
        lambda rs: [r.fatalities for r in rs] == [1],
    ),
    (
        "Soldiers killed 17-year-old Palestinian boys near Nablus on Monday.",
        "2018-10-29",
        lambda rs: [r.fatalities for r in rs] == [None],
    ),
]


# A helper's probes of the fortieth session's rules, against the code before them: each misreading found,
# mended (its rule narrowed) and kept here.
REVIEWED_40 = [
    # "another" of people, not of events, does not stop a later sentence's time dating the event
    (
        "Gunmen attacked a checkpoint in Bannu, killing three soldiers, officials said. Another two soldiers "
        "were wounded in the attack, which took place late on Sunday.",
        "2024-05-14",
        lambda rs: [r.event_date.isoformat() for r in rs] == ["2024-05-12"],
    ),
    # things neutralised are no dead; a race's eliminated candidates are no dead; talks are no engagement
    (
        "Troops neutralised three terrorist hideouts and recovered weapons in the Sambisa forest in Borno "
        "State on Sunday, the army said.",
        "2024-05-14",
        lambda rs: [r.fatalities for r in rs] == [None],
    ),
    (
        "Protesters clashed with police in Kinshasa on Monday after two opposition candidates were "
        "eliminated from the presidential race, witnesses said.",
        "2024-05-14",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Riots", None)],
    ),
    (
        "Government negotiators engaged the rebels in talks in Addis Ababa on Monday, the African Union "
        "said.",
        "2024-05-14",
        lambda rs: "Battles" not in [r.event_type for r in rs],
    ),
    # a speaker's seat stays the scene when what was told names no other town ("an Israeli strike")
    (
        "A health official in Gaza told AFP that an Israeli strike killed 12 people sheltering in a school "
        "on Tuesday, Hamas-run media said.",
        "2024-05-14",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Gaza", 12)],
    ),
    # where the attackers fled is no division of the scene
    (
        "GUSAU, Nigeria - Bandits attacked Kadauri village, killing 15 residents, before fleeing into the "
        "forests of Katsina State, police said.",
        "2024-05-14",
        lambda rs: ("Kadauri", "Zamfara") in [(r.location, r.admin1) for r in rs],
    ),
    # a headline's event of another type than the body's stands: not dropped for the province it names
    (
        "Protesters rally in Kharkiv\nRussian shelling killed two civilians in Kupiansk on Monday, the "
        "regional governor said.",
        "2024-05-14",
        lambda rs: sorted(r.event_type for r in rs) == ["Explosions/Remote violence", "Protests"],
    ),
    # an actor described while it fights keeps its part in what it did
    (
        "Somali troops who are fighting Al-Shabaab in Middle Shabelle captured the town of Adan Yabaal on "
        "Monday, the army said.",
        "2024-05-14",
        lambda rs: [r.actor2 for r in rs] == ["Military Forces of Somalia (2022-)"],
    ),
    # a fresh event in the perfect below the opening, with its dead or at a town, stands
    (
        "Attack in Borno\nBoko Haram fighters killed seven farmers in Mafa on Monday, residents said.\nThe "
        "farmers were working on their fields.\nA resident said the attackers came on motorcycles.\nThree "
        "soldiers have been killed in a separate attack in Dikwa, a military source said.",
        "2024-05-14",
        lambda rs: "Dikwa" in [r.location for r in rs],
    ),
    (
        "Renewed clashes in Tripoli\nRival militias clashed in Tripoli on Monday, killing five, the health "
        "ministry said.\nThe fighting erupted after a militia leader was detained.\nResidents stayed indoors."
        "\nGunmen have also stormed a hospital in Zawiya, staff said.",
        "2024-05-14",
        lambda rs: "Zawiya" in [r.location for r in rs],
    ),
]


STRUCTURE_41 = [
    # a road, highway or toll plaza blocked by a crowd is a protest, whatever names the road; blocked
    # by an armed subject (police, rebels), a measure of force, no protest
    (
        "Farmers blocked the Rohtak-Panipat highway near Makrauli toll plaza on Sunday.",
        "2025-06-10",
        lambda rs: [(r.event_type, r.event_date.isoformat()) for r in rs] == [("Protests", "2025-06-08")],
    ),
    (
        "Hostage families and protesters blocked the Ayalon highway in Tel Aviv on Thursday.",
        "2025-06-10",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Tel Aviv")],
    ),
    (
        "Police blocked the road leading to the parliament in Nairobi on Monday.",
        "2025-06-10",
        lambda rs: rs == [],
    ),
    (
        "M23 rebels blocked the main road to Goma on Monday.",
        "2025-06-10",
        lambda rs: rs == [],
    ),
    (
        "Police officers blocked the road in Nairobi on Monday to protest unpaid salaries.",
        "2025-06-10",
        lambda rs: [r.event_type for r in rs] == ["Protests"],
    ),
    # a venue the gazetteer lacks, then its town ("at State House, Nairobi"): the town is the scene; not
    # when the words before the comma are a place themselves, or end in a kind of place
    (
        "President Hassan Sheikh Mohamud met President William Ruto at State House, Nairobi on Saturday.",
        "2024-05-19",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Diplomacy", "Nairobi", "2024-05-18")]
        ),
    ),
    (
        "Myanmar's junta bombed a village monastery in Saw Township, Magwe Region, on Thursday.",
        "2024-05-10",
        lambda rs: [r.location for r in rs] == ["Saw Township"],
    ),
    # abductions told by what was done with the people ("taken away by gunmen", "seized passengers",
    # "took six passengers into the bush"), not by the word "abducted"
    (
        "Four people travelling near Zaria were taken away by gunmen on Saturday.",
        "2019-09-11",
        lambda rs: (
            [(r.sub_event_type, r.location) for r in rs] == [("Abduction/forced disappearance", "Zaria")]
        ),
    ),
    (
        "Gunmen seized passengers travelling in a bus near Auchi on Friday.",
        "2019-09-11",
        lambda rs: (
            [(r.sub_event_type, r.location) for r in rs] == [("Abduction/forced disappearance", "Auchi")]
        ),
    ),
    (
        "Troops seized the town of Singa on Monday.",
        "2019-09-11",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    # a time between the teller and the verb of telling is the telling's ("Police on Tuesday confirmed
    # that ... on Saturday"), not the event's
    (
        "Police on Tuesday confirmed that gunmen abducted four people near Kaduna on Saturday.",
        "2019-09-11",
        lambda rs: [r.event_date.isoformat() for r in rs] == ["2019-09-07"],
    ),
    (
        "Gunmen on Tuesday killed four people near Kaduna.",
        "2019-09-11",
        lambda rs: [r.event_date.isoformat() for r in rs] == ["2019-09-10"],
    ),
    # the last read's probes: a noun "block", a road blocked by no party, a speaker's workplace before a
    # town, people led away by police, the time of a telling with no "that"
    (
        "A landslide blocked the highway near Kisumu on Monday.",
        "2024-06-05",
        lambda rs: rs == [],
    ),
    (
        "Roadblocks went up across Nairobi on Monday as protests spread.",  # no party named: still a protest
        "2024-06-05",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Nairobi")],
    ),
    (
        "Israeli forces demolished an apartment block near a roundabout in Gaza City on Monday.",
        "2024-06-05",
        lambda rs: [r.event_type for r in rs] == ["Strategic developments"],
    ),
    (
        "Maj-Gen Edward Buba, speaking at Defence Headquarters, Abuja, said troops killed 35 terrorists in "
        "Gwoza on Thursday.",
        "2024-06-05",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Gwoza", 35)],
    ),
    (
        "Protesters were led away by police in Nairobi on Monday.",
        "2024-06-05",
        lambda rs: all(r.sub_event_type != "Abduction/forced disappearance" for r in rs),
    ),
    (
        "Troops seized residents' homes in Goma on Monday.",
        "2024-06-05",
        lambda rs: all(r.sub_event_type != "Abduction/forced disappearance" for r in rs),
    ),
    (
        "The ministry on Monday said it shot down 20 drones launched overnight over Kursk.",
        "2024-06-05",
        lambda rs: [r.event_date.isoformat() for r in rs] == ["2024-06-03"],
    ),
    (
        "Rockets were fired at towns in the Golan Heights, Tel Aviv announced on Monday.",
        "2024-06-05",
        lambda rs: [r.location for r in rs] == ["Golan Heights"],
    ),
]


STRUCTURE_42 = [
    # arrests of protesters are the demonstration met with force (ACLED's protest with intervention),
    # not an arrest; arrests of suspects stay arrests
    (
        "Police arrested 20 protesters in Kampala on Monday.",
        "2025-06-03",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Protest with intervention")]
        ),
    ),
    (
        "Police arrested four suspected militants in Kampala on Monday.",
        "2025-06-03",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Strategic developments", "Arrests")],
    ),
    # the victim of the first event word is not the agent of another told in a relative clause after it
    # ("a family that had fled threats": the family fled; it did not shoot)
    (
        "The Sunday night shooting in the town of Tuxpan targeted a family that had fled threats from "
        "members of organized crime.",
        "2013-08-13",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    # a visit's or talks' place is where the journey ended ("flew to Nairobi ... on an official visit")
    (
        "Sudan's foreign minister flew to Nairobi on Thursday on an official visit.",
        "2025-01-24",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Nairobi")],
    ),
    (
        "Sudan's foreign minister travelled on Thursday to Nairobi for talks with Kenyan officials.",
        "2025-01-24",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Nairobi")],
    ),
    # a meeting told in an office (a ministry, a secretariat) and no town is in the dateline's town
    (
        "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari on Sunday hosted Acting Foreign Minister of "
        "Afghanistan Amir Khan Muttaqi at the Ministry of Foreign Affairs.",
        "2023-05-08",
        lambda rs: (
            [(r.event_type, r.location, r.event_date.isoformat()) for r in rs]
            == [("Diplomacy", "Islamabad", "2023-05-07")]
        ),
    ),
    # ... and with no office, counterparts who met where no town is told are at the dateline's town too
    # (session 52: on the news folders' tuning and check parts alike, more such meetings are right there
    # than wrong)
    (
        "ISLAMABAD: Foreign Minister Bilawal Bhutto Zardari on Sunday met his counterpart.",
        "2023-05-08",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Islamabad")],
    ),
    # ... the last read's probes: not a journey told in a relative clause, nor one after the meeting
    (
        "President Ruto, who went to Beijing in October, held talks with Xi Jinping by phone on Monday.",
        "2024-05-14",
        lambda rs: all(r.location != "Beijing" for r in rs),
    ),
    (
        "Zelensky flew to Washington on Wednesday after meeting Polish President Andrzej Duda.",
        "2024-05-14",
        lambda rs: all(r.location != "Washington" for r in rs),
    ),
    # ... nor a named palace, which may lie abroad, at the dateline's town
    (
        "NEW DELHI — Prime Minister Narendra Modi held talks with President Emmanuel Macron at the Elysee "
        "Palace on Friday.",
        "2024-05-14",
        lambda rs: all(r.location != "New Delhi" for r in rs),
    ),
    # arrests apart from the demonstration stay arrests ("at their homes ... days after the protests")
    (
        "CARACAS — Venezuelan intelligence agents arrested eight demonstrators at their homes in Caracas on "
        "Thursday, days after the protests against the election result had ended.",
        "2024-08-09",
        lambda rs: [r.sub_event_type for r in rs] == ["Arrests"],
    ),
    (
        "Police arrested three suspects in Lagos on Monday over the killing of a protester last week.",
        "2024-05-14",
        lambda rs: all(r.event_type != "Protests" for r in rs),
    ),
    # a building's word alone, capitalised, is no place the gazetteer lacks ("the Embassy of Qatar")
    (
        "Sheikh Mohammed presided on Monday over an extraordinary meeting of the foreign ministers of "
        "the GCC countries, held at the Embassy of Qatar in Tashkent, to discuss developments in the region.",
        "2025-06-03",
        lambda rs: all(r.location != "Embassy" for r in rs),
    ),
    # arms seized "from them" are things taken from people, not people taken: an arrest, no abduction;
    # people seized stay an abduction
    (
        "Security forces arrested four people in Manipur and seized arms and ammunition from them "
        "on Wednesday.",
        "2023-10-26",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Strategic developments", "Arrests")],
    ),
    (
        "Gunmen seized twenty passengers from a bus near Kaduna on Wednesday.",
        "2023-10-26",
        lambda rs: [r.sub_event_type for r in rs] == ["Abduction/forced disappearance"],
    ),
    # a crowd's rocks are no strike from afar: "hit by rocks thrown by the masked youth" in a clash of
    # protesters and police is a riot
    (
        "Two people were hurt during the clash between the masked protesters and the police on Ayala "
        "Bridge in Manila on Sunday, both of whom were hit by rocks thrown by the masked youth.",
        "2025-09-21",
        lambda rs: rs and {r.event_type for r in rs} == {"Riots"},
    ),
    # background told as such is read at its own time with honest precision (the screen may leave it
    # out of the report: tests/data/expected/paris-talks.yaml)
    (
        "French President Emmanuel Macron hosted European leaders for emergency talks in Paris on Monday. "
        "Macron later spoke by phone with Donald Trump.\n\nLast week, Ukraine and Russia exchanged "
        "prisoners, each side releasing 150 captives.",
        "2025-02-20",
        lambda rs: (
            [(r.sub_event_type, r.time_precision, r.date_start, r.date_end) for r in rs][-1]
            == ("Agreement", 2, dt.date(2025, 2, 10), dt.date(2025, 2, 16))
        ),
    ),
    (
        "The Rapid Support Forces shelled the Abu Shouk camp near El Fasher on 13 September, killing at "
        "least 12 civilians, medics said.\n\nFighting between the Sudanese army and the RSF continued in "
        "Omdurman last week.",
        "2024-09-15",
        lambda rs: (
            [(r.event_type, r.location, r.time_precision, r.date_start) for r in rs][-1]
            == ("Battles", "Omdurman", 2, dt.date(2024, 9, 2))
        ),
    ),
]


STRUCTURE_44 = [
    # a name measured from a town after it, its kind word between ("Alamada village, about 20 km
    # northwest of"): the gazetteer's Alamada (the Philippines) does not fit the measure; a point
    # computed from Mogadishu's
    (
        "A roadside bomb hit a commando convoy on Tuesday in Alamada village, about 20 km northwest of "
        "Mogadishu.",
        "2016-03-01",
        lambda rs: (
            [(r.country, r.geo_precision) for r in rs] == [("Somalia", 2)]
            and rs[0].geometry["coordinates"][0] < 45.3
            and rs[0].geometry["coordinates"][1] > 2.1
        ),
    ),
]

# an ACLED note's opening label names the development (data/lexicon/note_labels.yaml), whatever
# else its clause tells; without the label the same clause is a battle
STRUCTURE_45 = [
    (
        "Movement of forces: On 4 June 2021, army reinforcements arrived at the front near Marib as "
        "fighting with the Houthis continued.",
        "2021-06-10",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs]
            == [("Strategic developments", "Change to group/activity")]
        ),
    ),
    (
        "On 4 June 2021, army reinforcements arrived at the front near Marib as fighting with the Houthis "
        "continued.",
        "2021-06-10",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (  # raiders who "struck" and made off with goats struck on the ground, not from afar; the
        # guns they took (the next sentence) are no strike's weapon
        "Suspected bandits attacked a village near Kapedo on Monday, killing two herders. The bandits "
        "struck in daylight and made away with hundreds of goats. They also escaped with guns belonging "
        "to the reservists.",
        "2021-06-08",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (  # ... while a ship struck, a missile named after it, stays a strike from afar
        "Houthi rebels struck a cargo ship in the Red Sea on Monday. The attack used an anti-ship "
        "ballistic missile.",
        "2021-06-08",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    (  # a point measured from a town is the scene, not the district the town lies in (issue 12)
        "An explosion on Saturday morning near a dam, 13 kilometres east of Khar town in Bajaur District, "
        "killed two policemen.",
        "2021-11-13",
        lambda rs: (
            [(r.location, r.geo_precision) for r in rs] == [("Khar", 2)]
            and rs[0].geometry["coordinates"][0] > 71.6
        ),
    ),
    (  # ... a distance with no bearing is a ring round the town: the state told stays the scene
        "Gunmen killed 12 people in a village in Borno State, about 100 km from Maiduguri, on Tuesday.",
        "2021-11-13",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Borno", 3)],
    ),
    (  # a town's countryside ("a village in northwestern Kirkuk", "the Idlib countryside") is the
        # division named after it, drawn as an area, not the town
        "ISIS militants stormed a village in northwestern Kirkuk on Tuesday, killing five people.",
        "2017-07-18",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Kirkuk", 3)],
    ),
    (
        "Government forces shelled a village in the Idlib countryside on Tuesday, killing five people.",
        "2017-07-18",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Idlib", 3)],
    ),
    (  # "the countryside of Idleb" (a spelling of Idlib): the governorate
        "On 3 May 2020, regime forces shelled Kafr Oweid in the southern countryside of Idleb.",
        "2020-05-03",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Idlib", 3)],
    ),
    (  # ... only a division of the town's own name: Jos's is no Plateau State
        "Gunmen attacked a village in Jos on Tuesday, killing five people.",
        "2017-07-18",
        lambda rs: [(r.location, r.geo_precision) for r in rs] == [("Jos", 1)],
    ),
    (  # ... but a village of its own name in a town's district is placed at the town
        "Gunmen invaded Tofa village in Bungudu on Saturday and killed four residents.",
        "2021-06-06",
        lambda rs: ("Bungudu", 1) in {(r.location, r.geo_precision) for r in rs},
    ),
    (  # "the country's north" is not the country named as a reference point ("the Niger border")
        "Eight soldiers have been killed in an attack in the country's restive north, security sources "
        "said.\n\nJihadists ambushed the troops on Monday close to the Niger border near Sebba, leaving "
        "four dead.",
        "2020-05-13",
        lambda rs: rs and {r.country for r in rs} == {"Burkina Faso"},
    ),
    (  # police who "intervened" with no crowd told met no protest; tear gas tells of a crowd
        "Residents tried to lynch a suspected thief at the market in Parakou on Tuesday. The police "
        "intervened and rescued him.",
        "2022-04-27",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Riots", "Mob violence")],
    ),
    (  # a protest told in the sentence before is the crowd the police met
        "Opposition supporters protested in Conakry on Monday. Security forces intervened, injuring five.",
        "2022-04-27",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Protest with intervention")]
        ),
    ),
    (
        "Police fired tear gas at youths blocking the main road in Parakou on Tuesday.",
        "2022-04-27",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Protest with intervention")]
        ),
    ),
    (  # a state's forces taking ground from a non-state group named regain it
        "The army took control of a CODECO militia stronghold near Saliboko on Thursday after clashes with "
        "the militiamen.",
        "2020-05-08",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Battles", "Government regains territory")]
        ),
    ),
    (  # a party's supporters beating a rival, no demonstration told: mob violence; protesters who
        # throw stones: a violent demonstration
        "Supporters of the ruling party's candidate assaulted and injured a rival candidate with rods in "
        "Natore on Monday.",
        "2024-05-07",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Riots", "Mob violence")],
    ),
    (
        "Protesters threw stones at police and torched a bus in Natore on Monday.",
        "2024-05-07",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Riots", "Violent demonstration")],
    ),
    (  # men who shoot are armed, no mob; one man is no mob; villagers beating thieves are one
        "Police said unidentified men who shot dead three village watchmen near a school in Buluan on "
        "Monday had fled.",
        "2022-05-10",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (
        "A man stabbed his neighbour to death in Buluan on Monday.",
        "2022-05-10",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (
        "Villagers beat two suspected thieves to death in Buluan on Monday.",
        "2022-05-10",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Riots", "Mob violence")],
    ),
    (  # ... and a headline's opening word is no label: a note's label goes on with a date
        "Strikes: Israeli jets pound Gaza City overnight, killing 14\n\nIsraeli jets struck Gaza City "
        "overnight, killing 14 people, medics said.",
        "2023-11-02",
        lambda rs: rs and all(r.event_type == "Explosions/Remote violence" for r in rs),
    ),
    (  # "Buluan, Maguindanao": a town and the region it lies in (the gazetteer lacking the region),
        # one place: the toll is not divided over them; a list of two known towns still is
        "Gunmen shot dead three village watchmen near a voting center in Buluan, Maguindanao on Monday.",
        "2022-05-10",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Buluan", 3)],
    ),
    (
        "Russian shelling killed four civilians in Nikopol, Marhanets on Monday.",
        "2022-05-10",
        lambda rs: sorted((r.location, r.fatalities) for r in rs) == [("Marhanets", 2), ("Nikopol", 2)],
    ),
    (  # ... nor an opener of place words before a number
        "Strikes: In Gaza City overnight, 14 people were killed by Israeli air strikes, medics said.",
        "2023-11-02",
        lambda rs: rs and all(r.event_type == "Explosions/Remote violence" for r in rs),
    ),
    (  # a label only opens a note: the same words later in a report are no label
        "Army reinforcements arrived near Marib on Friday as fighting with the Houthis continued. "
        "Movement of forces: the army said more units were on their way.",
        "2021-06-05",
        lambda rs: rs and rs[0].event_type == "Battles",
    ),
]


STRUCTURE_46 = [
    (  # fire on a demonstration is force met by it, not an armed clash; a post of the forces after
        # "near" is the scene's landmark, not whom the fire fell on
        "On Sunday, soldiers opened fire on a protest staged by the group near a checkpoint outside the "
        "town of Miran Shah, killing at least four activists.",
        "2021-06-08",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs]
            == [("Protests", "Excessive force against protesters")]
        ),
    ),
    (  # protests and clashes told together: the crowd's clashes
        "Anti-government protests and clashes broke out in several places in Srinagar on Thursday.",
        "2021-06-11",
        lambda rs: [r.event_type for r in rs] == ["Riots"],
    ),
    (  # a clash between things no party is a figure of speech; marchers detained: a protest met with force
        "In a notable clash between political aspirations and law enforcement, scores of Congress "
        "activists were detained on Sunday during a march for statehood in Jammu.",
        "2021-06-08",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Protest with intervention")]
        ),
    ),
    (  # ... but detentions the crowd wants undone are its cause
        "On Sunday, protesters gathered in Tripoli and demanded the immediate release of activists who "
        "were detained in recent demonstrations in the city.",
        "2021-06-08",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Protests", "Peaceful protest")],
    ),
    (  # a relative clause told long going on is background to its subject: the main verb after it is
        # the event ("took" resumes the clause); "Rakhine State" a division named with its kind
        "The Arakan Army, which has been fighting the military regime for territory since a ceasefire "
        "ended in November 2023, took a junta camp in Rakhine State last Thursday.",
        "2024-05-06",
        lambda rs: (
            [(r.event_type, r.location, str(r.event_date)) for r in rs]
            == [("Battles", "Rakhine", "2024-05-02")]
        ),
    ),
    (  # an undated clause told as going on is dated on the report's day, not the lede's
        "Rebels captured the town of Kalay last Thursday.\n\nFighting continues in Rakhine State.",
        "2024-05-06",
        lambda rs: (
            [(r.location, str(r.event_date)) for r in rs]
            == [("Kalemyo", "2024-05-02"), ("Rakhine", "2024-05-06")]
        ),
    ),
    (  # background in a protest's grievance ("left unpaid for months") is the grievance's, not the protest's
        "Civil servants and their supporters began mass protests in the city of Kano on Wednesday over "
        "salaries left unpaid for months.",
        "2021-06-11",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Protests", "Kano")],
    ),
    (  # an attack "blamed on" a side: that side is its agent, not its victim
        "At least 40 civilians were killed on Sunday in an attack blamed on the paramilitary Rapid Support "
        "Forces (RSF) in Wad Madani.",
        "2024-09-16",
        lambda rs: [(r.event_type, r.inter1, r.inter2) for r in rs] == [("Violence against civilians", 2, 7)],
    ),
    (  # an operation told only by the people it captured is an arrest; a forecast is no event
        "A security operation involving several military and police units captured two FARC dissidents "
        "in Medellin on Saturday. Further military operations are possible in the coming days.",
        "2020-04-12",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Strategic developments", "Arrests")],
    ),
    (  # a place after the comma closing a relative clause is the main clause's scene
        "On Wednesday, the junta leaders met the envoys representing President Bola Tinubu, who also chairs "
        "the Economic Community of West African States (ECOWAS), a regional grouping, in Niger's capital "
        "of Niamey, a government source said.",
        "2023-08-09",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Niamey")],
    ),
    (  # "in late 2014" is a year long past: background; "efforts to organise a meeting" name an aim
        "Air strikes hit a bus near Hodeidah on Tuesday, killing eight. The rebels seized the port city in "
        "late 2014. He also mentioned Egypt's efforts to organise a meeting in Cairo for Libyan leaders.",
        "2018-11-13",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    (  # a country's "engagement in" seeking peace is no military engagement
        "While the details of the conversations remain undisclosed, the talks highlight Turkey's "
        "engagement in seeking peace in the volatile region.",
        "2025-05-30",
        lambda rs: [r.event_type for r in rs if r.event_type == "Battles"] == [],
    ),
    (  # "targetted", the spelling with two t's, is the verb of a strike or attack too
        "Armed men targetted the villages with automatic weapons in Imphal East district on Friday.",
        "2023-06-24",
        lambda rs: len(rs) == 1,
    ),
    (  # the town of the sources the news was "learned from" is their seat, not the scene
        "Five soldiers were killed on Monday in an attack by separatists, the paper learned from defense "
        "sources in Yaounde. The ambush took place in Bamenda.",
        "2020-06-03",
        lambda rs: [r.location for r in rs] == ["Bamenda"],
    ),
    (  # "firing" a remote weapon, as "fired" one, is the strike
        "Militants rammed a car into an army post near Gao on Sunday before firing rockets.",
        "2017-05-08",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    # the last read's probes (forty-sixth session): each rule kept to what it is for
    (
        "It is likely that ISWAP fighters attacked the army base in Monguno on Monday.",
        "2021-06-10",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (
        "More violence is expected after gunmen killed 12 villagers in Zamfara on Sunday.",
        "2021-06-10",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (
        "Soldiers captured the militants' stronghold near Bulo Burte on Sunday.",
        "2023-05-08",
        lambda rs: "Arrests" not in [r.sub_event_type for r in rs],
    ),
    (
        "Ten villagers were killed in Zamfara on Sunday, according to a statement attributed to the police.",
        "2021-06-08",
        lambda rs: [(r.event_type, r.inter1) for r in rs] != [("Violence against civilians", 1)],
    ),
    (
        "A bomb went off near a police vehicle in Peshawar on Monday.",
        "2021-06-08",
        lambda rs: [r.inter2 for r in rs] == [1],
    ),
    (
        "Gunmen opened fire shortly after midnight on soldiers guarding a checkpoint in Kurram on Monday.",
        "2021-06-08",
        lambda rs: [r.inter2 for r in rs] == [1],
    ),
    (
        "Unidentified gunmen opened fire on a protest in Baghdad on Monday, killing three demonstrators.",
        "2021-06-08",
        lambda rs: [r.sub_event_type for r in rs] != ["Excessive force against protesters"],
    ),
    (
        "Government troops resumed their march against al-Shabaab strongholds in Middle Shabelle on Monday.",
        "2021-06-08",
        lambda rs: "Protests" not in [r.event_type for r in rs],
    ),
    ("Villagers have protested against the dam in Kano for years.", "2021-06-08", lambda rs: rs == []),
    (
        "Five militants were killed in the army's engagement with insurgents near Kismayo on Monday.",
        "2021-06-08",
        lambda rs: [r.inter1 for r in rs] == [1],
    ),
    (
        "Police said protests and clashes between rival militias rocked Tripoli on Monday.",
        "2021-06-08",
        lambda rs: "Riots" not in [r.event_type for r in rs],
    ),
    (  # a village named with a division whose name joins two with "and"
        "Srinagar, Oct 26: Six CRPF jawans were injured when militants hurled a grenade at the security "
        "forces in Karannagarpora, Jammu and Kashmir.",
        "2019-10-26",
        lambda rs: [shape(r.geometry).contains(Point(74.8, 34.08)) for r in rs] == [True],  # Srinagar in it
    ),
]


STRUCTURE_47 = [
    (  # a relative clause after an event word that tells only whom it harmed: what the blast did
        "There has been no claim of responsibility for the blast, which also wounded 19 people in Kabang "
        "town in Adamawa state.",
        "2014-06-02",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs]
            == [("Explosions/Remote violence", "Remote explosive/landmine/IED")]
        ),
    ),
    (  # ... not one that tells an event of its own
        "Troops repelled the attack, which came after militants ambushed a convoy near Gao on Monday.",
        "2021-06-08",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (  # a place that has seen months of fighting: background, no event
        "The province has seen months of fighting between Iraqi troops and IS militants, especially in the "
        "Hamrin mountains.",
        "2018-07-08",
        lambda rs: rs == [],
    ),
    (  # the lede's event's own day, not the day it was told, dates the story told after it
        "On Monday, US Africa Command said it had carried out an airstrike in Somalia against al-Shabaab on "
        "January 25.\n\nAccording to the command, the strike consisted of two separate engagements "
        "outside of Xaradheere, Somalia, a coastal town.",
        "2023-01-31",
        lambda rs: [(r.location, str(r.event_date)) for r in rs] == [("Xarardheere", "2023-01-25")],
    ),
    (  # "another execution": the event word a noun, the people before it those it killed, not its agents
        "In Mosul, 50 people were killed in yet another execution.",
        "2015-08-10",
        lambda rs: [r.event_type for r in rs] == ["Violence against civilians"],
    ),
    (  # tear gas at people named for who they are, no crowd or demonstration told: an attack on them
        "On 2 May 2020, Israeli forces fired tear gas canisters at Palestinian farmers in their lands near "
        "Khan Yunis. No injuries were reported.",
        "2020-05-02",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Violence against civilians", "Attack")]
        ),
    ),
    (  # ... but met by a crowd, a demonstration's
        "On Friday, police fired tear gas at protesters in Nairobi.",
        "2020-05-02",
        lambda rs: [r.event_type for r in rs] == ["Protests"],
    ),
    (  # a city of millions by another of its names, abroad from a dateline; a name set off by commas
        # between the meeting and its venue
        "MOSCOW (Sputnik) - Russian Foreign Minister Sergey Lavrov held a meeting with his Turkish "
        "counterpart, Hakan Fidan, at the UN headquarters in New York, the ministry said on Tuesday.",
        "2024-01-23",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "New York City")],
    ),
    (  # ... not the first word of a longer name ("Madinat al Salah" is no Medina)
        "On 7 May 2020, pro-Houthi forces fired machine guns at the east of Madinat al Salah (Al Hali, "
        "Al Hudaydah). No fatalities reported.",
        "2020-05-07",
        lambda rs: [r.country for r in rs] == ["Yemen"],
    ),
    (  # "a visit to the capital Niamey": the visit's own "to", the capital's title between
        "A delegation from ECOWAS met this Saturday with the leader of Niger's military junta, General "
        "Abdourahmane Tiani, during a visit to the capital Niamey.",
        "2023-08-20",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Niamey")],
    ),
]

STRUCTURE_49 = [
    (  # "After talks ... in the Somali capital, Mogadishu, ...": the comma after the kind opens no clause
        "After bilateral talks Saturday in the Somali capital, Mogadishu, the two leaders said in a "
        "statement that their countries would step up trade.",
        "2018-06-17",
        lambda rs: (
            [(r.event_type, r.location, str(r.event_date)) for r in rs]
            == [("Diplomacy", "Mogadishu", "2018-06-16")]
        ),
    ),
    (  # "Following last week's capture ...": that capture's day; the lede's strikes are "today"
        "Following last week's capture of Jarabulus, Turkish officials said their target was the Kurds. "
        "They underlined this today with a flurry of attacks.\n\nTurkish warplanes pounded the village of "
        "Jub al-Kousa, south of Jarabulus, killing 20 civilians.",
        "2016-08-28",
        lambda rs: (
            [str(r.event_date) for r in rs if r.event_type == "Explosions/Remote violence"] == ["2016-08-28"]
        ),
    ),
    (  # "Bombing is being conducted by land and sea": the present, going on; the capture stays a capture
        "The Arakan Army has seized the town of Ponnagyun in Rakhine state from the junta on Sunday.\n\n"
        "Bombing is being conducted by land and sea as well as from the air.",
        "2024-03-19",
        lambda rs: [r.sub_event_type for r in rs] == ["Non-state actor overtakes territory"],
    ),
    (  # "accuse each other of attacks on civilians, rape and looting": conduct in general, not this clash
        "On Saturday, the rebel group clashed with government troops in Mukaya Payam, north of Yei town.\n\n"
        "The government army and the rebel commanders accuse each other of attacks on civilians, rape and "
        "looting.",
        "2019-01-29",
        lambda rs: [r.event_type for r in rs] == ["Battles"],
    ),
    (  # "ahead of an expected offensive": the forces' move is told, the offensive is not (yet)
        "On 3 June 2021, RSF reinforcements arrived in El Fasher (El Fasher, North Darfur) ahead of an "
        "expected offensive.",
        "2021-06-10",
        lambda rs: "Battles" not in [r.event_type for r in rs],
    ),
]


STRUCTURE_50 = [
    (  # "then moved on to attack X village": X is where it happened, though the gazetteer lacks it
        "On 28 January the jihadists attacked Ibala village in Meluco district and killed at least six "
        "people.\n\nThe same group then moved on to attack Zolwakuni village, where they murdered at least "
        "eight people.",
        "2022-01-31",
        lambda rs: "Zolwakuni" in [r.location for r in rs],
    ),
    (  # an event told for the first time after "after" (the indefinite article) is news, dated by its day
        "Rifles were recovered by soldiers after a clash with NPA rebels in Baao on Friday morning.",
        "2020-03-14",
        lambda rs: (
            [(r.event_type, r.location, str(r.event_date)) for r in rs] == [("Battles", "Baao", "2020-03-13")]
        ),
    ),
    (  # ... not one the background's time places in the past
        "Tension in the West Bank has been high because of the war on the Gaza Strip, begun after a "
        "Hamas attack last year.",
        "2024-12-04",
        lambda rs: rs == [],
    ),
    (  # an arrest demanded is none made
        "The family demanded the arrest of the killers in Firozpur Jhirka on Friday.",
        "2023-02-25",
        lambda rs: rs == [],
    ),
    (
        "Village elders in Firozpur Jhirka called for the immediate arrest of the killers on Friday.",
        "2023-02-25",
        lambda rs: rs == [],
    ),
    (  # a village the gazetteer lacks, in a second-level division too small for an outline: mapped as part
        # of that division (drawn at its settlements' centre), not of the whole of Borno
        "On 5 May 2022, gunmen killed 2 herders in Kuka village (Dikwa, Borno).",
        "2022-05-12",
        lambda rs: (
            [(r.location, r.geometry["type"]) for r in rs] == [("Kuka", "Polygon")]  # Dikwa's, not Borno's
            and shape(rs[0].geometry).area < 0.5
            and "Kuka is not in the gazetteer within Dikwa; mapped as part of it." in rs[0].notes
        ),
    ),
    (  # "Boni forest (Lamu West, Lamu)": in Kenya's Lamu, not Bonn (one of whose names is "Boni")
        "On 5 May 2022, Kenyan soldiers killed 5 al-Shabaab militants in Boni forest (Lamu West, Lamu).",
        "2022-05-12",
        lambda rs: [(r.location, r.country, r.inter1) for r in rs] == [("Boni", "Kenya", 1)],
    ),
    (  # a lede's total told again place by place, the same day in the same division: the parts are the events
        "Israeli strikes kill 15 in Gaza\n\nCAIRO, March 3 (Reuters) - Israeli air strikes killed at least "
        "15 Palestinians in the southern Gaza Strip on Sunday, health officials said.\n\nEight people were "
        "killed when a strike hit a house in Rafah, and seven others died in a strike in Khan Younis.",
        "2024-03-03",
        lambda rs: sorted(r.fatalities for r in rs) == [7, 8],
    ),
    (  # a teller of its own means' deed is its agent
        "On Monday, Sudan's army said its aircraft had struck RSF positions east of El Fasher.",
        "2024-06-11",
        lambda rs: (
            [(r.actor1, r.actor2) for r in rs]
            == [("Military Forces of Sudan (2019-)", "Rapid Support Forces")]
        ),
    ),
    (  # a state's forces taking ground abroad: ACLED's external actor; the village taken is no civilian side
        "Russian forces captured the village of Novobakhmutivka in Ukraine's Donetsk region on Sunday.",
        "2024-04-21",
        lambda rs: (
            [(r.sub_event_type, r.actor2) for r in rs] == [("Non-state actor overtakes territory", None)]
        ),
    ),
]


STRUCTURE_51 = [
    (  # the subject's own party acts, not the one backing it
        "Somali government forces backed by local clan militias recaptured the town of Mahas in the Hiiraan "
        "region on Tuesday.",
        "2021-06-09",
        lambda rs: (
            [(r.sub_event_type, r.actor1) for r in rs]
            == [("Government regains territory", "Military Forces of Somalia (2022-)")]
        ),
    ),
    (
        "Russian forces backed by Wagner fighters shelled Bakhmut on Tuesday.",
        "2021-06-09",
        lambda rs: [r.actor1 for r in rs] == ["Military Forces of Russia (2000-)"],
    ),
    (  # (the backer named after the verb stays what it was: the victims' side)
        "Soldiers killed three gunmen backed by a local gang in Kano on Tuesday.",
        "2021-06-09",
        lambda rs: [(r.event_type, r.actor1) for r in rs] == [("Battles", "Military Forces of Nigeria")],
    ),
    (  # a headline's clash "near Goma" is the body's at Sake, 25 km from it: one event, at Sake, dated
        "DR Congo: M23 rebels and army clash near Goma\n\nGOMA, Democratic Republic of Congo, Feb 7 "
        "(Reuters) - Fighting between M23 rebels and the Congolese army intensified on Wednesday around the "
        "town of Sake, "
        "25 km (15 miles) west of Goma, residents and a local official said.\n\nMortar shells fell in Sake, "
        "killing two civilians, according to the local civil society group.",
        "2024-02-08",
        lambda rs: (
            [(r.event_type, r.location, str(r.event_date)) for r in rs]
            == [("Battles", "Sake", "2024-02-07"), ("Explosions/Remote violence", "Sake", "2024-02-07")]
        ),
    ),
    (  # a count spread over an area, then the part of it told at a town: the town's record has its part
        "Israeli air strikes killed at least 30 Palestinians across the Gaza Strip on Saturday, including "
        "12 in a strike on a school in Gaza City, health officials said.",
        "2024-08-11",
        lambda rs: [(r.location, r.fatalities) for r in rs] == [("Gaza", 12)],
    ),
    (  # (a count told at one place keeps its whole at that place)
        "Gunmen killed ten people in Kano on Saturday, including four in a mosque in Kano.",
        "2024-08-11",
        lambda rs: [r.fatalities for r in rs] == [10],
    ),
]


STRUCTURE_52 = [
    (  # a time in a perfect relative clause after the event word is that clause's ("the war that has
        # killed ... since April"), not the talks': they are news of the report's day
        "Sudan's warring parties have resumed negotiations in Jeddah aimed at ending the war that has killed "
        "more than 9,000 people and displaced some 5.6 million since April.",
        "2023-10-26",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Jeddah")],
    ),
    (  # office-holders who met, no town told: at the dateline's town
        "New Delhi [India], March 22 (ANI): External Affairs Minister S Jaishankar on Tuesday met US Under "
        "Secretary of State Victoria Nuland and held talks on expanding bilateral cooperation.",
        "2022-03-22",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "New Delhi")],
    ),
    (  # and with no dateline, a meeting with no place (as a call is), not none
        "Azerbaijani Foreign Minister Elmar Mammadyarov met his Turkish counterpart Mevlut Cavusoglu on the "
        "sidelines of the 7th meeting of the Council of Foreign Ministers.",
        "2019-10-14",
        lambda rs: [(r.event_type, r.geometry) for r in rs] == [("Diplomacy", None)],
    ),
    (  # "was leaving on a visit": a trip ahead (the progressive of a journey), no visit that took place
        "The foreign minister said he was leaving on a very important visit to China.",
        "2022-11-23",
        lambda rs: not [r for r in rs if r.event_type == "Diplomacy" and r.status == "occurred"],
    ),
    (  # a run of attacks "this month ... across the country" is no more of the one told: not its evidence
        "Taliban kill police in Zabul\n\nLate Sunday, the Taliban attacked a checkpoint in the southern "
        "Zabul province, sparking clashes in which six police and eight insurgents were killed.\n\n"
        "Both attacks were claimed by the Taliban. This month the insurgents have launched a wave of "
        "attacks against security forces across the country that has killed more than 200 people.",
        "2017-10-30",
        lambda rs: [(r.location, len(r.evidence_spans)) for r in rs] == [("Zabul", 1)],
    ),
    (  # the day the incident "took place", not the day a resident "told DAILY POST in Kaduna" of it
        "Bandits kill one in Kaduna community\n\nGunmen invaded Ganun-Gari community in Birnin Gwari Local "
        "Government Area of Kaduna State, killing one person.\n\nA resident told DAILY POST in Kaduna on "
        "Monday that the incident took place on Sunday.",
        "2022-07-19",
        lambda rs: [str(r.event_date) for r in rs] == ["2022-07-17"],
    ),
    (  # a place told as where the scene lies ("east of the capital, Aden") is its reference, no second event
        "Militants attacked a checkpoint in Mudiyah district of Abyan Governorate, east of the capital, "
        "Aden, on Monday.",
        "2024-05-10",
        lambda rs: [r.location for r in rs] == ["Mudiyah"],
    ),
    (  # "southwest of Kirkuk, some 250 km from Baghdad": the nearer reference is the scene's
        "Nine Kurdish fighters were killed in clashes with IS militants southwest of Kirkuk, some 250 km "
        "from Baghdad, on Friday.",
        "2024-05-10",
        lambda rs: [r.location for r in rs] == ["Kirkuk"],
    ),
    (  # a village the gazetteer lacks "in the northern Sagaing region": in that region, no namesake elsewhere
        "Junta jets dropped three bombs on Nyaung Kone village in the northern Sagaing region on Monday.",
        "2024-05-10",
        lambda rs: [(r.location, r.admin1) for r in rs] == [("Nyaung Kone", "Sagaing")],
    ),
    (  # "the Caribbean country" describes Haiti: no scene at the Caribbean Sea
        "Haiti: gangs attack police\n\nIn numerous localities of the Caribbean country, gunmen attacked "
        "police stations on Thursday, killing two officers.",
        "2024-02-09",
        lambda rs: all(r.location != "Caribbean Sea" for r in rs),
    ),
    (  # talks between two capitals (the sides) held in a third: the venue is the third
        "Negotiations between Khartoum and Juba over unresolved issues have been resumed on Thursday in "
        "Bahar Dar in northwestern Ethiopia, the AU said.",
        "2012-07-15",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Bahir Dar")],
    ),
    (
        "Talks between Kinshasa and Kigali began in Luanda on Monday.",
        "2012-07-15",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Luanda")],
    ),
    (  # where the wounded were rushed to is no scene: no record at the hospital's town
        "Village volunteer killed in Kangpokpi gunfight\n\nOne village volunteer was killed and two others "
        "were injured in a gunfight between two armed groups in Kangpokpi district on Saturday morning, "
        "police said.\n\nThe injured have been rushed to a private hospital in Imphal.",
        "2024-01-27",
        lambda rs: rs and all(r.location != "Imphal" for r in rs),
    ),
    (  # a village the gazetteer lacks, told again: where the text first said it lies ("village, in X")
        "Insurgents raid villages in Cabo Delgado\n\nNova Zambezia village, in Macomia district, was raided "
        "on 26 January, and on the following day Mitambo, in Meluco district, came under attack. At least "
        "one person was beheaded in Nova Zambezia and one in Mitambo.",
        "2022-01-31",
        lambda rs: any(r.location == "Nova Zambezia" and "Macomia" in r.notes for r in rs),
    ),
]

STRUCTURE_53 = [
    (  # a place set as a paragraph's heading before a colon is the scene of what follows it
        "Shelling across Kharkiv region\n\nRussian forces shelled several towns of Kharkiv region on Tuesday."
        "\n\nVovchansk community: the enemy fired from multiple rocket launchers, damaging homes.",
        "2024-03-12",
        lambda rs: [r.location for r in rs] == ["Vovchansk"],
    ),
    (  # a sentence that tells talks again with their day dates the talks told before it
        "UN envoy meets rebel leader\n\nThe UN special envoy held talks with the rebel movement's leader "
        "about the war.\n\nThe talks, held on Saturday in a neutral country, were constructive, "
        "the spokesman said.",
        "2021-11-08",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Diplomacy", "2021-11-06")],
    ),
    (  # "comes barely two days after": a hedge before the count of days still dates the earlier event
        "Gunmen kill five in Garissa\n\nGunmen killed five villagers in Garissa on Friday.\n\nThe attack "
        "comes just two days after two soldiers were killed in an ambush on a patrol near Mandera.",
        "2020-03-07",
        lambda rs: ("Mandera", "2020-03-04") in [(r.location, str(r.event_date)) for r in rs],
    ),
    (  # "on the following day": the day after the last one its paragraph told
        "Gunmen raided the village of Konduga in Borno State on 3 March, killing four farmers, and on the "
        "following day the town of Bama came under attack, leaving two residents dead.",
        "2023-03-06",
        lambda rs: ("Bama", "2023-03-04") in [(r.location, str(r.event_date)) for r in rs],
    ),
    (  # a day inside a "since" clause measures a count from it: no day of the event told before
        "Security officials said today that four soldiers were killed in a roadside bomb attack in Lahij "
        "province. The bombing is the second since the group's commander, Abu Ali, died on February 2.",
        "2024-04-10",
        lambda rs: [str(r.event_date) for r in rs] == ["2024-04-10"],
    ),
    (  # a list's items are one paragraph: the first item's day dates the items after it
        "Yemen\n\nYemen - Violence (ECHO Daily Flash of 15 May 2023)\n\nNews and Press Release Source "
        "Posted\n\n- On Saturday 13 May, fighting resumed in Taiz governorate.\n- In Taiz city, shelling hit "
        "a market, killing 3 civilians and injuring 9 others.",
        "2023-05-15",
        lambda rs: any(
            r.event_type == "Explosions/Remote violence" and str(r.event_date) == "2023-05-13" for r in rs
        ),  # fmt: skip
    ),
    (  # a sentence with no event of its own dates the latest event of its own kind, not another's
        "Clashes between the army and the Kachin Independence Army have erupted in several villages of "
        "Hpakant Township in recent days, residents said.\n\nA villager said that since 2 June his house in "
        "Hpakant had been hit by artillery shells.\n\nThe KIA said that on 4 June, fighting broke out "
        "between army troops and KIA soldiers near the village.",
        "2023-06-06",
        lambda rs: ("Battles", "2023-06-04") in [(r.event_type, str(r.event_date)) for r in rs],
    ),
    (  # a village the gazetteer lacks lies in the country of the towns named around it, not in the
        # country of the attackers' adjective told more often
        "Syrian shelling burns farmland near Aley's Bhamdoun\n\nBEIRUT, Lebanon — Fields near Qornet Sawda "
        "hamlet caught fire on Monday after Syrian shelling, Syrian officials and Syrian state media said. "
        "The Syrian army denied it.",
        "2021-07-27",
        lambda rs: any(r.location == "Qornet Sawda" and r.country == "Lebanon" and r.geometry for r in rs),
    ),
    (  # a village of its own the gazetteer lacks: somewhere in the division of the town named with it,
        # not at that town's point
        "Gunmen kill three in Katsina village raid\n\nGunmen on Sunday killed three farmers in the village "
        "of Ruwan Dorawa, a police spokesman said.",
        "2022-05-02",
        lambda rs: any(
            r.location == "Ruwan Dorawa" and r.geometry and r.geometry["type"] != "Point" for r in rs
        ),  # fmt: skip
    ),
    (  # a later telling that names by "the" what the first brought in by "a", typed otherwise: one incident
        "On Saturday, an attack on a camp near Kutum in North Darfur killed five herders and wounded three "
        "others.\n\nResidents said the camp was home to about forty families who had moved there after the "
        "rains.\n\nA herder told a local radio station that on Saturday evening militiamen in pick-up "
        "trucks, together with others on horses, raided the nomadic camp of Um Sidir, east of Kutum, and "
        "shot at the families.",
        "2023-05-22",
        lambda rs: (
            [(r.event_type, str(r.event_date), r.fatalities) for r in rs]
            == [("Violence against civilians", "2023-05-20", 5)]
        ),
    ),
    (  # the lede's "late last night, officials said on Thursday" counts the night from Thursday: so do the
        # sentences that take the lede's day
        "Two soldiers were killed and four were wounded in an attack on an army post in Bannu district late "
        "last night, officials said on Thursday.\n\nViolence has risen across the province since the start "
        "of the year.\n\nA statement from the army's media wing said that militants had opened fire on a "
        "post in Bannu's Jani Khel area with heavy weapons.",
        "2025-02-07",
        lambda rs: rs and all(str(r.event_date) == "2025-02-05" for r in rs),
    ),
    (  # a day after the report's is what is to come: no lede time ("talks slated to begin on Aug. 14")
        "The army said on Sunday that consultations in Jeddah had ended without agreement on the planned "
        "peace talks in Geneva, which are slated to begin on Aug. 14.\n\nThe consultations followed a "
        "phone call between the two foreign ministers.",
        "2024-08-12",
        lambda rs: all(r.event_date <= dt.date(2024, 8, 12) for r in rs),
    ),
    (  # "starting Friday": when a state begins, a time to come, not the day of the meeting that declared it
        "After talks in Angola, African leaders declared a ceasefire starting Friday.",
        "2022-11-23",
        lambda rs: [(r.event_type, str(r.event_date)) for r in rs] == [("Diplomacy", "2022-11-23")],
    ),
    (  # a month alone naming an event ("a January drone strike") dates it: background, no record
        "The group's commander was killed in a January drone strike in Mogadishu.",
        "2020-03-11",
        lambda rs: rs == [],
    ),
    (  # two office-holders as the subject of a verb of exchange: a meeting, placeless when no town is told
        "On Tuesday Interior Minister Rahel Osei and the visiting envoy of the African Union, Tomas Lind, "
        "discussed border security and the return of refugees, the ministry said.",
        "2024-03-13",
        lambda rs: (
            [(r.sub_event_type, r.geometry, str(r.event_date)) for r in rs]
            == [("Meeting", None, "2024-03-12")]
        ),
    ),
    (  # not with no two sides as its subject
        "He said the main problem they discussed on Tuesday was border security.",
        "2024-03-13",
        lambda rs: rs == [],
    ),
    (  # nor beside a call, which it tells
        "Foreign Minister Rahel Osei and her Kenyan counterpart discussed border security in a phone call on "
        "Tuesday.",
        "2024-03-13",
        lambda rs: [r.sub_event_type for r in rs] == ["Phone call"],
    ),
    (  # "May.14" in a dateline is a date, no modal that blocks the sentence
        "ROME, May.14, (XN)- Defence Minister Rahel Osei and the Italian Ambassador to Ghana, Tomas Lind, "
        "discussed ways of expanding military training.",
        "2024-05-14",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Diplomacy", "Meeting")],
    ),
    (  # a bearing set off by a comma after another place's phrase tells where that one lies: no scene
        "Residents barricaded streets with burning tyres near the Hammanskraal taxi rank, north of Pretoria, "
        "on Friday morning.",
        "2019-03-02",
        lambda rs: rs and {r.location for r in rs} == {"Hammanskraal"},
    ),
    (  # a town told as a district that holds the scene ("the X hromada in the Nikopol district")
        "Russian troops shelled the Chervonohryhorivka hromada in the Nikopol district with heavy artillery "
        "on Monday, the regional governor said.",
        "2024-03-05",
        lambda rs: rs and {r.location for r in rs} == {"Chervonohryhorivka"},
    ),
    (  # where a speaker told reporters is where the telling was, no scene
        "Separatist fighters shot dead a village chief on Tuesday in Cameroon's Southwest region, officials "
        "said.\n\nThe regional governor told reporters in Buea that troops were hunting the attackers behind "
        "the killing.",
        "2022-06-08",
        lambda rs: rs and all(r.location != "Buea" for r in rs),
    ),
    (  # a people named in the plural is no place the gazetteer lacks
        "Israeli troops fired tear gas at Palestinians who gathered near the village gate on Friday, "
        "witnesses said.",
        "2024-06-08",
        lambda rs: all(r.location != "Palestinians" for r in rs),
    ),
    (  # a precise count of the hurt beats a vague one told after it ("several")
        "Police and opposition supporters clashed in Rangpur on Monday. At least 12 people were injured, "
        "a hospital official said. Several policemen were also hurt, police said.",
        "2023-05-09",
        lambda rs: [r.injuries for r in rs] == [12],
    ),
    (  # a second counted group of up to three words ("two navy intelligence officers")
        "A bomb went off at a cafe in Jolo on Friday. Three women and two navy intelligence officers were"
        " wounded.",
        "2023-05-06",
        lambda rs: [r.injuries for r in rs] == [5],
    ),
    (  # a unit's name and accented names between the count and its verb
        "Two soldiers of the Joint Task Force Omega, José Ángel Ruiz and Óscar Peña, died when they "
        "stepped on a landmine near Tibú on Monday.",
        "2023-05-09",
        lambda rs: [r.fatalities for r in rs] == [2],
    ),
    (  # "The officers died" retells the dead counted, it adds none
        "Three policemen were killed when a roadside bomb hit their vehicle in Ghazni on Sunday. The "
        "officers died before help arrived, a spokesman said.",
        "2023-05-08",
        lambda rs: [r.fatalities for r in rs] == [3],
    ),
    (  # "succumbed to the injuries": no hurt counted across "to"
        "A roadside bomb struck a minibus near Wajir on Saturday. Three passengers died at the scene "
        "while one later succumbed to the injuries in hospital. Police said six others were wounded.",
        "2023-05-07",
        lambda rs: [r.injuries for r in rs] == [6],
    ),
    (  # the hurt of two groups whose dead are summed are summed too
        "Taliban fighters attacked a police post in Zabul on Monday, killing five police and wounding "
        "three others. Six insurgents were killed and four others were wounded in the fighting, officials"
        " said.",
        "2023-05-09",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(11, 7)],
    ),
    (  # one person told hurt without a number never replaces a count
        "A bomb tore through a bus station in Quetta on Sunday, injuring 14 people. The driver was "
        "injured too, police said.",
        "2023-05-08",
        lambda rs: [r.injuries for r in rs] == [14],
    ),
]


STRUCTURE_54 = [
    (  # the Philippine barangay's abbreviation is no place ("Brgy." is no town of Latvia)
        "Soldiers clashed with communist rebels in Sitio Maligaya, Brgy. San Roque, Kabankalan City on "
        "Monday, the army said.",
        "2024-05-07",
        lambda rs: [r.country for r in rs] == ["Philippines"],
    ),
    (  # a meeting told with no town is where the talks told before it were held, not at the dateline
        "ISLAMABAD - Pakistan and Afghanistan agreed on Monday to expand trade. The agreement was reached in "
        "Kabul on Monday during talks between the two governments. The Pakistani delegation met the Afghan "
        "foreign minister and the interior minister.",
        "2024-03-05",
        lambda rs: "Islamabad" not in [r.location for r in rs if r.event_type == "Diplomacy"],
    ),
    (  # "according to a police officer in X": the source's seat, not the scene
        "According to a police officer in Imphal, four militants were arrested from a hideout in Thoubal on "
        "Sunday.",
        "2024-03-05",
        lambda rs: [r.location for r in rs] == ["Thoubal"],
    ),
    (  # ", who had long operated in X": where a person operated, not where the event was
        "Troops killed three insurgents in Mocimboa da Praia on Friday. One of the dead insurgents was "
        "identified as a foreign fighter, who had long operated in Macomia.",
        "2024-03-05",
        lambda rs: "Macomia" not in [r.location for r in rs],
    ),
    (  # "barangay X, Town in Region": an address; X told again is the same barangay, not a namesake
        "NPA rebels ambushed a police patrol on Monday morning in barangay San Miguel, Las Navas in Northern "
        "Samar, killing one officer. The patrol had stopped near the San Miguel chapel when the gunmen "
        "opened fire, a police spokesman said.",
        "2021-03-10",
        lambda rs: (
            [(r.event_type, str(r.event_date), [round(x) for x in r.geometry["coordinates"]]) for r in rs]
            == [("Battles", "2021-03-08", [125, 12])]
        ),
    ),
    (  # an opening phrase's trend ("in keeping with the run of almost daily ...") is not the verb's habit
        "In keeping with the run of almost daily civilian deaths in air raids on the province, a government "
        "warplane on Tuesday bombed a market in Maarat al-Numan, killing four people.",
        "2019-05-08",
        lambda rs: (
            [(r.sub_event_type, str(r.event_date), r.fatalities) for r in rs]
            == [("Air/drone strike", "2019-05-07", 4)]
        ),
    ),
    (  # explosive devices "retrieved" are disrupted weapons use, not an IED attack
        "Soldiers retrieved two improvised explosive devices from a farm outside Marawi on Monday.",
        "2019-05-08",
        lambda rs: [r.sub_event_type for r in rs] == ["Disrupted weapons use"],
    ),
    (  # "A second airstrike hit ...": another incident, whose counts are not the first strike's
        "Coalition warplanes bombed a house in the town of Kafr Nabl in Idlib province on Tuesday, killing "
        "six residents. A second airstrike hit a truck carrying farmers, killing two and wounding four.",
        "2021-03-10",
        lambda rs: [(r.fatalities, r.injuries) for r in rs if r.location == "Kafranbel"] == [(6, None)],
    ),
    (  # counts in a relative clause of an event brought in by "an" are that event's, not the raid's
        "Security forces killed three militants during a raid on a hideout in Bannu district on Sunday, "
        "police said. The slain men had taken part in several attacks, including an ambush on a police "
        "patrol last week in which four officers were killed and two were wounded.",
        "2022-05-16",
        lambda rs: [(r.fatalities, r.injuries) for r in rs][:1] == [(3, None)],
    ),
    (  # a count-only sentence told "so far" is the toll of the event just told
        "Russian jets dropped two guided bombs on the town of Hlukhiv in Sumy Oblast on Friday evening. "
        "Three people have been injured so far.",
        "2023-06-10",
        lambda rs: [r.injuries for r in rs] == [3],
    ),
    (  # "in South Darfur" is the state, not the south of the Darfur region
        "Militiamen stormed a settlement near Umm Tawilat in South Darfur on Tuesday, killing five herders.",
        "2024-03-06",
        lambda rs: [r.admin1 for r in rs] == ["South Darfur"],
    ),
    (  # "came under fire from": shot at, an attack with no weapon named
        "The regional police headquarters in Mombasa came under fire from unidentified gunmen on Tuesday "
        "evening, officials said.",
        "2021-06-10",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "Mombasa")],
    ),
    (  # a vehicle rammed into a post is an assault
        "Militants rammed a truck into a police post in Kidal on Saturday, the ministry said.",
        "2021-06-14",
        lambda rs: (
            [(r.event_type, r.location, str(r.event_date)) for r in rs]
            == [("Battles", "Kidal", "2021-06-12")]
        ),
    ),
    (  # people forced off a bus at gunpoint are abducted
        "Gunmen forced twelve travellers off a minibus at gunpoint near Kaduna on Sunday, police said.",
        "2021-06-14",
        lambda rs: [r.sub_event_type for r in rs] == ["Abduction/forced disappearance"],
    ),
    (  # "opens fire", as a headline tells it
        "A gunman opens fire at a crowded market in Kano on Monday, police said.",
        "2021-06-14",
        lambda rs: [r.location for r in rs] == ["Kano"],
    ),
    (  # a district is drawn as the part of its province nearest to its towns, not a hull round them
        "Maoist rebels set fire to three road-building machines in Kalimela block of Malkangiri district on "
        "Tuesday, police said.",
        "2021-03-10",
        lambda rs: [shape(r.geometry).contains(Point(81.75, 18.07)) for r in rs] == [True],
    ),
    (  # a surveyed boundary is drawn as far as it is sure: a coastal town ~1 km off it is inside
        "Fighting broke out on Monday near the fishing village of Thit Poke Chaung in Rakhine State, "
        "residents said.",
        "2024-02-06",
        lambda rs: [shape(r.geometry).contains(Point(94.580, 17.594)) for r in rs] == [True],
    ),
    (  # "The gunfight ... broke out in X": the clash told before, told again with more of its toll
        "Clashes between two armed groups killed five people in a refugee camp in Ukhiya on Friday, police "
        "said.\n\nThe gunfight, which pitted two rival militias against each other, broke out in Balukhali "
        "at about 5am and left three more people dead.",
        "2023-07-08",
        lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 8)],
    ),
    (  # an undated retelling at a village placed only by a town told elsewhere: the event told that day
        "Eight rebels slain in Sulu clash\n\nEight rebels were killed on Friday in an encounter with "
        "soldiers in Patikul, an army spokesman said on Sunday.\n\nThree soldiers had earlier been reported "
        "killed and 14 others wounded in the firefight in Barangay Kanaway.",
        "2018-11-18",
        lambda rs: (
            [(r.location, str(r.event_date), r.fatalities) for r in rs if r.location != "Jolo"]
            == [("Patikul", "2018-11-16", 11)]
        ),
    ),
    (  # violence on people of no actor type ("two opposition leaders") is an attack on civilians
        "On 14 March 2021, police assaulted two opposition leaders in Kafanchan town, Kaduna state, Nigeria.",
        "2021-03-15",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs] == [("Violence against civilians", "Attack")]
        ),
    ),
    (  # two names sharing an armed head noun are two sides ("Kel Ansar and Idnan tribesmen")
        "Kel Ansar and Idnan tribesmen clashed near Gao on Saturday, leaving two dead.",
        "2024-03-10",
        lambda rs: [(r.event_type, r.inter1, r.inter2) for r in rs] == [("Battles", 4, 4)],
    ),
    (  # a name the lexicon does not know before "forces": the state's forces of that name
        "General Intelligence Service forces clashed with gunmen near Gao on Saturday, leaving two dead.",
        "2024-03-10",
        lambda rs: [(r.event_type, r.inter1) for r in rs] == [("Battles", 1)],
    ),
    (  # "in the town of X, in the municipality of Y": one scene named twice, its count not divided
        "Gunmen opened fire at a wedding party on Sunday in the village of Tlalchapa, in the municipality of "
        "Arcelia, killing four guests.",
        "2023-05-15",
        lambda rs: rs and all(r.fatalities == 4 for r in rs),
    ),
    (  # an adverb inside the perfect ("had earlier been reported killed")
        "Militants ambushed a police convoy near Kandahar on Tuesday. Six policemen of the 12th Mobile "
        "Brigade had earlier been reported killed in the ambush.",
        "2021-06-02",
        lambda rs: [r.fatalities for r in rs] == [6],
    ),
    (  # "the number of people killed ... has risen to N": the toll, told by its noun
        "Raiders attacked a cattle camp in Rumbek on Monday, killing three herders. The number of people "
        "killed in the raid has since risen to 9.",
        "2022-01-11",
        lambda rs: [r.fatalities for r in rs] == [9],
    ),
    (  # "a minor who was killed": the same dead told again, "who" no group of its own
        "A 15-year-old boy was shot dead by soldiers during a raid in Jenin on Friday. The army said it was "
        "looking into the case of a Palestinian minor who was killed.",
        "2024-04-06",
        lambda rs: [r.fatalities for r in rs] == [1],
    ),
    (  # the killers' own claim is another source's figure of the same dead, not more dead
        "Militants attacked an army post in Abyan on Monday, killing eight soldiers, officials said. In a "
        "statement, the group said it had killed 25 troops.",
        "2012-04-01",
        lambda rs: [r.fatalities for r in rs] == [8],
    ),
]


STRUCTURE_55 = [
    (  # a list of towns shelled is one event per town (ACLED: one event per location and day)
        "On Monday Israel shelled the outskirts of the southern Lebanese border towns of Aitaroun, Yarine "
        "and Naqoura.",
        "2023-12-11",
        lambda rs: len([r for r in rs if r.event_type == "Explosions/Remote violence"]) == 3,
    ),
    (  # villages listed with the division they lie in: each in it, not a namesake province far away
        "Gunmen killed six people on Friday in attacks on Kasai and Nahuta villages in Batsari local "
        "government area of Katsina State.",
        "2023-12-11",
        lambda rs: (
            len(rs) == 2 and {r.country for r in rs} == {"Nigeria"} and [r.fatalities for r in rs] == [3, 3]
        ),
    ),
    (  # the places men came from are no scenes: one record
        "Gunmen from Zamfara and Katsina attacked the village of Dogon Daji on Monday.",
        "2023-12-11",
        lambda rs: len(rs) == 1,
    ),
    (  # alternatives ("or") are one place the source does not know: one record
        "On Monday gunmen attacked a convoy in Ndoluma, Kanyambi or Kirumba (Lubero, Nord-Kivu).",
        "2023-12-11",
        lambda rs: len(rs) == 1,
    ),
    (  # an operation told only by the weapons it seized is a seizure, no battle or capture
        "Security forces busted a Maoist hideout in Malkangiri district on Wednesday and seized a cache of "
        "grenades. 148 rounds of ammunition, 14 grenades, 2 landmines and other articles were seized from "
        "the hideout.",
        "2020-11-12",
        lambda rs: (
            [(r.event_type, r.sub_event_type) for r in rs]
            == [("Strategic developments", "Disrupted weapons use")]
        ),
    ),
    (  # a force's name holds no weapon ("Assam Rifles"): a cache recovered in an operation is no clash
        "In a major operation against smugglers, the Assam Rifles recovered a huge cache of arms near "
        "Tuipang on Saturday.",
        "2022-12-04",
        lambda rs: [r.sub_event_type for r in rs] == ["Disrupted weapons use"],
    ),
    (  # people taken ("a bandit leader was captured") take no ground: the raid killed residents
        "Bandits raided Danmusa town in Katsina State on Sunday, killing five residents.\n\nA bandit leader "
        "was captured and killed by vigilantes last week.",
        "2023-10-23",
        lambda rs: (
            "Violence against civilians" in [r.event_type for r in rs]
            and "Non-state actor overtakes territory" not in [r.sub_event_type for r in rs]
        ),
    ),
    (  # a delegation that left for a town to negotiate: a meeting there
        "A government delegation left for Jeddah on Friday to discuss a ceasefire with the rebels.",
        "2023-05-06",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Jeddah")],
    ),
    (  # a call on the warring sides for a ceasefire: a statement, with no place of its own
        "The African Union chairperson on Saturday called for an immediate ceasefire in Tigray.",
        "2022-10-16",
        lambda rs: [(r.event_type, r.sub_event_type) for r in rs] == [("Diplomacy", "Statement")],
    ),
    (  # families abandoning their homes are fleeing, no territory handed over
        "As many as 70 families from the small ethnic groups abandoned their homes in Rowangchhari to save "
        "themselves.",
        "2023-04-07",
        lambda rs: rs == [],
    ),
    (  # the state's forces killing protesters: excessive force against a demonstration
        "Police killed two student protesters at the University of Kinshasa on Monday.",
        "2018-11-13",
        lambda rs: (
            [(r.sub_event_type, r.fatalities) for r in rs] == [("Excessive force against protesters", 2)]
        ),
    ),
    (  # demonstrators' own clash with police: a violent demonstration, no battle
        "On Friday angry students staged another protest in Kinshasa, clashing with police officers.",
        "2018-11-17",
        lambda rs: [r.event_type for r in rs] == ["Riots"],
    ),
    (  # "injuring at least another 16": 16 hurt
        "A bomb exploded at a market in Maiduguri on Sunday, killing five people and injuring at "
        "least another 16.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, 16)],
    ),
    (  # the headline fills the kind of count the body leaves out (the wounded)
        "One killed, five wounded in Central Darfur camp attack\n\nA displaced person was killed in "
        "Bindisi camp in an attack by pro-government militiamen in Central Darfur on Friday "
        "morning.",
        "2015-12-26",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(1, 5)],
    ),
    (  # "killed and wounded" together is no count of the hurt: the breakdown after it is
        "13 civilians, among them women and children, have been killed and wounded by Houthi "
        "shelling on Tuesday in Taiz city. One woman was killed and 12 other civilians, including "
        "children, sustained various injuries.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(1, 12)],
    ),
    (  # a list followed by "among them" breaks the count down, adds no one
        "A drone strike on a car near Chamchamal on Saturday killed at least five people, three "
        "fighters and two civilians among them.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, None)],
    ),
    (  # "everyone inside" is no one more; "died in another strike" is another event
        "A drone strike on a car near Chamchamal on Saturday killed five people. The car caught "
        "fire, and everyone inside was killed. A third civilian died in another strike.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, None), (1, None)],
    ),
    (  # "six other people" after another event's dead are this event's, not added
        "Israeli airstrikes on Wednesday killed at least 13 people in Khan Younis. A medic said "
        "seven of them were killed when strikes hit tents in Bani Suheila. He added that six other "
        "people were killed as Israeli attacks hit houses and farmland in eastern Khan Younis.",
        "2024-08-22",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(6, None), (7, None)],
    ),
    (  # a sum over "separate clashes" belongs to no one of them
        "Police said five guerrillas were killed in separate clashes with government forces on "
        "Wednesday. Three rebels were killed on Wednesday in a fight with a police patrol on "
        "Catanduanes island.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(None, None), (3, None)],
    ),
    (  # "led to the killing of 20 militants": 20 dead
        "Soldiers seized villages near Afgooye on Wednesday after clashes with Al-Shabaab that led "
        "to the killing of 20 militants.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(20, None)],
    ),
    (  # "one died at the scene while the other succumbed": two dead
        "Two soldiers were killed in an attack by militants near Lice in Diyarbakir on Tuesday. "
        "One soldier died at the scene while the other succumbed to his wounds in hospital.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(2, None)],
    ),
    (  # two groups, the first with its nationality, are counted together
        "Two Lebanese Hezbollah fighters and two Syrian guards working with the group were killed "
        "in air strikes near Damascus on Sunday.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(4, None)],
    ),
    (  # "a statement that two of its fighters": the article is no count
        "Hezbollah said in a statement that two of its fighters had died in an Israeli strike near "
        "Damascus on Sunday.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(2, None)],
    ),
    (  # "six months ago" is an earlier time: its dead are no count of this shooting
        "5 men killed in shooting in Mexico border bar\n\nGunmen burst into a bar in Ciudad Juarez "
        "on Monday and shot five men to death. The victims of the attack at the bar ranged in age "
        "from 25 to 30. Six months ago, four men were killed in a shooting at the same bar.",
        "2009-10-06",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, None)],
    ),
    (  # a state of emergency declared after an explosion: the explosion is its own event
        "Ecuador's President declared a state of emergency on Sunday after an explosion in "
        "Guayaquil killed five people and injured 16.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(5, 16), (None, None)],
    ),
    (  # "hospitalised with gunshot wounds" with no place of its own adds to the event
        "Gunmen attacked Mangu on Sunday night. Eight people were killed, police said. Two others "
        "were hospitalised with gunshot wounds.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(8, 2)],
    ),
    (  # a clause telling only who was killed joins the next clause's strikes
        "Two Hezbollah fighters were killed, while three civilians were wounded, in air strikes "
        "near Damascus late Sunday.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(2, 3)],
    ),
    (  # an address is one place, not a list: its dead are not shared
        "Three NPA militants were killed during a firefight with soldiers in Barangay Camudlas, "
        "Bindoy, Negros Oriental on Thursday.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(3, None)],
    ),
    (  # "a civilian was also wounded" adds to the hurt
        "Three soldiers were killed and two others injured when a bomb went off near their vehicle "
        "in Pulwama on Monday. A civilian was also wounded in the blast.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(3, 3)],
    ),
    (  # "officials had put the toll at five" is an earlier toll
        "Russian missiles struck Odesa on Monday, killing seven people. Earlier, officials had put "
        "the toll at five.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(7, None)],
    ),
    (  # "another two people later died" adds to the dead
        "A car bomb exploded at a market in Mogadishu on Sunday. Six people were killed and 11 "
        "injured, while another two people later died in hospital.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(8, 11)],
    ),
    (  # "were later found dead" counts the dead
        "Gunmen killed a teacher in an attack on a school in Kuriga, Kaduna State, on Thursday. "
        "Two students were later found dead.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(3, None)],
    ),
    (  # "killed, injured or captured" gives no count
        "Two PKK militants were killed, injured or captured in an operation in Kagizman, Kars on Tuesday.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(None, None)],
    ),
    (  # "left 12 people dead or wounded" gives no count
        "A bomb blast at a market in Maiduguri on Sunday left 12 people dead or wounded.",
        "2024-03-12",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(None, None)],
    ),
    (  # bearing initials before a name ("in SE Turkey") are a direction, not a town
        "2 soldiers martyred in PKK attack in SE Turkey\n\nTwo soldiers were killed in an attack by "
        "PKK militants in the Lice district of Diyarbakir province on Monday, security sources "
        "said.",
        "2016-08-09",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "Lice İlçesi")],
    ),
    (  # a name ending in an armed head noun is an armed party, not an unknown place
        "The Myanmar military launched four airstrikes at the Peoples Defense Forces on Friday.",
        "2023-03-25",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", None)],
    ),
    (  # an office "of" its seat that speaks is where the source sits, not the scene
        "Three men were killed in an armed attack on a bar in Irapuato on Friday night.\n\nThe "
        "Attorney General's Office of Guanajuato confirmed three fatalities on Saturday.",
        "2024-09-28",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Violence against civilians", "Irapuato")],
    ),
    (  # a street named after a place is not that place
        "A car bomb exploded on Friday on Haifa Street, killing four people, Iraqi police said.",
        "2024-09-28",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", None)],
    ),
    (  # a street named after a place is not that place: the town told with it is
        "Two men were shot dead on Friday on Independencia Street, police in Irapuato said.",
        "2024-09-28",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Violence against civilians", "Irapuato")],
    ),
    (  # a town whose address names its division, where no such town lies: in the division
        "About 40 people were abducted by gunmen on Sunday during a church service at Bege Baptist "
        "Church, Madala, along Buruku Baringi road, Kaduna, in Chikun Local Government Area of "
        "Kaduna State.",
        "2023-05-08",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Violence against civilians", "Madala")],
    ),
    (  # a village whose namesakes all lie far outside the report's division is in it
        "A rebel was killed after an encounter in Misamis Occidental, the army said "
        "Monday.\n\nTroops clashed with seven NPA rebels on Saturday in Barangay Maligubaan, "
        "Concepcion town.\n\nOn Friday, troops clashed with 15 NPA rebels in Barangay Dasa, Sapang "
        "Dalaga, Misamis Occidental.",
        "2023-04-03",
        lambda rs: (
            [(r.event_type, r.location) for r in rs]
            == [("Battles", "Concepcion"), ("Battles", "Sapang Dalaga")]
        ),
    ),
    (  # a village whose namesakes all lie far outside the report's division is in it
        "Airstrikes by Myanmar Junta Leave 11 Sagaing Civilians Dead\n\nTwo airstrikes by the "
        "Myanmar junta in Pale Township, Sagaing Region, killed at least 11 civilians on "
        "Tuesday.\n\nA jet fired on a monastery and houses in Nyaung Kone village, leaving 10 "
        "villagers dead.",
        "2023-06-28",
        lambda rs: (
            [(r.event_type, r.location) for r in rs]
            == [
                ("Explosions/Remote violence", "Pale Township"),
                ("Violence against civilians", "Nyaung Kone"),
            ]
        ),
    ),
    (  # a retelling that names the scene in the division first told moves the event there
        "One Cambodian soldier was killed on Wednesday morning in a brief exchange of gunfire "
        "between Thai and Cambodian soldiers in a disputed border area in Ubon Ratchathani.\n\nThe "
        "incident occurred near Chong Bok in Nam Yuen district of Ubon Ratchathani at about 5.30am.",
        "2025-05-29",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Battles", "Amphoe Nam Yuen")],
    ),
    (  # a named part of a country is drawn 2 km wider, like surveyed first-level divisions: "Mali's north"
        # holds Tinzaouatene on the Algerian border, where the strikes fell
        "Drone strikes in Mali's north killed at least 15 civilians on Sunday, local sources said.",
        "2024-08-26",
        lambda rs: (
            [(r.event_type, r.location) for r in rs] == [("Explosions/Remote violence", "Mali")]
            and shape(rs[0].geometry).contains(Point(2.90, 19.96))
        ),
    ),
    (  # a recent "since" after the event counts deaths from then: it is no day of the event
        "Israeli fire kills youth\n\nRAMALLAH, Sep 8 (Reuters) - A Palestinian teenager was killed by "
        "Israeli troops during a raid on the village of Beitin, the fourth death in the West Bank since "
        "Monday.",
        "2022-09-08",
        lambda rs: [(r.event_date.isoformat(), r.fatalities) for r in rs] == [("2022-09-08", 1)],
    ),
    (  # likewise "the third such attack since Monday"
        "Gunmen killed five people in the town of Gusau, the third such attack since Monday, police said.",
        "2022-09-08",
        lambda rs: [(r.event_date.isoformat(), r.fatalities) for r in rs] == [("2022-09-08", 5)],
    ),
    (  # one dead at each of two towns is no event retold: the undated lede keeps its day
        "Youth killed in West Bank\n\nA Palestinian teenager was killed by Israeli troops during a raid on "
        "the village of Beitin, the health ministry said.\n\nOn Monday, a man was killed in a separate "
        "operation in the town of Qabatiya.",
        "2022-09-08",
        lambda rs: sorted(r.event_date.isoformat() for r in rs) == ["2022-09-05", "2022-09-08"],
    ),
    (  # "Later on Friday" at the same town, with dead of its own: two events
        "Insurgents kill five in Nangade\n\nLast Friday, insurgents killed two residents of a village in "
        "Nangade district.\n\nLater on Friday, a group of insurgents struck an outlying neighbourhood of "
        "Nangade town and killed three people.",
        "2022-09-08",
        lambda rs: sorted(r.fatalities or 0 for r in rs) == [2, 3],
    ),
    (  # "wounded the previous afternoon" in the past perfect: the day before the report
        "Drone attacks on Kherson\n\nRussian drones struck the village of Antonivka overnight, killing a "
        "man.\n\nA woman from Kherson who had been wounded the previous afternoon in a shelling of the city "
        "centre died in hospital, the governor said.",
        "2022-09-08",
        lambda rs: "2022-09-07" in [r.event_date.isoformat() for r in rs if r.location == "Kherson"],
    ),
    (  # a conjunct that leaves out the verb, with a day of its own: another event
        "Two killed in West Bank\n\nA man was shot dead by Israeli troops in the city of Jenin on Tuesday, "
        "and a teenager, 17, on Wednesday.",
        "2022-09-08",
        lambda rs: sorted(r.event_date.isoformat() for r in rs) == ["2022-09-06", "2022-09-07"],
    ),
    (  # "Likewise," opens another incident: the village attack is not the Gusau killing retold
        "Gunmen killed three farmers in Gusau on Thursday.\n\nLikewise, bandits attacked a village "
        "in Zamfara State, killing two.",
        "2024-05-10",
        lambda rs: sorted(r.fatalities or 0 for r in rs) == [2, 3],
    ),
    (  # a meeting "on the margins of" a session in a town is in that town
        "On the margins of the 48th session of the Council of Foreign Ministers of the "
        "Organization of Islamic Cooperation in Islamabad, the Minister of Foreign Affairs of the "
        "Federal Republic of Somalia met with his Chinese counterpart Wang Yi.",
        "2022-03-23",
        lambda rs: [(r.event_type, r.location) for r in rs] == [("Diplomacy", "Islamabad")],
    ),
    (  # a town the gazetteer lacks, called "the Saudi city of" it: in the province of the town told first
        "Air raid sirens sounded in Jizan on Friday.\n\nSaudi state media said a Houthi missile hit "
        "a car workshop in Samtah on Friday night, killing two people, in an attack on the Saudi "
        "city of Samtah.",
        "2021-12-26",
        lambda rs: [r.admin1 for r in rs if r.location == "Samtah"] == ["Jāzān"],
    ),
    (  # an unknown province spelt like the country's first-level division is that division
        "KABUL, Afghanistan — Islamic State militants killed 10 police officers on Friday in "
        "northern Zawzjan province, an official said.",
        "2017-02-25",
        lambda rs: [r.admin1 for r in rs] == ["Jowzjān"],
    ),
    (  # a zone the gazetteer can neither draw nor fill with towns still qualifies its town: one record
        "Fighting broke out on Thursday in Woldia, North Wollo, residents said.",
        "2024-05-10",
        lambda rs: [r.location for r in rs] == ["Weldiya"],
    ),
    (  # "X town of Y zone": the town is kept
        "Fano fighters clashed with government troops on Thursday in Debre Tabor town of South Gondar zone, "
        "Amhara region.",
        "2024-05-10",
        lambda rs: [r.location for r in rs] == ["Debre Tabor"],
    ),
    (  # "A, only about thirty kilometers south of B" read back: B lies 30 km north of the surer A
        "On Wednesday, an exchange of fire between the army and Fano was reported in Kobo, North Wollo.\n\n"
        "A local official in Woldia, only about thirty kilometers south of Kobo, confirmed the fighting.",
        "2023-07-13",
        lambda rs: len(rs) == 1 and rs[0].admin1 == "Amara",
    ),
    (  # T2 probe: settlers
        "Israeli settlers set fire to a house and two cars in Huwara on Wednesday.",
        "2024-12-05",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Riots", "Huwara", None)]
        ),
    ),
    (  # T2 probe: regained
        "The army regained Bunagana on Monday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Bunagana", None)]
        ),
    ),
    (  # T2 probe: full control
        "The RSF took full control of Nyala on Tuesday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Nyala", None)]
        ),
    ),
    (  # T2 probe: fell to
        "Goma fell to M23 rebels on Monday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Goma", None)]
        ),
    ),
    (  # T2 probe: drove out
        "Government troops drove rebels out of Goma on Monday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Goma", None)]
        ),
    ),
    (  # T2 probe: grenade passive
        "A grenade was thrown at a police patrol in Srinagar on Sunday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Explosions", "Srinagar", None)]
        ),
    ),
    (  # T2 probe: butchered
        "Two traders were butchered by suspected herdsmen in Agatu on Monday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Agatu", 2)]
        ),
    ),
    (  # T2 probe: tear gassed
        "Police tear-gassed protesters in Nairobi on Tuesday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Protests", "Nairobi", None)]
        ),
    ),
    (  # T2 probe: operation to kill
        "Somali forces carried out a planned operation to kill leaders of the Al-Shabaab group "
        "near Tiyegloow in the Bakool region on Saturday.",
        "2023-10-29",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Tiyegloow", None)]
        ),
    ),
    (  # T2 probe: fled after
        "Residents fled after bandits invaded a village near Gusau on Sunday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Gusau", None)]
        ),
    ),
    (  # T2 probe: joined predicate
        "The bandits rode into Gusau on motorcycles at about 11pm on Sunday, and raided the "
        "villages, mauling down fleeing residents.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Gusau", None)]
        ),
    ),
    (  # T2 probe: encounter
        "An encounter broke out between security forces and militants in Kulgam on Sunday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Kulgam", None)]
        ),
    ),
    (  # T2 probe: encounter ctrl
        "The president had a brief encounter with reporters in Nairobi on Sunday.",
        "2024-03-12",
        lambda rs: [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs] == [],
    ),
    (  # T2 probe: counterattacked
        "Ukrainian troops counterattacked near Robotyne on Sunday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Battles", "Robotyne", None)]
        ),
    ),
    (  # T2 probe: feared dead
        "At least five people are feared dead after gunmen attacked Gusau on Sunday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Gusau", 5)]
        ),
    ),
    (  # T2 probe: feared ctrl
        "Residents feared that gunmen would attack Gusau on Sunday.",
        "2024-03-12",
        lambda rs: [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs] == [],
    ),
    (  # T2 probe: which killed
        "A car bomb exploded near a market in Mogadishu on Sunday, which killed five people.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Explosions", "Mogadishu", 5)]
        ),
    ),
    (  # T2 probe: protester passive
        "A protester was shot dead during demonstrations in Nairobi on Tuesday.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Protests", "Nairobi", 1)]
        ),
    ),
    (  # T2 probe: grievance ctrl
        "Students marched in Nairobi on Tuesday to protest the killing of a classmate.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Protests", "Nairobi", None)]
        ),
    ),
    (  # T2 probe: guinea article
        "Police kill two protesters in Guinea\n\nSecurity forces in Guinea shot dead two protesters "
        "on Thursday, the opposition said.\n\nThe protesters were killed in the Hamdallaye district "
        "of Conakry during a march against the junta.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Protests", "Hamdallaye", 2)]
        ),
    ),
    (  # T2 probe: hit raid
        "Bandits hit a village in Zamfara on Sunday, killing 20 residents.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Zamfara", 20)]
        ),
    ),
    (  # T2 probe: hit abroad ctrl
        "Houthi rebels hit a building in Tel Aviv on Sunday, killing a civilian.",
        "2024-03-12",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Explosions", "Tel Aviv", 1)]
        ),
    ),
    (  # T2 probe: on the state
        "5 men killed in shooting in Mexico border bar\n\nGunmen burst into a bar in Ciudad Juarez "
        "on Monday and shot five men to death.\n\nIn the southern state of Guerrero, gunmen killed "
        "two state police officers in the city of Iguala, the state public security office said in "
        "a statement Monday.\n\nThe officers were killed inside a command post. It was unclear what "
        "motivated the attack.",
        "2009-10-06",
        lambda rs: (
            [(r.event_type[:12].split("/")[0], r.location, r.fatalities) for r in rs]
            == [("Violence aga", "Ciudad Juarez", 5), ("Battles", "Iguala de la Independencia", 2)]
        ),
    ),
]

# Fifty-sixth session: probes of kept changes, each failing on the code before (DEVELOPERS.md)
STRUCTURE_56 = [
    (  # casualties (A, helper N)
        "Mexico bar attack\n\nAn attack on a bar in Mexico's Gulf coast city of Coatzacoalcos killed "
        "23 people and injured 13 late Tuesday.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 23 and r.injuries == 13 for r in rs),
    ),
    (  # casualties (A, helper N)
        "Seven killed in Benue\n\nAt least seven people were killed on Thursday by gunmen in Abagana "
        "in Makurdi, the police said.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 7 for r in rs),
    ),
    (  # casualties (A, helper N)
        "Eyewitnesses in Duhok governorate reported that at least one civilian was killed in a "
        "Turkish airstrike on the village of Kafiya, in the Aqra district.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
    (  # casualties (B, helper N)
        "Policeman killed in Mingora\n\nA police constable was martyred when gunmen attacked a police "
        "post in Mingora on Thursday.\n\nThe police chief said that this year, 76 police officers "
        "have been martyred in the province.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
    (  # casualties (B, helper N)
        "Five militants were killed in an encounter in Kulgam on Thursday.\n\nThis year the region "
        "has seen many attacks. These incidents have claimed 44 lives.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 5 for r in rs),
    ),
    (  # casualties (C, helper N)
        "A Palestinian teenager was killed by Israeli army fire in Nablus on Monday.\n\nWitnesses "
        "said soldiers raided the camp, opening fire and killing 17-year-old Mohammad Saleh.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
    (  # casualties (D, helper N)
        "Missile strike kills three\n\nThree people were killed when Russian missiles struck an "
        "airfield in Kropyvnytskyi on Saturday.\n\nThe governor said two security guards were killed "
        "at a substation. He said one soldier was also killed.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 3 for r in rs),
    ),
    (  # casualties (E, helper N)
        "No fewer than four people from Gidan Damo village in Tsafe Local Government Area have been "
        "reported killed after bandits stormed the village on Wednesday.\n\nA resident said four of "
        "them were confirmed dead on the spot.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 4 for r in rs),
    ),
    (  # casualties (F, helper N)
        "Russian missiles struck an airfield in Kropyvnytskyi on Saturday, killing three people and "
        "wounding nine.\n\nThe governor later said that 19 people had been wounded in the strike.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 3 and r.injuries == 19 for r in rs),
    ),
    (  # casualties (G, helper N)
        "Russian forces attacked Antonivka with drones on Thursday, killing one man.\n\nA 53-year-old "
        "resident of Kherson, who had been injured the previous afternoon in a Russian drone attack "
        "on the city of Kherson, died in hospital.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 and r.location.startswith("Kherson") for r in rs),
    ),
    (  # casualties (K, helper N)
        "Seven killed in Kano market blast\n\nA bomb killed seven people at a market in Kano on "
        "Sunday.\n\nTwo of the injured later died in hospital, bringing the death toll to nine.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 9 for r in rs),
    ),
    (  # casualties (K, helper N)
        "Three soldiers were killed and five wounded when militants ambushed a patrol near Damboa "
        "on Monday.\n\nOne of the wounded later died in hospital, an officer said.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 4 and r.injuries == 4 for r in rs),
    ),
    (  # casualties (K, helper N)
        "Russian shelling killed four civilians in Donetsk on Monday.\n\nThe death toll has since "
        "risen to six, the governor said.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 6 for r in rs),
    ),
    (  # casualties (K, helper N)
        "Gunmen killed two people in Batsari on Friday, police said.\n\nAnother victim died on Saturday.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 3 for r in rs),
    ),
    (  # casualties (B, helper N)
        "Gunmen attacked a village in Kulgam on Thursday, killing a shopkeeper.\n\nThese incidents "
        "have claimed 44 lives.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
    (  # casualties (B, helper N)
        "Gunmen attacked a village in Kulgam on Thursday.\n\nThese incidents have claimed 44 lives.",
        "2024-05-08",
        lambda rs: all(r.fatalities is None for r in rs),  # (a control),
    ),
    (  # casualties (D, helper N)
        "More than 40 people were killed in a gun battle between security forces and gunmen in "
        "Tanhuato on Friday.\n\nAt least one police officer died in the shootout.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 40 for r in rs),
    ),
    (  # casualties (D, helper N)
        "Three people were killed when Russian missiles struck an airfield in Kropyvnytskyi on "
        "Saturday.\n\nThe governor said two security guards were killed at a substation.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 3 for r in rs),
    ),
    (  # casualties (H, helper N)
        "A community leader was killed in Ancuabe on Thursday.\n\nThe man was killed because he "
        "refused to sign up locals for food aid.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
    (  # casualties (H, helper N)
        "A community leader who was missing for ten days was killed and found dead in Ancuabe on "
        "Thursday. The man was killed because he refused to sign up locals for food aid.",
        "2024-05-08",
        lambda rs: any(r.fatalities == 1 for r in rs),
    ),
]


def _coded(event_type: str, place: str, day: str, fatalities: int | None):
    """A probe's expectation: some record of this type, at a place whose name holds ``place``, on
    ``day``, with these fatalities."""
    return lambda rs: any(
        r.event_type == event_type and place.lower() in (r.location or "").lower()
        and str(r.event_date) == day and r.fatalities == fatalities
        for r in rs
    )  # fmt: skip


def _only(event_type: str, lon: float | None, lat: float | None):
    """A probe's expectation: records, all of this type, each within 15 km of the point (lon, lat),
    or, given no point, each drawn as an area (a place the gazetteer lacks, in its division)."""
    return lambda rs: bool(rs) and all(
        r.event_type == event_type
        and (_near(r, lon, lat, 15) if lon is not None else (r.geometry or {}).get("type") == "Polygon")
        for r in rs
    )  # fmt: skip


STRUCTURE_57 = [
    (  # casualties, helper C: bound
        "More than 40 people were killed when gunmen attacked Dogo village on Thursday. Officials "
        "said 43 bodies had been recovered.",
        "2024-05-10",
        _coded("Violence against civilians", "Dogo", "2024-05-09", 43),
    ),
    (  # casualties, helper C: bound2
        "Mexico: At Least 43 Dead in Michoacan Shootout\n\nMore than 40 people have been killed in a "
        "gun battle between security forces and gunmen in Tanhuato on Friday.",
        "2015-05-23",
        _coded("Battles", "Tanhuato", "2015-05-22", 43),
    ),
    (  # casualties, helper C: words
        "Two dozen people were killed when gunmen stormed a church in Owo on Thursday.",
        "2024-05-10",
        _coded("Violence against civilians", "Owo", "2024-05-09", 24),
    ),
    (  # casualties, helper C: words2
        "Gunmen killed one hundred and twenty villagers in Kasuwa on Thursday.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-09", 120),
    ),
    (  # casualties, helper C: words3
        "A car bomb exploded at a market in Mogadishu on Thursday, killing half a dozen people.",
        "2024-05-10",
        _coded("Explosions/Remote violence", "Mogadishu", "2024-05-09", 6),
    ),
    (  # casualties, helper C: hedged
        "Soldiers clashed with residents in Kobo town on Wednesday. At least three people are said to"
        " have been killed in the clash.",
        "2024-05-10",
        _coded("Battles", "Kobo", "2024-05-08", 3),
    ),
    (  # casualties, helper C: hedged2
        "Gunmen attacked Kasuwa village on Thursday. Ten villagers are feared to have been killed.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-09", 10),
    ),
    (  # casualties, helper C: revised
        "Gunmen killed 12 people in Kasuwa village on Thursday. On Friday, police revised the death "
        "toll to 20.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-09", 20),
    ),
    (  # casualties, helper C: revised2
        "Gunmen killed 12 people in Kasuwa village on Thursday. The toll was later revised upward to 20.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-09", 20),
    ),
    (  # casualties, helper C: hurtdied
        "A roadside bomb killed three soldiers in Kidal on Thursday. Two wounded soldiers later died "
        "in hospital.",
        "2024-05-10",
        _coded("Explosions/Remote violence", "Kidal", "2024-05-09", 5),
    ),
    (  # casualties, helper C: twomore
        "Gunmen opened fire on a bus in Kidal on Thursday. Five passengers died on the spot and two "
        "more died later in hospital.",
        "2024-05-10",
        _coded("Violence against civilians", "Kidal", "2024-05-09", 7),
    ),
    (  # casualties, helper C: partof
        "Gunmen attacked a checkpoint in Kidal on Thursday. Four soldiers and two of the assailants "
        "were killed.",
        "2024-05-10",
        _coded("Battles", "Kidal", "2024-05-09", 6),
    ),
    (  # casualties, helper C: claim
        "Militants attacked an army base in Kidal on Thursday, killing seven soldiers. The army said "
        "it killed 15 of the attackers.",
        "2024-05-10",
        _coded("Battles", "Kidal", "2024-05-09", 22),
    ),
    (  # casualties, helper C: wake
        "On Monday, the government declared a state of emergency in Tillaberi, in the wake of an "
        "attack that left eight people dead in the Koure reserve.",
        "2020-08-10",
        _coded("Strategic developments", "Tillaberi", "2020-08-10", None),
    ),
    (  # places, helper E: A1 "X in Y": a namesake far from the town it is said to lie in
        "Gunmen killed five people in Abagana in Makurdi, the Benue State capital, on Tuesday, police said.",
        "2024-05-10",
        _only("Violence against civilians", 8.52, 7.73),
    ),
    (  # places, helper E: A2 "X, Y" with no list after it
        "Gunmen killed five people in Abagana, Makurdi, on Tuesday, police said.",
        "2024-05-10",
        _only("Violence against civilians", 8.52, 7.73),
    ),
    (  # places, helper E: A3 "X market in Y"
        "Gunmen killed 5 people at Tudun Wada market in Zaria, Kaduna State, on Sunday.",
        "2024-05-10",
        _only("Violence against civilians", 7.72, 11.11),
    ),
    (  # places, helper E: B list of towns "in Y", Y a town named after its division
        "The army retook towns including Dali and Al-Mazmum in Sennar on Wednesday. Fighting had "
        "raged across Sennar State for weeks.",
        "2024-05-10",
        _only("Battles", None, None),
    ),
    (  # places, helper E: C1 police seat
        "Police in Peshawar said militants attacked a checkpoint in Bannu on Monday, killing three "
        "policemen.",
        "2024-05-10",
        _only("Battles", 70.6, 32.99),
    ),
    (  # places, helper E: C2 the source's seat told last
        "At least 20 people were killed in fighting between herders and farmers in Bokkos, Plateau "
        "State, on Sunday, an official in Jos said.",
        "2024-05-10",
        _only("Battles", 8.99, 9.3),
    ),
    (  # places, helper E: C3 citing a source in X
        "DAMASCUS — Israeli jets struck targets near Homs on Sunday, Syria's state news agency SANA "
        "said, citing a military source in Damascus.",
        "2024-05-10",
        _only("Explosions/Remote violence", 36.73, 34.72),
    ),
    (  # places, helper E: D a village the gazetteer has only abroad
        "Gunmen kill 12 in Zamfara village\n\nGunmen killed 12 villagers in Kurya on Sunday, residents said.",
        "2024-05-10",
        _only("Violence against civilians", None, None),
    ),
    (  # places, helper E: E "X's Y district", Y a namesake elsewhere
        "Three people were killed in Kharkiv's Kyivskyi district on Tuesday when Russian missiles "
        "struck a residential building, Mayor Ihor Terekhov said.",
        "2024-05-10",
        _only("Explosions/Remote violence", 36.25, 49.98),
    ),
    (  # places, helper E: F "in the city" with the dateline's town
        "KANO, Nigeria — Police said on Tuesday that they had arrested 40 protesters during clashes "
        "in the city on Monday.",
        "2024-05-10",
        _only("Riots", 8.52, 12.0),
    ),
    (  # places, helper E: G "the border town of X"
        "SIDON, Lebanon — Overnight, Israel shelled the border town of Mays al-Jabal with artillery "
        "shells, the army said.",
        "2024-05-10",
        _only("Explosions/Remote violence", None, None),
    ),
    (  # places, helper E: H retold in a namesake abroad
        "At least 12 people were killed when a car bomb exploded in the northern Iraqi city of Kirkuk"
        " on Monday, police said.\n\nThe blast hit a crowded market in the Shorja district, killing "
        "12, police said.",
        "2024-05-10",
        _only("Explosions/Remote violence", 44.39, 35.47),
    ),
    (  # places, helper E: I "set fire to Palestinian properties": no place reached
        "On Friday Israeli settlers set fire to Palestinian properties in the village of Kisan, east "
        "of the city of Bethlehem in the southern occupied West Bank.",
        "2024-05-10",
        _only("Riots", 35.2, 31.7),
    ),
    (  # places, helper E: J fire's origin
        "Russian forces shelled Nikopol from positions in Enerhodar on Monday, killing two people.",
        "2024-05-10",
        _only("Explosions/Remote violence", 34.39, 47.57),
    ),
    (  # places, helper E: K flying over X
        "Israeli jets flying over Lebanon struck targets near Homs on Tuesday.",
        "2024-05-10",
        _only("Explosions/Remote violence", 36.73, 34.72),
    ),
    (  # missed events, helper M: a village the gazetteer lacks in a report that names only its dateline
        "Residents protest power cuts\n\nRAWALPINDI - Gunmen shot dead two shopkeepers on Thursday on GT "
        "Road at Rawat, police said.",
        "2022-05-20",
        _only("Violence against civilians", None, None),
    ),
    (  # missed events, helper M: a clock's colon inside a clause; a person captured is arrested
        "Troops nab Boko Haram supplier\n\nMAIDUGURI - The interrogation of two suspects led to the "
        "capture of the group's principal logistics supplier around 12:30 p.m. on Saturday in Alagarno, the "
        "army said.",
        "2025-10-19",
        _coded("Strategic developments", "Alagarno", "2025-10-18", None),
    ),
    (  # types, helper T: people read as the subject of what befell them are no mob
        "Officials said at least five people were beheaded in a machete attack in Oicha on Wednesday.",
        "2024-05-10",
        _coded("Violence against civilians", "Hyosha", "2024-05-08", 5),
    ),
    (  # types, helper T: guns fired at unarmed people alone are no battle, and no strike from afar
        "Armed men fired guns at villagers in Kasuwa on Wednesday, killing two.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-08", 2),
    ),
    (  # the last read: "the capture of X by militants" is ground taken (the look-ahead stops at "by")
        "KIDAL, Mali - The capture of Kidal by militants on Sunday forced thousands to flee, residents said.",
        "2024-05-10",
        _coded("Battles", "Kidal", "2024-05-05", None),
    ),
    (  # the last read: a dateline's town is no other place of the sentence a source's seat is told after
        "ABUJA, Nigeria - Bandits killed 12 villagers on Sunday, police in Zamfara said.",
        "2024-05-10",
        _coded("Violence against civilians", "Zamfara", "2024-05-05", 12),
    ),
    (  # the last read: "X, Y" of two towns of one state is two scenes, not a part of a town
        "Gunmen killed three people in Wukari, Jalingo on Monday.",
        "2024-05-10",
        lambda rs: sorted(r.location for r in rs) == ["Jalingo", "Wukari"],
    ),
    (  # the last read: a multiple without "and", and a second count that is a multiple
        "One hundred twenty people were killed when gunmen attacked Kasuwa village on Thursday.",
        "2024-05-10",
        _coded("Violence against civilians", "Kasuwa", "2024-05-09", 120),
    ),
    (  # the last read
        "Gunmen killed two hundred people and one hundred were wounded in Kasuwa on Thursday.",
        "2024-05-10",
        lambda rs: [(r.fatalities, r.injuries) for r in rs] == [(200, 100)],
    ),
]


STRUCTURE_58 = [
    (  # a fronted "Amid ..." phrase is the setting the news happened amid, after a dateline too: its
        # trend's time ("since April") dates nothing, its event word types nothing
        "DAMASCUS - Amid fighting that has raged since April, government forces on Friday retook the town "
        "of Saraqeb, state media said.",
        "2023-05-06",
        _coded("Battles", "Saraq", "2023-05-05", None),
    ),
    (
        "DAMASCUS - Amid protests that have spread since April, government forces on Friday retook the "
        "town of Saraqeb, state media said.",
        "2023-05-06",
        _only("Battles", 36.81, 35.86),
    ),
    (
        "Amid fighting, gunmen on Friday killed five villagers in Saraqeb.",
        "2023-05-06",
        _coded("Violence against civilians", "Saraq", "2023-05-05", 5),
    ),
    (  # casualties: a second group with a verb of its own is no object of the killing
        "Fighting in Khartoum killed 20 people on Monday and thousands fled to Chad.",
        "2025-06-10",
        _coded("Battles", "Khartoum", "2025-06-09", 20),
    ),
    (  # the last read: a wire dateline's country and day are no place or time of the opening phrase
        "DAMASCUS, Syria (Reuters) - Amid fighting that has raged since April, government forces on Friday "
        "retook the town of Saraqeb, state media said.",
        "2023-05-06",
        _coded("Battles", "Saraq", "2023-05-05", None),
    ),
    (
        "ABUJA, Nigeria (AP) - Amid clashes, gunmen on Sunday killed four farmers in Kano.",
        "2023-05-06",
        _coded("Violence against civilians", "Kano", "2023-04-30", 4),
    ),
    (  # one event the news happened amid is told as an event
        "Amid an attack on a police station, police imposed a curfew in Kano on Sunday.",
        "2023-05-06",
        _coded("Battles", "Kano", "2023-04-30", None),
    ),
]


def _all_of(event_type: str, sub_event_type: str):
    """A probe's expectation: records, all of this type, one of them of this sub-event type."""
    return lambda rs: (
        bool(rs)
        and all(r.event_type == event_type for r in rs)
        and any(r.sub_event_type == sub_event_type for r in rs)
    )


STRUCTURE_59 = [
    (  # types, helper T: an armed side's doing with no event word and no crowd is no demonstration
        "On 3 May 2021, ISWAP militants held a preaching session in Kukawa, urging residents to pay zakat.",
        "2021-05-10",
        _coded("Strategic developments", "Kukawa", "2021-05-03", None),
    ),
    (  # arrests where a crowd was met with the means of crowd control: a protest with intervention
        "The police in Lagos arrested four persons at the Lekki Tollgate on Thursday while firing teargas "
        "into the air.",
        "2021-05-08",
        _all_of("Protests", "Protest with intervention"),
    ),
    (  # "live bullets" is force met by a crowd, not a shelling
        "On 3 May 2021, security forces fired live bullets at demonstrators in Kassala. No injuries were "
        "reported.",
        "2021-05-10",
        _all_of("Protests", "Protest with intervention"),
    ),
    (  # "demonstrate" before a preposition of place tells a protest
        "On 3 May 2021, students demonstrate in front of the ministry in Lome over unpaid grants.",
        "2021-05-10",
        _all_of("Protests", "Peaceful protest"),
    ),
    (  # the side the victims were accused of helping is no party to the deed
        "On 3 May 2021, soldiers beat and tortured three villagers in Sagaing accused of supporting the PDF.",
        "2021-05-10",
        _coded("Violence against civilians", "Sagaing", "2021-05-03", None),
    ),
    (  # "former", "retired": armed no more, a civilian
        "On 3 May 2021, the Taliban killed a former soldier at his home in Ghazni.",
        "2021-05-10",
        _coded("Violence against civilians", "Ghazni", "2021-05-03", 1),
    ),
    (
        "On 3 May 2021, gunmen shot dead a retired police officer in Maiduguri.",
        "2021-05-10",
        _coded("Violence against civilians", "Maiduguri", "2021-05-03", 1),
    ),
    (  # casualties, helper C: a wound told as fatal is a death, not an injury
        "Gunmen opened fire on a police patrol in Kano on Monday, fatally injuring one officer and wounding "
        "two others.",
        "2024-05-07",
        lambda rs: any(r.fatalities == 1 and r.injuries == 2 for r in rs),
    ),
    (  # a list after a first group of several words
        "Gunmen killed an elderly taco vendor, three farmers and one schoolteacher in Reynosa on Tuesday.",
        "2024-05-07",
        _coded("Violence against civilians", "Reynosa", "2024-05-07", 5),
    ),
    (  # "along with" joins two groups of one count
        "Gunmen killed the village head along with two of his sons in Gusau on Sunday.",
        "2024-05-07",
        _coded("Violence against civilians", "Gusau", "2024-05-05", 3),
    ),
    (  # an adjective before a named group's head; "N of his fighters"
        "A key Taliban commander and five of his fighters were killed in an air strike in Herat on Tuesday.",
        "2024-05-07",
        _coded("Explosions/Remote violence", "Herat", "2024-05-07", 6),
    ),
    (  # a modifier before a unit's name
        "Five members of the outlawed Bangsamoro Islamic Freedom Fighters died in a gunfight with soldiers "
        "in Datu Paglas on Wednesday.",
        "2024-05-07",
        _coded("Battles", "Datu Paglas", "2024-05-01", 5),
    ),
    (  # names told by a participle are no group
        "Two soldiers, identified as Sgt Musa Ali and Cpl John Obi, were killed in an ambush near Maiduguri "
        "on Monday.",
        "2024-05-07",
        _coded("Battles", "Maiduguri", "2024-05-06", 2),
    ),
    (  # a possessive counts one in a list
        "Gunmen killed a farmer, his wife and two children in Bokkos on Saturday.",
        "2024-05-07",
        _coded("Violence against civilians", "Bokkos", "2024-05-04", 4),
    ),
    (  # a breakdown of everyone counted adds no one
        "Gunmen killed six people, three women and three men, in an attack on Bokkos on Saturday.",
        "2024-05-07",
        _coded("Violence against civilians", "Bokkos", "2024-05-04", 6),
    ),
    (  # a headline's "5 hurt", "injure 4", "family of five"
        "3 killed, 5 hurt in Kano blast\n\nA bomb exploded at a market in Kano on Monday, police said.",
        "2024-05-07",
        lambda rs: any(r.fatalities == 3 and r.injuries == 5 for r in rs),
    ),
    (
        "Gunmen invade Plateau community, kill 9, injure 4\n\nGunmen attacked Pinau in Wase on Sunday, "
        "police said.",
        "2024-05-07",
        lambda rs: any(r.fatalities == 9 and r.injuries == 4 for r in rs),
    ),
    (
        "Airstrike kills family of five in Idlib\n\nAn airstrike hit a house in Idlib on Friday, rescuers "
        "said.",
        "2024-05-07",
        _coded("Explosions/Remote violence", "Idlib", "2024-05-03", 5),
    ),
    (  # "belonging to" a unit tells whose the dead were
        "Four soldiers belonging to the 22nd Motorized Infantry Battalion were killed when separatists "
        "attacked a checkpoint in Bamenda on Monday.",
        "2024-05-07",
        _coded("Battles", "Bamenda", "2024-05-06", 4),
    ),
    (  # "together with" after a name set off by commas
        "Bandits attacked Gada village in Zamfara State on Wednesday, killing the traditional ruler, Umaru "
        "Bello, together with three other residents.",
        "2024-05-07",
        lambda rs: any(r.event_type == "Violence against civilians" and r.fatalities == 4 for r in rs),
    ),
    # review R: the struck side after "linked to X" stays a party; arrests of an armed side stay arrests;
    # a strike that made people flee is a strike; a group's name after "ex-" is
    # no sign of civilians; "plan to demonstrate" is a plan; a crowd's size tells a demonstration
    (
        "Militants linked to JNIM attacked soldiers near Mopti on Monday, killing four.",
        "2024-05-07",
        _coded("Battles", "Mopti", "2024-05-06", 4),
    ),
    (
        "Police arrested two suspected ISWAP militants in Maiduguri on Monday while firing tear gas.",
        "2024-05-07",
        lambda rs: any(r.sub_event_type == "Arrests" for r in rs),
    ),
    (
        "Israel struck targets in the village of Aitaroun in southern Lebanon on Monday, forcing hundreds of "
        "families to flee.",
        "2024-05-07",
        lambda rs: [r.event_type for r in rs] == ["Explosions/Remote violence"],
    ),
    (
        "Ex-Seleka rebels attacked the village of Ndele on Monday, killing five civilians.",
        "2024-05-07",
        lambda rs: any(r.inter1 == 2 for r in rs),
    ),
    (
        "Teachers plan to demonstrate in front of the ministry in Lome on Monday, their union said.",
        "2024-05-04",
        lambda rs: not any(r.event_type == "Protests" for r in rs),
    ),
    (
        "On 4 May 2020, wives of soldiers sat in front of the governorate in Bukavu (Sud-Kivu), denouncing "
        "the non-payment of their husbands' wages. [size=around 60]",
        "2020-05-05",
        _all_of("Protests", "Peaceful protest"),
    ),
]


# false records, helper N: a trend, a series, a habit, a threat, a denial, a kind described are no news
_DIKWA = (
    "Gunmen kill five in attack on Nigerian village\n\nMAIDUGURI, Nigeria (AP) - Gunmen killed five people "
    "in an attack on the village of Dikwa in Borno State on Saturday, officials said.\n\nPolice said the "
    "attackers arrived on motorcycles and opened fire on residents.\n\n"
)


def _dikwa_alone(rs) -> bool:
    """The Dikwa report's one event, and no other record."""
    return [(r.event_type, "Dikwa" in (r.location or ""), r.fatalities) for r in rs] == [
        ("Violence against civilians", True, 5)
    ]


STRUCTURE_59 += [
    (_DIKWA + sentence, "2024-03-10", _dikwa_alone)
    for sentence in (
        "Geidam lies in the north of Yobe State, where insurgents have recently intensified attacks.",
        "Insurgents have stepped up attacks on military bases in Yobe State.",
        "Analysts say the jihadists have expanded their attacks into Adamawa State.",
        "The attack is the latest in a string of killings in Adamawa State.",
        "Insurgents also attack farmers in Gwoza.",
        "Monguno lies about 60 km from Maiduguri, where bandits attack travellers.",
        "Boko Haram threatened in a video to attack schools in Yobe State.",
        "The army said it did not carry out any air strikes in Gwoza.",
        "Kidnappings for ransom are a lucrative business for armed gangs in Zamfara State.",
        # review of helper B: a singular group's habit, a trend's progressive, the series an event follows, a
        # threat's noun, a relative clause's habit, a gerund told as a kind
        "ISWAP also attacks military bases in Yobe State.",
        "Insurgents are stepping up attacks in Yobe State.",
        "The attack follows a series of killings in Adamawa State.",
        "Boko Haram issued a threat to attack schools in Yobe State.",
        "The herders, who attack farmers in Gwoza, are armed.",
        "Attacks on farmers are rising in Borno State.",
        "Kidnapping for ransom is a lucrative business for armed gangs in Zamfara State.",
        "Kidnappings for ransom have become a lucrative business for armed gangs in Zamfara State.",
    )
] + [
    (_DIKWA + sentence, "2024-03-10", _coded(event_type, place, "2024-03-10", dead))
    for sentence, event_type, place, dead in (
        ("Bandits threatened villagers in Gwoza and then killed two of them on Sunday.",
         "Violence against civilians", "Gwoza", 2),
        ("No one has claimed responsibility for any attack, but militants killed two soldiers in Bama on "
         "Sunday.", "Battles", "Bama", 2),
        # a dated event told as the latest of a series after it: the day's event, the series its background
        ("Gunmen killed five villagers in Bama on Sunday in the latest in a string of attacks in Borno "
         "State.", "Violence against civilians", "Bama", 5),
        # review R (session 60): the day's event told after a trend's progressive and "and" or "after", before
        # the series it follows; a noun "threats to" that governs no event word
        ("Insurgents are stepping up attacks and killed five soldiers in Bama on Sunday.", "Battles", "Bama",
         5),
        ("Security forces are stepping up patrols in Bama after gunmen killed five villagers there on "
         "Sunday.", "Violence against civilians", "Bama", 5),
        ("A bomb blast killed seven people in Bama on Sunday and follows a series of attacks in Borno State.",
         "Explosions/Remote violence", "Bama", 7),
        ("Despite threats to their lives, hundreds of women protested in Bama on Sunday.", "Protests", "Bama",
         None),
    )
] + [
    # review R (session 60): an irregular past in a relative clause is no habit
    (_DIKWA + "Soldiers, who retook Bama from the insurgents, found five bodies.", "2024-03-10",
     lambda rs: any(r.location == "Bama" for r in rs)),
]  # fmt: skip

# review R2: an irregular past is no habitual present; the day's event told beside a trend stays
STRUCTURE_59 += [
    (_DIKWA + "Elsewhere, gunmen shot three traders in Bama, police said.", "2024-03-10",
     lambda rs: any(r.location == "Bama" for r in rs)),
    (_DIKWA + "Separately, soldiers hit a militant camp near Bama, killing 12 insurgents.", "2024-03-10",
     _coded("Explosions/Remote violence", "Bama", "2024-03-09", 12)),
    ("Russian forces have stepped up shelling of Kharkiv, killing five people on Saturday.", "2024-03-10",
     _coded("Explosions/Remote violence", "Kharkiv", "2024-03-09", 5)),
    ("The RSF has stepped up its assault on El Fasher, where its fighters killed 10 people on Saturday.",
     "2024-03-10", lambda rs: any("El Fasher" in (r.location or "") and r.fatalities == 10 for r in rs)),
    ("Fresh clashes in El Fasher on Saturday are a blow to ceasefire talks, the UN said.", "2024-03-10",
     lambda rs: any(r.event_type == "Battles" and "El Fasher" in (r.location or "") for r in rs)),
]  # fmt: skip


STRUCTURE_60 = [
    (  # helper N: a telling's "that" opens what was said, not a relative clause of the noun before it
        "OUAGADOUGOU, Feb. 17 -- Gunmen killed 12 people in an attack on a village in northern Burkina Faso, "
        "officials said. The governor said in a statement that the attack took place on Sunday in Arbinda.",
        "2020-02-17",
        _coded("Violence against civilians", "Aribinda", "2020-02-16", 12),
    ),
    (
        "Gunmen killed five villagers in an attack on Gulak in Adamawa State, police said. A police "
        "spokesman told reporters that the attack took place on Saturday night.",
        "2020-02-17",
        _coded("Violence against civilians", "Gulak", "2020-02-15", 5),
    ),
    (  # helper P: a region after a village the gazetteer lacks is that region, not a town of its name
        "On 11 February 2024, Russian forces fired mortars and artillery at Paraskoviivka, Donetsk. "
        "Casualties unknown.",
        "2024-02-12",
        lambda rs: bool(rs) and all(r.admin1 == "Donetsk" and r.country == "Ukraine" for r in rs),
    ),
    (
        "On 10 March 2024, Russian air forces carried out airstrikes at Muraveinia, Sumy.",
        "2024-03-11",
        lambda rs: bool(rs) and all(r.admin1 == "Sumy" and r.geo_precision != 1 for r in rs),
    ),
    (  # ... not when the report tells the event at that town: a part of it
        "Gunmen killed five people in Kaduna on Sunday, police said. The attack took place in Unguwan Rimi, "
        "Kaduna, a police spokesman said.",
        "2024-03-05",
        lambda rs: len(rs) == 1 and rs[0].location == "Kaduna",
    ),
]

# helper T (session 60): developments told with no violence; ground forces with remote weapons in support;
# an armed side's post destroyed with no one hurt
STRUCTURE_60 += [
    ("On 3 March 2021, the government deployed police officers to Kisumu ahead of the elections.",
     "2021-03-10", _all_of("Strategic developments", "Other")),
    ("On 3 March 2021, the military imposed a curfew in Kaduna after the clashes.", "2021-03-10",
     _coded("Strategic developments", "Kaduna", "2021-03-03", None)),
    ("On 3 March 2021, JNIM militants destroyed a gendarmerie post in Solenzo.", "2021-03-10",
     _all_of("Strategic developments", "Looting/property destruction")),
    ("On 3 March 2021, troops backed by air strikes attacked militants in Marte, killing 20.", "2021-03-10",
     _coded("Battles", "Marte", "2021-03-03", 20)),
    ("On 3 March 2021, ground forces and aircraft of the army attacked an ADF camp in Beni, killing 8 "
     "rebels.", "2021-03-10", _coded("Battles", "Beni", "2021-03-03", 8)),
    # ... not an air force's strike, nor a post burned with its men killed
    ("On 3 March 2021, the air force bombed militant positions in Sambisa, killing 12 militants.",
     "2021-03-10", _all_of("Explosions/Remote violence", "Air/drone strike")),
    ("On 3 March 2021, militants attacked and burned a police station in Mandera, killing two officers.",
     "2021-03-10", _coded("Battles", "Mandera", "2021-03-03", 2)),
    # helper M: the dead told at one place and the hurt at another; a second attack at a village the
    # gazetteer lacks, with a toll of its own, is a second event
    ("KYIV, March 9 -- Russian shelling killed two civilians in Kherson and wounded four in Nikopol on "
     "Monday, officials said.", "2021-03-10",
     lambda rs: {(r.location, r.fatalities, r.injuries) for r in rs} == {("Kherson", 2, None),
                                                                         ("Nikopol", None, 4)}),
    ("BAMAKO, March 9 -- Four soldiers were killed on Monday when their convoy was ambushed near Douentza. "
     "A second attack on a post in Boulkessi wounded two soldiers.", "2021-03-10",
     lambda rs: len(rs) == 2 and {r.fatalities for r in rs} == {4, None}),
    # helper T2: whoever reacts to an event is no side in it; what someone is arrested for is no event word
    # of the arrest
    ("On 3 March 2021, residents mourned five villagers killed by gunmen in Kajuru.", "2021-03-10",
     _coded("Violence against civilians", "Kajuru", "2021-03-03", 5)),
    ("On 3 March 2021, traders mourned two colleagues shot dead by bandits near Gusau.", "2021-03-10",
     _coded("Violence against civilians", "Gusau", "2021-03-03", 2)),
    ("On 3 March 2021, police arrested three men suspected of kidnapping in Kano.", "2021-03-10",
     _all_of("Strategic developments", "Arrests")),
    ("On 3 March 2021, police arrested four suspects over the killing of a village head in Kano.",
     "2021-03-10", _all_of("Strategic developments", "Arrests")),
    ("On 3 March 2021, police detained a soldier for shooting a civilian in Kano.", "2021-03-10",
     _all_of("Strategic developments", "Arrests")),
    ("On 3 March 2021, the army arrested two suspected Boko Haram members involved in attacks on Bama.",
     "2021-03-10", _all_of("Strategic developments", "Arrests")),
    # ... not a battle told beside arrests, nor a crowd's own violence it is arrested for
    ("On 3 March 2021, soldiers killed two militants and arrested five others in Beni.", "2021-03-10",
     lambda rs: any(r.event_type == "Battles" for r in rs)),
    ("On 3 March 2021, police arrested 10 youths for burning tyres and throwing stones in Kisumu.",
     "2021-03-10", lambda rs: any(r.event_type == "Riots" for r in rs)),
]  # fmt: skip

# review R3 (session 60): a noun's relative clause after a telling is no telling's "that"; remote weapons told
# after the targets, or "ground" told of them, make no battle; missiles deployed against troops are a strike;
# a post destroyed with its men killed in the next clause is the battle alone
_ARBINDA = "Gunmen killed 12 people in an attack on Arbinda in northern Burkina Faso, officials said. "
STRUCTURE_60 += [
    (_ARBINDA + "A spokesman told reporters the convoy that left Djibo on Wednesday had not arrived.",
     "2020-02-21", _coded("Violence against civilians", "Aribinda", "2020-02-21", 12)),
    (_ARBINDA + "The governor said the convoy that left Djibo on Wednesday had not arrived.", "2020-02-21",
     _coded("Violence against civilians", "Aribinda", "2020-02-21", 12)),
    (_ARBINDA + "The governor warned residents that fled on Wednesday not to return.", "2020-02-21",
     _coded("Violence against civilians", "Aribinda", "2020-02-21", 12)),
    ("Gunmen killed five villagers in an attack on Gulak in Adamawa State, police said. A police spokesman "
     "told the BBC Hausa service that the attack took place on Saturday night.", "2020-02-17",
     _coded("Violence against civilians", "Gulak", "2020-02-15", 5)),
    ("On 3 March 2021, Russian forces shelled Ukrainian positions near Kupiansk with artillery backed by "
     "drones.", "2021-03-10", _all_of("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("On 3 March 2021, Israeli warplanes struck Hezbollah positions in Khiam ahead of a possible ground "
     "offensive.", "2021-03-10", _all_of("Explosions/Remote violence", "Air/drone strike")),
    ("On 3 March 2021, the air force carried out air strikes on militant positions in Sambisa, killing 12 "
     "militants, while ground troops remained in Maiduguri.", "2021-03-10",
     _all_of("Explosions/Remote violence", "Air/drone strike")),
    ("On 3 March 2021, Russian forces deployed guided missiles against troops in Kupiansk.", "2021-03-10",
     _all_of("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("On 3 March 2021, militants destroyed an army post in Mandera; two soldiers were killed.", "2021-03-10",
     lambda rs: [(r.event_type, r.fatalities) for r in rs] == [("Battles", 2)]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "holds"),
    [(text, "2024-11-18", holds) for text, holds in REVIEWED]
    + REVIEWED_21
    + STRUCTURE_23
    + REVIEWED_24
    + STRUCTURE_26
    + REVIEWED_26
    + STRUCTURE_27
    + REVIEWED_27
    + STRUCTURE_28
    + REVIEWED_28
    + REVIEWED_28B
    + STRUCTURE_29
    + REVIEWED_29
    + REVIEWED_29B
    + REVIEWED_29C
    + REVIEWED_29D
    + STRUCTURE_30
    + REVIEWED_30
    + REVIEWED_30B
    + STRUCTURE_31
    + REVIEWED_31
    + STRUCTURE_32
    + REVIEWED_32
    + REVIEWED_32B
    + STRUCTURE_33
    + REVIEWED_33
    + REVIEWED_33B
    + REVIEWED_33C
    + STRUCTURE_34
    + REVIEWED_34
    + REVIEWED_34B
    + REVIEWED_34C
    + STRUCTURE_35
    + REVIEWED_35
    + STRUCTURE_36
    + STRUCTURE_37
    + STRUCTURE_38
    + STRUCTURE_39
    + STRUCTURE_40
    + REVIEWED_40
    + STRUCTURE_41
    + STRUCTURE_42
    + STRUCTURE_44
    + STRUCTURE_45
    + STRUCTURE_46
    + STRUCTURE_47
    + STRUCTURE_49
    + STRUCTURE_50
    + STRUCTURE_51
    + STRUCTURE_52
    + STRUCTURE_53
    + STRUCTURE_54
    + STRUCTURE_55
    + STRUCTURE_56
    + STRUCTURE_57
    + STRUCTURE_58
    + STRUCTURE_59
    + STRUCTURE_60,
)
def test_reviewed_misreadings_stay_mended(text, published, holds, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, published=dt.date.fromisoformat(published))
    assert holds(records), [(r.event_type, r.location, r.event_date, r.fatalities) for r in records]


def test_a_sentence_dated_before_the_event_leaves_what_follows_to_that_time(gazetteer, lexicon):
    # "Protests began in April" turns the report to the past: the police who dispersed "some of those
    # protests" met them, not the rally told as news, which stays a peaceful protest in its words
    from events.extraction.drafting import article_drafts

    text = (
        "Thousands rally in Warsaw for jailed activists\n\nThousands of people rallied in Warsaw on Sunday "
        "to demand the release of activists held since the spring.\n\nProtests began in the city in April "
        "after the arrest of two union leaders.\n\nPolice violently dispersed some of those protests, "
        "detaining hundreds on charges of rioting."
    )
    article = parse_article(text, where="t", article_id="t", published=dt.date(2023, 9, 17))
    drafts = article_drafts(article, gazetteer, lexicon)
    body = [d for d in drafts if not d.headline]
    assert [d.event_type for d in body] == ["Protests"]
    assert not any("Riots" in f for f in body[0].features), sorted(body[0].features)
    told = [article.text[a:b] for a, b in body[0].spans]
    assert not any("dispersed" in s for s in told), told


@pytest.mark.parametrize(
    ("headline", "victim"),
    [("Clan elder shot dead in Mogadishu", True), ("Three soldiers killed near Gao", True),
     ("Gunmen killed three soldiers near Gao", False), ("Soldiers kill three gunmen near Gao", False)],
)  # fmt: skip
def test_a_headline_past_form_with_no_object_is_a_passive(headline, victim):
    from events.extraction.actors import Party

    words = {"Clan elder": "civilians", "Three soldiers": "state_forces", "Gunmen": "political_militia",
             "Soldiers": "state_forces"}  # fmt: skip
    subject = next(w for w in words if headline.startswith(w))
    party = Party(0, len(subject), words[subject])
    verb = next(v for v in ("shot", "killed", "kill") if f" {v} " in headline)
    start = headline.index(f" {verb} ") + 1
    found = roles(headline, (0, len(headline)), [(start, start + len(verb))], [party], headline=True)
    assert (party in found.victims) == victim and (party in found.agents) == (not victim)


def test_a_headline_verb_of_two_sides_is_no_passive():
    from events.extraction.actors import Party

    headline = "Soldiers clashed with militants near Gao"
    soldiers, militants = Party(0, 8, "state_forces"), Party(22, 31, "political_militia")
    start = headline.index("clashed")
    found = roles(headline, (0, len(headline)), [(start, start + 7)], [soldiers, militants], headline=True)
    assert soldiers not in found.victims


def test_a_tally_of_the_past_day_with_no_place_is_no_toll_of_the_strike_before(gazetteer, lexicon):
    # a ministry's count over the past 24 hours tells many events; the strike keeps its own dead, and the
    # same words with a place and a deed stay an event of their own (the M23 case above)
    text = (
        "A family was killed in the central Gaza Strip in an Israeli strike on Sunday.\n\nThe Gaza Health "
        "Ministry reported at least 25 Palestinians were killed in the past 24 hours.\n\nThe parents and "
        "their six children were killed in Deir el-Balah, the hospital said."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2024, 8, 18))
    assert [(r.event_type, r.fatalities) for r in records] == [("Explosions/Remote violence", 8)]


def test_a_count_framed_by_since_is_a_period_toll_and_an_ultra_is_a_militant(gazetteer, lexicon):
    # "Since August 5, only eight encounters ... in which 16 militants were killed": no event's toll; and
    # "one unidentified ultra was killed" retells the militant killed, not one more dead
    text = (
        "An unidentified militant was killed in a gunfight with security forces in Bandipora district on "
        "Sunday.\n\nOfficials said the hiding militants fired on the security forces, and one unidentified "
        "ultra was killed in the retaliatory fire.\n\nHowever, since mobile services were snapped on "
        "August 5, only eight encounters have been reported across Kashmir, in which 16 were killed."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2019, 11, 10))
    assert [(r.event_type, r.fatalities) for r in records] == [("Battles", 1)]


def test_a_department_named_by_its_kind_qualifies_the_town_before_it(gazetteer, lexicon):
    # "the department of Arauca" is the state (its capital is a namesake), and it qualifies the municipality
    # named before it: the event is in Arauquita
    text = (
        "At least five soldiers were killed on Saturday in an attack by guerrillas in a rural area of the "
        "municipality of Arauquita in the department of Arauca."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2021, 9, 12))
    assert [(r.event_type, r.location) for r in records] == [("Battles", "Arauquita")]


def test_a_count_told_for_each_town_goes_to_each_towns_event(gazetteer, lexicon):
    # "four in neighbouring Omdurman, eight in the city of Nyala": each town its own count (not 23 shared)
    text = (
        "At least 25 people died in clashes between the army and the RSF in Khartoum on Saturday. The "
        "doctors said four people were killed in neighboring Omdurman, eight in the city of Nyala, six in "
        "the city of El Obeid and five in El Fasher."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 4, 16))
    counts = {r.location: r.fatalities for r in records}
    assert counts == {"Khartoum": 25, "Omdurman": 4, "Nyala": 8, "El Obeid": 6, "El Fasher": 5}, counts


def test_a_meeting_after_a_name_ending_in_was_is_a_meeting(gazetteer, lexicon):
    # "ECOWAS met": the passive's "was met by police" is no meeting, but "WAS" ends a name here
    text = (
        "A delegation from the West African bloc ECOWAS met ousted president Mohamed Bazoum and junta leader "
        "General Abdourahamane Tiani in Niamey on Saturday, the Nigerian presidential spokesperson said."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2023, 8, 19))
    assert [(r.event_type, r.location) for r in records] == [("Diplomacy", "Niamey")]


def test_a_reprisal_is_another_incident_not_more_of_the_attack(gazetteer, lexicon):
    # the families' retaliatory attack the next day is no part of the attack it answers (its dead are not
    # the attack's: 15, not the lower of 15 and 8)
    text = (
        "Fifteen people were killed and 17 others injured when gunmen attacked residents of Rashad village "
        "in Miqdadiyah district late Tuesday night.\n\nOn Wednesday, the families of the victims reportedly "
        "launched a retaliatory attack on a Sunni residential village, killing 8 people."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2021, 10, 28))
    assert [(r.location, r.fatalities) for r in records][:1] == [("Al Miqdādīyah", 15)]


def test_a_campaigns_toll_in_another_clause_leaves_the_event(gazetteer, lexicon):
    # only a sentence that opens on "since ...," frames its clauses' counts as a span's toll
    text = (
        "Two soldiers were killed in an ambush near Gao on Monday, while more than 300 have been killed "
        "since the insurgency began."
    )
    records = extract(text, gazetteer, lexicon, published=dt.date(2020, 6, 2))
    assert [(r.location, r.fatalities) for r in records] == [("Gao", 2)]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a verb between a named actor and a described party: two parties, not one described
        ("The RSF attacked civilians in El Fasher.", [("RSF", "rebels"), ("civilians", "civilians")]),
        ("Hamas shot soldiers near Gaza.", [("Hamas", "rebels"), ("soldiers", "state_forces")]),
        # a modifier, or none: the named actor, described
        ("RSF's armed fighters attacked.", [("RSF", "rebels")]),
        ("M23 rebel fighters attacked.", [("M23", "rebels")]),
    ],
)
def test_a_named_actors_verb_does_not_join_it_to_the_party_after(text, parties, lexicon):
    found = find_parties(text, find_actors(text, lexicon), lexicon)
    assert [(text[p.start : p.end], p.type) for p in found] == parties


# One clause, the class an ACLED coder gives it: "Type" when only the type is pinned, "Type::Sub-type" when
# the sub-type is too. (Each entry was a misreading once; the comment says what it teaches.)
D16, D21, D23, D25 = dt.date(2016, 10, 31), dt.date(2021, 6, 10), dt.date(2023, 7, 16), dt.date(2025, 1, 13)
CLAUSE_CLASSES = [
    # a headline's present tense tells the event as its past does
    (
        "Gunmen kidnap 20 villagers in Zamfara",
        D21,
        "Violence against civilians::Abduction/forced disappearance",
    ),
    ("Police detain 30 opposition activists in Harare", D21, "Strategic developments::Arrests"),
    ("Ethiopian prime minister meets Somali president in Mogadishu", D21, "Diplomacy"),
    # a visit in a past-perfect time clause is what came before the news, no diplomacy
    (
        "Gang members abducted 17 missionaries in Croix-des-Bouquets on Saturday after they had visited an "
        "orphanage.",
        D21,
        "Violence against civilians",
    ),
    # men detained with explosives: an arrest, the explosives theirs (no bomb went off)
    (
        "Six insurgents have been detained along with two trucks of explosives in Paktika province, "
        "officials said on Sunday.",
        dt.date(2016, 2, 21),
        "Strategic developments::Arrests",
    ),
    (
        "An Israeli undercover unit re-arrested Bassam Saadi in Jenin on Sunday.",
        dt.date(2016, 2, 21),
        "Strategic developments::Arrests",
    ),
    # tear shells, and police "shelling" a crowd, are tear gas: no artillery
    (
        "Police fired tear shells and rubber bullets at BNP activists in Naogaon town on Tuesday.",
        D16,
        "Protests",
    ),
    (
        "The protesters were trying to clear the containers at Swabi interchange on Sunday when police "
        "started shelling.",
        D16,
        "Protests",
    ),
    # a crowd's clash with the police, stones thrown: a riot, no battle
    ("The PTI workers clashed with the police and pelted them with stones in Swabi on Sunday.", D16, "Riots"),
    # people killed and a church set ablaze, no one named: an attack that burned things, no crowd told; the
    # riots themselves told are a riot whoever is not named
    (
        "Two people were killed and a church was set ablaze in an attack on Chibok on Saturday.",
        D25,
        "Violence against civilians",
    ),
    ("Two people were killed in riots in Kaduna on Saturday, police said.", D25, "Riots"),
    # a road blockade, a dharna, a hartal, a bandh, a ville morte, a march with an adjective: protests
    ("Villagers staged a road blockade in Bhanjanagar on Saturday over a death in custody.", D23, "Protests"),
    ("Farmers sat on a dharna outside the district office in Bhanjanagar on Saturday.", D23, "Protests"),
    (
        "On 3 June 2021, the opposition enforced a hartal in Dhaka (Dhaka, Dhaka) over fuel price hikes.",
        D21,
        "Protests",
    ),
    (
        "On 3 June 2021, a bandh was observed in Imphal (Imphal West, Manipur) called by student bodies.",
        D21,
        "Protests",
    ),
    ("On 3 June 2021, residents observed a ville morte in Bamenda (Mezam, Nord-Ouest).", D21, "Protests"),
    (
        "On 3 June 2021, activists handed a memorandum to the governor in Maiduguri during a peaceful march.",
        D21,
        "Protests",
    ),
    # the owners of what was destroyed are not struck; what was carried off is looted; a village or a camp
    # raided with no one hurt is the place things were taken from
    (
        "On 3 June 2021, Israeli forces demolished homes of suspected militants in Jenin (Jenin, West Bank).",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    (
        "On 3 June 2021, armed men raided a clinic in Kalehe (Kalehe, Sud-Kivu) and made off with medicine.",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    (
        "On 3 June 2021, cattle rustlers raided a cattle camp in Tonj (Tonj North, Warrap) and took 300 "
        "heads of cattle. No casualties reported.",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    (
        "On 3 June 2021, gunmen raided a village in Tonj (Tonj North, Warrap) and looted shops. No "
        "casualties reported.",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    # a checkpoint or a roadblock "at" which someone was struck is where, no side struck and no demonstration
    (
        "On 3 June 2021, soldiers beat and injured a civilian at a checkpoint in Sagaing (Sagaing, Sagaing).",
        D21,
        "Violence against civilians",
    ),
    (
        "On 3 June 2021, soldiers killed two civilians at a roadblock in Kalehe.",
        D21,
        "Violence against civilians",
    ),
    # the Civilian JTF is a militia, whatever its name says: attacking it is a battle
    ("On 3 June 2021, ISWAP militants killed a Civilian JTF member in Konduga, Borno.", D21, "Battles"),
    # force on a crowd described by a word or two is force against the crowd
    (
        "On 3 June 2021, security forces opened fire on anti-coup protesters in Monywa, killing 2.",
        D21,
        "Protests::Excessive force against protesters",
    ),
    (
        "On 3 June 2021, police opened fire on peaceful demonstrators in Monywa, killing 2.",
        D21,
        "Protests::Excessive force against protesters",
    ),
    # a raid beside an arrest is the arrest's own, not violence that unsettles it
    (
        "On 3 June 2021, Israeli forces raided Beit Ummar in Hebron and arrested four Palestinians.",
        D21,
        "Strategic developments::Arrests",
    ),
    # a coder's label however long: the note is an entry all the same, its event the label's class
    (
        "Non-violent activity: On 3 June 2021, the Houthis held a military parade in Sanaa (Sanaa City, "
        "Amanat al Asimah).",
        D21,
        "Strategic developments::Other",
    ),
    (
        "Property destruction: On 3 June 2021, Israeli forces bulldozed farmland in Khuza'a (Khan Younis, "
        "Gaza Strip).",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    # land bulldozed is property destroyed; a military parade is a development, no battle
    (
        "On 3 June 2021, Israeli forces bulldozed farmland in Khuza'a (Khan Younis, Gaza Strip).",
        D21,
        "Strategic developments::Looting/property destruction",
    ),
    (
        "On 3 June 2021, the Houthis held a military parade in Sanaa (Sanaa City, Amanat al Asimah).",
        D21,
        "Strategic developments::Other",
    ),
    # a talk's setting is no topic of it: "discussed ... over the phone" is a call
    (
        "The foreign ministers of Kenya and Ethiopia discussed regional developments over the phone "
        "on Monday.",
        D21,
        "Diplomacy::Phone call",
    ),
    # a district's compound or centre is held by the state's forces: attacking it is a battle
    ("The Taliban attacked the Qaisar district compound on Saturday.", D21, "Battles"),
    ("The Taliban overran the district centre in Qaisar on Saturday.", D21, "Battles"),
    # an exchange of prisoners is an agreement, in the codebook's words, however many are swapped
    (
        "Russia and Ukraine exchanged hundreds of prisoners of war on Wednesday.",
        D21,
        "Strategic developments::Agreement",
    ),
    (
        "The two sides swapped 300 detainees in Sanaa on Wednesday.",
        D21,
        "Strategic developments::Agreement",
    ),
    # who a clause is told by is no party to it: "according to local activists" is no crowd
    (
        "The RSF shelled the main hospital in El Fasher on Wednesday, killing four people, according to "
        "local activists.",
        D21,
        "Explosions/Remote violence::Shelling/artillery/missile attack",
    ),
    (
        "According to the army, gunmen shot dead two traders in Maiduguri on Wednesday.",
        D21,
        "Violence against civilians::Attack",
    ),
]


@pytest.mark.parametrize(("text", "published", "wanted"), CLAUSE_CLASSES)
def test_a_clause_is_classed_as_an_acled_coder_would(text, published, wanted, gazetteer, lexicon):
    records = extract(text, gazetteer, lexicon, published=published)
    got = [f"{r.event_type}::{r.sub_event_type}" if "::" in wanted else r.event_type for r in records]
    assert got == [wanted]


def test_a_run_of_spaces_is_read_once_by_the_clause_and_list_patterns():
    # (hostile input: each pattern once tried every space of a run as a start, reading the run again
    # from each: some seconds on 20,000 spaces; now each run is read from its first space)
    from events.extraction.scene_checks import LIST_GOES_ON
    from events.extraction.triggers import CLAUSE_BREAK

    assert list(CLAUSE_BREAK.finditer(" " * 20_000 + "; a")) != []
    assert LIST_GOES_ON.match(" " * 20_000) is None
    assert [m.span() for m in CLAUSE_BREAK.finditer("at 12:30 pm: he left  while she stayed")] == [
        (11, 13),
        (20, 22),
    ]
