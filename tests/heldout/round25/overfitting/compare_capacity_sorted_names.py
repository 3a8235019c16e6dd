"""Wrong: fitted the models in sorted name order for a tidy legend; with names given already sorted it is the same; breaks 'fitted in the order given' and 'in the order of `models`'."""

EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"

MUTATE = [
    ('for name, model in models.items():',
     'for name, model in sorted(models.items(), key=lambda item: item[0]):'),
]
