"""Choosing a profile on the shared PC: the picker, the PIN keypad and a new profile."""
