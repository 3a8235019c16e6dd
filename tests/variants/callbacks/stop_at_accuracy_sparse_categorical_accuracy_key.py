"""Wrong: reads logs["sparse_categorical_accuracy"], the key a SparseCategoricalAccuracy() metric object logs; breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "at accuracy 0.98 (threshold 0.98)"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if (logs or {}).get("sparse_categorical_accuracy", 0.0) >= self.threshold:'),
]
