"""Draws the default letterhead emblem (``logo.png``): a generic shield with a star, a paddy-and-cotton
wreath and a ribbon. It is the product's own drawing, not a state emblem; offices set their own logo
in the settings. Run ``python resources/letterhead/make_logo.py`` to redraw it."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 600
GOLD, NAVY, RED, WHITE, GREEN = (201, 158, 44), (22, 44, 94), (176, 30, 36), (255, 255, 255), (46, 110, 60)


def star(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    pts = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        pts.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return pts


def main() -> None:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    # wreath: paddy (gold) on the left, cotton (white on green) on the right
    for i in range(8):
        a = math.radians(125 + i * 15)  # left arc, top to bottom
        x, y = 300 + 255 * math.cos(a), 300 - 255 * math.sin(a)
        d.ellipse((x - 15, y - 26, x + 15, y + 26), fill=GOLD, outline=NAVY, width=3)
        b = math.radians(55 - i * 15)  # right arc, top to bottom
        x2, y2 = 300 + 255 * math.cos(b), 300 - 255 * math.sin(b)
        d.ellipse((x2 - 20, y2 - 20, x2 + 20, y2 + 20), fill=WHITE, outline=GREEN, width=6)
    # shield
    shield = [(160, 110), (440, 110), (440, 330), (300, 480), (160, 330)]
    d.polygon(shield, fill=NAVY)
    inner = [(180, 130), (420, 130), (420, 322), (300, 452), (180, 322)]
    d.polygon(inner, fill=RED)
    d.rectangle((180, 130, 420, 220), fill=WHITE)
    d.polygon(star(300, 178, 44), fill=GOLD, outline=NAVY)
    for k in range(5):  # a stylised book of records
        y = 260 + k * 26
        d.line((220, y, 380, y), fill=WHITE, width=8)
    d.line((300, 250, 300, 380), fill=RED, width=10)
    d.line(shield + [shield[0]], fill=GOLD, width=12)
    # ribbon
    d.polygon(
        [(110, 500), (490, 500), (460, 545), (490, 590), (110, 590), (140, 545)], fill=GOLD, outline=NAVY
    )
    d.rectangle((170, 515, 430, 575), fill=NAVY)
    img.save(Path(__file__).with_name("logo.png"), optimize=True)


if __name__ == "__main__":
    main()
