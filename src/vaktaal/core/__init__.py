"""The core of vaktaal: plain Python, never Qt. Decks, deck files, scheduling, learners."""
