"""Wrong: the return is indented into the loop, so only the first model is trained; breaks 'one pair per model, in the order of `models`'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ("""        histories.append((name, history))
    return histories""",
     """        histories.append((name, history))
        return histories"""),
]
