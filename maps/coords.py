"""Positions are [lon, lat] (GeoJSON, RFC 7946, EPSG:4326) everywhere in Sitrep; Leaflet and
folium take [lat, lon]. The flip happens here only: what maps/ hands to folium or the
browser in Leaflet's order comes from these helpers, whose names say the order."""

from __future__ import annotations

from collections.abc import Iterable


def latlon(lonlat: Iterable[float]) -> list[float]:
    """A GeoJSON [lon, lat] (or (lon, lat)) -> Leaflet's [lat, lon]."""
    lon, lat = list(lonlat)[:2]
    return [lat, lon]


def latlon_bounds(west: float, south: float, east: float, north: float) -> list[list[float]]:
    """A lon/lat box -> Leaflet's [[south, west], [north, east]]."""
    return [latlon((west, south)), latlon((east, north))]
