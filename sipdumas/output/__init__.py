"""What the office prints and hands on: PDF documents (:mod:`sipdumas.output.pdf`), safe spreadsheets
(:mod:`sipdumas.output.xlsx`), the incoming-letter register (buku agenda) and the periodic reports."""
