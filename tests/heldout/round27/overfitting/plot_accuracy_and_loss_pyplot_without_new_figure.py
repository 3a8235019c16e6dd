"""Wrong: the learner drew the pair the way the transfer-learning tutorial does, plt.subplot(2, 1, 1) ... plt.subplot(2, 1, 2) with plt.plot and plt.legend, and returns plt.gcf(), but left out the tutorial's plt.figure() at the top; their one call in a fresh session gave the right two plots, but plt.subplot draws into whatever figure is current and reuses its axes, so a second call (the dict after the History) adds its curves to the first call's axes: one Figure with four lines on each plot, the same figure returned twice; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "wrong"

MUTATE = [
    ('''    curves = _curves(history)
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
    top.plot(curves["accuracy"], label="Training Accuracy")
    top.plot(curves["val_accuracy"], label="Validation Accuracy")
    top.set_ylabel("Accuracy")
    top.legend(loc="lower right")
    bottom.plot(curves["loss"], label="Training Loss")
    bottom.plot(curves["val_loss"], label="Validation Loss")
    bottom.set_ylabel("Loss")
    bottom.set_xlabel("epoch")
    bottom.legend(loc="upper right")
    return fig''',
     '''    curves = _curves(history)
    plt.subplot(2, 1, 1)
    plt.plot(curves["accuracy"], label="Training Accuracy")
    plt.plot(curves["val_accuracy"], label="Validation Accuracy")
    plt.ylabel("Accuracy")
    plt.legend(loc="lower right")
    plt.subplot(2, 1, 2)
    plt.plot(curves["loss"], label="Training Loss")
    plt.plot(curves["val_loss"], label="Validation Loss")
    plt.ylabel("Loss")
    plt.xlabel("epoch")
    plt.legend(loc="upper right")
    return plt.gcf()'''),
]
