"""The exchange format: complaints handed from one unit to another as one versioned JSON document,
checked against its JSON Schema (``resources/exchange/``) before anything is read from it. No database
here; :mod:`sipdumas.services.exchange` exports and imports the register through it."""
