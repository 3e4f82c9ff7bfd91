#!/usr/bin/env python3
"""Writes src/icon/guides.png, the packages' icon (128x128 RGBA): three white steps on a rounded blue square.

Standard library only (zlib and struct write the PNG), so that it runs anywhere python3 does:
    python3 scripts/package-icon.py
"""
import os
import struct
import zlib

SIZE = 128
RADIUS = 22
BLUE = (37, 99, 235)
WHITE = (255, 255, 255)

# The steps: (left, top, right, bottom) of each white block, in pixels.
STEPS = [(24, 80, 52, 104), (50, 56, 78, 104), (76, 32, 104, 104)]


def inside_rounded_square(x, y):
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x, y):
    if not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    for left, top, right, bottom in STEPS:
        if left <= x < right and top <= y < bottom:
            return WHITE + (255,)
    return BLUE + (255,)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png():
    rows = b"".join(b"\x00" + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "icon", "guides.png")
    with open(path, "wb") as f:
        f.write(png())
    print(os.path.normpath(path))
