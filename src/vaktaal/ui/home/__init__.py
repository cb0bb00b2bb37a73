"""The learner's own screens: home (today's goal, decks) and progress."""
