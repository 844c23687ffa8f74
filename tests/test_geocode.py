"""Toponym traps: each resolution is checked together with the evidence the resolver gave."""

from __future__ import annotations

import pytest

from events.places import find_mentions, resolve_mentions


def resolve(text, gazetteer, blocked=()):
    mentions = find_mentions(text, gazetteer, list(blocked))
    return {r.mention.text: r for r in resolve_mentions(text, mentions, gazetteer)}


@pytest.mark.parametrize(
    ("text", "name", "country", "admin1", "evidence"),
    [
        (
            "Drones were assembled in Odessa, Texas, last year.",
            "Odessa",
            "US",
            "US.TX",
            "qualified by 'Texas'",
        ),
        ("The talks were held in Palm Beach, Florida.", "Palm Beach", "US", "US.FL", "Florida"),
        ("Shelling hit Pokrovsk in the Donetsk region.", "Pokrovsk", "UA", "UA.05", "Donetsk"),
        ("Borova in the Kharkiv region came under fire.", "Borova", "UA", "UA.07", "Kharkiv"),
        (
            "Officials in Washington said sanctions would follow.",
            "Washington",
            "US",
            "US.DC",
            "national capital",
        ),
        ("Paris hosted the summit.", "Paris", "FR", "FR.11", "national capital"),
        ("Explosions were heard in Kiev.", "Kiev", "UA", "UA.12", "city Kyiv"),
        ("Troops entered Artemovsk.", "Artemovsk", "UA", "UA.05", "city Bakhmut"),
        ("The train reached Zaporozhye.", "Zaporozhye", "UA", "UA.26", "Zaporizhzhya"),
        ("Strikes hit Slov'yans'k at dawn.", "Slov'yans'k", "UA", "UA.05", "Slovyansk"),
    ],
)
def test_trap(gazetteer, text, name, country, admin1, evidence):
    resolved = resolve(text, gazetteer)
    assert name in resolved, resolved.keys()
    place = resolved[name]
    entry = gazetteer.entry(place.entry)
    assert (entry["country_code"], entry["admin1_code"]) == (country, admin1), place.evidence
    assert any(evidence in e for e in place.evidence), place.evidence


def test_near_and_area_words(gazetteer):
    resolved = resolve("Fighting raged near Kupiansk and across the Donetsk region.", gazetteer)
    assert resolved["Kupiansk"].mention.near
    donetsk = resolved["Donetsk"]
    assert donetsk.mention.area_word == "region"
    assert gazetteer.entry(donetsk.entry)["kind"] == "admin1"
    # a word saying where the area lies, between the name and its area word
    resolved = resolve("Shelling hit the town of Shebekino in the Belgorod border region.", gazetteer)
    belgorod = resolved["Belgorod"]
    assert (belgorod.mention.area_word, gazetteer.entry(belgorod.entry)["kind"]) == ("region", "admin1")


def test_people_and_dates_are_not_places(gazetteer, lexicon):
    import datetime as dt

    from events.extraction.context import blocked_spans

    text = "Vladimir Putin spoke to Donald Trump. On Jan. 9, Reports indicate calm in Kyiv."
    blocked = blocked_spans(text, lexicon, dt.date(2024, 1, 10))
    names = {m.text for m in find_mentions(text, gazetteer, blocked)}
    assert "Kyiv" in names
    assert not names & {"Vladimir", "Donald", "Jan", "Reports"}


def test_a_possessive_place_before_a_name_is_a_place_not_a_first_name(gazetteer):
    # "Vladimir Putin": a first name; "Sargodha's Mujahid Colony": a town's, its possessive ends it
    text = "A mob attacked a home in Sargodha's Mujahid Colony. Strikes hit Gaza's Shejaiya neighbourhood."
    names = {m.text for m in find_mentions(text, gazetteer)}
    assert {"Sargodha", "Gaza"} <= names


