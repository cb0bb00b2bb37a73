"""The practice screens: one view per exercise kind, the practice page and the summary."""
