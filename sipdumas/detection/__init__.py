"""Detection of re-sent letters (duplicates), related letters, carbon copies and anonymous letters.

- :mod:`fingerprint`: the letter's text reduced to what stays the same when it is sent again, and its
  MinHash signature with the LSH band keys;
- :mod:`index`: those signatures and keys in the database, updated in the letter's own transaction;
- :mod:`verdict`: the evidence weighed (text, NIK, name, contact) with named weights, giving a score
  and reasons in plain Indonesian.
"""
