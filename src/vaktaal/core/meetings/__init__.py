"""Meetings (a dagstart, a werkoverleg) to listen to and summarise; part of a deck."""
