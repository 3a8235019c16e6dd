"""Wrong: builds the label makers as lambdas in a loop over the metrics, so both plots read "Loss" (late binding); breaks 'top: "accuracy" and "val_accuracy", labelled "Training Accuracy" and "Validation Accuracy"'."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"
MUTATE = [
    ('''    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")
    bottom.set_ylabel("Loss")
''', '''    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    namers = []
    for metric in ("accuracy", "loss"):
        namers.append(lambda split: split + " " + metric.title())
    for ax, key, namer, where in zip((top, bottom), ("accuracy", "loss"), namers, ("lower right", "upper right")):
        ax.plot(curves[key], label=namer("Training"))
        ax.plot(curves["val_" + key], label=namer("Validation"))
        ax.set_ylabel(key.title())
        ax.legend(loc=where)
'''),
    ('''    bottom.set_xlabel("epoch")
    bottom.legend(loc="upper right")
''', '''    bottom.set_xlabel("epoch")
'''),
]
