"""Wrong: Unpacked the axes as (bottom, top), so the loss is drawn above the accuracy; breaks 'top: accuracy ... bottom: loss'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     'fig, (bottom, top) = plt.subplots(2, 1, figsize=(8, 8))'),
]
