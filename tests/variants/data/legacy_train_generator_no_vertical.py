"""Wrong: the vertical flip left out."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "vertical_flip=True"
MUTATE = [("horizontal_flip=True, vertical_flip=True)", "horizontal_flip=True)")]
