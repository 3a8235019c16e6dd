"""Right: TensorFlow tutorial style with plt.figure and plt.subplot(2, 1, k), titles added, the figure returned."""
EXERCISE, VERDICT = "overfitting.plot_accuracy_and_loss", "done"
MUTATE = [
    ('''    fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 8))
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
     '''    fig = plt.figure(figsize=(8, 8))
    plt.subplot(2, 1, 1)
    plt.plot(curves["accuracy"], label="Training Accuracy")
    plt.plot(curves["val_accuracy"], label="Validation Accuracy")
    plt.legend(loc="lower right")
    plt.ylabel("Accuracy")
    plt.title("Training and Validation Accuracy")
    plt.subplot(2, 1, 2)
    plt.plot(curves["loss"], label="Training Loss")
    plt.plot(curves["val_loss"], label="Validation Loss")
    plt.legend(loc="upper right")
    plt.ylabel("Cross Entropy")
    plt.title("Training and Validation Loss")
    plt.xlabel("epoch")
    return fig'''),
]
