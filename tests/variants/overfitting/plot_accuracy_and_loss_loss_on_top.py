"""Wrong: the loss on top and the accuracy below."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "accuracy below loss"
MUTATE = [("fig, (top, bottom) = plt.subplots", "fig, (bottom, top) = plt.subplots")]
