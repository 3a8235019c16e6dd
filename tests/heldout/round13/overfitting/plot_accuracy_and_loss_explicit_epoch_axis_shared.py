"""Right: plots both rows against an explicit epochs list counted from 1 with sharex=True, and adds titles."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))\n    top.plot(curves["accuracy"], label="Training Accuracy")\n    top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     '    fig, (top, bottom) = plt.subplots(nrows=2, ncols=1, figsize=(8, 8), sharex=True)\n    epochs = list(range(1, len(curves["accuracy"]) + 1))\n    top.plot(epochs, curves["accuracy"], label="Training Accuracy")\n    top.plot(epochs, curves["val_accuracy"], label="Validation Accuracy")\n    top.set_title("Training and Validation Accuracy")'),
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     '    bottom.plot(epochs, curves["loss"], label="Training Loss")\n    bottom.plot(epochs, curves["val_loss"], label="Validation Loss")\n    bottom.set_title("Training and Validation Loss")'),
]
