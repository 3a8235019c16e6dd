"""Wrong: the note's three names in the note's order, not the models it is given."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "models.items()"
MUTATE = [("for name, model in models.items():", "for name in (\"baseline\", \"smaller\", \"bigger\"):\n        model = models[name]")]
