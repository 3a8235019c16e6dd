"""Wrong: the output layer always has 10 units, whatever num_classes is."""
EXERCISE, VERDICT, SAYS = "fundamentals.multiclass_classifier", "wrong", "output units"
MUTATE = [('Dense(num_classes, activation="softmax")', 'Dense(10, activation="softmax")')]
