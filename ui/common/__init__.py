"""Pieces every feature of the client shares: widgets, value labels, formatting, the paged table model,
deadline colours and the PDF dialog."""
