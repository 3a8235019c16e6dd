"""Right: the same names in title case (any case passes), returned as a list."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "done"
MUTATE = [
    ("""        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked""",
     """        picked = ["More Data", "Dropout", "Smaller Network", "Regularization"]
        if inputs == "images":
            picked.append("Augmentation")
        return picked"""),
]
