"""Wrong: writes the remedies as identifiers ('more_data', 'smaller_network'); breaks 'Use the names in REMEDIES'."""
EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"
MUTATE = [
    ("""        picked = {"more data", "dropout", "smaller network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked""",
     """        picked = {"more_data", "dropout", "smaller_network", "regularization"}
        if inputs == "images":
            picked.add("augmentation")
        return picked"""),
]
