"""The physical archive: files and their places (:mod:`files`), labels (:mod:`labels`), and lending:
the desk (:mod:`loans`), approvals of confidential files (:mod:`approvals`), the overdue list and the
loan register (:mod:`loan_lists`), the lending settings (:mod:`loan_settings`, with the reminder
letters' texts in :mod:`reminder_texts`), the paper of lending (:mod:`loan_papers`) and what the desk
refuses (:mod:`errors`)."""
