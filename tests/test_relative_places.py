"""Relative and qualified places: what the mention says, and the fields extraction writes from it."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, shape

from events.places import find_mentions, haversine_km, place_fields, resolve_mentions
from events.places.fields import destination_lonlat


def first_place(text, gazetteer):
    return resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)[0]


@pytest.mark.parametrize(
    ("text", "relation", "km", "bearing"),
    [
        ("Clashes 20km north of Bambari left two dead.", "offset", 20.0, 0.0),
        ("A convoy was hit 15 kilometres south-west of Kharkiv.", "offset", 15.0, 225.0),
        ("A blast 5 miles from Mosul.", "offset", 8.047, None),
        ("A ship was hit 95NM South East of Aden.", "offset", 175.94, 135.0),  # nautical miles
        # "off" a coast's town, told with its kind and its country's people
        (
            "A drone hit a vessel 65 nautical miles off the Yemeni city of Al Hudaydah.",
            "offset",
            120.38,
            None,
        ),
        ("A raid 30 km south of the border town of Kurmuk.", "offset", 30.0, 180.0),
        ("Shelling on the outskirts of Kharkiv.", "outskirts", None, None),
        ("Fighting between Izium and Balakliia.", "between", None, None),
        ("Troops massed near Kupiansk.", "near", None, None),
        # a bearing and no distance: near it, that way ("west of El Fasher", "east of the capital, Aden")
        ("Militia ambushed lorries west of El Fasher.", "near", None, 270.0),
        ("A blast hit a post east of the capital, Aden.", "near", None, 90.0),
        ("Jets pounded villages just south of Jarabulus.", "near", None, 180.0),
        ("Shelling hit villages in the north of Kharkiv.", "", None, None),  # a part of it, not near it
        ("Shelling hit Kupiansk.", "", None, None),
        # the distance in words, and a conversion in brackets after it
        ("Pobeda, about five kilometers (three miles) west of Donetsk.", "offset", 5.0, 270.0),
        ("A raid some twelve kilometres south of Gusau.", "offset", 12.0, 180.0),
        ("Some 1,200 km from Mosul.", "offset", 1200.0, None),  # a thousands comma, not a decimal one
        ("Some 2,5 km from Mosul.", "offset", 2.5, None),
        # the capital named after its title ("north of the capital Mogadishu")
        ("A town about 220 kilometres north of the capital Mogadishu.", "offset", 220.0, 0.0),
        ("Gunmen attacked a village near the regional capital, Garowe.", "near", None, None),
        ("Protesters marched in the capital Mogadishu.", "", None, None),
        # the long s of old print ("ſouth"): case-insensitive patterns match it, so the bearing is
        # looked up case-folded (it raised a KeyError)
        ("Militia ambushed lorries ſouth of El Fasher.", "near", None, 180.0),
        ("A raid 30 km ſouth of the border town of Kurmuk.", "offset", 30.0, 180.0),
    ],
)
def test_the_mention_says_where_relative_to_the_name(gazetteer, text, relation, km, bearing):
    mention = first_place(text, gazetteer).mention
    assert (mention.relation, mention.offset_km, mention.bearing) == (relation, km, bearing)


def test_an_offset_with_a_bearing_gives_a_computed_point(gazetteer):
    place = first_place("Clashes 20km north of Bambari left two dead.", gazetteer)
    fields = place_fields(place, gazetteer)
    town_lon, town_lat = gazetteer.lonlat(place.entry)
    lon, lat = fields["geometry"]["coordinates"]
    assert fields["geo_precision"] == 2 and lat > town_lat
    assert abs(haversine_km(town_lat, town_lon, lat, lon) - 20) < 0.1
    assert fields["notes"] == ["20 km north of Bambari: a point computed from Bambari's."]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("A blast 5 miles from Mosul.", "Within 8.047 km of Mosul"),
        ("Shelling on the outskirts of Kharkiv.", "On the outskirts of Kharkiv"),
        ("Fighting between Izium and Balakliia.", "Between Izyum and another place"),
    ],
)
def test_other_relations_keep_the_town_point_at_precision_two(gazetteer, text, note):
    place = first_place(text, gazetteer)
    fields = place_fields(place, gazetteer)
    assert fields["geo_precision"] == 2
    assert fields["geometry"]["coordinates"] == [round(c, 5) for c in gazetteer.lonlat(place.entry)]
    assert any(n.startswith(note) for n in fields["notes"]), fields["notes"]


def test_acled_parentheses_qualify_with_admin2_and_admin1(gazetteer):
    text = "Militia attacked Rubaya (Masisi, Nord-Kivu)."
    masisi, kivu = resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
    assert gazetteer.entry(masisi.entry)["kind"] == "admin2"
    assert "qualified by 'Nord-Kivu'" in masisi.evidence
    fields = place_fields(masisi, gazetteer)
    # an area (the part of Nord-Kivu nearest to Masisi's settlements) that holds its settlements
    assert fields["geo_precision"] == 2 and fields["geometry"]["type"] in ("Polygon", "MultiPolygon")
    area = shape(fields["geometry"])
    towns = gazetteer.index.towns_in[masisi.entry]
    assert towns and all(area.contains(Point(*gazetteer.lonlat(t))) for t in towns)
    assert "second-level division" in fields["notes"][0]


def test_destination_is_a_great_circle_step():
    lon, lat = destination_lonlat(0.0, 0.0, 111.195, 90.0)
    assert abs(lat) < 1e-9 and abs(lon - 1.0) < 1e-3


def test_a_county_is_drawn_round_its_settlements_and_holds_them(gazetteer):
    text = "Wildfires spread in Orange County, California."
    county = first_place(text, gazetteer)
    assert gazetteer.entry(county.entry)["kind"] == "admin2"
    fields = place_fields(county, gazetteer)
    assert fields["geo_precision"] == 2 and fields["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert "approximate outline" in fields["notes"][0]
    anaheim = gazetteer.index.by_id["gn:5323810"]
    assert gazetteer.contains(county.entry, anaheim)
    assert not gazetteer.contains(county.entry, gazetteer.index.by_id["gn:5368361"])  # Los Angeles


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        # (lat, lon) of a town in the part the text names, and of one in another part
        ("Drone strikes in northern Mali killed 15 civilians.", (16.27, -0.04), (12.65, -8.0)),  # Gao, Bamako
        ("Air strikes in northeast Lebanon killed three.", (34.0, 36.2), (33.27, 35.2)),  # Baalbek, Tyre
        ("Gunmen killed five in north-east Nigeria.", (11.85, 13.16), (7.38, 3.9)),  # Maiduguri, Ibadan
        ("Jihadists killed eight soldiers in central Mali.", (14.49, -4.2), (11.32, -5.67)),  # Mopti, Sikasso
        ("Shelling hit towns in Ukraine's east.", (48.0, 37.8), (49.84, 24.03)),  # Donetsk, Lviv
        # a hyphen, and the half of the country that way (Jazan lies a little east of its middle)
        ("A drone struck south-western Saudi Arabia.", (16.89, 42.55), (26.43, 50.1)),  # Jazan, Dammam
        # a diagonal's sector holds a border province whose middle lies near the country's line
        (
            "Rebels attacked a village in south-eastern Central African Republic.",
            (5.4, 26.49),
            (10.28, 22.79),
        ),
        ("Clashes in north-western Syria.", (36.51, 36.87), (33.5, 36.3)),  # Afrin, Damascus
        # "the north of Mali", "north-central Nigeria" (its north, coarsely)
        ("Jihadists attacked a camp in the north of Mali.", (16.27, -0.04), (12.65, -8.0)),  # Gao, Bamako
        ("Gunmen killed four in north-central Nigeria.", (10.52, 7.44), (6.45, 3.39)),  # Kaduna, Lagos
        # a diagonal's two halves reach a little past the middle, no further (north-east India
        # holds no Leh, no Dehradun)
        (
            "Police clashed with protesters in north-east India.",
            (26.14, 91.74),
            (34.16, 77.58),
        ),  # Guwahati, Leh
        ("Police clashed with protesters in north-east India.", (26.14, 91.74), (30.32, 78.03)),  # Dehradun
    ],
)
def test_a_part_of_a_country_is_drawn_as_its_divisions_that_lie_that_way(gazetteer, text, inside, outside):
    import shapely
    from shapely.geometry import shape

    place = first_place(text, gazetteer)
    assert gazetteer.kind(place.entry) == "country" and place.mention.direction
    fields = place_fields(place, gazetteer)
    area = shape(fields["geometry"])
    assert area.contains(shapely.Point(inside[1], inside[0]))
    assert not area.contains(shapely.Point(outside[1], outside[0]))
    assert fields["geo_precision"] == 3
    drawn = f"Drawn as the part of {fields['country']} the text names"
    assert any(n.startswith(drawn) for n in fields["notes"])


@pytest.mark.parametrize("text", ["Fighting in North Korea was reported.", "Strikes hit Mali on Sunday."])
def test_a_country_named_whole_has_no_geometry(gazetteer, text):
    fields = place_fields(first_place(text, gazetteer), gazetteer)
    assert fields["geometry"] is None and fields["geo_precision"] == 3


@pytest.mark.parametrize(
    ("text", "kind", "precision"),
    [
        ("Gunmen killed 20 villagers 20 km from Bamako.", "Point", 2),  # close: Bamako's point
        ("Gunmen killed 20 villagers about 200 km from Bamako.", "Polygon", 3),  # far: the disc around it
    ],
)
def test_a_distance_with_no_direction_is_a_pin_when_close_and_a_disc_when_far(
    gazetteer, text, kind, precision
):
    import shapely
    from shapely.geometry import shape

    place = first_place(text, gazetteer)
    fields = place_fields(place, gazetteer)
    assert (fields["geometry"]["type"], fields["geo_precision"]) == (kind, precision)
    if kind == "Polygon":  # 150 km east of Bamako lies in the disc, 250 km does not
        area = shape(fields["geometry"])
        assert area.contains(shapely.Point(*destination_lonlat(-7.99, 12.65, 150, 90)))
        assert not area.contains(shapely.Point(*destination_lonlat(-7.99, 12.65, 250, 90)))


def test_a_division_with_no_outline_nor_centre_is_pinned_at_its_namesake_town(gazetteer):
    text = "Israeli raids continued in the Jenin governorate on Sunday."
    place = next(
        p
        for p in resolve_mentions(text, find_mentions(text, gazetteer), gazetteer)
        if gazetteer.kind(p.entry) == "admin1"
    )
    assert gazetteer.outline(place.entry) is None and gazetteer.lonlat(place.entry) is None
    fields = place_fields(place, gazetteer)
    lon, lat = fields["geometry"]["coordinates"]
    assert fields["geo_precision"] == 3 and haversine_km(lat, lon, 32.46, 35.30) < 5
    assert any("pinned at" in note for note in fields["notes"])
