"""The physical archive: files and their places (:mod:`files`), labels, lending at the desk
(:mod:`loans`) and its paper (:mod:`loan_papers`)."""
