"""Field accuracy on the sample corpus, with real Tesseract: the issue's bar is 0.95 overall and 0.90
for every field. Slow (every page is OCR'd): ``pytest -m "not slow"`` leaves it out."""

from __future__ import annotations

import json

import pytest
from intake_samples import CORPUS

from sipdumas.intake import extract_files
from sipdumas.intake.accuracy import FIELDS, score

pytestmark = pytest.mark.slow

OVERALL_MIN = 0.95
FIELD_MIN = 0.90


@pytest.fixture(scope="module")
def scored():
    truth_file = CORPUS / "truth.json"
    if not truth_file.exists():
        pytest.skip(f"sample corpus not found at {CORPUS}")
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    results = list(extract_files([CORPUS / t["file"] for t in truth]))
    return results, score(results, truth), truth


def test_every_corpus_file_is_read(scored):
    results, _, truth = scored
    assert [r.file for r in results] == [t["file"] for t in truth]
    assert [f"{r.file}: {r.error}" for r in results if r.error] == []


def test_overall_accuracy(scored):
    _, result, _ = scored
    assert result["letters"] == len(scored[2])
    assert result["overall"] >= OVERALL_MIN, result["misses"]


@pytest.mark.parametrize("field", FIELDS)
def test_field_accuracy(scored, field):
    _, result, _ = scored
    misses = [m for m in result["misses"] if m[1] == field]
    assert result["per_field"][field] >= FIELD_MIN, misses


def test_confidence_is_given_for_what_was_found(scored):
    results, _, _ = scored
    for ex in results:
        for key, value in ex.sender.to_json().items():
            assert (f"sender.{key}" in ex.confidence) == (value is not None), ex.file
        for key in ("letter_date", "place", "subject", "addressee"):
            assert (key in ex.confidence) == (getattr(ex, key) is not None), (ex.file, key)
