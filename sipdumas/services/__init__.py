"""One function per user action, shared by the CLI and the Qt client (which never talks SQL)."""
