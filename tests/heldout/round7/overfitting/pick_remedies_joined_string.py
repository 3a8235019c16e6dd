"""Wrong: returns the remedies as one comma-separated string for printing; breaks 'Returns: a set of remedy names (... a list or tuple of the names passes too)'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ("""        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked""",
     """        picked = ["more data", "dropout", "smaller network", "regularization"]
        if inputs == "images":
            picked.append("augmentation")
        return ", ".join(picked)"""),
]
