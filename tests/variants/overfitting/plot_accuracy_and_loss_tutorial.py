"""Correct: TensorFlow's transfer-learning tutorial, pyplot's state API, returning plt.gcf()."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "done", ""

import matplotlib.pyplot as plt


def plot_accuracy_and_loss(history):
    history = history.history if hasattr(history, "history") else history
    acc, val_acc = history["accuracy"], history["val_accuracy"]
    loss, val_loss = history["loss"], history["val_loss"]
    plt.figure(figsize=(8, 8))
    plt.subplot(2, 1, 1)
    plt.plot(acc, label="Training Accuracy")
    plt.plot(val_acc, label="Validation Accuracy")
    plt.legend(loc="lower right")
    plt.ylabel("Accuracy")
    plt.ylim([min(plt.ylim()), 1])
    plt.title("Training and Validation Accuracy")
    plt.subplot(2, 1, 2)
    plt.plot(loss, label="Training Loss")
    plt.plot(val_loss, label="Validation Loss")
    plt.legend(loc="upper right")
    plt.ylabel("Cross Entropy")
    plt.ylim([0, 1.0])
    plt.title("Training and Validation Loss")
    plt.xlabel("epoch")
    return plt.gcf()
