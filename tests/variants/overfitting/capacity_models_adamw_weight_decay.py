"""Wrong: compiles the three models with AdamW ("Adam with the weight-decay fix", a subclass of Adam in Keras 3), which shrinks every weight by its decay of 0.004 at each step, a hidden regulariser in a capacity comparison; breaks 'Each is compiled with the Adam optimizer, the binary_crossentropy loss, and the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", "optimizer"

MUTATE = [
    ('model.compile(optimizer="adam",', 'model.compile(optimizer=keras.optimizers.AdamW(),'),
]
