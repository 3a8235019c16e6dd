"""Correct: note 003's plot_history with pyplot's state API, returning plt.gcf()."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "done", ""

import matplotlib.pyplot as plt


def plot_history(histories, key="binary_crossentropy"):
    plt.figure(figsize=(16, 10))
    for name, history in histories:
        curves = history.history if hasattr(history, "history") else history
        epochs = history.epoch if hasattr(history, "epoch") else list(range(len(curves[key])))
        val = plt.plot(epochs, curves["val_" + key], "--", label=name.title() + " Val")
        plt.plot(epochs, curves[key], color=val[0].get_color(), label=name.title() + " Train")
    plt.xlabel("Epochs")
    plt.ylabel(key.replace("_", " ").title())
    plt.legend()
    plt.xlim([0, max(epochs)])
    return plt.gcf()
