"""Wrong: Compiled with Adam(learning_rate=0.0001), the fine-tuning rate; breaks 'the Adam optimizer with its default settings'."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", 'default settings'
MUTATE = [
    ('    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     '''    model.compile(loss="categorical_crossentropy", optimizer=keras.optimizers.Adam(learning_rate=0.0001),
                  metrics=["accuracy"])'''),
]
