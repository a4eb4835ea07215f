import random

import pytest

from jointwatch.core.geo import (
    AreaIndex,
    distance_to_area_km,
    haversine_km,
    nearest_area,
    point_in_polygon,
    segment_distance_km,
)
from jointwatch.core.knowledge import AreaOfInterest, default_knowledge

SQUARE = AreaOfInterest(
    name="Square", lat=0.5, lon=0.5, polygon=[(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)]
)


def test_haversine_one_degree_of_latitude():
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=0.01)


def test_haversine_london_to_paris():
    assert haversine_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(343.5, abs=1.0)


def test_haversine_is_symmetric_and_zero_on_the_spot():
    assert haversine_km(10, 20, -5, 100) == pytest.approx(haversine_km(-5, 100, 10, 20))
    assert haversine_km(35, 139, 35, 139) == 0


def test_segment_distance_uses_the_closest_point_of_the_arc():
    # 1 degree north of the middle of an equatorial segment
    assert segment_distance_km((1.0, 0.5), (0.0, 0.0), (0.0, 1.0)) == pytest.approx(111.195, 0.01)


def test_segment_distance_beyond_an_end_is_the_distance_to_that_end():
    expected = haversine_km(0, 3, 0, 1)
    assert segment_distance_km((0.0, 3.0), (0.0, 0.0), (0.0, 1.0)) == pytest.approx(expected)


def test_inside_a_polygon_the_distance_is_zero():
    assert point_in_polygon((0.5, 0.5), SQUARE.polygon)
    assert distance_to_area_km((0.5, 0.5), SQUARE) == 0.0


def test_outside_a_polygon_the_distance_is_to_the_nearest_edge():
    assert not point_in_polygon((0.5, 2.0), SQUARE.polygon)
    assert distance_to_area_km((0.5, 2.0), SQUARE) == pytest.approx(111.18, abs=0.1)


def test_radius_is_subtracted_and_floored_at_zero():
    padded = SQUARE.model_copy(update={"radius_km": 100.0})
    assert distance_to_area_km((0.5, 2.0), padded) == pytest.approx(11.18, abs=0.1)
    assert distance_to_area_km((0.5, 1.5), padded) == 0.0


def test_point_area_is_a_circle():
    guam = AreaOfInterest(name="Guam", lat=13.44, lon=144.79, radius_km=50)
    assert distance_to_area_km((13.44, 144.79), guam) == 0.0
    far = distance_to_area_km((14.44, 144.79), guam)
    assert far == pytest.approx(111.195 - 50, abs=0.1)


def test_polygon_across_the_antimeridian():
    aleutians = AreaOfInterest(
        name="Across",
        lat=52,
        lon=180,
        polygon=[(50.0, 175.0), (50.0, -175.0), (55.0, -175.0), (55.0, 175.0)],
    )
    assert distance_to_area_km((52.0, 179.5), aleutians) == 0.0
    assert distance_to_area_km((52.0, -179.5), aleutians) == 0.0
    assert distance_to_area_km((52.0, 170.0), aleutians) > 300


def test_polygon_across_the_antimeridian_does_not_hold_the_far_side_of_the_globe():
    alaska_like = AreaOfInterest(
        name="Alaska-like",
        lat=62,
        lon=-155,
        polygon=[(52.0, 172.0), (52.0, -130.0), (71.0, -141.0), (71.0, -168.0), (60.0, 175.0)],
    )
    assert point_in_polygon((62.0, -155.0), alaska_like.polygon)
    assert point_in_polygon((53.0, 176.0), alaska_like.polygon)
    assert not point_in_polygon((58.0, 20.0), alaska_like.polygon)  # the Baltic Sea
    assert distance_to_area_km((58.0, 20.0), alaska_like) > 5000


def test_area_index_finds_what_a_scan_of_every_area_finds():
    guam = AreaOfInterest(name="Guam", lat=13.44, lon=144.79, radius_km=50)
    twin = AreaOfInterest(name="Guam again", lat=13.44, lon=144.79, radius_km=50)
    areas = [SQUARE, guam, twin]
    index = AreaIndex(areas)
    for point in [(0.5, 0.5), (0.5, 3.0), (13.0, 145.0), (13.44, 144.79), (-40.0, -70.0)]:
        expected = nearest_area([point], areas)
        assert index.nearest(point) == expected
    assert index.nearest((13.44, 144.79))[0].name == "Guam"  # a tie goes to the first listed
    assert AreaIndex([]).nearest((0.0, 0.0)) is None


def test_nearest_area_picks_the_closest_area_over_all_points():
    guam = AreaOfInterest(name="Guam", lat=13.44, lon=144.79)
    area, km = nearest_area([(0.5, 3.0), (13.0, 145.0)], [SQUARE, guam]) or (None, None)
    assert area is not None and area.name == "Guam"
    assert km == pytest.approx(haversine_km(13.0, 145.0, 13.44, 144.79))


def test_nearest_area_without_points_or_areas_is_none():
    assert nearest_area([], [SQUARE]) is None
    assert nearest_area([(0.0, 0.0)], []) is None


def test_area_index_measures_each_area_as_distance_to_area_km_does():
    """The index works out the outlines' longitudes, edge normals and edge caps once, and
    skips the edges its caps rule out; the distances it measures are the very numbers
    distance_to_area_km computes, on every real area, also next to and along its edges."""
    areas = [*default_knowledge().areas, SQUARE]
    index = AreaIndex(areas)
    rnd = random.Random(7)
    points = [(rnd.uniform(-90.0, 90.0), rnd.uniform(-180.0, 180.0)) for _ in range(300)]
    points += [(lat + 0.01, lon - 0.01) for area in areas for lat, lon in area.polygon]
    for area in areas:
        polygon = area.polygon
        for (lat1, lon1), (lat2, lon2) in zip(polygon, [*polygon[1:], *polygon[:1]], strict=True):
            for _ in range(3):
                t, d = rnd.random(), rnd.choice([1e-9, 1e-4, 0.1, 3.0])
                lat = lat1 + t * (lat2 - lat1) + rnd.uniform(-d, d)
                points.append((max(-90.0, min(90.0, lat)), lon1 + t * (lon2 - lon1)))
    for point in points:
        for i, area in enumerate(areas):
            assert index._distance(point, i) == distance_to_area_km(point, area)
