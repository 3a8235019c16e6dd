"""Wrong: the batch size left out, so Keras batches by 32."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "batch_size=batch_size"
MUTATE = [(" batch_size=batch_size,", "")]
