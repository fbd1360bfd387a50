"""Field accuracy with real Tesseract on both public sets, pinned at the goals: the sample corpus
(``letters``: four layouts) at 0.98 overall, and the styled letters (written as complainants write
them) at 0.95 overall and 0.90 for every field. The OCR is done once per test run by the session
fixtures of ``tests/conftest.py``, which other tests share."""

from __future__ import annotations

import pytest

from sipdumas.intake.accuracy import FIELDS, score

LETTERS_MIN = 0.98
STYLED_MIN = 0.95
FIELD_MIN = 0.90


@pytest.fixture(scope="module")
def letters(corpus_extractions, corpus_truth):
    results = [corpus_extractions[t["file"]] for t in corpus_truth]
    return results, score(results, corpus_truth), corpus_truth


@pytest.fixture(scope="module")
def styled(styled_extractions, styled_truth):
    results = [styled_extractions[t["file"]] for t in styled_truth]
    return results, score(results, styled_truth), styled_truth


@pytest.mark.parametrize("which", ["letters", "styled"])
def test_every_file_is_read(which, request):
    results, _, truth = request.getfixturevalue(which)
    assert [r.file for r in results] == [t["file"] for t in truth]
    assert [f"{r.file}: {r.error}" for r in results if r.error] == []


def test_letters_overall_accuracy(letters):
    _, result, truth = letters
    assert result["letters"] == len(truth)
    assert result["overall"] >= LETTERS_MIN, result["misses"]


@pytest.mark.parametrize("field", FIELDS)
def test_letters_field_accuracy(letters, field):
    _, result, _ = letters
    assert result["per_field"][field] >= FIELD_MIN, [m for m in result["misses"] if m[1] == field]


def test_styled_overall_accuracy(styled):
    _, result, truth = styled
    assert result["letters"] == len(truth)
    assert result["overall"] >= STYLED_MIN, result["misses"]


@pytest.mark.parametrize("field", FIELDS)
def test_styled_field_accuracy(styled, field):
    _, result, _ = styled
    assert result["per_field"][field] >= FIELD_MIN, [m for m in result["misses"] if m[1] == field]


@pytest.mark.parametrize("which", ["letters", "styled"])
def test_confidence_and_evidence_are_given_for_what_was_found(which, request):
    results, _, _ = request.getfixturevalue(which)
    for ex in results:
        for key, value in ex.sender.to_json().items():
            assert (f"sender.{key}" in ex.confidence) == (value is not None), ex.file
        for key in ("letter_date", "place", "subject", "addressee"):
            assert (key in ex.confidence) == (getattr(ex, key) is not None), (ex.file, key)
            assert (key in ex.evidence) == (getattr(ex, key) is not None), (ex.file, key)


def test_scans_point_at_word_boxes(styled):
    results, _, _ = styled
    scans = [ex for ex in results if not ex.file.endswith((".txt", ".eml"))]
    assert scans
    for ex in scans:
        assert all(size for size in ex.page_sizes), ex.file
        for key, ev in ex.evidence.items():
            if key == "sender.email" and not ev.boxes:
                continue
            assert ev.boxes, (ex.file, key)
            for page, left, top, width, height in ev.boxes:
                w, h = ex.page_sizes[page]
                assert 0 <= left < w and 0 <= top < h and width > 0 and height > 0, (ex.file, key)
