"""Right: Builds the two axes with fig.add_subplot(2, 1, k) sharing x, and plots all four curves against epochs counted from 1."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"
MUTATE = [
    ('''    curves = _curves(history)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")''',
     '''    curves = getattr(history, "history", history)
    epochs = range(1, len(curves["loss"]) + 1)
    fig = plt.figure(figsize=(8, 8))
    top = fig.add_subplot(2, 1, 1)
    bottom = fig.add_subplot(2, 1, 2, sharex=top)
    for axes, metric, title in ((top, "accuracy", "Accuracy"), (bottom, "loss", "Loss")):
        axes.plot(epochs, curves[metric], label=f"Training {title}")
        axes.plot(epochs, curves["val_" + metric], label=f"Validation {title}")
        axes.set_ylabel(title)
        axes.legend()'''),
]
