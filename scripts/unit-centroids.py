#!/usr/bin/env python3
"""Writes data/unit-centroids.csv: the centroid of each of the 27 units of the shipped boundary
file (data/geojson/ukraine-oblasts.geojson, Natural Earth units fitted to the OpenStreetMap land outline), as planar lon/lat
degrees (shoelace formula, holes subtracted). The service checks any boundary file it loads
against it: a unit whose centroid is far from its reference is mislabelled, swapped or moved.

Run from the project root: python3 scripts/unit-centroids.py
"""
import csv
import json

def ring(coords):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(coords, coords[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return a / 2, cx / 6, cy / 6

def centroid(geometry):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    area = mx = my = 0.0
    for polygon in polygons:
        for i, r in enumerate(polygon):
            a, cx, cy = ring(r)
            sign = 1 if i == 0 else -1
            # Shells count positive and holes negative whatever their orientation.
            s = sign * (1 if a >= 0 else -1)
            area += s * a
            mx += s * cx
            my += s * cy
    return mx / area, my / area

features = json.load(open("data/geojson/ukraine-oblasts.geojson"))["features"]
rows = []
for f in features:
    code = f.get("id") or f["properties"].get("iso_3166_2") or f["properties"].get("iso")
    lon, lat = centroid(f["geometry"])
    rows.append((code, round(lon, 3), round(lat, 3)))
with open("data/unit-centroids.csv", "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["iso", "centroidLon", "centroidLat"])
    for row in sorted(rows):
        w.writerow(row)
