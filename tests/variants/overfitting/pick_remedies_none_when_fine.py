"""Wrong: None instead of an empty set when the run needs no remedy."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "set()"
MUTATE = [('        return {"bigger network"}\n    return set()', '        return {"bigger network"}\n    return None')]
