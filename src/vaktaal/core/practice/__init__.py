"""Practice: exercise kinds, checking answers, ratings from answers, and a session's plan."""