def test_two_letters_an_alternate_name_matches_after_a_capitalised_word_are_no_place(gazetteer):
    # "Kin Ma village": "Ma" is an alternate name of a Thai town, here a syllable of the village's name;
    # a state's abbreviation after its town (", Ky", "Va.") stays a place
    assert [m.text for m in find_mentions("Houses were burned in Kin Ma village.", gazetteer)] == []
    names = [
        m.text
        for m in find_mentions("EDMONTON, Ky (WBKO) -- A fire in Alexandria, Va. on Monday.", gazetteer)
    ]
    assert {"Ky", "Va"} <= set(names)


def test_a_family_name_told_after_a_given_name_is_the_person_wherever_it_stands_alone(gazetteer):
    # "Moqtada al-Sadr": "Sadr" told alone later is the cleric, not Sadr City; a place told with the
    # article after a place ("in Deir al-Balah") and one never told as a family name stay places
    text = (
        "Araji stepped down at the request of Shi'ite cleric Moqtada al-Sadr. If Sadr is behind the "
        "resignation, the cleric may be backing the plan. Fighting went on in Mosul."
    )
    names = {m.text for m in find_mentions(text, gazetteer)}
    assert "Mosul" in names
    assert "Sadr" not in names
    assert "Sadr" in {m.text for m in find_mentions("Raids went on in Sadr overnight.", gazetteer)}


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        # a province told by a spelling only its seat has, the seat a small town: the division of its name
        ("A drone attacked a parade at al-Anad base in Lahaj province.", "Lahaj", "admin1:YE.24"),
        ("Jets bombed a monastery in the Magwe region.", "Magwe", "admin1:MM.15"),
    ],
)
def test_a_province_told_by_its_seats_spelling_is_the_division_of_that_name(gazetteer, text, name, division):
    resolved = resolve(text, gazetteer)
    assert gazetteer.index.ids[resolved[name].entry] == division


def test_country_aliases(gazetteer):
    for alias, code in [("U.S.", "US"), ("UK", "GB"), ("Britain", "GB"), ("Russia", "RU")]:
        resolved = resolve(f"Officials in {alias} responded.", gazetteer)
        entry = gazetteer.entry(resolved[alias].entry)
        assert (entry["kind"], entry["country_code"]) == ("country", code)


def test_region_outline_is_made_of_its_divisions(gazetteer):
    from shapely.geometry import Point

    ix = gazetteer.index
    donbas = gazetteer.outline(ix.by_id["region:donbas"])
    assert donbas.contains(Point(37.80, 48.00))  # Donetsk
    assert donbas.contains(Point(39.31, 48.57))  # Luhansk
    assert not donbas.contains(Point(30.52, 50.45))  # Kyiv
    assert not donbas.contains(Point(35.14, 47.84))  # Zaporizhzhia


@pytest.mark.parametrize(
    ("text", "name", "qualifier"),
    [
        # GeoNames' Dibrova are elsewhere in Ukraine; the one in Luhansk is missing
        ("Russian forces clashed with Ukrainian forces near Dibrova, Luhansk.", "Dibrova", "Luhansk"),
        # the large Makiivka is in Donetsk; the village of the Luhansk region is missing
        ("An offensive in the direction of Makiivka, Luhansk, was repelled.", "Makiivka", "Luhansk"),
    ],
)
def test_a_namesake_outside_the_qualifying_region_is_not_taken(gazetteer, text, name, qualifier):
    resolved = resolve(text, gazetteer)
    place, region = resolved[name], resolved[qualifier]
    assert place.entry == region.entry
    assert gazetteer.entry(place.entry)["kind"] == "admin1"
    assert any(f"no '{name}' of the gazetteer lies in" in e for e in place.evidence), place.evidence
    assert any(f"qualifies '{name}'" in e for e in region.evidence), region.evidence


def test_a_division_told_as_a_division_of_another_is_not_its_namesake_elsewhere(gazetteer):
    # "Sherpur upazila of Bogura": GeoNames' Sherpur (town and district) lie in Mymensingh; the upazila
    # of Bogura is missing, so the text's division of Bogura is placed in Bogura
    resolved = resolve("A clash broke out in Sherpur upazila of Bogura on Wednesday.", gazetteer)
    place, district = resolved["Sherpur"], resolved["Bogura"]
    assert place.entry == district.entry
    assert gazetteer.entry(place.entry)["kind"] == "admin2" and gazetteer.country_code(place.entry) == "BD"
    assert any("no 'Sherpur' of the gazetteer lies in" in e for e in place.evidence), place.evidence


