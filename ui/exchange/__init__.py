"""The one door in the client: the Kotak keluar tab (the outbox), the letter form's LAPOR! box, the
settings of the channels and endpoints, and the mailbox polled in the background."""
