"""A coach manages learners (edit, PIN, decks, export, delete) and the staff profiles."""