def test_a_large_namesake_in_another_country_is_not_a_place_told_with_its_district(gazetteer):
    # Muncie, Indiana, is also spelled "Mansi"; the Mansi of Bhamo district is missing
    resolved = resolve(
        "The army captured a base in the town of Mansi in Bhamo district of Kachin state.", gazetteer
    )
    place = resolved["Mansi"]
    assert gazetteer.entry(place.entry)["kind"] == "admin2" and gazetteer.country_code(place.entry) == "MM"
    assert any("no 'Mansi' of the gazetteer lies in" in e for e in place.evidence), place.evidence


@pytest.mark.parametrize(
    ("text", "name", "countries"),
    [
        (
            "At least 10 were injured in a factional clash in Ishwardi Upazila of the district.",
            "Ishwardi",
            {"BD"},
        ),
        ("The attackers invaded Tofa village in Bungudu LGA and fired sporadically.", "Bungudu", {"NG"}),
        # (a word of several words, spelled out and capitalised: no surname after a first name)
        ("Gunmen killed 40 farmers in Kukawa Local Government Area of Borno State.", "Kukawa", {"NG"}),
        ("Troops took the town of Mansi in Bhamo Township on Monday.", "Bhamo", None),
    ],
)
def test_a_local_division_word_after_a_name_tells_the_kind_of_place(gazetteer, text, name, countries):
    # the kind of division after the name, capitalised or not, is no surname ("Ishwardi Upazila")
    mention = {m.text: m for m in find_mentions(text, gazetteer)}[name]
    assert mention.area_word
    if countries:
        assert {gazetteer.country_code(e) for e, _ in mention.candidates} == countries


def test_a_compass_word_in_english_names_a_district_filed_in_hindi(gazetteer):
    # GeoNames files West Bardhaman as "Paschim Bardhaman" (and has a Purba Bardhaman, the east's)
    text = "A mob vandalised a police outpost in the Kulti area of Bengal's West Bardhaman district."
    place = resolve(text, gazetteer)["West Bardhaman"]
    assert gazetteer.name(place.entry) == "Paschim Bardhaman"
    assert "East Chicago" in {gazetteer.name(e) for e, _ in gazetteer.lookup("East Chicago")}  # (as filed)


@pytest.mark.parametrize(
    ("text", "name", "filed"),
    [
        ("The strike consisted of two engagements outside of Xaradheere, Somalia, a coastal town.",
         "Xaradheere", "Xarardheere"),
        ("An explosion near Raghagan Dam, 13 kilometres east of Khaar town in Bajaur District, killed two.",
         "Khaar", "Khar"),
    ],
)  # fmt: skip
def test_a_qualified_name_the_gazetteer_spells_a_letter_apart_is_that_town(gazetteer, text, name, filed):
    mention = {m.text: m for m in find_mentions(text, gazetteer)}[name]
    assert [gazetteer.name(e) for e, _ in mention.candidates] == [filed]


def test_a_name_spelt_a_letter_apart_needs_its_area_and_first_letter(gazetteer):
    # unqualified: no guess; "Kutkivka" is no "Utkivka" (the first letter differs), though one of Kharkiv's
    assert "Xaradheere" not in {m.text for m in find_mentions("Strikes hit Xaradheere on Monday.", gazetteer)}
    assert "Kutkivka" not in {
        m.text for m in find_mentions("Forces shelled near Kutkivka, Kharkiv.", gazetteer)
    }
    assert gazetteer.lookup("Utkivka")
    # nor a person's name before the country ("Hakan Fidan, Turkey's foreign minister")
    names = {
        m.text for m in find_mentions("He met Hakan Fidan, Turkey's foreign minister, on Monday.", gazetteer)
    }
    assert "Fidan" not in names


