"""Wrong: a chatbot's "AdamW is better for fine-tuning", whatever optimizer the model had (RMSprop included); breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "optimizer"

MUTATE = [
    ('    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     '    slower = keras.optimizers.AdamW(learning_rate=0.1 * base_learning_rate)'),
]
