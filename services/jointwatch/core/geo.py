"""Distances on the Earth between reported places and areas of interest.

Great-circle (spherical Earth) distances in kilometres, good to about 0.5 %: enough to
say "about 300 km off Alaska". Polygons are coarse outlines given as [lat, lon] vertices;
the inside test makes longitudes continuous along the outline, so outlines that cross the
antimeridian work as long as they span less than 180 degrees of longitude.

Deliberately left out: ellipsoidal geodesy and polygons with holes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from .knowledge import AreaOfInterest

EARTH_RADIUS_KM = 6371.0088

Point = tuple[float, float]
_Vector = tuple[float, float, float]
# an outline's continuous longitudes, their middle, and its edges: ends, normal, and the
# middle and cap of `_arc_cap`
_Edge = tuple[_Vector, _Vector, _Vector | None, float, float, float, float]
_Outline = tuple[list[float], float, list[_Edge]]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points given in degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _vector(lat: float, lon: float) -> _Vector:
    phi, lmb = math.radians(lat), math.radians(lon)
    return (math.cos(phi) * math.cos(lmb), math.cos(phi) * math.sin(lmb), math.sin(phi))


def _cross(a: _Vector, b: _Vector) -> _Vector:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a: _Vector, b: _Vector) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _angle(a: _Vector, b: _Vector) -> float:
    """The angle between two unit vectors, stable for small and large angles."""
    c = _cross(a, b)
    return math.atan2(math.sqrt(_dot(c, c)), _dot(a, b))


def segment_distance_km(point: Point, a: Point, b: Point) -> float:
    """Distance from `point` to the shorter great-circle arc between `a` and `b`."""
    return _segment_distance(_vector(*point), _vector(*a), _vector(*b))


def _segment_distance(p: _Vector, va: _Vector, vb: _Vector) -> float:
    """`segment_distance_km` from the unit vectors of the point and the arc's ends. The
    products of `_cross` and `_dot` are written out (the same operations in the same order):
    this runs for every edge of every outline measured."""
    return _arc_distance(p, va, vb, _arc_normal(va, vb))


def _arc_normal(va: _Vector, vb: _Vector) -> _Vector | None:
    """The unit normal of the great circle through `va` and `vb` (va x vb, normalised), None
    when they coincide (or are antipodal): the part of `_segment_distance` that depends on
    the arc alone, which AreaIndex works out once per edge."""
    ax, ay, az = va
    bx, by, bz = vb
    nx, ny, nz = ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx
    norm = math.sqrt(nx * nx + ny * ny + nz * nz)
    if norm < 1e-12:
        return None
    return nx / norm, ny / norm, nz / norm


def _arc_distance(p: _Vector, va: _Vector, vb: _Vector, normal: _Vector | None) -> float:
    """`_segment_distance`, given the arc's `_arc_normal`."""
    if normal is None:  # a and b coincide (or are antipodal): treat the arc as a point
        return EARTH_RADIUS_KM * _angle(p, va)
    px, py, pz = p
    ax, ay, az = va
    bx, by, bz = vb
    nx, ny, nz = normal
    off = px * nx + py * ny + pz * nz
    fx, fy, fz = px - off * nx, py - off * ny, pz - off * nz
    foot_len = math.sqrt(fx * fx + fy * fy + fz * fz)
    if foot_len > 1e-12:
        fx, fy, fz = fx / foot_len, fy / foot_len, fz / foot_len
        if (ay * fz - az * fy) * nx + (az * fx - ax * fz) * ny + (ax * fy - ay * fx) * nz >= 0 and (
            fy * bz - fz * by
        ) * nx + (fz * bx - fx * bz) * ny + (fx * by - fy * bx) * nz >= 0:
            return EARTH_RADIUS_KM * abs(math.asin(max(-1.0, min(1.0, off))))
    # min(_angle(p, va), _angle(p, vb))
    cx, cy, cz = py * az - pz * ay, pz * ax - px * az, px * ay - py * ax
    to_a = math.atan2(math.sqrt(cx * cx + cy * cy + cz * cz), px * ax + py * ay + pz * az)
    cx, cy, cz = py * bz - pz * by, pz * bx - px * bz, px * by - py * bx
    to_b = math.atan2(math.sqrt(cx * cx + cy * cy + cz * cz), px * bx + py * by + pz * bz)
    return EARTH_RADIUS_KM * min(to_a, to_b)


