"""Correct: a list, British spelling, and batch norm added (optional everywhere)."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "done", ""


def pick_remedies(train_accuracy, val_accuracy, inputs="images"):
    if train_accuracy - val_accuracy > 0.1:
        data = ["More data", "Augmentation"] if inputs == "images" else ["More data"]
        return data + ["Dropout", "Smaller network", "Regularisation", "Batch norm"]
    return ["bigger network"] if train_accuracy < 0.8 else []
