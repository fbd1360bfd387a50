"""``sipdumas archive ...``: the archivist's commands for places, moves, merges, splits and history,
each printing the file as it is afterwards; refusals exit 1 with one line and change nothing."""

from __future__ import annotations

from datetime import date

from test_cli import cli, lines  # noqa: F401  (the fixture)

from sipdumas.services import letters as L


def _letter(db, admin, subject: str):
    return L.register_letter(db, admin, data=L.LetterInput(received_at=date(2026, 3, 2), subject=subject))


def test_locations_move_describe_and_history(cli, db, admin):  # noqa: F811
    code = _letter(db, admin, "Bansos tidak cair").archive_code
    box = lines(
        cli(
            "archive",
            "add-location",
            "r1-b03",
            "--building",
            "Gedung B",
            "--room",
            "Ruang Arsip 2",
            "--shelf",
            "Rak 1",
            "--box",
            "Boks 3",
            "--json",
        )
    )[0]
    assert box["code"] == "R1-B03" and box["description"] == "Gedung B / Ruang Arsip 2, Rak 1, Boks 3"
    assert [loc["code"] for loc in lines(cli("archive", "locations", "--json"))] == ["R1-B03"]

    moved = lines(cli("archive", "move", code, "--to", "R1-B03", "--json"))[0]
    assert moved["location_code"] == "R1-B03" and "Boks 3" in moved["location"]
    described = lines(
        cli(
            "archive",
            "describe",
            code,
            "--classification",
            "DM.04.00",
            "--active-years",
            "2",
            "--inactive-years",
            "3",
            "--disposition",
            "musnah",
            "--confidential",
            "--json",
        )
    )[0]
    assert described["classification_code"] == "DM.04.00" and described["confidential"] is True
    assert described["retention_active_years"] == 2 and described["final_disposition"] == "musnah"
    shown = lines(cli("archive", "show", code, "--json"))[0]
    assert shown == described

    history = lines(cli("archive", "history", code, "--json"))
    assert [e["action"] for e in history] == ["moved", "described"]
    assert history[0]["details"]["new"] == "R1-B03" and history[0]["username"] and history[0]["at"]

    unknown = cli("archive", "move", code, "--to", "NOWHERE", "--json", check=False)
    assert unknown.returncode == 1 and unknown.stdout == "" and len(unknown.stderr.strip().splitlines()) == 1
    assert "NOWHERE" in unknown.stderr
    bad = cli("archive", "describe", code, "--disposition", "bakar", "--json", check=False)
    assert bad.returncode == 1 and "musnah" in bad.stderr
    assert lines(cli("archive", "show", code, "--json"))[0] == described  # refusals changed nothing


def test_merge_and_split_move_letters_between_files_and_lent_files_are_refused(cli, db, admin):  # noqa: F811
    first, second, third = (_letter(db, admin, s) for s in ("Tanah warisan", "Tanah warisan lagi", "Pungli"))
    merged = lines(
        cli("archive", "merge", first.archive_code, second.archive_code, third.archive_code, "--json")
    )[0]
    assert sorted(merged["letters"]) == sorted([first.agenda_no, second.agenda_no, third.agenda_no])
    assert (
        lines(cli("archive", "show", second.archive_code, "--json"))[0]["merged_into"] == first.archive_code
    )

    split = lines(
        cli(
            "archive",
            "split",
            first.archive_code,
            "--letters",
            third.agenda_no,
            "--title",
            "Pungli",
            "--json",
        )
    )[0]
    assert split["code"] == f"{first.archive_code}.1" and split["letters"] == [third.agenda_no]
    assert third.agenda_no not in lines(cli("archive", "show", first.archive_code, "--json"))[0]["letters"]
    everything = cli("archive", "split", split["code"], "--letters", third.agenda_no, "--json", check=False)
    assert everything.returncode == 1 and "sebagian" in everything.stderr

    cli("loan", "out", first.archive_code, "--to", "Rina", "--unit", "Telaah", "--json")
    lent = cli("archive", "split", first.archive_code, "--letters", second.agenda_no, "--json", check=False)
    assert lent.returncode == 1 and "sedang dipinjam" in lent.stderr
    assert len(lines(cli("archive", "show", first.archive_code, "--json"))[0]["letters"]) == 2


def test_box_and_agenda_labels_print_codes_a_scan_reads_back(cli, db, admin, tmp_path):  # noqa: F811
    from sipdumas.services.archive.labels import read_codes

    row = _letter(db, admin, "Bansos")
    cli("archive", "add-location", "R2-B01", "--shelf", "Rak 2", "--box", "Boks 1", "--json")
    boxes = lines(cli("archive", "box-labels", "R2-B01", "--out", str(tmp_path / "boks.pdf"), "--json"))[0]
    assert boxes["labels"] == 1 and "R2-B01" in read_codes(tmp_path / "boks.pdf")
    agenda = lines(cli("archive", "agenda-labels", str(row.id), "--out", str(tmp_path / "agenda.pdf")))[0]
    assert agenda["labels"] == 1 and row.agenda_no in " ".join(read_codes(tmp_path / "agenda.pdf"))
    unknown = cli("archive", "box-labels", "NOPE", "--out", str(tmp_path / "x.pdf"), check=False)
    assert unknown.returncode == 1 and not (tmp_path / "x.pdf").exists()
