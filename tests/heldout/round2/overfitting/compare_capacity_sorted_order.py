"""Wrong: Fitted the models in sorted name order; breaks 'fitted in the order given' / 'in the order of models'."""
EXERCISE, VERDICT = "overfitting.compare_capacity", "wrong"
MUTATE = [
    ('for name, model in models.items():',
     'for name, model in sorted(models.items(), key=lambda item: item[0]):'),
]
