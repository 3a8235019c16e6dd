"""Wrong: gets the slower optimizer from an lru_cache'd helper keyed on (class, rate), so two models fine-tuned alike share one optimizer, built for the first model's variables; breaks 'makes anew the models and callbacks it returns' (the second model then cannot train)."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", 'an earlier call returned'
MUTATE = [
    ("import os\n", "import functools\nimport os\n"),
    ('''def fine_tune(model, base_model, fine_tune_at, base_learning_rate):''', '''@functools.lru_cache(maxsize=None)
def _slower(kind, rate):
    return kind(learning_rate=rate)


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):'''),
    ('''                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),''',
     '''                  optimizer=_slower(type(model.optimizer), base_learning_rate / 10),'''),
]