def point_in_polygon(point: Point, polygon: Sequence[tuple[float, float]]) -> bool:
    """Even-odd rule on [lat, lon] vertices. Longitudes are made continuous along the
    outline (each vertex within 180 degrees of the previous one), and the point's longitude
    is taken within 180 degrees of the outline's middle, so outlines across the
    antimeridian work and a point on the far side of the globe is never inside."""
    if len(polygon) < 3:
        return False
    lons, middle = _continuous_lons(polygon)
    return _inside(point, polygon, lons, middle)


def _continuous_lons(polygon: Sequence[tuple[float, float]]) -> tuple[list[float], float]:
    """The outline's longitudes made continuous (see point_in_polygon), and their middle."""
    lons = [polygon[0][1]]
    for vertex in polygon[1:]:
        lons.append(lons[-1] + ((vertex[1] - lons[-1] + 540.0) % 360.0 - 180.0))
    return lons, (min(lons) + max(lons)) / 2.0


def _inside(
    point: Point, polygon: Sequence[tuple[float, float]], lons: list[float], middle: float
) -> bool:
    """`point_in_polygon`, given the `_continuous_lons` of an outline of 3 vertices or more."""
    lat, lon = point
    lon = middle + ((lon - middle + 540.0) % 360.0 - 180.0)
    inside = False
    prev_lat, prev_lon = polygon[-1][0], lons[-1]
    for index, vertex in enumerate(polygon):
        cur_lat, cur_lon = vertex[0], lons[index]
        if (cur_lat > lat) != (prev_lat > lat):
            crossing = cur_lon + (lat - cur_lat) * (prev_lon - cur_lon) / (prev_lat - cur_lat)
            if lon < crossing:
                inside = not inside
        prev_lat, prev_lon = cur_lat, cur_lon
    return inside


def distance_to_area_km(point: Point, area: AreaOfInterest) -> float:
    """0 inside the area; else the distance to its outline (or centre) minus its radius."""
    return _area_distance(point, area, _outline_vectors(area))


def _outline_vectors(area: AreaOfInterest) -> list[_Vector]:
    """The unit vectors of an outline's vertices (none for an area without an outline)."""
    polygon = area.polygon
    return [_vector(*vertex) for vertex in polygon] if len(polygon) >= 3 else []


def _area_distance(point: Point, area: AreaOfInterest, vectors: list[_Vector]) -> float:
    """`distance_to_area_km`, given the `_outline_vectors` of the area: each vertex's vector
    once, not once per edge it ends, and the point's once, the same numbers
    segment_distance_km computes edge by edge."""
    polygon = area.polygon
    if len(polygon) >= 3:
        if point_in_polygon(point, polygon):
            return 0.0
        p = _vector(*point)
        edges = zip(vectors, [*vectors[1:], vectors[0]], strict=True)
        raw = min(_segment_distance(p, va, vb) for va, vb in edges)
    else:
        raw = haversine_km(point[0], point[1], area.lat, area.lon)
    return max(0.0, raw - area.radius_km)


def nearest_area(
    points: Iterable[Point], areas: Iterable[AreaOfInterest]
) -> tuple[AreaOfInterest, float] | None:
    """The area closest to any of the points, with that distance in km; None when there
    are no points or no areas. Ties go to the area listed first."""
    best: tuple[AreaOfInterest, float] | None = None
    area_list = list(areas)
    for point in points:
        for area in area_list:
            distance = distance_to_area_km(point, area)
            if best is None or distance < best[1]:
                best = (area, distance)
    return best


