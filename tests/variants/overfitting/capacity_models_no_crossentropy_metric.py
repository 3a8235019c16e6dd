"""Wrong: without the binary_crossentropy metric, plot_history has no curve to draw."""
EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", "binary_crossentropy"
MUTATE = [('metrics=["accuracy", "binary_crossentropy"]', 'metrics=["accuracy"]')]