def test_a_headlines_capitalised_common_word_is_no_place(gazetteer):
    # "in Wake of" (a town of that name in Japan): stopwords.txt's kind of word
    names = {
        m.text
        for m in find_mentions("Fresh Confrontations in Urumqi in Wake of Syringe Stabbings", gazetteer)
    }
    assert names == {"Urumqi"}


def test_a_division_word_of_one_country_rules_out_namesakes_elsewhere(gazetteer):
    # "Raipura" also spells Raipur of India; an upazila is Bangladesh's, and its Raipura is missing
    for kind in ("Upazila", "upazila"):
        text = f"Eight were injured when villagers clashed at Abdullahpur in Raipura {kind} of the district."
        assert "Raipura" not in {m.text for m in find_mentions(text, gazetteer)}
    assert gazetteer.lookup("Raipura")  # (the namesake the word rules out)
    # a word many countries use rules out none ("Mansi Township": Myanmar's or any other)
    assert "Mansi" in {m.text for m in find_mentions("Troops took Mansi Township on Monday.", gazetteer)}


def test_the_division_words_file_is_checked_when_read(tmp_path):
    from events.errors import GazetteerError
    from events.places.mentions import _division_words

    for content, message in [
        ("- upazila\n", "mapping"),
        ("Upazila: [BD]\n", "lower-case words"),
        ("local  government: [NG]\n", "lower-case words"),
        ("upazila: BD\n", "country codes"),
        ("upazila: [Bangladesh]\n", "country codes"),
    ]:
        path = tmp_path / "division_words.yaml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(GazetteerError, match=f"division_words.yaml: .*{message}"):
            _division_words(path)


def test_a_namesake_just_across_the_regional_line_is_taken(gazetteer):
    # Temyrivka of the Zaporizhzhia region lies 0.7 km outside Natural Earth's Donetsk region
    place = resolve("Russian forces shelled near Temyrivka, Donetsk.", gazetteer)["Temyrivka"]
    assert gazetteer.entry(place.entry)["kind"] == "city", place.evidence


def test_a_namesake_well_across_a_surveyed_line_is_not_taken(gazetteer):
    # Inhulets of the Dnipropetrovsk region lies 20 km outside the Kherson region's boundary
    place = resolve("Russian forces shelled near Inhulets, Kherson.", gazetteer)["Inhulets"]
    assert gazetteer.entry(place.entry)["kind"] == "admin1", place.evidence


def test_without_the_npm_package_divisions_keep_their_settlements_hulls(tmp_path, caplog):
    from events.places.natural_earth import admin1_outlines, admin1_version

    assert admin1_outlines(tmp_path / "admin1.json") == {} and admin1_version(tmp_path) == ""
    assert "outlined from their settlements" in caplog.text


def test_first_level_divisions_have_natural_earths_boundaries(gazetteer):
    import shapely

    north_darfur = gazetteer.index.by_id["admin1:SD.55"]
    assert gazetteer.has_boundary(north_darfur)
    # the boundary, not a hull around its towns: North Darfur reaches the Libyan border
    assert gazetteer.outline(north_darfur).contains(shapely.Point(24.5, 19.5))


@pytest.mark.parametrize(
    ("division", "inside"),
    [
        # Natural Earth's "FR.75" is the département of Paris; GeoNames' is Nouvelle-Aquitaine
        ("admin1:FR.75", (-0.58, 44.84)),  # Bordeaux
        # its "PH.14" is a province of northern Luzon; GeoNames' is ARMM, in Mindanao
        ("admin1:PH.14", (124.29, 8.0)),  # Marawi
        # Hambantota district, which Natural Earth files under no GeoNames province
        ("admin1:LK.34", (80.69, 6.27)),  # Katuwana
        # a unit split since (Ouham-Fafa) keeps its old outline
        ("admin1:CF.12", (17.45, 6.49)),  # Bossangoa
    ],
)
def test_boundaries_are_filed_where_geonames_files_their_towns(division, inside, gazetteer):
    import shapely

    area = gazetteer.index.by_id[division]
    assert gazetteer.has_boundary(area)
    assert gazetteer.outline(area).contains(shapely.Point(*inside))
    lon, lat = gazetteer.lonlat(area)
    assert gazetteer.outline(area).contains(shapely.Point(lon, lat))  # its centre lies in it


