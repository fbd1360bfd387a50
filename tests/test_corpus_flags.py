"""The sample letters registered in file order: re-sent, carbon-copy and identity flags against
truth.json (the goals: duplicate_of precision and recall >= 0.95, flags >= 0.97)."""

from __future__ import annotations

from datetime import date

import pytest

from sipdumas.db.storage import FileStore
from sipdumas.services.registration import register_extraction

TODAY = date(2026, 11, 22)


@pytest.fixture
def registered(db, admin, corpus, corpus_truth, corpus_extractions):
    store = FileStore(db.location.data_dir)
    folder = corpus
    results = {}
    for t in corpus_truth:
        result = register_extraction(
            db,
            admin,
            path=folder / t["file"],
            extraction=corpus_extractions[t["file"]],
            store=store,
            today=TODAY,
        )
        results[t["id"]] = result
    return results


def test_resent_letters_are_linked_to_their_original(registered, corpus_truth):
    name_of = {r.id: key for key, r in registered.items()}
    truth = {t["id"]: t["duplicate_of"] for t in corpus_truth}
    found = {key: name_of.get(r.duplicate_of) for key, r in registered.items()}
    flagged = [k for k, v in found.items() if v]
    expected = [k for k, v in truth.items() if v]
    right = [k for k in flagged if found[k] == truth[k]]
    precision = len(right) / len(flagged) if flagged else 1.0
    recall = len(right) / len(expected) if expected else 1.0
    assert precision >= 0.95, {k: (found[k], truth[k]) for k in flagged if found[k] != truth[k]}
    assert recall >= 0.95, {k: (found[k], truth[k]) for k in expected if found[k] != truth[k]}
    for key in right:
        assert registered[key].duplicate_reasons, key


def test_carbon_copy_and_identity_flags(registered, corpus_truth):
    n = len(corpus_truth)
    carbon = sum(registered[t["id"]].extraction.carbon_copy == t["carbon_copy"] for t in corpus_truth)
    identity = sum(
        registered[t["id"]].extraction.identity_complete == t["identity_complete"] for t in corpus_truth
    )
    assert carbon / n >= 0.97
    assert identity / n >= 0.97
