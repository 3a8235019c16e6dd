"""Wrong: the learner judged each run by its last validation loss, the lower the better ("the loss is the finer measure, accuracy jumps in steps"), and reported that run's last val_accuracy as the score; every run is built, compiled and fitted as asked and the result looks plausible, but the chosen combination is the one with the lowest val_loss, which need not have the highest val_accuracy; breaks 'scored by its last epoch's "val_accuracy": not its best epoch, not the training accuracy, not the validation loss'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ("        scores[rate, width, drop] = history.history[\"val_accuracy\"][-1]\n    best = max(scores, key=scores.get)\n    return {\"learning_rate\": best[0], \"units\": best[1], \"dropout\": best[2]}, scores[best]",
     "        scores[rate, width, drop] = history.history[\"val_accuracy\"][-1]\n"
     "        losses[rate, width, drop] = history.history[\"val_loss\"][-1]\n"
     "    best = min(losses, key=losses.get)\n"
     "    return {\"learning_rate\": best[0], \"units\": best[1], \"dropout\": best[2]}, scores[best]"),
    ("    scores = {}\n    for rate, width, drop in itertools.product(", "    scores, losses = {}, {}\n    for rate, width, drop in itertools.product("),
]
