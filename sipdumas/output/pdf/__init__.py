"""Printable documents (reportlab): the forwarding letter (surat penerusan), the disposition sheet
(lembar disposisi) and the complainant's receipt (tanda terima).

Renderers take plain dataclasses and return PDF bytes; they never touch the database, so a batch can be
rendered in worker processes. Every piece of user text is escaped before it enters Paragraph markup: a
subject written ``<b> & co`` prints exactly so.
"""

from reportlab import rl_config

# Images go into the PDF as binary streams, not ASCII85 text: smaller files, and without the optional
# C accelerator (rl_accel) reportlab's pure-Python ASCII85 encoder was half the time of a letter.
rl_config.useA85 = 0
