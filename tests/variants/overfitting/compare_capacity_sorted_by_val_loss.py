"""Wrong: sorts the results best first by final val_loss, for a nicer legend; breaks 'one pair per model, in the order of `models`'."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "names"
MUTATE = [
    ("""        histories.append((name, history))
    return histories""",
     """        histories.append((name, history))
    return sorted(histories, key=lambda pair: pair[1].history["val_loss"][-1])"""),
]