def test_a_boundary_is_refiled_only_when_its_own_code_has_almost_no_towns():
    import numpy as np
    from shapely.geometry import box

    from events.places.natural_earth import _filed_codes

    # three features: one whose code names another unit, one shared by a split, one empty
    features = [("XX.75", box(0, 0, 1, 1)), ("XX.12", box(2, 0, 3, 1)), ("XX.30", box(5, 0, 6, 1))]
    towns = [(0.5, 0.5, "XX.11")] * 9 + [(0.6, 0.6, "YY.75")]  # another country's town does not vote
    towns += [(2.5, 0.5, "XX.20")] * 3 + [(2.4, 0.4, "XX.12")] * 2
    lons, lats, codes = zip(*towns, strict=True)
    filed = _filed_codes(features, (np.asarray(lons), np.asarray(lats), list(codes)))
    assert filed == ["XX.11", "XX.12", "XX.30"]


def test_a_boundary_that_holds_few_of_its_divisions_towns_is_not_taken():
    import numpy as np
    import shapely
    from shapely.geometry import box

    from events.places.outlines import _agrees

    outline = shapely.to_wkb(box(0, 0, 1, 1))
    assert _agrees(outline, np.array([0.5, 0.2, 3.0]), np.array([0.5, 0.2, 3.0]))
    assert not _agrees(outline, np.array([0.5, 3.0, 3.2]), np.array([0.5, 3.0, 3.1]))


def test_two_regions_share_one_area_word(gazetteer):
    resolved = resolve("Drones were shot down over the Kharkiv and Sumy regions.", gazetteer)
    for name in ("Kharkiv", "Sumy"):
        assert gazetteer.entry(resolved[name].entry)["kind"] == "admin1", resolved[name].evidence
        assert "the text calls it a region" in resolved[name].evidence


def _span_resolution(text, name, gazetteer):
    from events.places import resolve_spans

    start = text.index(name)
    return resolve_spans(text, [(start, start + len(name))], gazetteer)[0]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # the gazetteer lacks the whole name: the place comes from another of its words
        ("He worked at the Bank of Mexico for years.", "Bank of Mexico", "Mexico"),
        ("She studied at Robinson College Cambridge.", "Robinson College Cambridge", "Cambridge"),
        ("A diplomat at the British Embassy Tokyo said so.", "British Embassy Tokyo", "Tokyo"),
        ("Patients were moved to Colchester General Hospital.", "Colchester General Hospital", "Colchester"),
    ],
)
def test_a_longer_name_takes_the_place_among_its_words(gazetteer, text, name, place):
    resolved = _span_resolution(text, name, gazetteer)
    assert resolved is not None and gazetteer.entry(resolved.entry)["name"] == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The meeting was held at City Hall.", "City Hall"),  # Hall County
        ("Projects include the Agriculture Park.", "Agriculture Park"),  # Park County
        ("He was taken to Karl Bremer Hospital.", "Karl Bremer Hospital"),  # a surname
        ("They met at the Percy French Hotel.", "Percy French Hotel"),  # not France
        ("Wastewater in SA is diluted.", "SA"),  # not the town Siá
        ("Junta artillery fire in KNU territory kills one man", "KNU"),  # Kanpur's airport code
    ],
)
def test_kinds_of_place_surnames_and_chance_abbreviations_are_not_places(gazetteer, text, name):
    assert _span_resolution(text, name, gazetteer) is None


def test_a_towns_code_is_no_name_of_it_but_its_initials_are(gazetteer):
    for code in ("KNU", "BGW"):  # the airports of Kanpur and Baghdad
        assert not gazetteer.lookup(code), code
    assert {gazetteer.name(e) for e, _ in gazetteer.lookup("HCMC")} == {"Ho Chi Minh City"}
    assert "New York City" in {gazetteer.name(e) for e, _ in gazetteer.lookup("NYC")}


