"""Wrong: the learner asked plt.subplots(1, 2) for the pair, as the tutorial's wide figure suggested, which puts accuracy and loss side by side; breaks 'two subplots, one above the other'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     'fig, (top, bottom) = plt.subplots(1, 2, figsize=(12, 4))'),
]
