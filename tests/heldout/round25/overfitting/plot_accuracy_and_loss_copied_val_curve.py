"""Wrong: copied the top plot's validation line into the bottom one and changed only its label, so "Validation Loss" draws val_accuracy; two lines and a legend show; breaks 'bottom: "loss" and "val_loss"'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('bottom.plot(curves["val_loss"], label="Validation Loss")',
     'bottom.plot(curves["val_accuracy"], label="Validation Loss")'),
]
