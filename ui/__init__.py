"""The SIPDUMAS desktop client (PySide6). It only calls the service functions in ``sipdumas.services``;
it never talks SQL. Every piece of work off the UI thread (database calls, page images, reading scans,
the watched scan folder, register imports) goes through the window's :class:`ui.tasks.TaskRunner`:
results, progress and errors come back on the UI thread, and no worker ever touches a widget."""