def test_a_division_filed_under_a_first_level_code_lies_in_that_division(gazetteer):
    strip = next(e for e, _ in gazetteer.lookup("Gaza Strip") if gazetteer.kind(e) == "admin1")
    governorate = next(e for e, _ in gazetteer.lookup("Deir Al-Balah") if gazetteer.kind(e) == "admin1")
    assert gazetteer.contains(strip, governorate) and not gazetteer.contains(governorate, strip)


def test_coasts_are_regions_and_the_political_west_is_no_place(gazetteer):
    coast = _span_resolution("Fires spread along the West Coast.", "West Coast", gazetteer)
    assert gazetteer.entry(coast.entry)["name"] == "West Coast"
    assert gazetteer.entry(coast.entry)["kind"] == "region"
    assert _span_resolution("Sanctions by Western governments.", "Western", gazetteer) is None
    assert _span_resolution("Relations between Russia and the West.", "West", gazetteer) is None


@pytest.mark.parametrize(
    ("text", "name", "geonameid"),
    [
        ("Cyclones formed over the Indian Ocean.", "Indian Ocean", 1545739),
        ("Migrants from Central America reached the border.", "Central America", 7729892),
        ("Storms crossed the Atlantic Ocean.", "Atlantic Ocean", 3373405),
    ],
)
def test_seas_and_world_regions_carry_their_geonames_entry(gazetteer, text, name, geonameid):
    resolved = _span_resolution(text, name, gazetteer)
    assert gazetteer.entry(resolved.entry)["geonameid"] == geonameid


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        ("Montana offered $69 per prisoner, per day.", "Montana", "admin1", "US"),  # not Montana, BG
        ("Explosions were heard in Kharkiv overnight.", "Kharkiv", "city", "UA"),  # not the oblast
        ("Kurdish forces held Qamishli.", "Qamishli", "city", "SY"),  # GeoNames: Al Qāmishlī
        ("He was a Bosnian Serb officer.", "Bosnian", "country", "BA"),  # "Bosnian,Herzegovinian"
        ("He was a Bosnian Serb officer.", "Serb", "country", "RS"),  # countryinfo: Serbian
        ("The end of Austro-Hungarian rule.", "Austro", "country", "AT"),
        ("Peacekeepers left Bosnia in 2004.", "Bosnia", "country", "BA"),
        ("The Essex and Herts Air Ambulance landed.", "Herts", "admin2", "GB"),  # Hertfordshire
        ("Aid convoys reached Darfur last week.", "Darfur", "region", "SD"),  # the five states it became
        ("Floods cut roads across NSW.", "NSW", "admin1", "AU"),  # an alias of New South Wales
        ("Police in Greater Manchester made arrests.", "Greater Manchester", "region", "GB"),  # its boroughs
        ("Cholera reached St. Marc on the Haitian coast.", "St. Marc", "city", "HT"),  # Saint-Marc
    ],
)
def test_states_towns_and_arabic_articles(gazetteer, text, name, kind, country):
    resolved = _span_resolution(text, name, gazetteer)
    entry = gazetteer.entry(resolved.entry)
    assert (entry["kind"], entry["country_code"]) == (kind, country), resolved.evidence


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        ("Officials said Nick Burton of Toronto left.", "Toronto", "Burton"),
        ("The meeting at Trump’s Mar-a-Lago resort ended.", "Mar-a-Lago", ""),
        # the head of an organisation's name: a town's name before "Committee", "Party", "Bank"
        ("In Beni, militants ambushed the president of the local Red Cross Committee.", "Beni", "Red Cross"),
        ("One protester was shot dead at the Baath Party office in Sweida.", "Sweida", "Baath"),
        ("Members of the Borno Council met on Monday.", "Borno", ""),  # a division's name stays a place
    ],
)
def test_the_tail_of_a_persons_or_organisations_name_is_not_a_place(gazetteer, text, found, not_found):
    names = {m.text for m in find_mentions(text, gazetteer)}
    assert found in names and not_found not in names


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("The Trinidad and Tobago team left. T&T officials said so.", "T&T", "Trinidad and Tobago"),
        ("Rain fell across New South Wales. Floods hit towns in NSW on Monday.", "NSW", "New South Wales"),
        ("Millions of South Africans voted. SA holds the reserves.", "SA", "South Africa"),
    ],
)
def test_capitals_spelling_a_name_the_text_writes_in_full_stand_for_it(gazetteer, text, name, place):
    from events.places import resolve_spans

    start = text.rindex(name)
    given = resolve_spans(text, [(start, start + len(name))], gazetteer)[0]
    assert given is not None and gazetteer.entry(given.entry)["name"] == place
    found = {r.mention.text: r for r in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)}
    assert name in found and gazetteer.entry(found[name].entry)["name"] == place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Federal Bureau of Investigation said the FBI would look.", "FBI"),  # spells no place
        ("The Social Affairs office said SA staff left.", "SA"),
    ],
)
def test_capitals_spelling_no_place_stay_unknown(gazetteer, text, name):
    assert _span_resolution(text, name, gazetteer) is None
    assert name not in {m.text for m in find_mentions(text, gazetteer)}


