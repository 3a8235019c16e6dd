"""Wrong: writes the overfitting set as one literal with a conditional element, "augmentation" if inputs == "images" else None, so text and tables get None in their set; breaks 'a set of remedy names'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        picked = {"more data", "dropout", "smaller network", "regularization"}\n        if inputs == "images":\n            picked.add("augmentation")\n        return picked',
     '        return {"more data", "dropout", "smaller network", "regularization",\n                "augmentation" if inputs == "images" else None}'),
]
