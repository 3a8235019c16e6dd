"""Wrong: the validation curves are solid like the training ones: the plot cannot tell them apart."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "dashed"
MUTATE = [('curves["val_" + key], "--", label', 'curves["val_" + key], label')]
