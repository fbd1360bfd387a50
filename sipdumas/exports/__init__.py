"""Registers the office prints and hands on: the incoming-letter register (buku agenda) as xlsx."""
