"""The buddy session: a taalbuddy practises 15, 20 or 30 minutes with a learner."""
