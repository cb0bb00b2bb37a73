"""The staff dashboard: all learners in one table, and one learner's page."""
