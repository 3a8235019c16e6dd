"""Wrong: accuracy and loss side by side, where the docstring puts accuracy above loss."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_accuracy_and_loss", "wrong", "accuracy above loss"
MUTATE = [("plt.subplots(2, 1, figsize=(8, 8))", "plt.subplots(1, 2, figsize=(12, 4))")]
