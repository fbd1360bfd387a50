"""The physical archive: the loan desk, overdue loans, a file's history and approvals."""
