"""The review workflow: status steps, disposisi and telaah, forwarding letters and Tugas saya."""
