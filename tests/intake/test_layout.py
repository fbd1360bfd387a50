"""Lines of an OCR'd page rebuilt from Tesseract's TSV, and the word boxes that become each field's
evidence. The TSV here is written by hand in Tesseract's format, so these tests need no OCR."""

from __future__ import annotations

from sipdumas.intake.fields import parse_pages
from sipdumas.intake.layout import parse_tsv

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv(words: list[tuple[int, int, int, int, int, str]], *, conf: float = 95.0, size=(2480, 3508)) -> str:
    """``words``: (block, paragraph, line, left, top, text); every word 30 px high, 20 px per letter."""
    rows = [HEADER, f"1\t1\t0\t0\t0\t0\t0\t0\t{size[0]}\t{size[1]}\t-1\t"]
    count: dict[tuple[int, int, int], int] = {}
    for block, par, line, left, top, text in words:
        key = (block, par, line)
        count[key] = count.get(key, 0) + 1
        word_conf = conf if not text.startswith("~") else 20.0
        text = text.lstrip("~")
        fields = (5, 1, block, par, line, count[key], left, top, 20 * len(text), 30, word_conf, text)
        rows.append("\t".join(str(f) for f in fields))
    return "\n".join(rows) + "\n"


def words_of(block: int, par: int, line: int, left: int, top: int, text: str) -> list:
    out, x = [], left
    for word in text.split():
        out.append((block, par, line, x, top, word))
        x += 20 * len(word) + 20
    return out


def test_a_list_whose_numbers_tesseract_put_in_a_block_of_their_own():
    words = words_of(1, 1, 1, 200, 100, "Tembusan :")
    for k in range(3):
        words += words_of(2, 1, k + 1, 200, 160 + 60 * k, f"{k + 1}.")
    for k, entry in enumerate(["Kapolri", "Menteri Lingkungan Hidup", "Gubernur Riau"]):
        words += words_of(3, 1, k + 1, 270, 160 + 60 * k, entry)
    layout = parse_tsv(tsv(words))
    assert [line.text for line in layout.lines if line.text] == [
        "Tembusan :",
        "1. Kapolri",
        "2. Menteri Lingkungan Hidup",
        "3. Gubernur Riau",
    ]
    ex = parse_pages([layout], office_names=["Presiden Republik Indonesia"])
    assert ex.cc == ["Kapolri", "Menteri Lingkungan Hidup", "Gubernur Riau"]
    # Every entry points at its words on the page.
    boxes = ex.evidence["cc"].boxes
    assert (0, 270, 160, 20 * len("Kapolri"), 30) in boxes
    assert ex.page_sizes == [(2480, 3508)]


def test_a_date_far_right_of_the_reference_line_stays_a_line_of_its_own():
    words = words_of(1, 1, 1, 200, 100, "Nomor : 12/RW/2025")
    words += words_of(2, 1, 1, 1700, 100, "Bekasi, 25 November 2024")
    words += words_of(3, 1, 1, 200, 200, "Perihal : Tanggul jebol")
    layout = parse_tsv(tsv(words))
    texts = [line.text for line in layout.lines if line.text]
    assert "Bekasi, 25 November 2024" in texts
    ex = parse_pages([layout])
    assert ex.letter_date.isoformat() == "2024-11-25" and ex.place == "Bekasi"
    assert ex.subject == "Tanggul jebol"
    assert ex.evidence["letter_date"].boxes[0][1] >= 1700  # on the right, where it is written


def test_specks_are_not_joined_to_text_beside_them():
    words = words_of(1, 1, 1, 300, 100, "Bapak Presiden Republik Indonesia")
    words.append((2, 1, 1, 100, 100, "~OarwNn>"))  # an unsure speck in the margin
    layout = parse_tsv(tsv(words))
    assert "Bapak Presiden Republik Indonesia" in [line.text for line in layout.lines]


def test_a_wide_gap_inside_a_line_separates_cells():
    words = words_of(1, 1, 1, 200, 100, "Ketua,") + words_of(1, 1, 1, 1400, 100, "Sekretaris,")
    words += words_of(1, 1, 2, 200, 200, "Ponirin") + words_of(1, 1, 2, 1400, 200, "Rosmawati br. Sitepu")
    layout = parse_tsv(tsv(words))
    assert [line.cells for line in layout.lines] == [
        ("Ketua,", "Sekretaris,"),
        ("Ponirin", "Rosmawati br. Sitepu"),
    ]
