"""Screens for deck authors: the deck editor and its dialogs."""
