"""The rules of the domain, independent of screens and commands: roles and permissions, letter
statuses and their order, NIK and phone formats, region codes, working days, agenda numbers, whether a
letter is addressed to this office, and the errors a user reads."""
