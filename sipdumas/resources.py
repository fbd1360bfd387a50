"""Where the files shipped with the application are: templates, the default letterhead logo,
translations and fonts (``resources/`` beside the packages)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
