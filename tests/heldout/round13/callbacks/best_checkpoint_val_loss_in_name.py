"""Wrong: names the file after the loss it holds, "best-{val_loss:.4f}.weights.h5", so every improvement writes a new file and the callback's filepath is a template, not the file; breaks 'writes only the weights (not the whole model) to a file inside `folder`, and writes it only when val_loss improves, so that the file ends up holding the best epoch's weights'."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "wrong"

MUTATE = [
    ('"best.weights.h5")',
     '"best-{val_loss:.4f}.weights.h5")'),
]
