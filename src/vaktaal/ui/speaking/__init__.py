"""Speaking practice: the microphone, the level meter, the speaking exercise, the model panel."""
