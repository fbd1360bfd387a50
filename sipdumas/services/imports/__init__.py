"""Bringing legacy registers (``.xlsx``, ``.csv``, ``.jsonl``) into the register: reading and storing
rows (:mod:`legacy_register`) and the column-mapping step before it (:mod:`mapping`)."""
