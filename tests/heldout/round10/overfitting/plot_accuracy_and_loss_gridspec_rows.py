"""Right: lays the two axes out with a 2x1 GridSpec and plots against explicit epochs counted from 1."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"

MUTATE = [
    ('    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))\n    top.plot(curves["accuracy"], label="Training Accuracy")\n    top.plot(curves["val_accuracy"], label="Validation Accuracy")',
     '    fig = plt.figure(figsize=(8, 8))\n    grid = fig.add_gridspec(2, 1)\n    top, bottom = fig.add_subplot(grid[0, 0]), fig.add_subplot(grid[1, 0])\n    epochs = range(1, len(curves["accuracy"]) + 1)\n    top.plot(epochs, curves["accuracy"], label="Training Accuracy")\n    top.plot(epochs, curves["val_accuracy"], label="Validation Accuracy")'),
    ('    bottom.plot(curves["loss"], label="Training Loss")\n    bottom.plot(curves["val_loss"], label="Validation Loss")',
     '    bottom.plot(epochs, curves["loss"], label="Training Loss")\n    bottom.plot(epochs, curves["val_loss"], label="Validation Loss")'),
]
