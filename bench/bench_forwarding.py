"""Forwarding at scale: 1,000 forwarding letters numbered, recorded and rendered in one batch.

Every letter takes its number from the locked counter, moves to "forwarded", teaches the routing model
and is rendered to PDF (letterhead, QR code); every other letter attaches a one-page scan, the others
are confidential. Work is spread over a process pool (one worker per core, at most ``--workers``).

    python -m bench.bench_forwarding [--n 1000] [--workers 2] [--chunk 50] [--pg postgresql+psycopg://...]

Each worker forwards its letters with ``forward_letters`` (``--chunk`` letters numbered per
transaction); ``--chunk 1`` measures the interactive path, one ``forward_letter`` call per letter.

Goal: the batch under 30 s on 2 cores, numbers unique and gapless.
"""

from __future__ import annotations

import argparse
import io
import os
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw

from bench.common import WORK, fresh_database, peak_rss_mb, report, timer
from sipdumas.db.engine import Database
from sipdumas.db.location import Location
from sipdumas.db.storage import FileStore
from sipdumas.domain.permissions import Actor
from sipdumas.models.letters import Document
from sipdumas.services import letters as L
from sipdumas.services import routing
from sipdumas.services.forwarding import (
    BATCH_CHUNK,
    ForwardRequest,
    forward_letter,
    forward_letters,
    list_forwardings,
)

TODAY = date(2026, 6, 2)


def _scan() -> bytes:
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    for y in range(150, 1600, 40):
        draw.text((120, y), "Dengan hormat, saya menyampaikan pengaduan tentang bantuan sosial ...", fill=0)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _worker(
    url: str, data_dir: str, agency_id: int, ids: list[int], out_dir: str, chunk: int
) -> tuple[int, float]:
    """Forward ``ids``; (letters done, CPU seconds this worker used: a figure the shared machine's other
    load barely changes, unlike the wall-clock time)."""
    cpu = time.process_time()
    db = Database(Location(url, Path(data_dir)))
    actor = Actor.local_admin()
    if chunk <= 1:  # the interactive path: one forward_letter call (two write transactions) per letter
        for i in ids:
            result = forward_letter(
                db, actor, letter_id=i, agency_id=agency_id, confidential=i % 2 == 0, today=TODAY
            )
            Path(out_dir, f"{i}.pdf").write_bytes(result.pdf)
    else:
        requests = [ForwardRequest(i, agency_id=agency_id, confidential=i % 2 == 0) for i in ids]
        for result in forward_letters(db, actor, requests, today=TODAY, chunk=chunk):
            Path(out_dir, f"{result.letter_id}.pdf").write_bytes(result.pdf)
    db.dispose()
    return len(ids), time.process_time() - cpu


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--pg")
    ap.add_argument(
        "--chunk",
        type=int,
        default=BATCH_CHUNK,
        help="letters numbered per transaction (forward_letters); 1 = forward_letter per letter",
    )
    args = ap.parse_args(argv)
    db, loc = fresh_database("forwarding", args.pg)
    actor = Actor.local_admin()
    figures: dict = {"letters": args.n}
    agency = routing.save_agency(
        db,
        actor,
        name="Kementerian Sosial",
        addressee_position="Menteri Sosial",
        address="Jalan Salemba Raya Nomor 28\nJakarta Pusat 10430",
    )
    scan_sha = FileStore(loc.data_dir).put_bytes(_scan())
    ids = []
    with timer(figures, "register_s"):
        for i in range(args.n):
            row = L.register_letter(
                db,
                actor,
                today=TODAY,
                data=L.LetterInput(
                    received_at=date(2026, 5, 1 + i % 28),
                    letter_no=f"{i}/PKH/2026",
                    letter_date=date(2026, 4, 20),
                    subject=f"Bantuan sosial PKH tidak diterima ({i})",
                    summary="Pengadu menyampaikan bahwa bantuan sosial PKH tidak diterima sejak Januari 2026.",
                    sender=L.SenderData(
                        name=f"Warga Nomor {i}", phone="0812-2233-4455", address="Jalan Mawar 5, Medan"
                    ),
                ),
            )
            ids.append(row.id)
        with db.transaction() as session:
            for i in ids[1::2]:
                session.add(
                    Document(
                        letter_id=i,
                        sha256=scan_sha,
                        file_name="scan.png",
                        media_type="image/png",
                        size=1,
                        page_count=1,
                    )
                )
    out_dir = WORK / "forwarding-pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(args.workers, os.cpu_count() or 1))
    chunks = [ids[w::workers] for w in range(workers)]
    load_before = [round(x, 2) for x in os.getloadavg()]
    with timer(figures, "forward_s"), ProcessPoolExecutor(workers) as pool:
        per_worker = list(
            pool.map(
                _worker,
                [db.url] * workers,
                [str(loc.data_dir)] * workers,
                [agency.id] * workers,
                chunks,
                [str(out_dir)] * workers,
                [args.chunk] * workers,
            )
        )
    done = sum(n for n, _cpu in per_worker)
    figures["worker_cpu_s"] = round(sum(cpu for _n, cpu in per_worker), 1)
    numbers = [f["number"] for i in ids for f in list_forwardings(db, actor, letter_id=i)]
    serials = sorted(int(n.split("-")[1].split("/")[0]) for n in numbers)
    sizes = [p.stat().st_size for p in out_dir.glob("*.pdf")]
    figures.update(
        forwarded=done,
        workers=workers,
        chunk=args.chunk,
        load_before=load_before,
        load_after=[round(x, 2) for x in os.getloadavg()],
        cores=os.cpu_count(),
        database=db.dialect,
        per_letter_ms=round(figures["forward_s"] * 1000 / max(done, 1), 1),
        numbers_unique=len(set(numbers)) == len(numbers) == done,
        gapless=serials == list(range(1, done + 1)),
        mean_pdf_kb=round(sum(sizes) / max(len(sizes), 1) / 1024, 1),
        peak_rss_mb=peak_rss_mb(),
    )
    db.dispose()
    return report(
        "forwarding",
        figures,
        {
            "batch_under_30s": figures["forward_s"] < 30,
            "numbers_unique_gapless": figures["numbers_unique"] and figures["gapless"],
        },
    )


if __name__ == "__main__":
    main()
