"""Pengaturan: agencies and routing rules, forwarding-letter settings, lending settings, the office
calendar, accounts and the database connection."""
