"""The database and what lives beside the tables: opening it (:mod:`engine`, :mod:`location`),
migrating it, bulk loading, full-text search, settings rows, the audit trail and the content-addressed
file store."""
