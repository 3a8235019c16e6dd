"""Wrong: fits the models from last to first (the biggest first, to see the slowest run early) and reverses the list at the end, so the pairs come back in order but the models were not fitted in the order given; breaks 'fitted in the order given'."""

EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", 'order of the fits'

MUTATE = [
    ('    for name, model in models.items():',
     '    for name, model in reversed(list(models.items())):'),
    ('    return histories',
     '    return histories[::-1]'),
]
