"""Periodic evaluation reports (evaluasi berkala): counted in SQL by :mod:`sipdumas.output.reports.periodic`,
written as xlsx and PDF by :mod:`sipdumas.output.reports.render`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sipdumas.db import audit
from sipdumas.db.engine import Database
from sipdumas.domain.permissions import Actor
from sipdumas.output.reports.periodic import Period, PeriodError, PeriodicReport, ReportTable, build_report

__all__ = [
    "Period",
    "PeriodError",
    "PeriodicReport",
    "ReportExport",
    "ReportTable",
    "build_report",
    "export_report",
]


@dataclass(frozen=True, slots=True)
class ReportExport:
    file: str
    period: str
    total: int
    pdf: str | None = None

    def to_json(self) -> dict:
        out = {"file": self.file, "period": self.period, "letters": self.total}
        if self.pdf:
            out["pdf"] = self.pdf
        return out


def export_report(
    db: Database,
    actor: Actor,
    *,
    period: Period,
    out: Path,
    pdf: Path | None = None,
    as_of: date | None = None,
) -> ReportExport:
    """Build the report of ``period`` once and write it to ``out`` (xlsx) and, if asked, ``pdf``."""
    from sipdumas.output.reports.render import write_pdf, write_workbook

    report = build_report(db, actor, period=period, as_of=as_of)
    write_workbook(report, Path(out))
    if pdf is not None:
        write_pdf(report, Path(pdf))
    with db.transaction() as session:
        audit.record(
            session,
            actor,
            "export_report",
            "report",
            None,
            period=period.code,
            file=Path(out).name,
            pdf=Path(pdf).name if pdf else None,
            letters=report.total,
        )
    return ReportExport(file=str(out), period=period.code, total=report.total, pdf=str(pdf) if pdf else None)
