"""The one door to PDFium (pypdfium2), the PDF reader behind intake (text layers, page rendering for
OCR), the scans attached to forwarding letters, label sheets and the client's previews.

PDFium is not thread-safe: every call into it, from any thread, holds :data:`PDFIUM_LOCK`, and what
comes out (an image, text) is copied before the lock is left. This module imports nothing heavy, so
intake's worker processes and the client can take the lock without loading the PDF renderers.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