@pytest.mark.parametrize(
    ("text", "kind", "admin1"),
    [
        # most of the story's other places lie in the state: the bare name is the state
        ("Growers in Yakima, Wenatchee and Spokane said orchards across Washington lost their crops.",
         "admin1", "US.WA"),
        # one other place is no story's state
        ("Protesters marched in Seattle. Lawmakers in Washington voted on Tuesday.", "city", "US.DC"),
    ],
)  # fmt: skip
def test_a_division_named_bare_where_the_storys_places_lie_is_the_division(gazetteer, text, kind, admin1):
    washington = resolve(text, gazetteer)["Washington"]
    entry = gazetteer.entry(washington.entry)
    assert (entry["kind"], entry["admin1_code"]) == (kind, admin1), washington.evidence
    told = "most of the article's other places lie in US.WA" in washington.evidence
    assert told == (kind == "admin1")


def test_a_name_listed_with_states_is_a_state(gazetteer):
    text = "Cases were reported in Michigan, Oregon, New Mexico, New York, Indiana, Ohio and Wisconsin."
    resolved = resolve(text, gazetteer)
    for name, code in (("New York", "US.NY"), ("Indiana", "US.IN")):
        entry = gazetteer.entry(resolved[name].entry)
        assert (entry["kind"], entry["admin1_code"]) == ("admin1", code), resolved[name].evidence
        assert "listed with places of its kind (admin1)" in resolved[name].evidence


def test_a_name_listed_with_towns_stays_a_town(gazetteer):
    resolved = resolve("Shows are planned in London, Paris and New York.", gazetteer)["New York"]
    assert gazetteer.entry(resolved.entry)["kind"] == "city", resolved.evidence
    assert not any(e.startswith("listed with") for e in resolved.evidence)


def test_the_index_pickles_packed_and_reads_back_the_same():
    """The cache holds the index packed (events.places.packed); what loads is the same index."""
    import math
    import pickle

    from events.errors import GazetteerError
    from events.places.index import Index

    index = Index()
    kyiv = index.add("gn:703448", "Kyiv", "city", "UA", "UA.12", 703448, 2_797_553, 50.45, 30.52)
    nan = math.nan
    oblast = index.add("admin2:x", "Kyiv Oblast", "admin2", "UA", "UA.13", None, 1_700_000, nan, nan)
    index.by_name = {"kyiv": ((kyiv, 3), (oblast, 1)), "kiev": ((kyiv, 2),)}
    index.towns_in = {oblast: frozenset({kyiv})}
    loaded = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert loaded.ids == index.ids and loaded.names == index.names and loaded.admin1 == index.admin1
    assert loaded.by_id == {"gn:703448": kyiv, "admin2:x": oblast}
    assert loaded.by_name.get("kyiv") == ((kyiv, 3), (oblast, 1)) and "kiev" in loaded.by_name
    assert loaded.by_name.get("lviv", ()) == () and list(loaded.by_name) == ["kyiv", "kiev"]
    assert loaded.towns_in == {oblast: frozenset({kyiv})}
    again = pickle.loads(pickle.dumps(loaded))  # a loaded index pickles again
    assert dict(again.by_name) == dict(loaded.by_name) and again.kinds == ["city", "admin2"]
    empty = pickle.loads(pickle.dumps(Index()))
    assert empty.ids == [] and len(empty.by_name) == 0
    with pytest.raises(pickle.UnpicklingError, match="not packed"):  # an older cache: rebuilt
        Index().__setstate__(dict(index.__dict__))
    index.names[0] = "Kyiv\x1f"
    with pytest.raises(GazetteerError, match="separator"):
        pickle.dumps(index)


