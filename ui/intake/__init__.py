"""Scan intake: importing scans, reviewing what OCR read beside the page, and the watched folder."""
