"""Wrong: the learner measured the gap between the curves as abs(train_accuracy - val_accuracy), "how far apart they are"; every overfitting case (training above validation) is picked as asked, but a run whose validation accuracy is more than 0.1 above its training accuracy (heavy dropout or augmentation lowers the training figure) is called overfitting and given dropout, a smaller network and regularisation, which would make it worse; breaks 'overfitting, when train_accuracy - val_accuracy > 0.1'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ("    if train_accuracy - val_accuracy > 0.1:", "    if abs(train_accuracy - val_accuracy) > 0.1:"),
]
