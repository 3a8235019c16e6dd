"""Right: the transfer-learning tutorial's layout with its extras: explicit 1-based epochs for all four lines, titles, the accuracy axis limited to [min, 1] and the loss axis to [0, max]; the data of the lines is unchanged."""

EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "done", ""

import matplotlib.pyplot as plt


def plot_accuracy_and_loss(history):
    curves = getattr(history, "history", history)
    acc, val_acc = curves["accuracy"], curves["val_accuracy"]
    loss, val_loss = curves["loss"], curves["val_loss"]
    epochs = range(1, len(acc) + 1)

    fig = plt.figure(figsize=(8, 8))
    top = fig.add_subplot(2, 1, 1)
    top.plot(epochs, acc, label="Training Accuracy")
    top.plot(epochs, val_acc, label="Validation Accuracy")
    top.legend(loc="lower right")
    top.set_ylabel("Accuracy")
    top.set_ylim([min(min(acc), min(val_acc)), 1])
    top.set_title("Training and Validation Accuracy")

    bottom = fig.add_subplot(2, 1, 2)
    bottom.plot(epochs, loss, label="Training Loss")
    bottom.plot(epochs, val_loss, label="Validation Loss")
    bottom.legend(loc="upper right")
    bottom.set_ylabel("Cross Entropy")
    bottom.set_ylim([0, max(max(loss), max(val_loss))])
    bottom.set_title("Training and Validation Loss")
    bottom.set_xlabel("epoch")
    return fig
