"""Speech engines behind small interfaces: text-to-speech now, recognition later."""