def test_the_place_stage_loads_without_the_network_modules():
    """`sitrep gazetteer add UA` downloads; loading the index never does, nor imports urllib."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    code = "import sys, events.places; print('urllib.request' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                         env={"PYTHONPATH": str(root), "PATH": ""})  # fmt: skip
    assert out.stdout.strip() == "False"


def test_a_region_described_before_a_countrys_name_is_in_that_country(gazetteer):
    # "region of X" names X as the region, unless the region is described ("Kurdish region of Iraq"):
    # then X is the country it lies in, not a division GeoNames also calls "Iraq" (Markazi, Iran)
    resolved = resolve(
        "The autonomous Kurdish region of Iraq said a drone struck a car in Sinjar.", gazetteer
    )
    assert gazetteer.entry(resolved["Iraq"].entry)["kind"] == "country"
    assert gazetteer.country_code(resolved["Iraq"].entry) == "IQ"
    assert (
        gazetteer.entry(resolve("The governor of the state of Georgia spoke.", gazetteer)["Georgia"].entry)[
            "kind"
        ]
        == "admin1"
    )


def test_a_dateline_town_tells_which_country_a_shared_name_is(gazetteer):
    # "Congo" is the Democratic Republic in news style, unless the report is filed from the other
    brazzaville = resolve("BRAZZAVILLE - Police in Congo arrested dozens of protesters on Sunday.", gazetteer)
    assert gazetteer.country_code(brazzaville["Congo"].entry) == "CG"
    assert any("filed from CG" in e for e in brazzaville["Congo"].evidence)
    assert (
        gazetteer.country_code(resolve("Fighting in eastern Congo killed five.", gazetteer)["Congo"].entry)
        == "CD"
    )


@pytest.mark.parametrize(
    ("text", "name", "division"),
    [
        # a common word with an area word after it names the division
        ("The governor of the West region of Cameroon said so.", "West", "admin1:CM.08"),
        # the division spelt another way ("South-West")
        ("Separatists fought troops in the Southwest region of Cameroon.", "Southwest", "admin1:CM.09"),
    ],
)
def test_a_division_named_by_a_common_word_or_another_spelling(text, name, division, gazetteer):
    place = resolve(text, gazetteer)[name]
    assert gazetteer.index.ids[place.entry] == division, place.evidence


def test_a_common_word_alone_names_no_place(gazetteer):
    assert "West" not in resolve("Troops of Cameroon moved West across the river on Sunday.", gazetteer)


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("RU.41", "Kursk"),  # not GeoNames' Azerbaijani "Kursk vilayəti"
        ("RU.09", "Belgorod"),
        ("LK.34", "Southern Province"),  # not the Tamil "Teṉ"
        ("UA.04", "Dnipropetrovsk"),
        ("UA.26", "Zaporizhzhia"),
        ("ZA.03", "Free State"),  # a kind word that is part of the name
        ("SD.55", "North Darfur"),
        ("RU.17", "Dagestan"),  # "Dagestan, Respublika", not the Azerbaijani "Dağıstan"
        ("RU.38", "Krasnodar"),  # "Krasnodarskiy kray"
        ("KZ.01", "Almaty"),  # "Almaty oblysy"
    ],
)
def test_first_level_divisions_are_shown_by_their_plain_english_names(code, shown, gazetteer):
    assert gazetteer.admin1_name(code) == shown
