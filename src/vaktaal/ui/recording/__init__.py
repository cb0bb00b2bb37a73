"""Recording your own voice for the terms of a deck: the screen, the list, one take."""