class AreaIndex:
    """The nearest of many areas to a point, measuring few outlines: every outline lies
    within `reach` km of its area's centre, so `haversine(point, centre) - reach - radius`
    bounds the distance from below, and areas are measured nearest bound first until the
    bound exceeds the best distance found. Same answer as `nearest_area`, ties included."""

    def __init__(self, areas: Iterable[AreaOfInterest]) -> None:
        self._areas = list(areas)
        # what measuring each outline needs that does not depend on the point, worked out
        # once: the continuous longitudes of `point_in_polygon`, and each edge's ends and
        # `_arc_normal` (None for an area without an outline)
        self._outlines: list[_Outline | None] = []
        for area in self._areas:
            vectors = _outline_vectors(area)
            if not vectors:
                self._outlines.append(None)
                continue
            lons, middle = _continuous_lons(area.polygon)
            ends = zip(vectors, [*vectors[1:], vectors[0]], strict=True)
            edges = [(va, vb, _arc_normal(va, vb), *_arc_cap(va, vb)) for va, vb in ends]
            self._outlines.append((lons, middle, edges))
        # each centre's unit vector and reach, for the bounds in `nearest`
        self._centres: list[tuple[float, float, float, float]] = []
        for area in self._areas:
            reach = max(
                (haversine_km(area.lat, area.lon, lat, lon) for lat, lon in area.polygon),
                default=0.0,
            )
            # Outlines are great-circle arcs between vertices: within the cap around the
            # centre that holds the vertices (caps smaller than a hemisphere are convex).
            # The 1 km more also covers the rounding of the bound's angle (far below a metre).
            self._centres.append((*_vector(area.lat, area.lon), reach + 1.0 + area.radius_km))

    def nearest(self, point: Point) -> tuple[AreaOfInterest, float] | None:
        # The great-circle distance to each centre from the angle between the unit vectors
        # (one acos, where haversine_km takes five trigonometric calls): a bound need not be
        # haversine_km's number, only below every distance measured in the area.
        px, py, pz = _vector(*point)
        order: list[tuple[float, int]] = []
        for index, (cx, cy, cz, reach) in enumerate(self._centres):
            cosine = px * cx + py * cy + pz * cz
            km = EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, cosine)))
            order.append((max(0.0, km - reach), index))
        order.sort()
        best: tuple[float, int] | None = None
        for bound, index in order:
            if best is not None and bound > best[0]:
                break
            distance = self._distance(point, index)
            if best is None or (distance, index) < best:
                best = (distance, index)
        if best is None:
            return None
        return self._areas[best[1]], best[0]

    def _distance(self, point: Point, index: int) -> float:
        """`_area_distance` (the same operations on the same numbers) from the outline's
        parts worked out in __init__."""
        area = self._areas[index]
        outline = self._outlines[index]
        if outline is None:
            raw = haversine_km(point[0], point[1], area.lat, area.lon)
        else:
            lons, middle, edges = outline
            if _inside(point, area.polygon, lons, middle):
                return 0.0
            p = _vector(*point)
            px, py, pz = p
            va, vb, normal, _mx, _my, _mz, _cap = edges[0]
            raw = _arc_distance(p, va, vb, normal)
            beyond = _chord(raw)
            for va, vb, normal, mx, my, mz, cap in edges[1:]:
                # the straight-line distance from the point to the arc's middle, squared:
                # past `cap` + the chord of the best distance, no point of the arc is nearer
                # (the triangle inequality), and the arc is not measured
                reach = beyond + cap
                if 2.0 - 2.0 * (px * mx + py * my + pz * mz) > reach * reach:
                    continue
                distance = _arc_distance(p, va, vb, normal)
                if distance < raw:  # as min() compares
                    raw = distance
                    beyond = _chord(raw)
        return max(0.0, raw - area.radius_km)


def _arc_cap(va: _Vector, vb: _Vector) -> tuple[float, float, float, float]:
    """The unit vector of an arc's middle, and a straight-line distance (through the Earth,
    on the unit sphere) from it that every point of the arc is within, with a margin of
    1e-6 (6 m on the Earth) that covers any rounding of the distances compared. Ends that
    are (nearly) antipodal get no cap: an infinite distance."""
    sx, sy, sz = va[0] + vb[0], va[1] + vb[1], va[2] + vb[2]
    norm = math.sqrt(sx * sx + sy * sy + sz * sz)
    if norm < 1e-6:
        return 0.0, 0.0, 0.0, math.inf
    mx, my, mz = sx / norm, sy / norm, sz / norm
    half = max(math.dist((mx, my, mz), va), math.dist((mx, my, mz), vb))
    return mx, my, mz, half + 1e-6


def _chord(km: float) -> float:
    """The straight-line distance on the unit sphere of a great-circle distance in km."""
    return 2.0 * math.sin(min(km / EARTH_RADIUS_KM, math.pi) / 2.0)
