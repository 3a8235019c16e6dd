"""Wrong: Ported note 004's samples / 32 as math.ceil(len(train_data) / 32), though len() already counts batches; breaks 'None means one whole pass, len(train_data) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch',
     '''    import math

    steps = math.ceil(len(train_data) / 32) if steps_per_epoch is None else steps_per_epoch'''),
]
