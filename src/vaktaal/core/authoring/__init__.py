"""Tools for deck authors (employers, trainers): spreadsheets in and out. No Qt here."""
