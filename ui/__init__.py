"""The SIPDUMAS desktop client (PySide6). It only calls the service functions in ``sipdumas.services``;
it never talks SQL. Database work runs off the UI thread through :mod:`ui.tasks`."""
