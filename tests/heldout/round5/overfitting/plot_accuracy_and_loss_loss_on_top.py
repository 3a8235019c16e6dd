"""Wrong: Unpacked the axes as (bottom, top), so loss is drawn above and accuracy below; breaks 'top: "accuracy" and "val_accuracy" ... bottom: "loss" and "val_loss"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))',
     'fig, (bottom, top) = plt.subplots(2, 1, figsize=(8, 8))'),
]
