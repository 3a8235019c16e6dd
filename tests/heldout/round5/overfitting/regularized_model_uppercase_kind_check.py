"""Wrong: Compared kind == "L1" (the class's spelling), so "l1" falls through to L2; breaks 'The penalty of `kind`' ("l1": factor * sum(|w|))."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('if kind == "l1" else',
     'if kind == "L1" else'),
]
